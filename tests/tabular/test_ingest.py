"""Spreadsheet ingest: real values from real cells, for each shipped template and odd file."""

from __future__ import annotations

import io
import re
import zipfile
from pathlib import Path
from types import SimpleNamespace

import pyarrow as pa
import pytest

from genero_etl.errors import InputUnreadable, UnsupportedInput
from genero_etl.model.arrow import arrow_schema, conform, table_rows, table_schema
from genero_etl.normalize.document import Overrides, read_sidecar
from genero_etl.pipeline import IngestOptions, extract_document, ingest_paths
from genero_etl.stage import StagedFile, read_staged, staged_records, write_staged
from genero_etl.workspace import Workspace

FIXTURES = Path(__file__).parent.parent / "fixtures" / "spreadsheets"


def ingest(name: str, **overrides: str) -> StagedFile:
    path = FIXTURES / name
    options = IngestOptions(overrides=read_sidecar(path, name).merged(Overrides(**overrides)))
    return extract_document(path, name, options)


def rows(staged: StagedFile) -> list[SimpleNamespace]:
    """The staged observations (one namespace per row: nulls as '', dates as ISO text)."""
    table = staged.table()  # a staged file's rows are read from its part when asked for
    assert staged.count == table.num_rows
    return [SimpleNamespace(**row) for row in table_rows(table)]


def at(staged: StagedFile, locator: str) -> SimpleNamespace:
    found = [o for o in rows(staged) if o.source_locator == locator]
    assert len(found) == 1, [o.source_locator for o in rows(staged)][:20]
    return found[0]


def codes(staged: StagedFile) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for i in staged.issues:
        out.setdefault(i.code, []).append(i.source_locator)
    return out


def test_sesnsp_latin1_csv_melts_months_and_keeps_inegi_zero() -> None:
    staged = ingest("sesnsp_idm_2024.csv")
    first = at(staged, "J2")  # Aguascalientes, Feminicidio con arma de fuego, Enero
    assert first.indicator_id == "femicidios"
    assert first.municipality_code == "01001"
    assert first.admin1 == "MX-AGU"
    assert (first.period_start, first.period_end) == ("2024-01-01", "2024-01-31")
    assert first.breakdown_dimension == "modalidad" and first.breakdown_value == "Con arma de fuego"
    assert first.extraction_method == "template:sesnsp_municipal"
    march_juarez = [
        o for o in rows(staged) if o.municipality_code == "08037" and o.period_start == "2024-03-01"
    ]
    assert {o.municipality for o in march_juarez} == {"Juárez"}
    generic = [o for o in rows(staged) if o.indicator_id == "delitos_sesnsp"]
    assert generic and "tipo_delito" in generic[0].breakdown_dimension
    assert len(rows(staged)) == 4 * 5 * 12
    assert "template-used" in codes(staged)
    assert staged.source.encoding == "latin-1"


def test_ficha_tecnica_merged_header_quarter_and_bad_value() -> None:
    staged = ingest("ficha_tecnica_avgm_2024_T1.xlsx")
    programado = at(staged, "Hoja1!E7")
    assert programado.indicator_id == "avgm_acciones_programadas"
    assert programado.value == 12 and programado.value_kind == "target"
    assert (programado.period_start, programado.period_end) == ("2024-01-01", "2024-03-31")
    assert programado.municipality_code == "08037"
    assert programado.breakdown_value == "Instituto Municipal de las Mujeres"
    assert at(staged, "Hoja1!F8").value == 287
    assert codes(staged)["cell-not-number"] == ["Hoja1!F9"]
    assert not [o for o in rows(staged) if o.source_locator == "Hoja1!F9"]


