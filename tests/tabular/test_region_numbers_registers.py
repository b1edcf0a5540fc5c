"""Registers of femicides as a Chilean women's service keeps them, one victim per row.

Rebuilt, small, from the yearly registers ("Matriz femicidios 2012", "Femicidios 2016",
sheets "Femicidios" and "Fru" for frustrated femicides) copied by the public repository
verasativa/femicidios-dataset: a title row over the header (merged into every header as
"FEMICIDIOS FRUSTRADOS 2016 | Edad"), rows numbered 1, 2, 3... under a stray word, the
region as its Roman numeral ("VIII", "RM"), the victim's name and age, the aggressor's
age, the type written with and without its accent ("Íntimo", "íntimo", "Intimo"), and a
row whose region is blank. The names here are made up; regions, ages and types are the
real sheet's.
"""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

from genero_etl.model.arrow import table_rows
from genero_etl.normalize.places import lookup_admin1, lookup_admin1_number
from genero_etl.pipeline import IngestOptions, extract_document

HEADER = ["Fecha y Lugar", "Región", "Nombre", "Edad", "Tipo Femicidio", "Femicida", "Edad",
          "Relación"]  # fmt: skip


def workbook(path: Path, title: str, first: object, rows: list[list[object]]) -> Path:
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.title = "Fru"
    sheet.append([first, title])
    sheet.append([None, *HEADER])
    for row in rows:
        sheet.append(row)
    book.save(path)
    return path


def staged(path: Path) -> tuple[list[SimpleNamespace], list[str]]:
    result = extract_document(path, path.name, IngestOptions())
    rows = [SimpleNamespace(**r) for r in table_rows(result.table())]
    return rows, [i.code for i in result.issues]


FRUSTRATED = [  # the real sheet's regions, ages and types; made-up names
    [1, "01/01 Chiguayante", "VIII", None, None, None, None, None, None],
    [2, "12/01 Punta Arenas", "XII", "Ana Pérez Soto", 22, "Íntimo", None, 24, "Pareja"],
    [3, "18/01 Valparaíso", "V", None, None, None, None, None, None],
    [4, "25/01 Valdivia", "XIV", "Rosa Díaz Mora", 36, "íntimo", None, 34, "pareja"],
    [5, "24/01 Chiguayante", "VIII", None, 28, None, None, 29, "pareja"],
    [6, "30/01 Monte Patria", "IV", None, 48, None, None, 53, "matrimonio"],
    [7, "10/03 Santiago", "RM", "Eva Ruiz Lagos", None, None, None, 60, None],
]


def test_roman_numerals_are_chilean_regions_only_in_a_table() -> None:
    assert [a.iso for a in lookup_admin1_number("VIII")] == ["CL-BI"]
    assert [a.iso for a in lookup_admin1_number("Región XIV", "CL")] == ["CL-LR"]
    assert [a.iso for a in lookup_admin1_number("IX Región")] == ["CL-AR"]
    assert lookup_admin1_number("V", "AR") == []
    # a text's words never meet them: "V" or "X" in a sentence is no region
    assert lookup_admin1("V") == [] and lookup_admin1("XII") == []


def test_a_small_register_under_a_title_counts_cases_and_never_ages(tmp_path: Path) -> None:
    path = workbook(tmp_path / "femicidios_2016.xlsx", "FEMICIDIOS FRUSTRADOS 2016", "strados",
                    FRUSTRATED)  # fmt: skip
    rows, codes = staged(path)
    assert "table-register-counted" in codes
    totals = {r.admin1: r.value for r in rows if r.breakdown_dimension == "_T"}
    assert totals == {"CL-BI": 2.0, "CL-CO": 1.0, "CL-LR": 1.0, "CL-MA": 1.0, "CL-RM": 1.0,
                      "CL-VS": 1.0}  # fmt: skip
    assert {r.country for r in rows} == {"CL"}
    assert {r.indicator_id for r in rows} == {"intentos_femicidio"}
    assert {r.period_start for r in rows} == {"2016-01-01"}
    # ages (22, 36, 28, 48; 24, 34, 29, 53, 60) and row numbers are never values
    assert {r.value for r in rows} == {1.0, 2.0}
    published = " ".join(str(v) for r in rows for v in vars(r).values())
    for name in ("Ana Pérez Soto", "Rosa Díaz Mora", "Eva Ruiz Lagos", "Punta Arenas"):
        assert name not in published


