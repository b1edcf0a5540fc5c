"""Tables read by what their columns mean: each case builds a small real table and checks values."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

import pytest

from genero_etl.errors import UsageError
from genero_etl.model.arrow import table_rows
from genero_etl.normalize.document import Overrides
from genero_etl.pipeline import IngestOptions, extract_document
from genero_etl.stage import StagedFile


def ingest(path: Path, **overrides: str) -> StagedFile:
    return extract_document(path, path.name, IngestOptions(overrides=Overrides(**overrides)))


def rows(staged: StagedFile) -> list[SimpleNamespace]:
    return [SimpleNamespace(**r) for r in table_rows(staged.table())]


def codes(staged: StagedFile) -> list[str]:
    return [i.code for i in staged.issues]


def write(tmp_path: Path, name: str, text: str, encoding: str = "utf-8") -> Path:
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


def test_long_table_takes_place_and_period_from_each_row_and_sums_duplicates(
    tmp_path: Path,
) -> None:
    path = write(tmp_path, "casos.csv", (
        "Provincia,Mes,Año,Feminicidio,Homicidio de Mujeres\n"
        "Salta,ENERO,2020,1,0\n"
        "Salta,ENERO,2020,1,0\n"
        "Jujuy,FEBRERO,2020,2,1\n"
        "Jujuy ,febrero,2021,3,0\n"
    ))  # fmt: skip
    out = rows(ingest(path))
    salta = [o for o in out if o.admin1 == "AR-A" and o.indicator_label == "Feminicidio"]
    assert len(salta) == 1 and salta[0].value == 2  # the duplicate row is summed, not dropped
    assert (salta[0].period_start, salta[0].period_end) == ("2020-01-01", "2020-01-31")
    assert salta[0].country == "AR" and salta[0].indicator_id == "femicidios"
    jujuy_2021 = [o for o in out if o.admin1 == "AR-Y" and o.period_start == "2021-02-01"]
    assert [o.value for o in jujuy_2021 if o.indicator_label == "Feminicidio"] == [3]
    other = [o for o in out if o.indicator_label == "Homicidio de Mujeres"]
    assert other and all(o.indicator_id != "femicidios" for o in other)  # its own label decides
    assert not [o for o in out if o.value in (2020, 2021)]  # years are never values


def test_headerless_register_is_counted_and_no_row_text_is_published(tmp_path: Path) -> None:
    lines = [
        "101,34,MUJER,PRINCIPAL,Salta,Calle Rivadavia 100,01/03/2019",
        "102,999,MUJER,VINCULADO,Salta,Calle Rivadavia 107,15/07/2019",
        "103,27,HOMBRE,PRINCIPAL,Salta,Calle Rivadavia 114,02/02/2020",
        "104,41,MUJER,PRINCIPAL,Jujuy,Calle Rivadavia 121,S/D",
        "105,S/D,MUJER,PRINCIPAL,Jujuy,Calle Rivadavia 128,09/09/2019",
        "106,52,TRAVESTI,PRINCIPAL,Buenos Aires,Calle Rivadavia 135,10/10/2019",
        "107,19,MUJER,PRINCIPAL,Buenos Aires,Calle Rivadavia 142,11/11/2019",
        "108,61,MUJER,PRINCIPAL,Buenos Aires,Calle Rivadavia 149,12/12/2019",
        "109,33,S/D,VINCULADO,Salta,Calle Rivadavia 156,05/05/2020",
        "110,30,MUJER,PRINCIPAL,Salta,Calle Rivadavia 163,06/06/2020",
    ]
    staged = ingest(write(tmp_path, "registro.csv", "\n".join(lines) + "\n"))
    out = rows(staged)
    totals = {(o.admin1, o.period_start[:4]): o.value for o in out if o.breakdown_dimension == "_T"}
    assert totals[("AR-A", "2019")] == 2 and totals[("AR-A", "2020")] == 3
    assert totals[("AR-Y", "")] == 1  # a row without a date counts in the unknown period
    assert sum(totals.values()) == 10
    salta_2019 = next(
        o
        for o in out
        if o.admin1 == "AR-A" and o.period_start == "2019-01-01" and o.breakdown_dimension == "_T"
    )
    vinculado = [
        o
        for o in out
        if o.breakdown_value == "VINCULADO"
        and o.admin1 == "AR-A"
        and o.period_start == "2019-01-01"
    ]
    assert (
        vinculado[0].value == 1 and vinculado[0].parent_observation_id == salta_2019.observation_id
    )
    published = " ".join(f"{o.source_text} {o.indicator_label} {o.breakdown_value}" for o in out)
    for secret in ("Rivadavia", "01/03/2019", "101", "999"):
        assert secret not in published
    assert not [o for o in out if o.value in (101, 999, 34)]
    assert "table-register-counted" in codes(staged)


def test_two_row_header_year_spans_two_columns(tmp_path: Path) -> None:
    path = write(tmp_path, "tentativas.csv", (
        "Territorio,,2019,,2020,\n"
        "Código,Provincia,Femicidio,Tentativa,Femicidio,Tentativa\n"
        "AR-A,Salta,4,2,5,1\n"
        "AR-Y,Jujuy,1,0,2,3\n"
    ), "latin-1")  # fmt: skip
    out = rows(ingest(path))
    assert len(out) == 8
    jujuy = {(o.period_start[:4], o.indicator_label): o.value for o in out if o.admin1 == "AR-Y"}
    assert jujuy == {
        ("2019", "Femicidio"): 1,
        ("2019", "Tentativa"): 0,
        ("2020", "Femicidio"): 2,
        ("2020", "Tentativa"): 3,
    }
    assert {o.indicator_id for o in out if o.indicator_label == "Tentativa"} == {"sin_clasificar"}


def test_wide_categories_with_total_and_share_columns(tmp_path: Path) -> None:
    path = write(tmp_path, "etnia.csv", (
        "etnia,2019,2020,total_acumulado,porcentaje\n"
        "Mestiza,10,20,30,75.0\n"
        "Indígena,4,6,10,25.0\n"
    ))  # fmt: skip
    staged = ingest(path, country="EC")
    out = rows(staged)
    assert {o.value for o in out} == {10, 20, 30, 4, 6}  # the share is left out
    total = next(o for o in out if o.value == 30)
    assert (total.period_start, total.period_end) == ("2019-01-01", "2020-12-31")
    part = next(o for o in out if o.value == 10)
    assert part.parent_observation_id == total.observation_id and part.breakdown_value == "Mestiza"
    assert {o.country for o in out} == {"EC"}
    assert "table-columns-derived" in codes(staged)


def test_month_header_carries_its_year_forward(tmp_path: Path) -> None:
    path = write(
        tmp_path, "llamadas.csv", "Provincia,Enero 2021,Febrero,Marzo\nSalta,5,6,7\nJujuy,1,2,3\n"
    )
    out = rows(ingest(path))
    feb = next(o for o in out if o.admin1 == "AR-A" and o.value == 6)
    assert (feb.period_start, feb.period_end) == ("2021-02-01", "2021-02-28")


def test_no_evidence_no_country(tmp_path: Path) -> None:
    path = write(
        tmp_path, "sin_pais.csv", "Zona,Año,Cantidad\nNorte,2020,5\nSur,2020,7\nNorte,2021,4\n"
    )
    staged = ingest(path)
    assert {o.country for o in rows(staged)} == {""}
    assert "table-country-unknown" in codes(staged)
    declared = ingest(path, country="UY")
    assert {o.country for o in rows(declared)} == {"UY"}
    assert "table-country-unknown" not in codes(declared)


def test_statistic_rows_and_pivot_sheets_are_not_data(tmp_path: Path) -> None:
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = "Datos"
    ws.append(["Programa Presupuestario", "Servicios Personales", "Total General"])
    ws.append(["497 Atención a mujeres víctimas", 100.5, 100.5])
    ws.append(["678 Prevención de la violencia", 40, 40])
    ws.append(["Total", 140.5, 140.5])
    ws.append(["Distribución Porcentual", 100, 100])
    pivot = wb.create_sheet("Dinamica")
    pivot.append(["Etiquetas de fila", "Cuenta de Campo1"])
    pivot.append([2015, 108])
    pivot.append(["Total general", 108])
    path = tmp_path / "presupuesto.xlsx"
    wb.save(path)
    staged = ingest(path, country="MX", period="2019")
    out = rows(staged)
    assert not [o for o in out if o.source_locator.startswith("Dinamica!")]  # Datos is read
    assert "sheet-analysis-skipped" in codes(staged)
    program = next(o for o in out if o.value == 100.5 and o.breakdown_dimension == "_T")
    assert program.activity == "497 Atención a mujeres víctimas" and program.unit == "MXN"
    assert not [o for o in out if o.source_locator in ("Datos!B5", "Datos!C5")]  # the share row
    grand = next(o for o in out if o.source_locator == "Datos!C4")
    assert grand.value == 140.5 and grand.activity == ""


def test_user_map_wins_and_bad_map_names_file_sheet_column(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "tabla.csv",
        "Provincia,Circunstancia,Año,Cantidad\nSalta,RIÑA,2020,2\nSalta,ROBO,2020,3\n",
    )
    assert {o.breakdown_value for o in rows(ingest(path))} == {"RIÑA", "ROBO"}
    mapping = tmp_path / "tabla.csv.map.yaml"
    mapping.write_text(
        "version: 1\nsheets:\n  '':\n    columns:\n      Circunstancia: {role: ignored}\n",
        encoding="utf-8",
    )
    out = rows(ingest(path))
    assert [(o.breakdown_value, o.value) for o in out] == [("_T", 5)]
    mapping.write_text(
        "version: 1\nsheets:\n  '':\n    columns:\n      Lugar: {role: place}\n", encoding="utf-8"
    )
    with pytest.raises(UsageError) as err:
        ingest(path)
    assert err.value.code == "mapping-unknown-column" and "Lugar" in err.value.message("en")
    assert int(err.value.exit_code) == 2
    mapping.write_text(
        "version: 1\nsheets:\n  '':\n    columns:\n      Cantidad: {role: cantidad}\n",
        encoding="utf-8",
    )
    with pytest.raises(UsageError) as err:
        ingest(path)
    assert err.value.code == "mapping-unknown-role"
    mapping.write_text(
        "version: 1\nsheets:\n  Hoja9:\n    columns:\n      Cantidad: {role: measure}\n",
        encoding="utf-8",
    )
    with pytest.raises(UsageError) as err:
        ingest(path)
    assert err.value.code == "mapping-no-match"


def test_values_collapsing_on_one_key_are_reported(tmp_path: Path) -> None:
    path = write(tmp_path, "repetido.csv", "Indicador,Valor\nLlamadas,5\nLlamadas,7\nLlamadas,9\n")
    assert "table-values-collapse" in codes(ingest(path))


def test_coded_register_decoded_by_the_users_codebook(tmp_path: Path) -> None:
    header = "Año,Numrefcausa,Jurisdiccion,Tipo_femicidio,Etapa_causa"
    body = [
        f"2021,{2021001 + i},{6 if i % 3 else 2},{1 if i % 4 else 2},{1 + i % 2}" for i in range(40)
    ]
    path = write(tmp_path, "causas.csv", "\n".join([header, *body]) + "\n")
    staged = ingest(path, country="AR")
    coded = rows(staged)
    # codes no codebook decodes ("Tipo_femicidio = 1") are not published as breakdowns
    assert {o.breakdown_dimension for o in coded} == {"_T"}
    assert sum(o.value for o in coded) == 40
    assert "table-register-left-out" in codes(staged)
    assert {o.admin1 for o in coded} == {"AR-B", "AR-C"}  # INDEC province codes 6 and 2
    assert not [o for o in coded if o.value in (2021, 2021001)]
    (tmp_path / "codigos.csv").write_text(
        "column,code,label\nTipo_femicidio,1,Directo\nTipo_femicidio,2,Vinculado\n",
        encoding="utf-8",
    )
    (tmp_path / "causas.csv.map.yaml").write_text(
        "version: 1\ncodebook: codigos.csv\n", encoding="utf-8"
    )
    decoded = rows(ingest(path, country="AR"))
    tipo = {
        (o.admin1, o.breakdown_value): o.value for o in decoded if o.breakdown_dimension == "tipo"
    }
    assert tipo[("AR-C", "Vinculado")] == sum(1 for i in range(40) if i % 3 == 0 and i % 4 == 0)
    assert sum(v for (_, label), v in tipo.items() if label == "Directo") == 30


def test_fraction_under_a_percentage_header_is_published_as_percent(tmp_path: Path) -> None:
    path = write(
        tmp_path, "tasa.csv", "Provincia,Año,Porcentaje de casos\nSalta,2020,0.23\nJujuy,2020,0.5\n"
    )
    staged = ingest(path)
    out = {o.admin1: (o.value, o.unit, o.value_kind) for o in rows(staged)}
    assert out == {"AR-A": (23.0, "%", "percentage"), "AR-Y": (50.0, "%", "percentage")}
    assert "table-fraction-scaled" in codes(staged)


def test_rows_about_people_are_only_counted(tmp_path: Path) -> None:
    path = write(tmp_path, "personas.csv", (
        "Nombre,Edad,Domicilio\n"
        "Ana Pérez,34,Calle Sarmiento 120\n"
        "Rosa Díaz,27,Av. Mitre 45\n"
        "Luz Gómez,52,Belgrano 900\n"
    ))  # fmt: skip
    out = rows(ingest(path, country="AR", period="2023"))
    assert [(o.value, o.breakdown_dimension, o.period_start) for o in out] == [
        (3, "_T", "2023-01-01")
    ]
    text = " ".join(f"{o.source_text} {o.indicator_label} {o.value_raw}" for o in out)
    assert "Pérez" not in text and "Sarmiento" not in text and "34" not in text


def test_wide_rows_of_indicators_and_columns_of_sexes(tmp_path: Path) -> None:
    path = write(tmp_path, "llamadas.csv", (
        "Indicador,Ene,Feb,Total\n"
        "Llamadas recibidas,46,49,95\n"
        "Denuncias acompañadas,7,8,15\n"
    ))  # fmt: skip
    out = rows(ingest(path, country="AR", period="2024"))
    feb = next(o for o in out if o.value == 8)
    assert feb.indicator_label == "Denuncias acompañadas" and feb.period_start == "2024-02-01"
    total = next(o for o in out if o.value == 15)
    assert feb.parent_observation_id == total.observation_id
    assert len({(o.indicator_label, o.period_start, o.period_end) for o in out}) == 6
    sexes = write(
        tmp_path, "sexos.csv", "Provincia,Mujeres,Varones,Total\nSalta,10,2,12\nJujuy,4,1,5\n"
    )
    by_sex = {
        (o.admin1, o.breakdown_dimension, o.breakdown_value): o.value for o in rows(ingest(sexes))
    }
    assert by_sex[("AR-A", "sexo", "mujeres")] == 10 and by_sex[("AR-Y", "_T", "_T")] == 5


def test_places_across_the_columns(tmp_path: Path) -> None:
    path = write(
        tmp_path, "provincias.csv", "Año,Salta,Jujuy,Tucumán,Total\n2022,5,2,4,11\n2023,6,1,3,10\n"
    )
    out = rows(ingest(path))
    by_place = {(o.admin1, o.period_start[:4]): o.value for o in out if o.admin1}
    assert by_place == {("AR-A", "2022"): 5, ("AR-Y", "2022"): 2, ("AR-T", "2022"): 4,
                        ("AR-A", "2023"): 6, ("AR-Y", "2023"): 1, ("AR-T", "2023"): 3}  # fmt: skip
    totals = [o for o in out if o.value in (11, 10)]
    assert {o.admin1 for o in totals} == {""} and {o.country for o in out} == {"AR"}
    assert not [o for o in out if o.value in (2022, 2023)]


def test_a_pivot_sheet_alone_is_read_with_its_grand_total(tmp_path: Path) -> None:
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = "Resumen"
    ws.append(["Etiquetas de fila", "Cuenta de Casos"])
    for year, n in ((2015, 108), (2016, 239), (2017, 381)):
        ws.append([year, n])
    ws.append(["Total general", 728])
    path = tmp_path / "pivote.xlsx"
    wb.save(path)
    out = rows(ingest(path, country="CO"))
    by_year = {o.period_start[:4]: o.value for o in out if o.value != 728}
    assert by_year == {"2015": 108, "2016": 239, "2017": 381}
    assert not [o for o in out if o.value in (2015, 2016, 2017)]
    total = next(o for o in out if o.value == 728)
    assert (total.period_start, total.period_end) == ("2015-01-01", "2017-12-31")
    assert {o.parent_observation_id for o in out if o.value != 728} == {total.observation_id}


def test_peruvian_districts_get_their_ubigeo_in_their_department(tmp_path: Path) -> None:
    """Rows of the Interior Ministry's complaints by district (the corpus file): each district
    is INEI's, with its code (the lost leading zero put back), not a breakdown."""
    path = write(
        tmp_path,
        "denuncias.csv",
        "PROV_HECHO,DIST_HECHO,UBIGEO_HECHO,AÑO,MES,DPTO_HECHO,CANTIDAD\n"
        "POMABAMBA,PAROBAMBA,21603,2024,1,ANCASH,2\n"
        "LUYA,TRITA,10523,2019,5,AMAZONAS,1\n"
        "LA CONVENCION,MARANURA,80904,2020,12,CUSCO,11\n"
        "LIMA,LIMA,150101,2020,12,LIMA,40\n"
        "LIMA,MIRAFLORES,150122,2020,12,LIMA,7\n",
    )
    out = rows(ingest(path))
    got = {(o.admin1, o.municipality, o.municipality_code, o.breakdown_dimension, o.value,
            o.period_start) for o in out}  # fmt: skip
    assert got == {
        ("PE-ANC", "PAROBAMBA", "021603", "_T", 2.0, "2024-01-01"),
        ("PE-AMA", "TRITA", "010523", "_T", 1.0, "2019-05-01"),
        ("PE-CUS", "MARANURA", "080904", "_T", 11.0, "2020-12-01"),
        ("PE-LMA", "LIMA", "150101", "_T", 40.0, "2020-12-01"),  # Lima's province: PE-LMA
        ("PE-LMA", "MIRAFLORES", "150122", "_T", 7.0, "2020-12-01"),
    }
    assert {o.country for o in out} == {"PE"}


