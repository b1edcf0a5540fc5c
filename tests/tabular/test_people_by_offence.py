"""A table that counts PEOPLE by the offence they are held for is no count of the offence.

The cells are those of sheet "5_15" of ``tests/acceptance/corpus_dev42``'s
``gt_ine_datos_mpl_2022.xlsx`` (Guatemala's INE gender compendium, the prison system's men
deprived of liberty for crimes of violence against women): "Tipo de delito" down, 2018 ...
2022 across, no title. "Femicidio" there counts 649 men held in 2022, not 649 femicides: the
offence never names such a table's indicator when its title, sheet or file name says it
counts people held, convicted or accused ("MPL", "privados de libertad"; roles.yaml
``offender_people``). Nothing there names the people's own indicator: held unclassified.
"""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

import pandas as pd

from genero_etl.model.arrow import table_rows
from genero_etl.normalize.document import Overrides
from genero_etl.pipeline import IngestOptions, extract_document

# sheet "5_15" of gt_ine_datos_mpl_2022.xlsx, as written
HEADER = ["Tipo de delito", 2018, 2019, 2020, 2021, 2022]
CRIMES = [
    ("Violencia contra la mujer", 656, 663, 640, 570, 490),
    ("Femicidio", 512, 565, 592, 630, 649),
    ("Violencia contra la mujer en su modalidad física y psicológica", 328, 356, 379, 368, 374),
    ("Violencia contra la mujer en su manifestación física", 214, 278, 267, 216, 237),
    ("Agresión sexual con agravación de la pena", 223, 237, 238, 234, 260),
    ("Agresión sexual", 141, 177, 175, 172, 189),
    ("Femicidio en grado de tentativa", 139, 147, 166, 189, 190),
]


def _rows(path: Path) -> dict[str, SimpleNamespace]:
    pd.DataFrame(CRIMES, columns=HEADER).to_excel(path, sheet_name="5_15", index=False)
    staged = extract_document(
        path, path.name, IngestOptions(overrides=Overrides(country="GT"), use_cache=False)
    )
    return {r["source_locator"]: SimpleNamespace(**r) for r in table_rows(staged.table())}


def test_men_held_for_femicide_are_no_femicides(tmp_path: Path) -> None:
    at = _rows(tmp_path / "gt_ine_datos_mpl_2022.xlsx")
    held = at["5_15!F3"]
    assert (held.value, held.period_start) == (649.0, "2022-01-01")
    assert held.indicator_id == "sin_clasificar"
    assert held.indicator_label == "Femicidio"  # the offence still says what they are held for
    attempts = at["5_15!F8"]
    assert (attempts.value, attempts.indicator_id) == (190.0, "sin_clasificar")
    assert not [r for r in at.values() if r.indicator_id in {"femicidios", "intentos_femicidio"}]


def test_the_words_persons_deprived_of_liberty_in_a_file_name_say_the_same(
    tmp_path: Path,
) -> None:
    at = _rows(tmp_path / "personas_privadas_de_libertad_por_delito_2022.xlsx")
    assert (at["5_15!F3"].value, at["5_15!F3"].indicator_id) == (649.0, "sin_clasificar")


def test_the_same_cells_named_by_no_people_still_count_the_offence(tmp_path: Path) -> None:
    # what is kept: an untitled table of offences by year counts the offences
    at = _rows(tmp_path / "gt_ine_datos_2022.xlsx")
    assert (at["5_15!F3"].value, at["5_15!F3"].indicator_id) == (649.0, "femicidios")
    assert at["5_15!F8"].indicator_id == "intentos_femicidio"


def test_a_long_table_of_people_by_offence_counts_no_offence(tmp_path: Path) -> None:
    # the same cells of 2021-2022 written long ("Año | Tipo de delito | Cantidad", the shape
    # the semantic reader takes) in a file that names the people: convicted persons
    long = [(year, crime, row[HEADER.index(year)]) for year in (2021, 2022) for crime, *_ in
            [CRIMES[1], CRIMES[5]] for row in CRIMES if row[0] == crime]  # fmt: skip
    frame = pd.DataFrame(long, columns=["Año", "Tipo de delito", "Cantidad"])
    for name, femicide, sexual in (
        ("sentenciados_por_delito_2022.xlsx", "sin_clasificar", "sin_clasificar"),
        ("delitos_2022.xlsx", "femicidios", "delitos_registrados"),
    ):
        path = tmp_path / name
        frame.to_excel(path, sheet_name="Hoja1", index=False)
        staged = extract_document(
            path, path.name, IngestOptions(overrides=Overrides(country="GT"), use_cache=False)
        )
        at = {r["source_locator"]: r for r in table_rows(staged.table())}
        assert (at["Hoja1!C4"]["value"], at["Hoja1!C4"]["indicator_id"]) == (649.0, femicide)
        assert at["Hoja1!C4"]["indicator_label"] == "Femicidio"
        assert (at["Hoja1!C5"]["value"], at["Hoja1!C5"]["indicator_id"]) == (189.0, sexual)