def test_poa_budget_beneficiaries_and_total_row() -> None:
    staged = ingest("poa_2024_instituto_mujeres.xlsx")
    budget = at(staged, "POA 2024!D8")
    assert budget.indicator_id == "presupuesto_genero"
    assert budget.value == 80000.5 and budget.unit == "MXN" and budget.value_kind == "budget"
    assert budget.breakdown_dimension == "actividad" and budget.breakdown_value.startswith(
        "ACTIVIDAD 3"
    )
    assert at(staged, "POA 2024!E6").indicator_id == "beneficiarios_directos"
    assert at(staged, "POA 2024!F6").indicator_id == "beneficiarios_indirectos"
    total = at(staged, "POA 2024!D9")  # =SUM(...) with its cached value
    assert total.value == 930000.5 and total.breakdown_dimension == "_T"
    assert budget.parent_observation_id == total.observation_id
    assert "parts-mismatch" not in codes(staged)
    assert at(staged, "POA 2024!E8").period_start == "2024-11-01"


def test_linea144_register_counts_by_province_and_month() -> None:
    staged = ingest("linea144_registro_2024.xlsx")
    totals = [o for o in rows(staged) if o.breakdown_dimension == "_T" and o.admin1]
    assert {o.indicator_id for o in rows(staged)} == {"llamadas_linea_atencion"}
    assert sum(o.value or 0 for o in totals) == 60
    jan_ba = [o for o in totals if o.admin1 == "AR-B" and o.period_start == "2024-01-01"]
    assert len(jan_ba) == 1 and jan_ba[0].value == 5
    # 60 calls over four provinces and a year: most counts of a type of violence by
    # province and month would be below 3, so the types are counted for the country and
    # the register's whole span, as parts of that total (thin_share in roles.yaml)
    country = [o for o in rows(staged) if o.breakdown_dimension == "_T" and not o.admin1]
    whole = [o for o in country if o.period_start[:7] != o.period_end[:7]]
    assert len(whole) == 1 and whole[0].value == 60
    # the aggressor's relationship is not too thin by month for the country: each breakdown
    # is counted at its own grain, so it is counted by month, a part of the country's month,
    # and the country's months (20 calls each) are parts of the span's total
    months = {o.period_start: o for o in country if o not in whole}
    assert {k: o.value for k, o in months.items()} == {
        "2024-01-01": 20,
        "2024-02-01": 20,
        "2024-03-01": 20,
    }
    assert {o.parent_observation_id for o in months.values()} == {whole[0].observation_id}
    partner_feb = next(
        o
        for o in rows(staged)
        if o.breakdown_value == "Pareja" and o.period_start == "2024-02-01" and not o.admin1
    )
    assert partner_feb.value == 4
    assert partner_feb.parent_observation_id == months["2024-02-01"].observation_id
    fisica = [o for o in rows(staged) if o.breakdown_value == "fisica"]
    assert len(fisica) == 1 and fisica[0].admin1 == "" and fisica[0].country == "AR"
    assert (
        fisica[0].period_start == whole[0].period_start
        and fisica[0].period_end == whole[0].period_end
    )
    assert fisica[0].parent_observation_id == whole[0].observation_id
    assert fisica[0].source_locator == "Casos!F5:F64"
    assert len({o.observation_id for o in rows(staged)}) == len(rows(staged))
    assert "sheet-hidden" in codes(staged)


def test_inferred_report_sheet_two_tables_merged_years_and_total() -> None:
    staged = ingest("indicadores_anuales_2024.xlsx")
    fisica_2024_m = at(staged, "Indicadores!D7")
    assert fisica_2024_m.value == 135
    assert fisica_2024_m.period_start == "2024-01-01"
    assert fisica_2024_m.breakdown_value == "Física | mujeres"
    total = at(staged, "Indicadores!D10")
    assert total.breakdown_dimension == "sexo" and total.value == 528
    assert fisica_2024_m.parent_observation_id == total.observation_id
    feb = at(staged, "Indicadores!C16")
    assert feb.indicator_id == "llamadas_linea_atencion" and feb.period_start == "2024-02-01"
    assert len(codes(staged)["layout-inferred"]) == 2


@pytest.mark.parametrize("name", ["indicadores_anuales_2024.ods", "ficha_tecnica_avgm_2024_T1.xls"])
def test_libreoffice_formats(name: str) -> None:
    assert (FIXTURES / name).is_file(), (
        "committed fixture (scripts/make_spreadsheet_samples.py writes it with LibreOffice)"
    )
    staged = ingest(name, period="2024")
    assert rows(staged)
    if name.endswith(".xls"):
        assert at(staged, "Hoja1!E7").value == 12