def test_a_register_whose_count_column_is_headed_by_a_year_is_counted_by_its_dimensions(
    tmp_path: Path,
) -> None:
    """As Colombia's police homicide register: one row per event, the victims in a column
    headed "2015" (1 on most rows), with the hour, the age and the neighbourhood."""
    header = "FECHA,DEPARTAMENTO,MUNICIPIO,HORA,BARRIO,EDAD ,GENERO ,CODIGO DANE ,2015"
    places = [("ANTIOQUIA", "AMAGÁ", "5030000"), ("VALLE DEL CAUCA", "CALI", "76001000")]
    lines = [header]
    for i in range(40):
        department, town, code = places[i % 2]
        sex = "FEMENINO" if i % 4 == 0 else "MASCULINO"
        victims = 2 if i == 7 else 1
        lines.append(
            f"{i % 28 + 1:02d}/{i % 12 + 1:02d}/2015 12:00:00 AM,{department},{town},{i % 24}:00,"
            f"BARRIO LAS FLORES {i},{20 + i},{sex},{code},{victims}"
        )
    staged = ingest(write(tmp_path, "homicidios.csv", "\n".join(lines) + "\n"), country="CO")
    out = rows(staged)
    totals: dict[str, float] = {}
    women: dict[str, float] = {}
    for o in out:
        if o.breakdown_dimension == "_T":
            totals[o.admin1] = totals.get(o.admin1, 0.0) + o.value
        if o.breakdown_value == "mujeres":
            women[o.admin1] = women.get(o.admin1, 0.0) + o.value
    assert totals == {"CO-ANT": 20.0, "CO-VAC": 21.0}  # row 8 (Valle) weighs two victims
    assert women == {"CO-ANT": 10.0}  # rows 1, 5, 9... are all in Antioquia
    assert {o.period_start[:4] for o in out} == {"2015"}
    published = " ".join(f"{o.source_text} {o.indicator_label} {o.breakdown_value}" for o in out)
    assert "LAS FLORES" not in published and "12:00" not in published
    assert not [o for o in out if o.value in (2015.0, 5030000.0, 76001000.0)]
    assert "table-register-counted" in codes(staged)