def test_a_register_counts_one_type_whatever_its_accents(tmp_path: Path) -> None:
    rows_in = [[i + 1, "", region, f"Víctima {i}", 30, kind, None, 35, "Pareja"]
               for i, (region, kind) in enumerate([
                   ("RM", "Íntimo"), ("RM", "íntimo"), ("RM", "Intimo "), ("RM", "No íntimo"),
                   ("IX", "íntimo"), ("IX", "Íntimo"), ("VIII", "íntimo"), ("VIII", "No Íntimo"),
                   ("V", "Íntimo"), ("V", "íntimo"), ("II", "Íntimo")])]  # fmt: skip
    rows, _ = staged(workbook(tmp_path / "f.xlsx", "FEMICIDIOS 2016", None, rows_in))
    kinds = {
        (r.admin1, r.breakdown_value): r.value for r in rows if r.breakdown_dimension == "tipo"
    }
    assert kinds[("CL-RM", "Íntimo")] == 3.0  # "Íntimo", "íntimo", "Intimo " are one type
    assert kinds[("CL-RM", "No íntimo")] == 1.0
    assert kinds[("CL-AR", "Íntimo")] == 2.0 or kinds[("CL-AR", "íntimo")] == 2.0
    assert len([k for k in kinds if k[0] == "CL-RM"]) == 2


def test_a_register_row_without_its_region_is_the_countrys_unknown_place(
    tmp_path: Path,
) -> None:
    rows_in = [[i + 1, "", region, f"Víctima {i}", 30, "Íntimo", None, 35, "Pareja"]
               for i, region in enumerate(["RM", "RM", "IX", None, "VIII", "V", "V", "II", "RM",
                                           "IX", "X"])]  # fmt: skip
    rows, codes = staged(workbook(tmp_path / "f.xlsx", "FEMICIDIOS 2016", None, rows_in))
    assert "table-register-no-place" in codes
    totals = {r.admin1: r.value for r in rows if r.breakdown_dimension == "_T"}
    assert "" not in totals and None not in totals  # no national "1"
    assert totals == {"CL-RM": 3.0, "CL-AR": 2.0, "CL-BI": 1.0, "CL-VS": 2.0, "CL-AN": 1.0,
                      "CL-LL": 1.0}  # fmt: skip
    # the row without its region: the country's part whose place is unknown, so the parts
    # sum to the register's 11 rows
    unknown = [r for r in rows if r.breakdown_dimension == "lugar"]
    assert [(r.country, r.admin1, r.breakdown_value, r.value) for r in unknown] == [
        ("CL", "", "_U", 1.0)
    ]
    assert sum(totals.values()) + unknown[0].value == 11.0


def test_age_bands_under_a_two_row_header_stay_a_breakdown(tmp_path: Path) -> None:
    """Puerto Rico's police: "Genero" over "Edad", bands down, sexes across (real figures)."""
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.append(["Genero", "Femenino", "Masculino", "Total"])
    sheet.append(["Edad", "#", "#", "#"])
    for band, f, m in [("18-20", 294, 61), ("21-24", 817, 140), ("25-29", 1051, 218),
                       ("30-34", 1010, 226), ("35-39", 873, 216)]:  # fmt: skip
        sheet.append([band, f, m, f + m])
    book.save(tmp_path / "sobrevivientes_2023.xlsx")
    rows, _ = staged(tmp_path / "sobrevivientes_2023.xlsx")
    cells = {r.breakdown_value: r.value for r in rows}
    assert cells["21-24 | mujeres"] == 817.0
    assert cells["25-29 | varones"] == 218.0


def test_estado_over_case_statuses_is_no_place(tmp_path: Path) -> None:
    """A Chilean civil-society register (one femicide per row, 2018-2019): "Estado" is the
    aggressor's judicial status, not a state. Rows rebuilt with made-up names; the
    statuses, relationships and the year counts (58 in 2018, 63 in 2019) are the real file's."""
    statuses = ["Prisión preventiva", "Deceso", "Detenido", "Formalizado", "Prófugo", "Confeso"]
    lines = ["Fechas,Año,Victimas,Edad victima,Victimarios,Edad victimario,Relación,Estado"]
    for i in range(121):
        year = 2018 if i < 58 else 2019
        lines.append(f"{1 + i % 28:02d}-{1 + i % 12:02d}-{year},{year},Nombre Apellido {i},"
                     f"{20 + i % 40},Otro Apellido {i},{25 + i % 35},"
                     f"{['Pareja', 'Conviviente', 'Cónyuge'][i % 3]},{statuses[i % 6]}")  # fmt: skip
    path = tmp_path / "registro.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    rows, codes = staged(path)
    assert "table-register-counted" in codes
    totals = {r.period_start: r.value for r in rows if r.breakdown_dimension == "_T"}
    assert totals == {"2018-01-01": 58.0, "2019-01-01": 63.0}
    assert "lugar" not in {r.breakdown_dimension for r in rows}
    assert not {"Deceso", "Prisión preventiva"} & {r.breakdown_value for r in rows}


