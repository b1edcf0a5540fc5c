"""Tables of the fourth development set's shapes (tests/acceptance/corpus_dev4), rebuilt small:
a prosecutor's long table under a bulleted title block, shares written as fractions, a
register with the coordinates of each event and CamelCase headers, "num_fem" counts."""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from types import SimpleNamespace

import pandas as pd
import pytest

from genero_etl.model.arrow import table_rows
from genero_etl.normalize.document import Overrides
from genero_etl.pipeline import IngestOptions, extract_document
from genero_etl.stage import StagedFile
from genero_etl.tabular.layout import classify_row, fold_label
from genero_etl.tabular.lexicon import load_lexicon
from genero_etl.tabular.roles import infer_roles, profile_column


def ingest(path: Path, **overrides: str) -> StagedFile:
    return extract_document(path, path.name, IngestOptions(overrides=Overrides(**overrides)))


def rows(staged: StagedFile) -> list[SimpleNamespace]:
    return [SimpleNamespace(**r) for r in table_rows(staged.table())]


def role_of(header: str, values: list[object]) -> tuple[str, str, str]:
    lex = load_lexicon()
    found = infer_roles([profile_column(pd.DataFrame({0: values}), 0, header, lex)], lex)[0]
    return found.role, found.kind, found.evidence


@pytest.mark.parametrize(
    ("header", "folded"),
    [
        ("RelacionVictima_Agresor", "relacion victima agresor"),
        ("NivelEducación_Victima", "nivel educacion victima"),
        ("TipoArma", "tipo arma"),
        ("PROVINCIA_INCIDENTE", "provincia incidente"),  # capitals alone are one word
        ("NDD", "ndd"),
    ],
)
def test_camel_case_headers_read_as_words(header: str, folded: str) -> None:
    assert fold_label(header) == folded


@pytest.mark.parametrize(
    ("cells", "kind"),
    [
        ({1: "·         Fuente:", 2: "Sistema Integrado de Actuaciones Fiscales"}, "note"),
        ({1: "·         Unidad de Análisis:", 2: "Noticias de delito"}, "note"),
        ({1: "·         Periodo de análisis:", 2: "10/08/2014 - 30/09/2022"}, "note"),
        ({1: "Provincia", 2: "Delito"}, "header"),  # no colon: a header
        ({1: "Femicidios:", 2: 25}, "data"),  # a label with its number: a value
    ],
)
def test_a_title_blocks_label_value_lines_are_notes(cells: dict[int, object], kind: str) -> None:
    assert classify_row(cells) == kind


@pytest.mark.parametrize(
    ("header", "values", "expected"),
    [
        ("Latitud", [-0.155623, -1.680753, 0.337521], ("personal", "")),
        ("Longitud", [-78.469475, -78.635879, -78.125282], ("personal", "")),
        ("num_fem", [208, 197, 117, 105], ("measure", "count")),
        ("num_caso", [1001, 1002, 1003, 1004], ("identifier", "")),
        ("NDD", [2, 1, 1, 3], ("measure", "count")),
        ("INVOLUCRADO_VICTIMA", [0, 1, 2, 1], ("measure", "count")),
        ("Tipomuerte_SRMCE", ["FEMICIDIO", "ASESINATO", "HOMICIDIO"], ("category", "tipo_muerte")),
        ("TIPO DE MUERTE", ["FEMICIDIO", "ASESINATO", "HOMICIDIO"], ("category", "tipo_muerte")),
        ("Rango_Edades", ["Adulto", "Joven", "Adulto"], ("category", "grupo_edad")),
        ("RelacionVictima_Agresor", ["CONVIVIENTE", "PAREJA", "CONYUGE"], ("category", "vinculo")),
        ("Víctima", ["PRINCIPAL", "VINCULADO", "PRINCIPAL"], ("category", "tipo_victima")),
        ("Estcivil_Victima", ["SOLTERO/A", "CASADO/A", "SOLTERO/A"], ("ignored", "")),
    ],
)
def test_roles_of_the_sets_headers(
    header: str, values: list[object], expected: tuple[str, str]
) -> None:
    assert role_of(header, values)[:2] == expected