def test_eight_digit_dane_codes_publish_as_their_municipality(tmp_path: Path) -> None:
    """Colombia's police tables write DANE's populated-centre code ("08758000", "5030000" with
    its zero lost); the municipality's 5-digit code is published. A code of another populated
    centre is not reduced and reported: alone in its row, the row is kept apart inside its
    department (a "lugar" breakdown), never Atlántico's figure; beside the name "SOLEDAD (CT)"
    (the police's mark after a name is no part of it), the row is that centre's, kept apart
    inside Soledad, where it lies (08758), never Soledad's own figure."""
    path = write(tmp_path, "homicidios.csv", (
        "DEPARTAMENTO,MUNICIPIO,CODIGO DANE,AÑO,CANTIDAD\n"
        "ATLÁNTICO,SOLEDAD (CT),08758000,2015,7\n"
        "ANTIOQUIA,AMAGÁ,5030000,2015,2\n"
        "ANTIOQUIA,AMAGÁ,5030000,2016,3\n"
        "ATLÁNTICO,,08758001,2015,4\n"
        "ATLÁNTICO,SOLEDAD (CT),08758001,2016,5\n"
    ))  # fmt: skip
    staged = ingest(path, country="CO")
    out = rows(staged)
    by_code = {(o.municipality_code, o.period_start[:4]): o.value for o in out}
    assert by_code[("08758", "2015")] == 7 and by_code[("05030", "2016")] == 3
    assert {o.admin1 for o in out if o.municipality_code == "05030"} == {"CO-ANT"}
    assert not [o for o in out if len(o.municipality_code) not in (0, 5)]
    centre = {
        (o.municipality_code, o.period_start[:4], o.breakdown_dimension, o.breakdown_value, o.value)
        for o in out
        if o.admin1 == "CO-ATL" and o.breakdown_dimension != "_T"
    }
    assert centre == {
        ("", "2015", "lugar", "08758001", 4.0),
        ("08758", "2016", "lugar", "08758001", 5.0),
    }
    assert not [
        o
        for o in out
        if o.admin1 == "CO-ATL" and o.breakdown_dimension == "_T" and o.value in (4, 5)
    ]
    unreduced = [i for i in staged.issues if i.code == "table-place-code-unreduced"]
    assert len(unreduced) == 1
    assert "columna 'CODIGO DANE': 1 códigos (08758001)" in unreduced[0].message("es")