def test_spanish_excel_csv_decimal_comma_and_crcrlf() -> None:
    staged = ingest("spanish_excel.csv", period="2024", country="AR")
    assert at(staged, "B2").value == 1234
    assert at(staged, "B3").value == 12500.75
    assert at(staged, "C3").period_start == "2024-02-01"
    assert sorted(codes(staged)["cell-not-number"]) == ["D2", "D3"]


def test_bom_tsv_formula_text_flagged() -> None:
    staged = ingest("bom_tab.tsv")
    assert "C2" in codes(staged)["cell-formula-text"]
    assert "A3" in codes(staged)["cell-formula-text"]
    assert at(staged, "B2").value == 15


def test_xlsx_that_is_csv() -> None:
    staged = ingest("csv_disfrazado.xlsx")
    assert at(staged, "B2").value == 321
    assert "sheet-disguised" in codes(staged)


def test_formula_without_cached_value_reported() -> None:
    staged = ingest("formula_sin_valor.xlsx")
    assert codes(staged)["formula-no-value"] == ["Hoja1!B3"]
    assert at(staged, "Hoja1!B2").value == 10


def test_sheet_without_table() -> None:
    staged = ingest("sin_tabla.xlsx")
    assert not rows(staged)
    assert "sheet-no-table" in codes(staged)


def test_forced_template_that_does_not_fit() -> None:
    path = FIXTURES / "formula_sin_valor.xlsx"
    staged = extract_document(path, path.name, IngestOptions(template="poa_actividades"))
    assert "template-forced-mismatch" in {i.code for i in staged.issues}


