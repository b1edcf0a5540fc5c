"""Long tables of several countries, as regional observatories publish them.

The rows are those of CEPAL's femicide series (year, country, count), as copied by the
repository alex-style1007/Feminicidio_Latam at commit
c22c04dff4db3fe11d209f92dfb3eaf63b840faa, file
data/CEPAL_statistics_feminicidios_20230627_copy.xlsx, sheet 'datos', rows 1 and 165-170.
"""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

from genero_etl.model.arrow import table_rows
from genero_etl.normalize.document import Overrides
from genero_etl.pipeline import IngestOptions, extract_document

HEADER = ["Años__ESTANDAR", "País__ESTANDAR", "Número de femicidios o feminicidios"]
ROWS: list[list[object]] = [
    ["2019", "Argentina", 255],
    ["2019", "Bolivia (Estado Plurinacional de)", 117],
    ["2016", "Brasil", 1662],
    ["2019", "Brasil", 2048],  # a count that looks like a year
    ["2019", "Costa Rica", 17],
    ["2018", "Ecuador", 68],
    ["2019", "El Salvador", 113],
    ["2019", "Guatemala", 146],
]


def ingest(path: Path) -> list[SimpleNamespace]:
    staged = extract_document(path, path.name, IngestOptions(overrides=Overrides()))
    return [SimpleNamespace(**r) for r in table_rows(staged.table())]


def workbook(tmp_path: Path, rows: list[list[object]]) -> Path:
    """The sheet ``datos`` of CEPAL's file: its header and ``rows``."""
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.title = "datos"
    for row in [HEADER, *rows]:
        sheet.append(row)
    path = tmp_path / "cepal.xlsx"
    book.save(path)
    return path


def test_a_count_that_looks_like_a_year_stays_a_row_of_the_long_table(tmp_path: Path) -> None:
    path = workbook(tmp_path, ROWS)

    rows = ingest(path)
    got = {(r.country, (r.period_start, r.period_end)): r.value for r in rows}

    assert got == {
        ("AR", ("2019-01-01", "2019-12-31")): 255,
        ("BO", ("2019-01-01", "2019-12-31")): 117,
        ("BR", ("2016-01-01", "2016-12-31")): 1662,
        ("BR", ("2019-01-01", "2019-12-31")): 2048,
        ("CR", ("2019-01-01", "2019-12-31")): 17,
        ("EC", ("2018-01-01", "2018-12-31")): 68,
        ("SV", ("2019-01-01", "2019-12-31")): 113,
        ("GT", ("2019-01-01", "2019-12-31")): 146,
    }
    assert {r.indicator_id for r in rows} == {"femicidios"}
    by_place = {r.country: r for r in rows if r.country == "SV"}
    assert by_place["SV"].source_locator.endswith("C8")


def test_a_year_like_count_on_a_place_not_seen_before_stays_a_row(tmp_path: Path) -> None:
    path = workbook(tmp_path, [ROWS[0], ROWS[1], ROWS[3], ROWS[4]])  # Brasil first shown by 2048

    got = {(r.country, r.period_start): r.value for r in ingest(path)}

    assert got == {
        ("AR", "2019-01-01"): 255,
        ("BO", "2019-01-01"): 117,
        ("BR", "2019-01-01"): 2048,
        ("CR", "2019-01-01"): 17,
    }


def test_the_file_period_spans_the_years_of_its_rows(tmp_path: Path) -> None:
    path = workbook(tmp_path, ROWS)

    staged = extract_document(path, path.name, IngestOptions(overrides=Overrides()))

    period = staged.source.period
    assert (period.start, period.end, period.label) == ("2016-01-01", "2019-12-31", "2016-2019")