def test_a_locality_code_beside_its_municipality_name_is_no_municipal_figure(
    tmp_path: Path,
) -> None:
    """A row that names its municipality and gives an INEGI locality code (clave geoestadística
    de localidad: entidad 2 + municipio 3 + localidad 4 digits) counts that locality only.

    The rows are those of Aguascalientes (state 01), 2015, in the shared corpus' SESNSP file
    (mx_sesnsp_violencia_familiar_municipal_2015_2022.csv: Aguascalientes 1001, January 18;
    Asientos 1002, January 2; Calvillo 1003, January 0), with the municipality's code written
    as INEGI's code of its seat locality (010010001 is the city of Aguascalientes, 010020001
    Asientos, 010030001 Calvillo), as a table of localities writes it; no table of the development sets or of the
    shared corpus has such a column. A careful statistician publishes the locality's figure
    at its own level, inside its municipality and under its own code, and never as the
    municipality's total: the table does not show that it holds every locality of the
    municipality, so no sum of its rows is the municipality's either. The code is reported
    (``table-place-code-unreduced``)."""
    path = write(tmp_path, "violencia_familiar_localidad.csv", (
        "Año,Entidad,Municipio,Clave localidad,Enero\n"
        "2015,Aguascalientes,Aguascalientes,010010001,18\n"
        "2015,Aguascalientes,Asientos,010020001,2\n"
        "2015,Aguascalientes,Calvillo,010030001,0\n"
    ))  # fmt: skip
    staged = ingest(path, country="MX")
    out = rows(staged)
    got = {
        (o.municipality_code, o.period_start[:4], o.breakdown_dimension, o.breakdown_value,
         o.value, o.source_locator)
        for o in out
    }  # fmt: skip
    assert ("01001", "2015", "lugar", "010010001", 18.0, "E2") in got
    assert ("01002", "2015", "lugar", "010020001", 2.0, "E3") in got
    assert ("01003", "2015", "lugar", "010030001", 0.0, "E4") in got
    # no locality's count is its municipality's total
    assert not [o for o in out if o.breakdown_dimension == "_T"]
    unreduced = [i.message("es") for i in staged.issues if i.code == "table-place-code-unreduced"]
    assert len(unreduced) == 1
    assert "'Clave localidad': 3 códigos (010010001, 010020001, 010030001)" in unreduced[0]


