"""A place the row's own place column names and no lookup finds, in a file whose region the
user declared (``admin1`` in its sidecar), is never that region's.

Before, such a row took the declared region as if it were its place: the seven states of
``tests/acceptance/corpus_dev45``'s sheet "victimas_nacional" that R wrote with escapes were
published as Jalisco's until the escapes were read, and "Otros Estados" and "Sin dato" of
``tests/acceptance/corpus_dev41``'s sheet "municipal" were published as municipalities of
Jalisco by name. Now (`tabular/semantic.py:_resolve`, `_unknown_of_declared`):

- a value saying the place is unknown ("No especificado", "Sin dato": roles.yaml
  ``unknown_values``) is the unknown place (``lugar`` = ``_U``), the country's in a column of
  states, the declared region's in a column of its municipalities;
- a bucket of places ("Otros Estados", "Extranjero": roles.yaml ``place_buckets``) is
  published by its name under ``lugar``, in no municipality;
- any other name (a misspelling, an encoding the reader does not know, a place of another
  country) is held for review by its name under ``lugar``, in no region, with a problem
  naming the sheet, the cell and the name (``table-place-unknown-held``).

Guards: a sheet with no place column keeps the declared region; a known place keeps its
code; a file with no declared region publishes its unknown names as before.
"""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

import pandas as pd
from tests.tabular.test_service_activity_tables import MUNICIPAL, MUNICIPAL_HEADER
from tests.tabular.test_total_columns import MORE

from genero_etl.model.arrow import table_rows
from genero_etl.normalize.document import Overrides
from genero_etl.pipeline import IngestOptions, extract_document

HELD = 0.5  # below publish's review threshold

# "victimas_nacional" (corpus_dev45), as R saved it: its header, Jalisco's row of 2020 as
# written, and rows whose state no lookup finds: R's escape of a UTF-8 letter
# ("<U+00E9>", as R writes it on Windows), a misspelling, a place of another country, and the
# non-place rows of such tables
NATIONAL_HEADER = ["año", "entidad", "tipo.de.delito", "sexo", "rango.de.edad", "ene", "feb",
                   "mar", "abr", "may", "jun", "jul", "ago", "sept", "oct", "nov", "dic", "tot_acu"]  # fmt: skip
JALISCO = (2020, "Jalisco", "Feminicidio", "Mujer", "Adultos (18 y más)",
           3, 3, 4, 7, 6, 3, 2, 3, 4, 8, 5, 7, 55)  # fmt: skip
YUCATAN = (2020, "Yucat<e1>n", "Feminicidio", "Mujer", "Adultos (18 y más)",
           1, 0, 1, 0, 1, 1, 0, 1, 1, 0, 0, 0, 6)  # fmt: skip


def _state(name: str, first: int) -> tuple[object, ...]:
    return (2020, name, "Feminicidio", "Mujer", "Adultos (18 y más)",
            first, 4, 6, 6, 5, 7, 7, 6, 6, 7, 4, 4, first + 62)  # fmt: skip


UNKNOWN_STATES = {
    "Ciudad de M<U+00E9>xico": 3,  # R's escape of a UTF-8 letter
    "Cuidad de Mexico": 11,  # a misspelling
    "Texas": 12,  # a place of another country
}


def _extract(path: Path, **declared: str) -> SimpleNamespace:
    staged = extract_document(path, path.name, IngestOptions(overrides=Overrides(**declared)))
    rows = [SimpleNamespace(**r) for r in table_rows(staged.table()) if r["value"] is not None]
    return SimpleNamespace(rows=rows, issues=staged.issues)


def _national(path: Path, rows: list[tuple[object, ...]]) -> None:
    pd.DataFrame(rows, columns=NATIONAL_HEADER).to_excel(
        path, sheet_name="victimas_nacional", index=False
    )


def _january(out: SimpleNamespace) -> dict[tuple[str, str], SimpleNamespace]:
    return {
        (r.admin1, r.breakdown_value.split(" | ")[0]): r
        for r in out.rows
        if r.period_start == "2020-01-01" and r.period_end == "2020-01-31"
    }


def test_states_no_lookup_finds_are_held_never_the_declared_regions(tmp_path: Path) -> None:
    path = tmp_path / "mx_jalisco_codigo_violeta_reporte_ejecutivo_2015_2021.xlsx"
    _national(path, [JALISCO, YUCATAN, *(_state(n, v) for n, v in UNKNOWN_STATES.items())])
    out = _extract(path, country="MX", admin1="MX-JAL")
    january = _january(out)
    # Jalisco's own row only is Jalisco's: its 12 months and its year
    assert len([r for r in out.rows if r.admin1 == "MX-JAL"]) == 13
    assert january[("MX-JAL", "_T")].value == 3
    assert january[("MX-YUC", "_T")].value == 1
    for name, first in UNKNOWN_STATES.items():
        row = january[("", name)]
        assert (row.value, row.breakdown_dimension, row.confidence) == (first, "lugar", HELD)
    held = {i.message_en for i in out.issues if i.code == "table-place-unknown-held"}
    assert len(held) == 3
    assert any("cell B5: 'Cuidad de Mexico'" in m and "MX-JAL" in m for m in held)
    located = [i.source_locator for i in out.issues if i.code == "table-place-unknown-held"]
    assert "victimas_nacional!B6" in located  # "Texas"
    # said once, as held: never also as places published by name
    assert not [i for i in out.issues if i.code == "table-place-unmatched"]