def test_a_case_whose_age_is_blank_does_not_start_a_new_table(tmp_path: Path) -> None:
    """A police register of sexual crimes in Cundinamarca, Colombia (2019, English headers,
    one case per row; the public repository JoseCaliz/ds4a_project_dash): rows whose age is
    blank and sex "NO REPORTADA" hold only words, like a header, but they are cases."""
    lines = ["date,municipality,nighborhood,zone,age,sex,schooling"]
    towns = ["BOGOTÁ D.C.", "SOACHA", "FUSAGASUGÁ", "FACATATIVÁ", "MOSQUERA"]
    for i in range(300):
        month = 7 + i // 100
        if i % 37 == 36:  # the real file's shape: no age, no sex, no schooling
            lines.append(f"2019-{month:02d}-04 00:00:00,{towns[i % 5]},BARRIO {i % 9},URBANA,,"
                         "NO REPORTADA,NO REPORTADA")  # fmt: skip
        else:
            sex = "FEMENINO" if i % 5 else "MASCULINO"
            lines.append(f"2019-{month:02d}-04 10:00:00,{towns[i % 5]},BARRIO {i % 9},URBANA,"
                         f"{10 + i % 30}.0,{sex},{'PRIMARIA' if i % 2 else 'NO REPORTADA'}")  # fmt: skip
    path = tmp_path / "co_delitos_sexuales_2019.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    rows, codes = staged(path)
    assert codes.count("table-register-counted") == 1  # one table, not one per blank age
    # the towns are DIVIPOLA municipalities: each count is its town's, with DANE's code;
    # MOSQUERA is a town of Cundinamarca and of Nariño, so it stays a place said, not coded
    towns = [r for r in rows if r.breakdown_dimension == "_T"]
    said = [r for r in rows if r.breakdown_dimension == "lugar"]
    assert sum(r.value for r in towns) + sum(r.value for r in said) == 300.0
    soacha_july = [(r.municipality, r.admin1, r.value) for r in towns
                   if r.municipality_code == "25754" and r.period_start == "2019-07-01"]  # fmt: skip
    assert soacha_july == [("SOACHA", "CO-CUN", 20.0)]
    assert {(r.breakdown_value, r.municipality_code) for r in said} == {("MOSQUERA", "")}
    assert "table-place-unmatched" in codes
    # the file's name says what the cases are: "delitos sexuales" are complaints
    assert {r.indicator_id for r in rows} == {"denuncias_violencia"}
    # "schooling" (words and "NO REPORTADA") is no measure; ages are never values
    assert {r.value for r in rows} <= {float(n) for n in range(1, 301)}
    assert "schooling" not in " ".join(str(r.source_text) for r in rows)


def test_months_across_take_the_year_of_their_row(tmp_path: Path) -> None:
    """Mexico's state-level crime incidence (SESNSP, as copied by the public repository
    RladiesQro/ViolenciaContraMujeres): "Año" down, "Enero" ... "Diciembre" across, several
    years in one file. Each month belongs to its row's year, never to the first year's.
    Aguascalientes' feminicides by month are the real file's (0, 4, 5 in 2017-2019)."""
    months = ["Enero", "Febrero", "Marzo", "Abril", "Mayo", "Junio", "Julio", "Agosto",
              "Septiembre", "Octubre", "Noviembre", "Diciembre"]  # fmt: skip
    lines = [
        "Año,Clave_Ent,Entidad,Bien juridico afectado,Tipo,Subtipo,Modalidad," + ",".join(months)
    ]
    fem = {2017: [0] * 12, 2018: [0, 0, 1, 0, 0, 1, 0, 0, 1, 0, 1, 0],
           2019: [1, 0, 0, 1, 0, 1, 0, 0, 1, 0, 0, 1]}  # fmt: skip
    for year, counts in fem.items():
        for ent, name in [
            (1, "Aguascalientes"),
            (2, "Baja California"),
            (3, "Baja California Sur"),
        ]:
            row = counts if ent == 1 else [ent] * 12
            lines.append(f"{year},{ent},{name},La vida y la Integridad corporal,Feminicidio,"
                         f"Feminicidio,Con arma de fuego," + ",".join(map(str, row)))  # fmt: skip
    path = tmp_path / "incidencia_estatal.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    rows, codes = staged(path)
    assert "table-values-collapse" not in codes
    agu = {r.period_start: r.value for r in rows if r.admin1 == "MX-AGU"}
    assert len(agu) == 36  # 3 years x 12 months, none folded onto another
    assert agu["2018-03-01"] == 1.0 and agu["2019-12-01"] == 1.0 and agu["2017-06-01"] == 0.0
    assert sum(v for p, v in agu.items() if p.startswith("2018")) == 4.0
    assert sum(v for p, v in agu.items() if p.startswith("2019")) == 5.0
    assert {r.period_end for r in rows if r.period_start == "2019-02-01"} == {"2019-02-28"}