def test_dane_codes_place_a_table_in_colombia_and_its_department(tmp_path: Path) -> None:
    """As Valle del Cauca's open-data table: codes and names, no word naming the country."""
    path = write(tmp_path, "feminicidios.csv", (
        "Año,Id_municipio,Municipio,Subregión,Cantidad\n"
        "2018,76403,La Victoria,Norte,1\n"
        "2019,76020,Alcalá,Norte,1\n"
        "2019,76109,Buenaventura,Pacífico,3\n"
        "2019,76001,Cali,Sur,10\n"
        "2020,76001,Cali,Sur,20\n"
    ))  # fmt: skip
    out = rows(ingest(path))
    cali = {o.period_start[:4]: o.value for o in out if o.municipality_code == "76001"}
    assert cali == {"2019": 10, "2020": 20}
    assert {(o.country, o.admin1) for o in out} == {("CO", "CO-VAC")}
    # the name DANE's list writes, as the code found it
    assert {o.municipality for o in out if o.municipality_code == "76109"} == {"BUENAVENTURA"}
    assert {o.municipality for o in out if o.municipality_code == "76001"} == {"SANTIAGO DE CALI"}
    assert not [o for o in out if o.value in (2018, 2019, 2020, 76001, 76403)]


def test_colombian_municipalities_by_name_get_their_dane_code_and_department(
    tmp_path: Path,
) -> None:
    """Department and municipality by name, as a departmental report writes them (upper case
    with accents, title case, DANE's long names and the usual short ones)."""
    path = write(tmp_path, "feminicidios_municipios.csv", (
        "Departamento,Municipio,Año,Casos\n"
        "ANTIOQUIA,MEDELLÍN,2023,12\n"
        "Antioquia,Bello,2023,3\n"
        "VALLE DEL CAUCA,CALI,2023,15\n"
        "Cundinamarca,Soacha,2023,4\n"
        "Bogotá D.C.,Bogotá D.C.,2023,30\n"
        "Casanare,Villanueva,2023,1\n"
        "La Guajira,Villanueva,2023,2\n"
    ))  # fmt: skip
    out = rows(ingest(path))
    got = {(o.admin1, o.municipality_code, o.municipality, o.value) for o in out}
    assert got == {
        ("CO-ANT", "05001", "MEDELLÍN", 12.0),
        ("CO-ANT", "05088", "BELLO", 3.0),
        ("CO-VAC", "76001", "SANTIAGO DE CALI", 15.0),
        ("CO-CUN", "25754", "SOACHA", 4.0),
        ("CO-DC", "11001", "BOGOTÁ, D.C.", 30.0),  # the capital: department and municipality
        ("CO-CAS", "85440", "VILLANUEVA", 1.0),  # four departments have a Villanueva: the
        ("CO-LAG", "44874", "VILLANUEVA", 2.0),  # row's own department says which
    }
    assert {(o.country, o.breakdown_dimension, o.period_start) for o in out} == {
        ("CO", "_T", "2023-01-01")
    }