def test_a_states_unknown_and_a_bucket_are_the_countrys_by_name(tmp_path: Path) -> None:
    path = tmp_path / "mx_jalisco_codigo_violeta_reporte_ejecutivo_2015_2021.xlsx"
    _national(path, [JALISCO, _state("No especificado", 2), _state("Extranjero", 1)])
    january = _january(_extract(path, country="MX", admin1="MX-JAL"))
    assert january[("", "_U")].value == 2
    assert january[("", "_U")].confidence > HELD
    assert january[("", "Extranjero")].breakdown_dimension == "lugar"
    assert january[("", "Extranjero")].value == 1
    assert january[("", "Extranjero")].confidence > HELD
    assert january[("MX-JAL", "_T")].value == 3


# "municipal" (corpus_dev41): rows of its buckets as written there, and a misspelt
# municipality
BUCKETS = [
    ("Otros estados", 2019, "Marzo", 5, 4, 4, 0, 0, 0, 0),
    ("Sin dato", 2019, "Marzo", 5, 4, 4, 0, 0, 0, 0),
    ("Guadalajra", 2021, "Marzo", 494, 304, 304, 0, 1, 1, 0),
    ("Guadalajara", 2021, "Marzo", 494, 304, 304, 0, 1, 1, 0),
]


def test_a_municipal_sheets_buckets_are_no_municipality_and_a_misspelling_is_held(
    tmp_path: Path,
) -> None:
    path = tmp_path / "mx_jalisco_medidas_ordenes_proteccion_2019_2023.xlsx"
    pd.DataFrame(MUNICIPAL + MORE + BUCKETS, columns=list(MUNICIPAL_HEADER)).to_excel(
        path, sheet_name="municipal", index=False
    )
    out = _extract(path, country="MX", admin1="MX-JAL")
    victims = [r for r in out.rows if r.source_locator.startswith("municipal!D")]
    by_row = {r.source_locator: r for r in victims}
    first = len(MUNICIPAL) + len(MORE) + 2  # the sheet's row of "Otros estados"
    other, unknown, misspelt, known = (by_row[f"municipal!D{first + k}"] for k in range(4))
    # the region's records, placed in no municipality of it
    assert (other.admin1, other.municipality, other.breakdown_value) == (
        "MX-JAL",
        "",
        "Otros estados",
    )
    assert (unknown.admin1, unknown.municipality, unknown.breakdown_value) == ("MX-JAL", "", "_U")
    assert other.confidence > HELD and unknown.confidence > HELD
    # a name the region's list lacks: held, in no region
    assert (misspelt.admin1, misspelt.breakdown_value, misspelt.confidence) == (
        "",
        "Guadalajra",
        HELD,
    )
    assert [i.source_locator for i in out.issues if i.code == "table-place-unknown-held"] == [
        f"municipal!A{first + 2}"
    ]
    # guard: a known municipality keeps its code
    assert (known.admin1, known.municipality_code, known.value) == ("MX-JAL", "14039", 494)
    assert known.confidence > HELD


def test_guard_a_sheet_naming_no_place_keeps_the_declared_region(tmp_path: Path) -> None:
    path = tmp_path / "mx_jalisco_medidas_ordenes_proteccion_2019_2023.xlsx"
    pd.DataFrame(
        [
            (2019, "Enero", 1114, "Medidas de protección"),
            (2019, "Febrero", 1094, "Medidas de protección"),
        ],
        columns=["año", "mes", "total", "tipo"],
    ).to_excel(path, sheet_name="estatal", index=False)
    out = _extract(path, country="MX", admin1="MX-JAL")
    assert {(r.admin1, r.value) for r in out.rows} == {("MX-JAL", 1114), ("MX-JAL", 1094)}
    assert all(r.confidence > HELD for r in out.rows)
    assert not [i for i in out.issues if i.code == "table-place-unknown-held"]


def test_guard_with_no_declared_region_unknown_names_are_published_by_name(tmp_path: Path) -> None:
    path = tmp_path / "mx_sesnsp_victimas_nacional_2020.xlsx"
    _national(path, [JALISCO, _state("Cuidad de Mexico", 11)])
    out = _extract(path, country="MX")
    january = [
        r for r in out.rows if r.period_start == "2020-01-01" and r.period_end == "2020-01-31"
    ]
    assert [r.value for r in january if r.admin1 == "MX-JAL"] == [3]
    (row,) = [r for r in january if r.breakdown_value.startswith("Cuidad de Mexico")]
    assert (row.admin1, row.breakdown_dimension.split("+")[0], row.value) == ("", "lugar", 11)
    assert row.confidence > HELD
    assert not [i for i in out.issues if i.code == "table-place-unknown-held"]