def _fraction_roles(header: str, values: list[object]) -> tuple[str, str, str]:
    from genero_etl.tabular.semantic import _fractions_are_not_counts

    lex = load_lexicon()
    profile = profile_column(pd.DataFrame({0: values}), 0, header, lex)
    roles = {0: infer_roles([profile], lex)[0]}
    _fractions_are_not_counts(roles, [profile])
    return roles[0].role, roles[0].kind, roles[0].evidence


def test_fractions_under_a_count_word_are_not_counts() -> None:
    assert _fraction_roles("ASESINATO | 2014", [0.005425, 0.000612, 0.000484, 0.006522]) == (
        "derived", "fractions", "why-fractions",
    )  # fmt: skip
    # zeros among them do not make them counts; whole numbers stay counts
    assert _fraction_roles("SICARIATO | 2016", [0.000043, 0.0, 0.0, 0.000043])[0] == "derived"
    assert _fraction_roles("FEMICIDIO | 2016", [0, 1, 1, 0])[:2] == ("measure", "count")
    # a share named as one keeps its own reading (scaled to a percentage where it is the measure)
    assert _fraction_roles("Porcentaje", [0.25, 0.5, 0.25]) == ("derived", "", "why-derived")


def test_a_sheet_of_unnamed_shares_publishes_no_count(tmp_path: Path) -> None:
    path = tmp_path / "porcentajes_sexo.csv"
    path.write_text(
        "DELITO,ASESINATO,ASESINATO,FEMICIDIO,FEMICIDIO,TOTAL\n"
        "SEXO,2014,2015,2014,2015,\n"
        "HOMBRE,0.005425,0.012346,0.0001,0.000413,0.229111\n"
        "MUJER,0.000612,0.00225,0.000441,0.001296,0.298513\n"
        "SIN INFORMACION,0.000484,0.001737,0,0.000185,0.472376\n",
        encoding="utf-8",
    )
    out = rows(ingest(path, country="EC"))
    assert not [o for o in out if 0 < o.value < 1]