def test_a_municipality_name_several_departments_share_gets_no_code_without_them(
    tmp_path: Path,
) -> None:
    staged = ingest(write(tmp_path, "casos_municipio.csv", (
        "Municipio,Año,Casos\n"
        "Medellín,2023,12\n"
        "Soacha,2023,4\n"
        "Villanueva,2023,2\n"
        "Itagüí,2023,5\n"
    )), country="CO")  # fmt: skip
    out = rows(staged)
    coded = {(o.admin1, o.municipality_code, o.value) for o in out if o.municipality_code}
    assert coded == {("CO-ANT", "05001", 12.0), ("CO-CUN", "25754", 4.0), ("CO-ANT", "05360", 5.0)}
    (villanueva,) = [o for o in out if not o.municipality_code]
    assert (villanueva.admin1, villanueva.breakdown_value, villanueva.value) == (
        "",
        "Villanueva",
        2.0,
    )
    assert "table-place-unmatched" in [i.code for i in staged.issues]


def test_peruvian_districts_by_name_get_their_ubigeo(tmp_path: Path) -> None:
    """A CEM-style table by department, province and district: the district's UBIGEO in its
    department; Lima's two Mirafloreses (the province's and Yauyos') are told apart by the
    province column (Peru's admin2, read against INEI's list): the province of Lima's."""
    staged = ingest(write(tmp_path, "cem_distritos.csv", (
        "Departamento,Provincia,Distrito,Año,Casos\n"
        "AREQUIPA,AREQUIPA,AREQUIPA,2023,40\n"
        "AREQUIPA,AREQUIPA,MIRAFLORES,2023,6\n"
        "LIMA,LIMA,SAN JUAN DE LURIGANCHO,2023,80\n"
        "LIMA,LIMA,MIRAFLORES,2023,9\n"
        "CUSCO,CUSCO,CUSCO,2023,20\n"
        "LA LIBERTAD,TRUJILLO,TRUJILLO,2023,25\n"
    )))  # fmt: skip
    out = rows(staged)
    got = {(o.admin1, o.municipality_code, o.municipality, o.value) for o in out}
    assert got == {
        ("PE-ARE", "040101", "AREQUIPA", 40.0),
        ("PE-ARE", "040110", "MIRAFLORES", 6.0),
        ("PE-LMA", "150132", "SAN JUAN DE LURIGANCHO", 80.0),
        ("PE-LMA", "150122", "MIRAFLORES", 9.0),
        ("PE-CUS", "080101", "CUSCO", 20.0),
        ("PE-LAL", "130101", "TRUJILLO", 25.0),
    }
    assert {o.country for o in out} == {"PE"}
