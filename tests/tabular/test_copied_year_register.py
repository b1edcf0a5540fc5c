"""A register with a year column made by hand from the event's date, as in the eighteenth
development set (tests/acceptance/corpus_dev18): Argentina's register of femicides, where a
repository added "año" and "mes" beside "hecho_fecha" and once wrote 2013 for a case of
2014-12-03. The year agrees with the date in nearly every row, so it is a copy: each case is
dated by its event's date. A year that disagrees often is another date's (the case's
registration) and stays the year the rows are counted by.
"""

from __future__ import annotations

from pathlib import Path

from tests.tabular.staged import read, write

PROVINCES = ["Cordoba", "Salta", "Misiones", "Corrientes"]


def _register(rows: list[tuple[str, str, str]]) -> str:
    lines = ["caso_numero,hecho_provincia,hecho_fecha,año,mes"]
    for i, (province, date, year) in enumerate(rows, start=1):
        lines.append(f"{i},{province},{date},{year},{int(date[5:7])}")
    return "\n".join(lines) + "\n"


def _cases() -> list[tuple[str, str, str]]:
    """60 cases of 2013 and 60 of 2014, one a month per province, their year copied."""
    out = []
    for year in (2013, 2014):
        for k in range(60):
            date = f"{year}-{k % 12 + 1:02d}-{k % 27 + 1:02d}"
            out.append((PROVINCES[k % 4], date, str(year)))
    return out


def _totals(rows: list) -> dict[str, float]:
    """The cases of each year, summed over the provinces (and the months, where counted by
    month)."""
    out: dict[str, float] = {}
    for r in rows:
        if r.breakdown_value in ("", "_T"):
            out[r.period_start[:4]] = out.get(r.period_start[:4], 0.0) + r.value
    return out


def test_a_copied_year_yields_to_the_events_date(tmp_path: Path) -> None:
    cases = _cases()
    cases[119] = (cases[119][0], "2014-12-03", "2013")  # the one copy that went wrong
    rows = read(write(tmp_path, "registro.csv", _register(cases)), country="AR")
    assert _totals(rows) == {"2013": 60.0, "2014": 60.0}


def test_a_year_of_another_date_stays(tmp_path: Path) -> None:
    # a tenth of the cases registered the year after their event: the year is the
    # registration's, and the rows are counted by it
    cases = _cases()
    for k in range(0, 60, 10):
        province, date, _ = cases[k]
        cases[k] = (province, date, "2014")
    rows = read(write(tmp_path, "registro.csv", _register(cases)), country="AR")
    assert _totals(rows) == {"2013": 54.0, "2014": 66.0}