def test_a_table_of_several_countries_keeps_each_countrys_rows(tmp_path: Path) -> None:
    """CEPAL's femicides by country and year, as copied by the public repository
    ian-flores/feminicidesCaribbean (English headers, one country per row): each value
    stays with its country, never summed with another country's of the same year."""
    path = tmp_path / "central_america.csv"
    path.write_text(
        "country,iso3,year,value,source_id\n"
        "Belize,BLZ,2012,3, Belize Police Department \n"
        "Belize,BLZ,2013,8, Belize Police Department \n"
        'Costa Rica,CRI,2012,23,"Poder Judicial, Observatorio de Violencia de Género"\n'
        'Costa Rica,CRI,2013,26,"Poder Judicial, Observatorio de Violencia de Género"\n'
        "El Salvador,SLV,2012,321,Instituto de Medicina Legal\n"
        "Honduras,HND,2013,531,Observatorio de la Violencia\n",
        encoding="utf-8",
    )
    rows, _ = staged(path)
    got = {(r.country, r.period_start): r.value for r in rows}
    assert got == {("BZ", "2012-01-01"): 3.0, ("BZ", "2013-01-01"): 8.0,
                   ("CR", "2012-01-01"): 23.0, ("CR", "2013-01-01"): 26.0,
                   ("SV", "2012-01-01"): 321.0, ("HN", "2013-01-01"): 531.0}  # fmt: skip


def test_cepal_country_names_and_its_metadata_sheet(tmp_path: Path) -> None:
    """CEPALSTAT's femicides export (2023-06-27, as copied by the public repository
    alex-style1007/Feminicidio_Latam): countries named as the UN writes them in Spanish, and a
    second workbook of metadata whose ids, "indicator_id | 2780" and "decimals | 2" are no
    values. Figures are the real file's."""
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.title = "datos"
    sheet.append(["Años__ESTANDAR", "País__ESTANDAR", "Número de femicidios o feminicidios"])
    for row in [(2019, "Bolivia (Estado Plurinacional de)", 117), (2019, "Brasil", 1941),
                (2019, "Belice", 4), (2019, "Costa Rica", 22), (2020, "Costa Rica", 25)]:  # fmt: skip
        sheet.append(list(row))
    book.save(tmp_path / "cepal_feminicidios.xlsx")
    rows, _ = staged(tmp_path / "cepal_feminicidios.xlsx")
    got = {(r.country, r.period_start): r.value for r in rows}
    assert got == {("BO", "2019-01-01"): 117.0, ("BR", "2019-01-01"): 1941.0,
                   ("BZ", "2019-01-01"): 4.0, ("CR", "2019-01-01"): 22.0,
                   ("CR", "2020-01-01"): 25.0}  # fmt: skip
    assert {r.indicator_id for r in rows} == {"femicidios"}

    meta = Workbook()
    first = meta.active
    first.title = "metadatos"
    for row in [("metadata", "value"), ("indicator_id", 2780),
                ("indicator_name", "Número de femicidios o feminicidios"),
                ("definition", "Corresponde a la cuantificación anual del número total de "
                 "homicidios de mujeres asesinadas por razones de género (femicidio)."),
                ("decimals", 2)]:  # fmt: skip
        first.append(list(row))
    sources = meta.create_sheet("fuentes")
    sources.append(["id", "organization_name", "description"])
    for row in [(1682, "-", "Commonwealth of Dominica Police Force"),
                (5320, "-", "Conselho Nacional de Justiça"), (1414, "-", "Corte Suprema")]:  # fmt: skip
        sources.append(list(row))
    meta.save(tmp_path / "cepal_metadatos.xlsx")
    rows, _ = staged(tmp_path / "cepal_metadatos.xlsx")
    assert [r.value for r in rows] == []