def test_truncated_workbook(tmp_path: Path) -> None:
    data = (FIXTURES / "poa_2024_instituto_mujeres.xlsx").read_bytes()
    bad = tmp_path / "truncado.xlsx"
    bad.write_bytes(data[: len(data) // 2])
    with pytest.raises(InputUnreadable) as err:
        extract_document(bad, bad.name, IngestOptions())
    assert err.value.code == "office-corrupted"


def test_encrypted_workbook(tmp_path: Path) -> None:
    ole = (
        b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
        + b"\x00" * 500
        + "EncryptedPackage".encode("utf-16-le")
        + b"\x00" * 100
    )
    path = tmp_path / "clave.xlsx"
    path.write_bytes(ole)
    with pytest.raises(UnsupportedInput) as err:
        extract_document(path, path.name, IngestOptions())
    assert err.value.code == "office-encrypted"


def test_zip_bomb_refused_before_decompressing(tmp_path: Path) -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("xl/workbook.xml", "<workbook/>")
        with archive.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as member:
            chunk = b"\x00" * (1 << 20)
            for _ in range(320):
                member.write(chunk)
    path = tmp_path / "bomba.xlsx"
    path.write_bytes(buffer.getvalue())
    assert path.stat().st_size < 2_000_000
    with pytest.raises(UnsupportedInput) as err:
        extract_document(path, path.name, IngestOptions())
    assert err.value.code == "zip-bomb"


def test_end_to_end_workspace_keeps_good_files(tmp_path: Path) -> None:
    raw = tmp_path / "raw"
    raw.mkdir()
    for name in (
        "poa_2024_instituto_mujeres.xlsx",
        "poa_2024_instituto_mujeres.xlsx.meta.yaml",
        "sesnsp_idm_2024.csv",
    ):
        if (FIXTURES / name).exists():
            (raw / name).write_bytes((FIXTURES / name).read_bytes())
    (raw / "poa_2024_instituto_mujeres.xlsx.meta.yaml").write_text(
        "municipality_code: '14050'\ncountry: MX\nperiod: '2024'\n"
    )
    (raw / "roto.xlsx").write_bytes(b"PK\x03\x04garbage")
    ws = Workspace(tmp_path)
    result = ingest_paths([raw], ws, IngestOptions())
    by_file = {f.source_file: f for f in result.files}
    assert len(by_file) == 3
    broken = next(f for name, f in by_file.items() if name.endswith("roto.xlsx"))
    assert broken.error is not None and int(broken.error.exit_code) == 3
    assert len(staged_records(ws.staging)) == 2
    poa = next(f for name, f in by_file.items() if name.endswith(".xlsx") and f.ok)
    assert poa.staged is not None and poa.staged.source.reader == "spreadsheet"
    assert any(o.source_locator == "POA 2024!D6" and o.value == 150000 for o in rows(poa.staged))


def test_staged_frame_is_columnar_and_matches_the_schema(tmp_path: Path) -> None:
    staged = ingest("sesnsp_idm_2024.csv")
    frame = staged.table()
    target = arrow_schema(table_schema("observations"))
    assert frame.column_names == target.names
    for f in target:  # repetitive text stays dictionary-encoded; values have the schema's type
        actual = frame.schema.field(f.name).type
        assert actual == f.type or (
            pa.types.is_dictionary(actual) and actual.value_type == f.type
        ), f.name
    assert conform(frame, table_schema("observations")).schema == target
    ids = frame.column("observation_id").to_pylist()
    assert all(re.fullmatch(r"o[0-9a-f]{16}", i) for i in ids) and len(set(ids)) == len(ids)
    assert (
        ids == ingest("sesnsp_idm_2024.csv").table().column("observation_id").to_pylist()
    )  # stable
    write_staged(tmp_path, staged)
    (back,) = read_staged(tmp_path)
    assert conform(back.table(), table_schema("observations")).equals(
        conform(frame, table_schema("observations"))
    )
    assert back.count == 240 and len(staged.observation_list()) == 240


def test_multi_place_files_keep_only_the_common_place(tmp_path: Path) -> None:
    sesnsp = ingest("sesnsp_idm_2024.csv")  # Aguascalientes, Chihuahua, Jalisco
    assert (
        sesnsp.source.place.country,
        sesnsp.source.place.admin1,
        sesnsp.source.place.municipality,
    ) == ("MX", "", "")
    assert {o.admin1 for o in rows(sesnsp)} == {"MX-AGU", "MX-CHH", "MX-JAL"}  # rows keep their own
    text = (FIXTURES / "sesnsp_idm_2024.csv").read_bytes().decode("latin-1").splitlines()
    jalisco = tmp_path / "IDM_NM_jalisco.csv"
    jalisco.write_bytes(
        (
            "\r\n".join([text[0], *(line for line in text[1:] if ",Jalisco," in line)]) + "\r\n"
        ).encode("latin-1")
    )
    one_state = extract_document(jalisco, jalisco.name, IngestOptions())
    place = one_state.source.place
    assert (place.country, place.admin1, place.municipality, place.municipality_code) == (
        "MX",
        "MX-JAL",
        "",
        "",
    )
    assert {o.municipality for o in rows(one_state)} == {"Guadalajara", "Jocotepec"}
    linea = ingest("linea144_registro_2024.xlsx")  # four provinces
    assert (linea.source.place.country, linea.source.place.admin1) == ("AR", "")
    assert len({o.admin1 for o in rows(linea) if o.admin1}) == 4


def test_small_register_counts_are_suppressed() -> None:
    staged = ingest("linea144_registro_2024.xlsx")
    observations = rows(staged)
    hidden = [o for o in observations if "suppressed_small_count" in o.quality_flags.split(";")]
    assert hidden
    for o in hidden:
        assert o.value == "" and o.value_text == "<3" and o.value_raw == ""
        assert "<3 filas" in o.source_text and not re.search(r": [0-2] filas", o.source_text)
    shown = [o for o in observations if o not in hidden]
    assert all(o.value >= 3 and o.value_text == "" for o in shown)
    notes = [i for i in staged.issues if i.code == "counts-suppressed"]
    assert len(notes) == 1 and notes[0].severity == "info"
    assert f" {len(hidden)} " in notes[0].message_en
    # Totals stay as they were (60 calls, 5 in Buenos Aires in January).
    totals = [o for o in observations if o.breakdown_dimension == "_T" and o.admin1]
    assert sum(o.value or 0 for o in totals) == 60


def test_min_count_is_a_template_option(tmp_path: Path) -> None:
    shipped = (
        Path(__file__).parents[2] / "schemas" / "templates" / "linea144_registro.yaml"
    ).read_text(encoding="utf-8")
    path = FIXTURES / "linea144_registro_2024.xlsx"

    def with_min_count(value: int) -> list[SimpleNamespace]:
        schemas = tmp_path / f"ws{value}" / "schemas"  # templates are cached per file path
        (schemas / "templates").mkdir(parents=True)
        text = shipped.replace("  min_count: 3", f"  min_count: {value}")
        (schemas / "templates" / "linea144_registro.yaml").write_text(text, encoding="utf-8")
        staged = extract_document(path, path.name, IngestOptions(schemas_dir=schemas))
        assert ("counts-suppressed" in codes(staged)) == (value > 1)
        return rows(staged)

    assert not [o for o in with_min_count(1) if o.value_text]
    ten = with_min_count(10)
    assert {o.value_text for o in ten if o.value_text} == {"<10"}
    assert all(o.value == "" or o.value >= 10 for o in ten)


@pytest.mark.parametrize("ending", ["\n", "\n\n\n"])
@pytest.mark.parametrize("blank_inside", [False, True])
def test_csv_rows_keep_their_line_numbers(tmp_path: Path, ending: str, blank_inside: bool) -> None:
    lines = [
        "Programa,Enero,Febrero",
        "Talleres,12,15",
        *([""] if blank_inside else []),
        "Charlas,7,9",
    ]
    path = tmp_path / "actividades.csv"
    path.write_text("\n".join(lines) + ending, encoding="utf-8")
    staged = extract_document(
        path, path.name, IngestOptions(overrides=Overrides(period="2024", country="AR"))
    )
    last = 4 if blank_inside else 3
    assert at(staged, "B2").value == 12 and at(staged, f"C{last}").value == 9
    assert len(rows(staged)) == 4


def _helpline_register(path: Path, per_cell: int) -> Path:
    """A helpline register of the Línea 144's shape: one row per call, two provinces, two
    months, ``per_cell`` calls in each, every one of physical violence by a partner."""
    lines = [
        "fecha,prov_residencia,genero,tipo_de_violencia_fisica,tipo_de_violencia_psicologica,vinculo"
    ]
    for province in ("Salta", "Córdoba"):
        for month in ("01", "02"):
            for i in range(per_cell):
                lines.append(f"2023-{month}-{1 + i % 28:02d},{province},Mujer,Si,No,Pareja")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_a_registers_breakdowns_stay_by_province_and_month_where_none_is_thin(
    tmp_path: Path,
) -> None:
    path = _helpline_register(tmp_path / "linea144-2023.csv", per_cell=12)
    out = rows(extract_document(path, path.name, IngestOptions()))
    salta_feb = [o for o in out if o.admin1 == "AR-A" and o.period_start == "2023-02-01"]
    values = {(o.breakdown_dimension, o.breakdown_value): o.value for o in salta_feb}
    assert values[("_T", "_T")] == 12 and values[("tipo_violencia", "fisica")] == 12
    assert values[("vinculo_agresor", "Pareja")] == 12
    assert not [o for o in out if not o.admin1]  # no count for the country: none was thin


def test_thin_breakdowns_of_a_register_are_counted_for_the_country_and_span(
    tmp_path: Path,
) -> None:
    # one call a province and month: two a month for the country, still too few
    path = _helpline_register(tmp_path / "linea144-2023.csv", per_cell=1)
    out = rows(extract_document(path, path.name, IngestOptions()))
    whole = [o for o in out if not o.admin1 and o.breakdown_dimension == "_T"]
    assert len(whole) == 1 and whole[0].value == 4
    assert (whole[0].period_start, whole[0].period_end) == ("2023-01-01", "2023-02-28")
    partner = next(o for o in out if o.breakdown_value == "Pareja")
    assert partner.value == 4 and partner.admin1 == "" and partner.country == "AR"
    assert partner.parent_observation_id == whole[0].observation_id
    # each province's monthly total stays (below 3: published without its value), a part
    # of the span's total, so that no sum counts a call twice
    cordoba_jan = next(o for o in out if o.admin1 == "AR-X" and o.period_start == "2023-01-01")
    assert cordoba_jan.value == "" and cordoba_jan.value_text == "<3"
    assert cordoba_jan.other_total_observation_id == whole[0].observation_id


def test_thin_breakdowns_of_a_register_are_counted_for_the_country_by_month(
    tmp_path: Path,
) -> None:
    # two calls a province and month (too few), four a month for the country (enough)
    path = _helpline_register(tmp_path / "linea144-2023.csv", per_cell=2)
    out = rows(extract_document(path, path.name, IngestOptions()))
    country = {o.period_start: o for o in out if not o.admin1 and o.breakdown_dimension == "_T"}
    assert sorted(country) == ["2023-01-01", "2023-02-01"]
    assert country["2023-02-01"].value == 4 and country["2023-02-01"].period_end == "2023-02-28"
    partner = [o for o in out if o.breakdown_value == "Pareja"]
    assert {(o.admin1, o.period_start, o.value) for o in partner} == {
        ("", "2023-01-01", 4.0),
        ("", "2023-02-01", 4.0),
    }
    feb = next(o for o in partner if o.period_start == "2023-02-01")
    assert feb.parent_observation_id == country["2023-02-01"].observation_id
    # a province's month is a part of the country's month, never a second total
    salta_feb = next(
        o
        for o in out
        if o.admin1 == "AR-A" and o.period_start == "2023-02-01" and o.breakdown_dimension == "_T"
    )
    assert salta_feb.value_text == "<3"
    assert salta_feb.other_total_observation_id == country["2023-02-01"].observation_id


def test_a_registers_month_counts_the_calls_its_provinces_leave_out(tmp_path: Path) -> None:
    # 12 calls a month in Salta and Córdoba; in January one from Jujuy (below 3) and three
    # whose province is "Sin datos", in February three with the province blank
    path = _helpline_register(tmp_path / "linea144-2023.csv", per_cell=12)
    with path.open("a", encoding="utf-8") as fh:
        fh.write("2023-01-05,Jujuy,Mujer,Si,No,Pareja\n")
        fh.writelines(f"2023-01-0{d},Sin datos,Mujer,Si,No,Pareja\n" for d in (6, 7, 8))
        fh.writelines(f"2023-02-0{d},,Mujer,Si,No,Pareja\n" for d in (6, 7, 8))
    out = rows(extract_document(path, path.name, IngestOptions()))
    country = {o.period_start: o for o in out if not o.admin1 and o.breakdown_dimension == "_T"}
    assert {k: o.value for k, o in country.items()} == {"2023-01-01": 28, "2023-02-01": 27}
    rest = {o.period_start: o for o in out if o.breakdown_value == "_O"}
    # January: Jujuy's one call and the three without a province; February: the three
    assert {k: o.value for k, o in rest.items()} == {"2023-01-01": 4, "2023-02-01": 3}
    assert rest["2023-01-01"].breakdown_dimension == "lugar"
    assert rest["2023-01-01"].other_total_observation_id == country["2023-01-01"].observation_id
    jujuy = next(o for o in out if o.admin1 == "AR-Y" and o.breakdown_dimension == "_T")
    assert jujuy.value == "" and jujuy.value_text == "<3"
    assert jujuy.other_total_observation_id == ""  # counted in January's other part only
    for month, total in country.items():
        parts = [o for o in out if o.other_total_observation_id == total.observation_id]
        assert sum(o.value or 0 for o in parts) == total.value, month
    assert rest["2023-01-01"].indicator_label == (
        "Línea 144, registro de casos: sin provincia o de provincias con menos de 3 llamadas en el mes"
    )
    # every month's leaves (the provinces shown and the other part) sum to its calls
    calls = {"2023-01-01": 24 + 1 + 3, "2023-02-01": 24 + 3}
    for month, total in country.items():
        leaves = [
            o for o in out if o.period_start == month and o.breakdown_dimension in ("_T", "lugar")
        ]
        leaves = [o for o in leaves if o.observation_id != total.observation_id]
        assert sum(o.value or 0 for o in leaves) == calls[month] == total.value, month


def test_a_registers_country_month_is_published_only_where_it_tells_more(tmp_path: Path) -> None:
    # 12 calls a month in Salta and Córdoba (no breakdown thin: all counted by province and
    # month); January adds three calls without a province, February one, March none
    path = _helpline_register(tmp_path / "linea144-2023.csv", per_cell=12)
    with path.open("a", encoding="utf-8") as fh:
        fh.writelines(f"2023-01-0{d},Sin datos,Mujer,Si,No,Pareja\n" for d in (6, 7, 8))
        fh.write("2023-02-06,,Mujer,Si,No,Pareja\n")
        fh.writelines(f"2023-03-{d:02d},{p},Mujer,Si,No,Pareja\n" for p in ("Salta", "Córdoba") for d in range(1, 6))  # fmt: skip
    out = rows(extract_document(path, path.name, IngestOptions()))
    country = [o for o in out if not o.admin1 and o.breakdown_dimension in ("_T", "lugar")]
    # only January's three calls without a province tell something its provinces do not:
    # its total (27) and its other part (3); February's one call is too few to publish
    # alone and March's total is its provinces' sum (5 + 5), so neither has a country row
    assert sorted((o.period_start, o.breakdown_dimension, o.breakdown_value, o.value) for o in country) == [
        ("2023-01-01", "_T", "_T", 27.0),
        ("2023-01-01", "lugar", "_O", 3.0),
    ]  # fmt: skip
    jan_total = next(o for o in country if o.breakdown_dimension == "_T")
    parts = [o for o in out if o.other_total_observation_id == jan_total.observation_id]
    assert sorted((o.admin1, o.value) for o in parts) == [("", 3.0), ("AR-A", 12.0), ("AR-X", 12.0)]
    # no sum over provinces and the other part counts a call twice: each month's leaves
    # are its calls (February less the one call without a province, which no row shows)
    for month, calls in (("2023-01-01", 27), ("2023-02-01", 24), ("2023-03-01", 10)):
        leaves = [
            o
            for o in out
            if o.period_start == month
            and o.breakdown_dimension in ("_T", "lugar")
            and o.observation_id != jan_total.observation_id
        ]
        assert sum(o.value or 0 for o in leaves) == calls, month
    # the provinces' months outside January are parts of no country total
    salta_feb = next(o for o in out if o.admin1 == "AR-A" and o.period_start == "2023-02-01" and o.breakdown_dimension == "_T")  # fmt: skip
    assert salta_feb.value == 12 and salta_feb.other_total_observation_id == ""
    # the breakdowns of the calls without a province are theirs, named as the other places,
    # never the country's (whose 27 calls were all by a partner, not 3)
    unplaced = {
        (o.period_start, o.breakdown_dimension, o.breakdown_value, o.value_text or o.value)
        for o in out
        if not o.admin1 and o.breakdown_dimension.startswith("lugar+")
    }
    assert unplaced == {
        ("2023-01-01", "lugar+genero", "_O | Mujer", 3.0),
        ("2023-01-01", "lugar+tipo_violencia", "_O | fisica", 3.0),
        ("2023-01-01", "lugar+vinculo_agresor", "_O | Pareja", 3.0),
        ("2023-02-01", "lugar+genero", "_O | Mujer", "<3"),
        ("2023-02-01", "lugar+tipo_violencia", "_O | fisica", "<3"),
        ("2023-02-01", "lugar+vinculo_agresor", "_O | Pareja", "<3"),
    }
    assert all(
        o.parent_observation_id == "" and o.other_total_observation_id == ""
        for o in out
        if o.breakdown_dimension.startswith("lugar+")
    )