def _prosecutor(tmp_path: Path, n: int) -> Path:
    """A title block with bulleted "label: value" lines, a heading and a note, then a long
    table of n rows (two provinces, two offences, months of 2021) and a TOTAL row."""
    lines = [
        ",,DIRECCIÓN DE ESTADÍSTICA Y SISTEMAS DE INFORMACIÓN",
        ",,",
        ",,NOTICIAS DEL DELITO REGISTRADAS EN FISCALÍA (CONSUMADO)",
        ",·         Fuente:,Sistema Integrado de Actuaciones Fiscales (SIAF)",
        ",·         Fecha de corte:,30-09-2022",
        ",·         Periodo de análisis:,01/01/2021 - 31/12/2021",
        ",·         Unidad de Análisis:,Noticias de delito",
        ",,",
        ",ESTADÍSTICA POR PROVINCIA Y DELITO,",
        ",Nota: Una noticia del delito tiene uno o más involucrados,",
        ",,",
        ",ANIO_PS,MES_PS,PROVINCIA_INCIDENTE,DELITO,INVOLUCRADO_VICTIMA,NDD",
    ]
    for k in range(n):
        province = ("GUAYAS", "PICHINCHA")[k % 2]
        offence = ("FEMICIDIO", "VIOLACIÓN")[k // 2 % 2]
        lines.append(f",2021,{1 + k % 12},{province},{offence},1,2")
    lines.append(f",TOTAL,,,,{n},{2 * n}")
    path = tmp_path / "fiscalia_denuncias.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


@pytest.mark.parametrize("n", [48, 5_200])  # a small sheet, and one past the full scan
def test_a_long_table_under_a_bulleted_title_block(tmp_path: Path, n: int) -> None:
    out = rows(ingest(_prosecutor(tmp_path, n), country="EC"))
    ndd = [o for o in out if o.indicator_label == "NDD"]
    parts = [o for o in ndd if o.breakdown_dimension != "_T"]
    assert sum(o.value for o in parts) == 2 * n
    # the TOTAL row under the table is their total, and they are linked to it
    (total,) = [o for o in ndd if o.breakdown_dimension == "_T"]
    assert total.value == 2 * n and {o.parent_observation_id for o in parts} == {
        total.observation_id
    }
    guayas_femicides = [o for o in ndd if o.admin1 == "EC-G" and "FEMICIDIO" in o.breakdown_value]
    # rows 0, 4, 8, ...: Guayas and femicide, a quarter of them
    assert sum(o.value for o in guayas_femicides) == 2 * (n // 4)
    assert {o.period_start[:7] for o in guayas_femicides} <= {f"2021-{m:02d}" for m in range(1, 13)}
    assert not [o for o in out if o.value in (30.0, 2022.0)]  # nothing of the title block
    # two measures side by side: the offence does not name them, or both would be one indicator
    victims = {o.indicator_id for o in out if o.indicator_label == "INVOLUCRADO_VICTIMA"}
    assert victims.isdisjoint({o.indicator_id for o in ndd} - {"sin_clasificar"})
    assert "femicidios" not in {o.indicator_id for o in out}


def _register(tmp_path: Path) -> Path:
    """40 women killed, 2020-2021, in two provinces: the coordinates of each event, the kind
    of death twice (four kinds, and femicide | other), the relationship written CamelCase."""
    lines = [
        "Fecha,Provincia,Latitud,Longitud,Tipomuerte_SRMCE2,Tipomuerte_SRMCE,Edad_Victima,"
        "RelacionVictima_Agresor"
    ]
    kinds = ("FEMICIDIO", "ASESINATO", "HOMICIDIO", "FEMICIDIO")
    for k in range(40):
        kind = kinds[k % 4]
        coarse = "FEMICIDIO" if kind == "FEMICIDIO" else "OTRAS MUERTES VIOLENTAS"
        province = "GUAYAS" if k < 25 else "PICHINCHA"
        bond = ("CONVIVIENTE", "PAREJA", "CONYUGE", "CONVIVIENTE", "DESCONOCIDO")[k % 5]
        lines.append(
            f"{2020 + k % 2}-{1 + k % 12:02d}-{1 + k % 28:02d},{province},"
            f"-2.{190000 + k},-79.{880000 + k},{coarse},{kind},{18 + k},{bond}"
        )
    path = tmp_path / "datos_victimas.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_a_register_with_coordinates_counts_its_cases_and_never_publishes_them(
    tmp_path: Path,
) -> None:
    out = rows(ingest(_register(tmp_path), country="EC"))
    assert sum(o.value for o in out if o.breakdown_dimension == "_T") == 40
    assert sum(o.value for o in out if o.breakdown_dimension == "_T" and o.admin1 == "EC-G") == 25
    kinds = Counter()
    for o in out:
        if o.breakdown_dimension == "tipo_muerte":
            kinds[o.breakdown_value] += o.value
    # the coarse "femicide | other" column groups the finer one: counted once, not twice
    assert kinds == {"FEMICIDIO": 20, "ASESINATO": 10, "HOMICIDIO": 10}
    bonds = Counter()
    for o in out:
        if o.breakdown_dimension == "vinculo":
            bonds[o.breakdown_value] += o.value
    assert bonds["CONVIVIENTE"] == 16 and bonds["PAREJA"] == 8
    published = " ".join(f"{o.value} {o.source_text} {o.breakdown_value}" for o in out)
    assert "-2.19" not in published and "-79.88" not in published
    assert all(o.value == int(o.value) for o in out)  # counts only: no coordinate, no age


@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("Trinidad y Tabago", "TT"),  # the United Nations' Spanish name, as CEPAL writes it
        ("Saint Kitts y Nevis", "KN"),
        ("Rep. Dominicana", "DO"),
        ("Bermudas", "BM"),
        ("Bolivia (Estado Plurinacional de)", "BO"),
        ("Trinidad y Tobago", "TT"),
    ],
)
def test_country_names_of_regional_tables(name: str, code: str) -> None:
    from genero_etl.tabular.geo import country_of_name

    assert country_of_name(name) == code


