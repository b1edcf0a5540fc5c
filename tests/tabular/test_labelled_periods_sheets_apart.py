"""Persons attended by the women's ombudsman and public housing for victims of domestic
violence (the twelfth development set's shapes, tests/acceptance/corpus_dev12, rebuilt small;
the figures are the real files'): a measure's name with its period in parentheses in each
column's header ("Personas atendidas (enero - abril 2026)"); sheets of one workbook that say
the same things with other figures, told apart only by their names ("municipios_soli",
"municipios_asig"); a sheet named for the level of its rows ("municipios") that counts
something else in each."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

from openpyxl import Workbook

from genero_etl.model.arrow import table_rows
from genero_etl.normalize.document import Overrides
from genero_etl.pipeline import IngestOptions, extract_document
from genero_etl.tabular import layout


def ingest(path: Path, country: str = "") -> tuple[list[SimpleNamespace], list[str]]:
    staged = extract_document(path, path.name, IngestOptions(overrides=Overrides(country=country)))
    rows = [SimpleNamespace(**r) for r in table_rows(staged.table())]
    return rows, [i.code for i in staged.issues]


def test_a_measure_and_its_period_in_parentheses_are_read_apart() -> None:
    name, period = layout.labelled_period("Personas atendidas (enero - abril 2026)", None) or (
        "",
        None,
    )
    assert name == "Personas atendidas"
    assert period is not None and (period.start, period.end) == ("2026-01-01", "2026-04-30")
    whole = layout.labelled_period("Personas atendidas  (enero - diciembre 2021)", None)
    assert whole is not None and whole[0] == "Personas atendidas"
    assert (whole[1].start, whole[1].end) == ("2021-01-01", "2021-12-31")
    # the header alone is the column's period, as a year written alone is
    alone = layout.header_period("Personas atendidas (enero - abril 2026)", 2020)
    assert alone is not None and (alone.start, alone.end) == ("2026-01-01", "2026-04-30")
    assert layout.labelled_period("Casos (tasa)", 2020) is None  # no period inside
    assert layout.labelled_period("2022 (enero-junio)", 2022) is None  # the name is a period


def test_columns_headed_by_a_measure_and_its_period_keep_both(tmp_path: Path) -> None:
    path = tmp_path / "opm_medio.xlsx"
    book = Workbook()
    ws = book.active
    ws.title = "Sheet1"
    ws.append(["Medio de orientación", "Personas atendidas (enero - diciembre 2024)",
               "Personas atendidas (enero - diciembre 2025)",
               "Personas atendidas (enero - abril 2026)"])  # fmt: skip
    ws.append(["Telefónicas", 3205, 2752, 738])
    ws.append(["Referidas al sistema 911", 6, 2, 1])
    ws.append(["Presenciales", 256, 255, 30])
    ws.append(["Caso PSAJ (supervisión electrónica)", 236, 654, 148])
    ws.append(["Total", 3703, 3663, 917])
    book.save(path)
    rows, _ = ingest(path, "PR")
    got = {
        (r.source_locator, r.period_start, r.period_end, r.breakdown_value): r.value for r in rows
    }
    assert got[("Sheet1!D2", "2026-01-01", "2026-04-30", "Telefónicas")] == 738.0
    assert got[("Sheet1!D6", "2026-01-01", "2026-04-30", "_T")] == 917.0
    assert got[("Sheet1!B2", "2024-01-01", "2024-12-31", "Telefónicas")] == 3205.0
    assert (
        got[("Sheet1!C5", "2025-01-01", "2025-12-31", "Caso PSAJ (supervisión electrónica)")]
        == 654.0
    )
    # January-April 2026 is never dated as another column's year
    assert {
        (r.period_start, r.period_end) for r in rows if r.source_locator.startswith("Sheet1!D")
    } == {("2026-01-01", "2026-04-30")}
    # every column names what it counts: persons attended, the name left of the parentheses
    assert {r.indicator_id for r in rows} == {"personas_asistidas"}
    assert len(rows) == 15


def _housing(path: Path) -> None:
    book = Workbook()
    first = book.active
    first.title = "municipios_soli"
    second = book.create_sheet("municipios_asig")
    for ws, caguas, carolina in (
        (first, [42, 23, 10], [60, 21, 4]),
        (second, [1, 4, 2], [4, 3, 2]),
    ):
        ws.append(["municipio", "Región", 2017, 2018, 2019])
        ws.append(["Caguas", "Caguas", *caguas])
        ws.append(["Carolina", "Carolina", *carolina])
    book.save(path)


def test_sheets_saying_the_same_with_other_figures_are_told_apart_by_their_names(
    tmp_path: Path,
) -> None:
    path = tmp_path / "vivienda.xlsx"
    _housing(path)
    rows, codes = ingest(path, "PR")
    # the municipios are Puerto Rico's (Census FIPS codes); the sheet tells the figures apart
    got = {
        (
            r.source_locator,
            r.period_start[:4],
            r.municipality_code,
            r.breakdown_dimension,
            r.breakdown_value,
        ): r.value
        for r in rows
    }
    assert got[("municipios_soli!C3", "2017", "72031", "hoja", "municipios_soli")] == 60.0
    assert got[("municipios_asig!C3", "2017", "72031", "hoja", "municipios_asig")] == 4.0
    assert got[("municipios_soli!D2", "2018", "72025", "hoja", "municipios_soli")] == 23.0
    assert got[("municipios_asig!D2", "2018", "72025", "hoja", "municipios_asig")] == 4.0
    assert len(rows) == 12
    # one key, one value: no two sheets' figures under the same words
    keys = [
        (
            r.indicator_id,
            r.period_start,
            r.municipality_code,
            r.breakdown_dimension,
            r.breakdown_value,
        )
        for r in rows
    ]
    assert len(set(keys)) == len(keys)
    assert codes.count("sheets-told-apart") == 2
    # "municipios" names the sheets' rows, not what they count: no municipalities under alert
    assert {r.indicator_id for r in rows} == {"sin_clasificar"}


def test_sheets_of_their_own_years_are_not_told_apart(tmp_path: Path) -> None:
    path = tmp_path / "por_anio.xlsx"
    book = Workbook()
    first = book.active
    first.title = "2017"
    second = book.create_sheet("2018")
    for ws, caguas in ((first, 42), (second, 23)):
        ws.append(["municipio", "Solicitudes de vivienda"])
        ws.append(["Caguas", caguas])
        ws.append(["Carolina", caguas + 1])
    book.save(path)
    rows, codes = ingest(path, "PR")
    assert "sheets-told-apart" not in codes
    assert not any("hoja" in r.breakdown_dimension for r in rows)
    assert {(r.period_start[:4], r.value) for r in rows if r.municipality == "Caguas"} == {
        ("2017", 42.0),
        ("2018", 23.0),
    }


def test_municipalities_counted_per_state_keep_their_indicator(tmp_path: Path) -> None:
    path = tmp_path / "alerta.xlsx"
    book = Workbook()
    ws = book.active
    ws.title = "Municipios con declaratoria"
    ws.append(["Entidad", 2019])
    ws.append(["Jalisco", 8])
    ws.append(["Veracruz", 11])
    book.save(path)
    rows, _ = ingest(path, "MX")
    assert {(r.admin1, r.value, r.indicator_id) for r in rows} >= {
        ("MX-JAL", 8.0, "municipios_con_declaratoria"),
        ("MX-VER", 11.0, "municipios_con_declaratoria"),
    }


def test_a_wide_table_by_place_keeps_the_measure_named_before_each_period(tmp_path: Path) -> None:
    # a table read by its columns' roles (a province column), not inferred: the same headers
    # (its figures made up for the shape)
    path = tmp_path / "denuncias.xlsx"
    book = Workbook()
    ws = book.active
    ws.append(["Provincia", "Denuncias (enero - junio 2024)", "Denuncias (julio - diciembre 2024)"])
    ws.append(["Pichincha", 120, 130])
    ws.append(["Guayas", 200, 210])
    book.save(path)
    rows, _ = ingest(path, "EC")
    got = {(r.admin1, r.period_start, r.period_end): (r.indicator_id, r.value) for r in rows}
    assert got == {
        ("EC-P", "2024-01-01", "2024-06-30"): ("denuncias_violencia", 120.0),
        ("EC-G", "2024-01-01", "2024-06-30"): ("denuncias_violencia", 200.0),
        ("EC-P", "2024-07-01", "2024-12-31"): ("denuncias_violencia", 130.0),
        ("EC-G", "2024-07-01", "2024-12-31"): ("denuncias_violencia", 210.0),
    }
