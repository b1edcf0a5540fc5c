"""A sex breakdown is published in one vocabulary, whatever words a file writes it in.

Rebuilt from ``tests/acceptance/corpus_dev13``'s workbook
``gt_mineduc_tasas_escolaridad_departamento_sexo_2018_2021.xlsx`` (Guatemala's net school
enrolment by department, sex and year, sheet "3.4", its cells as written there): the years
across, "Hombre " (with its trailing space) and "Mujer" under each. Each rate is published
with its department, year and sex, and the sex in the words every other reading publishes
("mujeres", "varones": roles.yaml ``sex_words``), never "Mujer" in one file and "mujeres" in
the next (`tabular/ingest.py:_sexes_as_published`).
"""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

import openpyxl

from genero_etl.model.arrow import table_rows
from genero_etl.normalize.document import Overrides
from genero_etl.pipeline import IngestOptions, extract_document

TITLE = (
    "Tasa neta de escolaridad nivel primario por departamento, por sexo y año. "
    "Serie Histórica 2018-2021"
)
YEARS = ("Departamento", 2018, None, 2019, None)
SEXES = (None, "Hombre ", "Mujer", "Hombre ", "Mujer")
ROWS = [
    ("Guatemala", 99.24204116610689, 100.05968961400716, 105.60910307898259, 106.3618865363433),
    ("El Progreso", 94.76118473716978, 92.73022458735456, 105.23555555555555, 100.8176100628931),
    ("Sacatepéquez", 93.93327520536002, 94.8428337979429, 99.32585307290945, 99.6181730304495),
    ("Quetzaltenango", 92.339514978602, 90.62056930963027, 97.81126850569815, 96.6462863138092),
]


def _rows(path: Path) -> list[SimpleNamespace]:
    staged = extract_document(path, path.name, IngestOptions(overrides=Overrides(country="GT")))
    return [SimpleNamespace(**r) for r in table_rows(staged.table())]


def _book(path: Path, header: tuple[object, ...], rows: list[tuple[object, ...]]) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "3.4"
    for line in [(TITLE,), ("República de Guatemala",), (), YEARS, header, *rows]:
        ws.append(list(line))
    wb.save(path)


def test_sexes_across_are_published_as_the_sex_breakdown_writes_them(tmp_path: Path) -> None:
    path = tmp_path / "gt_mineduc_tasas_escolaridad_departamento_sexo_2018_2021.xlsx"
    _book(path, SEXES, ROWS)
    rows = _rows(path)
    women = [r for r in rows if r.value is not None and abs(r.value - 90.62056930963027) < 1e-9]
    assert len(women) == 1, [(r.source_locator, r.value) for r in rows]
    quetzaltenango = women[0]
    assert (quetzaltenango.admin1, quetzaltenango.period_start[:4]) == ("GT-09", "2018")
    assert quetzaltenango.breakdown_dimension == "sexo"
    assert quetzaltenango.breakdown_value == "mujeres"
    sexes = {r.breakdown_value for r in rows if r.breakdown_dimension == "sexo"}
    assert sexes == {"mujeres", "varones"}, sexes
    assert len([r for r in rows if r.value is not None]) == 16


def test_a_word_that_is_a_sex_only_beside_another_stays_as_written(tmp_path: Path) -> None:
    # "Otros" beside "Hombre" and "Mujer" is the other sexes: kept as the file writes it
    path = tmp_path / "gt_mineduc_tasas_escolaridad_departamento_sexo_2018_2021.xlsx"
    header = (None, "Hombre ", "Mujer", "Otros", "Hombre ")
    _book(path, header, [(d, 10, 20, 3, 11) for d, *_ in ROWS])
    rows = _rows(path)
    written = {r.breakdown_value for r in rows if r.breakdown_dimension == "sexo"}
    assert "mujeres" in written and "varones" in written
    assert "mujer" not in {w.lower() for w in written}
    others = [r for r in rows if r.value == 3]
    assert others, [(r.source_locator, r.value) for r in rows]
    assert not [r for r in others if {"mujeres", "varones"} & set(r.breakdown_value.split(" | "))]