def test_a_table_of_caribbean_countries_by_their_united_nations_names(tmp_path: Path) -> None:
    path = tmp_path / "feminicidios_paises.csv"
    path.write_text(
        "País,2019,2020\n"
        "Trinidad y Tabago,20,24\n"
        "Saint Kitts y Nevis,1,2\n"
        "Rep. Dominicana,106,83\n",
        encoding="utf-8",
    )
    out = rows(ingest(path))
    found = {(o.country, o.period_start[:4], o.value) for o in out}
    assert {("TT", "2019", 20), ("TT", "2020", 24), ("KN", "2020", 2), ("DO", "2019", 106)} <= found
    assert not [o for o in out if not o.country]


def test_a_thin_breakdown_of_a_register_is_counted_for_the_whole_country(tmp_path: Path) -> None:
    """300 victims over ten departments and twelve months of 2015, 18 age bands: by
    department and year each band would hold under two cases; by country and year, 18 cells."""
    depts = ("Antioquia", "Atlántico", "Bolívar", "Boyacá", "Caldas", "Cauca", "Cesar",
             "Córdoba", "Huila", "Meta")  # fmt: skip
    bands = [f"({5 * b} a {5 * b + 4})" for b in range(18)]
    lines = ["ID,Año,Mes,Departamento,Sexo de la víctima,Grupo de edad de la víctima"]
    months = ("Enero", "Febrero", "Marzo", "Abril", "Mayo", "Junio", "Julio", "Agosto",
              "Septiembre", "Octubre", "Noviembre", "Diciembre")  # fmt: skip
    for k in range(300):
        sex = "Mujer" if k % 3 else "Hombre"
        lines.append(f"{5000 + k},2015,{months[k * 7 % 12]},{depts[k % 10]},{sex},{bands[k % 18]}")
    path = tmp_path / "medicina_legal_vif_2015.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    staged = ingest(path, country="CO")
    out = rows(staged)
    ages = [o for o in out if o.breakdown_dimension == "grupo_edad"]
    assert (
        len(ages) == 18 and {o.admin1 for o in ages} == {""} and {o.country for o in ages} == {"CO"}
    )
    assert {o.period_start for o in ages} == {"2015-01-01"} and sum(o.value for o in ages) == 300
    assert next(o.value for o in ages if o.breakdown_value == "(0 a 4)") == 17  # k = 0, 18, ... 288
    sexes = [o for o in out if o.breakdown_dimension == "sexo"]
    assert {o.admin1 for o in sexes} >= {
        "CO-ANT",
        "CO-MET",
    }  # a breakdown of two values stays local
    assert sum(o.value for o in sexes) == 300
    assert any(i.code == "table-register-national" for i in staged.issues)


