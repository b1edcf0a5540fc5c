"""Columns that must not be published as counts of a period that is not theirs, with the real
cells of Lambayeque's dengue situation by province at epidemiological week 6 of 2025
(tests/acceptance/corpus_dev14, ``pe_lambayeque_dengue_casos_provincia_2025.xlsx``): its header
"Provincia" | "Casos" | "%" | "TIA x100 000 Hab" (twice, the years of the two blocks lost) |
"Casos en la SE 6 2025" | "Defunciones" | "Defunciones en la SE 6 2025" | "Letalidad (%)".

- "Defunciones" beside "Defunciones en la SE 6 2025" is the same measure over a period the
  table does not name (the season's deaths): never the week's, not published;
- "Letalidad (%)" is a share, its sign in brackets: never a count;
- "TIA x100 000 Hab" is a rate per 100 000 inhabitants written with an "x" and a space.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from tests.tabular.staged import read, staged_file, workbook

from genero_etl.tabular.lexicon import first_key, load_lexicon

HEADER = ["Provincia", "Casos", "%", "TIA x100 000 Hab", "Casos", "%", "TIA x100 000 Hab",
          "Casos en la SE 6 2025", "Defunciones", "Defunciones en la SE 6 2025", "Letalidad (%)"]  # fmt: skip
ROWS = [
    ["CHICLAYO", 398, 40.24, 44.86, 140, 58.58, 15.88, 22, 0, 0, 0],
    ["FERREÑAFE", 225, 22.75, 199.66, 33, 13.81, 29.15, 4, 0, 0, 0],
    ["LAMBAYEQUE", 366, 37.01, 98.81, 66, 27.62, 17.75, 6, 0, 0, 0],
]


def test_only_the_weeks_cases_and_deaths_are_published(tmp_path: Path) -> None:
    path = workbook(tmp_path / "dengue_provincia.xlsx", {"Sheet1": [HEADER, *ROWS]})
    out = read(path, country="PE")
    columns = {o.source_locator.split("!")[1][0] for o in out}
    assert columns == {"H", "J"}  # not I ("Defunciones"), not K ("Letalidad (%)")
    assert {(o.source_locator, o.value) for o in out if o.source_locator[7] == "H"} == {
        ("Sheet1!H2", 22),
        ("Sheet1!H3", 4),
        ("Sheet1!H4", 6),
    }
    assert {(o.period_start, o.period_end) for o in out} == {("2025-02-02", "2025-02-08")}


def test_an_undated_twin_is_said(tmp_path: Path) -> None:
    path = workbook(tmp_path / "dengue_provincia.xlsx", {"Sheet1": [HEADER, *ROWS]})
    staged = staged_file(path, country="PE")
    said = [i for i in staged.issues if i.code == "table-columns-undated-twin"]
    assert len(said) == 1 and "Defunciones" in said[0].message_es


@pytest.mark.parametrize(
    ("header", "kind"),
    [
        ("letalidad (%)", "percentage"),
        ("tia x100 000 hab", "rate"),
        ("tasa x 100 mil habitantes", "rate"),
        ("casos por 100 000 habitantes", "rate"),
        ("defunciones", ""),
    ],
)
def test_shares_and_rates_written_in_brackets_or_with_an_x(header: str, kind: str) -> None:
    shares_and_rates = {
        k: v for k, v in load_lexicon().measure.items() if k in {"percentage", "rate"}
    }
    assert first_key(shares_and_rates, header) == kind
