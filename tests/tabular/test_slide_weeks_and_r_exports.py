"""A weekly report's weeks written as their days, ranked under "Semana", and a data frame
saved by R, rebuilt from ``tests/acceptance/corpus_dev45``'s workbook (Jalisco's "Código
Violeta" executive report, ``mx_jalisco_codigo_violeta_reporte_ejecutivo_2015_2021.xlsx``),
their cells as written there.

- Sheet "Diapositiva 2": "Semana | Periodo | Zona | Total", the family-violence complaints of
  each week by zone, the week written as its days ("9 al 15 mar 20", "30 al 5 de abr 20",
  "25  abr al 1 de may 20") and ranked 1, 2 ... under "Semana" for each zone in turn. Each
  count is published for its week's days (`tabular/layout.py:day_span`), never for no period;
  the ranks are no counts (`tabular/roles.py:_numbered_in_runs`).
- Sheet "victimas_nacional": SESNSP's women victims of femicide by year, state and age group,
  the months across, as R saved it: its headers written by make.names ("rango.de.edad",
  "tipo.de.delito": read as words, `tabular/layout.py:fold_label`) and the letters it could
  not encode as their byte in angle brackets ("Ciudad de M<e9>xico", "Yucat<e1>n": read as
  the letters, `readers/grid.py:cell_text`), so that each count keeps its age group and its
  state, never the region the user declared for the file.
"""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

import pandas as pd
import pytest

from genero_etl.model.arrow import table_rows
from genero_etl.normalize.document import Overrides
from genero_etl.pipeline import IngestOptions, extract_document
from genero_etl.readers.grid import cell_text
from genero_etl.tabular.layout import day_span, fold_label

FILE = "mx_jalisco_codigo_violeta_reporte_ejecutivo_2015_2021.xlsx"

# sheet "Diapositiva 2": the first eight weeks of each zone, as written
WEEKS = ["9 al 15 mar 20", "16 al 22 mar 20", "23 al 29  mar 20", "30 al 5 de abr 20",
         "6 al 12 de abr 20", "13 al 19 de abr 20", "20 al 24 de abr 20", "25  abr al 1 de may 20"]  # fmt: skip
ZONES = {
    "AMG ": [209, 168, 151, 159, 160, 165, 140, 163],
    "Puerto Vallarta": [23, 20, 17, 11, 7, 7, 16, 12],
    "Interior ": [47, 50, 50, 62, 48, 40, 46, 44],
}

# sheet "victimas_nacional": three states of 2020, as written
NATIONAL_HEADER = ["año", "entidad", "tipo.de.delito", "sexo", "rango.de.edad", "ene", "feb",
                   "mar", "abr", "may", "jun", "jul", "ago", "sept", "oct", "nov", "dic", "tot_acu"]  # fmt: skip
NATIONAL = [
    (2020, "Ciudad de M<e9>xico", "Adultos (18 y más)", 3, 4, 6, 6, 5, 7, 7, 6, 6, 7, 4, 4, 65),
    (2020, "Ciudad de M<e9>xico", "Menores de edad (0-17)", 1, 1, 0, 1, 1, 0, 0, 0, 1, 0, 0, 1, 6),
    (2020, "Ciudad de M<e9>xico", "No especificado", 0, 3, 1, 0, 1, 1, 1, 0, 2, 0, 0, 0, 9),
    (2020, "Jalisco", "Adultos (18 y más)", 3, 3, 4, 7, 6, 3, 2, 3, 4, 8, 5, 7, 55),
    (2020, "Jalisco", "Menores de edad (0-17)", 0, 0, 2, 1, 0, 0, 1, 0, 0, 0, 1, 2, 7),
    (2020, "Jalisco", "No especificado", 1, 1, 0, 0, 0, 0, 0, 1, 0, 1, 0, 4, 8),
    (2020, "Yucat<e1>n", "Adultos (18 y más)", 1, 0, 1, 0, 1, 1, 0, 1, 1, 0, 0, 0, 6),
    (2020, "Yucat<e1>n", "Menores de edad (0-17)", 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0),
    (2020, "Yucat<e1>n", "No especificado", 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0),
]


def _rows(path: Path) -> list[SimpleNamespace]:
    options = IngestOptions(overrides=Overrides(country="MX", admin1="MX-JAL"))
    staged = extract_document(path, path.name, options)
    return [SimpleNamespace(**r) for r in table_rows(staged.table()) if r["value"] is not None]


@pytest.mark.parametrize(
    ("text", "days"),
    [
        ("9 al 15 mar 20", ("2020-03-09", "2020-03-15")),
        ("30 al 5 de abr 20", ("2020-03-30", "2020-04-05")),  # the first day's month before
        ("25  abr al 1 de may 20", ("2020-04-25", "2020-05-01")),
        ("1 al 7 agos 20", ("2020-08-01", "2020-08-07")),  # a month cut short as it comes
        ("23 al 29 abri 2021", ("2021-04-23", "2021-04-29")),
        ("28 mar a 3 abr 2020", ("2020-03-28", "2020-04-03")),
        ("26 dic al 01 ene 2021", ("2020-12-26", "2021-01-01")),  # the year the last day's
        ("26 al 02 oct 20", ("2020-09-26", "2020-10-02")),
        ("del 9 al 15 de marzo de 2020", ("2020-03-09", "2020-03-15")),
    ],
)
def test_a_weeks_days_as_a_cell_writes_them(text: str, days: tuple[str, str]) -> None:
    assert day_span(text, None) == days