def test_a_rows_offence_names_what_its_months_count(tmp_path: Path) -> None:
    """A state-level crime-incidence table (SESNSP's "IDEFC" shape, no municipality column,
    so no template): months across, "Tipo de delito" and "Subtipo de delito" down. The months
    name nothing: each row's offence names its indicator where the codebook knows it."""
    header = (
        "Año,Clave_Ent,Entidad,Bien jurídico afectado,Tipo de delito,Subtipo de delito,"
        "Modalidad," + ",".join(
            ("Enero", "Febrero", "Marzo", "Abril", "Mayo", "Junio", "Julio", "Agosto",
             "Septiembre", "Octubre", "Noviembre", "Diciembre")
        )
    )  # fmt: skip
    offences = [
        ("La vida y la Integridad corporal", "Feminicidio", "Feminicidio", "Con arma de fuego"),
        ("La vida y la Integridad corporal", "Homicidio", "Homicidio doloso", "Con arma blanca"),
        ("La libertad y la seguridad sexual", "Abuso sexual", "Abuso sexual", "Abuso sexual"),
        ("El patrimonio", "Robo", "Robo a casa habitación", "Con violencia"),
    ]
    lines = [header]
    for code, state in ((1, "Aguascalientes"), (2, "Baja California")):
        for n, offence in enumerate(offences):
            months = ",".join(str(code * 10 + n + m) for m in range(12))
            lines.append(f"2021,{code},{state},{','.join(offence)},{months}")
    path = tmp_path / "IDEFC_NM_dic21.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    out = rows(ingest(path))
    femicides = [o for o in out if o.indicator_id == "femicidios"]
    assert len(femicides) == 24 and {o.country for o in femicides} == {"MX"}
    march = next(o for o in femicides if o.admin1 == "MX-BCN" and o.period_start == "2021-03-01")
    assert march.value == 22 and "Feminicidio" in march.breakdown_value  # 2 * 10 + 0 + 2
    abuse = {o.indicator_id for o in out if "Abuso sexual" in o.breakdown_value}
    assert abuse == {"denuncias_violencia"}
    # an offence that is no gender indicator counts recorded offences, never another's
    # indicator; the offence stays its breakdown
    robbery = [o for o in out if "Robo" in o.breakdown_value]
    assert {o.indicator_id for o in robbery} == {"delitos_registrados"}
    may = next(o for o in robbery if o.admin1 == "MX-AGU" and o.period_start == "2021-05-01")
    assert may.value == 17 and "Robo a casa habitación" in may.breakdown_value  # 10 + 3 + 4
    homicides = {o.indicator_id for o in out if "Homicidio" in o.breakdown_value}
    assert homicides == {"delitos_registrados"}


def test_a_month_written_as_a_number_is_labelled_by_year_and_month(tmp_path: Path) -> None:
    path = tmp_path / "denuncias_mes.csv"
    path.write_text(
        "ANIO,MES,PROVINCIA,DENUNCIAS\n2014,8,GUAYAS,12\n2014,9,GUAYAS,7\n2015,1,AZUAY,3\n",
        encoding="utf-8",
    )
    out = rows(ingest(path, country="EC"))
    found = {(o.period_start, o.period_end, o.period_label, o.value) for o in out}
    assert ("2014-08-01", "2014-08-31", "2014-08", 12) in found
    assert ("2015-01-01", "2015-01-31", "2015-01", 3) in found


def test_a_snake_case_measure_header_is_classified_by_its_words(tmp_path: Path) -> None:
    """INEGI's homicides of women by state, the states as codes: "HOMICIDIOS_MUJERES" is the
    codebook's homicides of women, read as the two words it runs together."""
    from genero_etl.tabular.layout import header_words

    assert header_words("HOMICIDIOS_MUJERES") == "HOMICIDIOS MUJERES"
    assert header_words("TipoMuerte_SRMCE") == "Tipo Muerte SRMCE"
    path = tmp_path / "homicidios_entidad.csv"
    path.write_text(
        "ESTADO,HOMICIDIOS_MUJERES\n1,12\n2,315\n11,571\n15,494\n99,47\n", encoding="utf-8"
    )
    out = rows(ingest(path, country="MX", period="2022"))
    assert {o.indicator_id for o in out} == {"homicidios_mujeres"}
    found = {(o.admin1, o.value) for o in out}
    assert {("MX-AGU", 12), ("MX-BCN", 315), ("MX-GUA", 571), ("MX-MEX", 494)} <= found
    assert not [o for o in out if o.value == 47 and o.admin1]  # 99: no state