@pytest.mark.parametrize(
    "text", ["15 a 19 años", "1 al 3", "Grupo 1 a 5", "9 al 15 mar", "31 al 2 de feb 20x"]
)
def test_what_is_no_span_of_days(text: str) -> None:
    assert day_span(text, None) is None


def test_a_span_of_days_takes_the_rows_year_when_it_has_none() -> None:
    assert day_span("9 al 15 mar", 2021) == ("2021-03-09", "2021-03-15")
    assert day_span("1 al 28 mar 20", None) == ("2020-03-01", "2020-03-28")
    assert day_span("1 ene al 28 mar 20", None) is None  # past a month: no week


def test_weekly_counts_by_zone_are_dated_by_their_days(tmp_path: Path) -> None:
    rows = [
        (rank, week, zone, n)
        for zone, counts in ZONES.items()
        for rank, (week, n) in enumerate(zip(WEEKS, counts, strict=True), start=1)
    ]
    path = tmp_path / FILE
    frame = pd.DataFrame(rows, columns=["Semana", "Periodo", "Zona", "Total"])
    frame.to_excel(path, sheet_name="Diapositiva 2", index=False)
    out = _rows(path)
    got = {(r.value, r.period_start, r.period_end, r.breakdown_value.strip()) for r in out}
    assert (209, "2020-03-09", "2020-03-15", "AMG") in got
    assert (47, "2020-03-09", "2020-03-15", "Interior") in got
    assert (159, "2020-03-30", "2020-04-05", "AMG") in got
    assert (12, "2020-04-25", "2020-05-01", "Puerto Vallarta") in got
    # the ranks under "Semana" are no counts: only the 24 totals are published
    assert {r.source_locator.split("!")[1][0] for r in out} == {"D"}
    assert len(out) == 24


def test_r_saved_headers_and_letters_are_read(tmp_path: Path) -> None:
    frame = pd.DataFrame(
        [(y, e, "Feminicidio", "Mujer", age, *n) for y, e, age, *n in NATIONAL],
        columns=NATIONAL_HEADER,
    )
    path = tmp_path / FILE
    frame.to_excel(path, sheet_name="victimas_nacional", index=False)
    out = _rows(path)
    year = {
        (r.admin1, r.breakdown_value.split(" | ")[0]): r.value
        for r in out
        if (r.period_start, r.period_end) == ("2020-01-01", "2020-12-31")
    }
    assert year[("MX-JAL", "Adultos (18 y más)")] == 55
    assert year[("MX-CMX", "Adultos (18 y más)")] == 65
    assert year[("MX-YUC", "Adultos (18 y más)")] == 6
    # no other state's count is Jalisco's: its 12 months and year of each age group only
    assert len([r for r in out if r.admin1 == "MX-JAL"]) == 3 * 13


def test_r_escapes_and_dotted_names_only_where_r_writes_them() -> None:
    assert cell_text("Michoac<e1>n de Ocampo") == "Michoacán de Ocampo"
    assert cell_text("Nuevo Le<f3>n") == "Nuevo León"
    assert cell_text("<5 años") == "<5 años"  # no byte in a word
    assert cell_text("x <e9> y") == "x <e9> y"
    assert fold_label("rango.de.edad") == "rango de edad"
    assert fold_label("No.") == "no."
    assert fold_label("Tasa x 100.000") == "tasa x 100.000"


def _role(header: str, values: list[object]) -> tuple[str, str]:
    from genero_etl.tabular.lexicon import load_lexicon
    from genero_etl.tabular.roles import infer_roles, profile_column

    lex = load_lexicon()
    profile = profile_column(pd.DataFrame({0: values}), 0, header, lex)
    role = infer_roles([profile], lex)[0]
    return role.role, role.kind


def test_weeks_ranked_past_a_years_weeks_for_each_zone_are_no_counts() -> None:
    # "Diapositiva 2": 67 weeks ranked 1 ... 67 under "Semana", for each of three zones
    assert _role("Semana", [*range(1, 68)] * 3)[0] == "identifier"
    # a year's weeks (1 ... 53 at most) stay weeks, and counts that only start so stay counts
    assert _role("Semana", [*range(1, 9)] * 3) == ("period", "week")
    assert _role("Total", [1, 2, 3, 4, 5, 1, 2, 3, 4, 6, 1, 2])[0] == "measure"
    assert _role("Total", [*range(1, 68)] * 3)[0] == "measure"  # a count's word keeps it
