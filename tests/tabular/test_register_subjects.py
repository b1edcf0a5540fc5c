"""Registers counted by what their columns are about: the victim's and the case's
breakdowns only, never another person's, never bare codes, each breakdown on its own."""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from types import SimpleNamespace

import pytest

from genero_etl.model.arrow import table_rows
from genero_etl.normalize.document import Overrides
from genero_etl.pipeline import IngestOptions, extract_document
from genero_etl.stage import StagedFile
from genero_etl.tabular.layout import fold_label
from genero_etl.tabular.lexicon import load_lexicon, other_subject
from genero_etl.tabular.roles import infer_roles, profile_column


def ingest(path: Path, **overrides: str) -> StagedFile:
    return extract_document(path, path.name, IngestOptions(overrides=Overrides(**overrides)))


def rows(staged: StagedFile) -> list[SimpleNamespace]:
    return [SimpleNamespace(**r) for r in table_rows(staged.table())]


def message(staged: StagedFile, code: str) -> str:
    return next(i.message_es for i in staged.issues if i.code == code)


@pytest.mark.parametrize(
    ("header", "subject"),
    [
        ("Sexo de la víctima", ""),
        ("SEXO_VICTIMA", ""),
        ("Sexo del agresor", "agresor"),
        ("AGRESOR_SEXO", "agresor"),
        ("sexo_del_presunto_agresor", "agresor"),
        ("Presunto agresor", "agresor"),
        ("Escolaridad del agresor", "agresor"),
        ("Edad del victimario", "agresor"),
        ("Ocupación de la persona imputada", "imputado"),
        ("SEXO_DENUNCIADO", "imputado"),
        ("Relación víctima - agresor", ""),  # names the victim too: the case's
        ("Nivel educativo", ""),
    ],
)
def test_whose_attribute_a_header_names(header: str, subject: str) -> None:
    assert other_subject(load_lexicon(), fold_label(header)) == subject


def test_the_bond_with_the_aggressor_is_the_cases_breakdown() -> None:
    lex = load_lexicon()
    assert other_subject(lex, fold_label("Vínculo con el agresor"), "vinculo") == ""
    assert other_subject(lex, fold_label("Vínculo con el agresor"), "") == "agresor"


@pytest.mark.parametrize(
    ("header", "kind"),
    [
        ("Sexo de la víctima", "sexo"),
        ("SEXO_VICTIMA", "sexo"),
        ("Sexo del agresor", "sexo_agresor"),
        ("AGRESOR_SEXO", "sexo_agresor"),
        ("Grupo de edad del presunto agresor", "grupo_edad_agresor"),
    ],
)
def test_a_breakdown_about_the_aggressor_is_named_as_his(header: str, kind: str) -> None:
    import pandas as pd

    lex = load_lexicon()
    data = pd.DataFrame({0: ["Mujer", "Hombre", "Mujer", "Hombre"] * 3})
    if "edad" in kind:
        data = pd.DataFrame({0: ["20-24", "25-29", "30-34", "20-24"] * 3})
    role = infer_roles([profile_column(data, 0, header, lex)], lex)[0]
    assert (role.role, role.kind) == ("category", kind)
    if kind.endswith("_agresor"):
        assert role.evidence == "why-other-subject" and role.detail == "agresor"


def _register(tmp_path: Path, header: str, name: str = "registro_vif.csv") -> Path:
    """30 victims over two departments and three months, with the aggressor's sex and
    schooling beside the victim's sex; 20 victims are women, 24 aggressors men."""
    lines = [header]
    for k in range(30):
        dept = "Antioquia" if k < 12 else "Cundinamarca"
        month = ("Enero", "Febrero", "Marzo")[k % 3]
        victim = "Mujer" if k % 3 else "Hombre"  # k = 0, 3, ..., 27 are men: 10
        aggressor = "Mujer" if k % 5 == 0 else "Hombre"  # k = 0, 5, ..., 25 are women: 6
        school = ("Primaria", "Secundaria")[k % 2]
        lines.append(f"{1000 + k},2015,{month},{dept},{victim},{aggressor},{school}")
    path = tmp_path / name
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_a_register_counts_the_victims_sex_not_the_aggressors(tmp_path: Path) -> None:
    header = "ID,Año,Mes,Departamento,Sexo de la víctima,Sexo del agresor,Escolaridad del agresor"
    staged = ingest(_register(tmp_path, header), country="CO")
    out = rows(staged)
    by_sex = Counter()
    for o in out:
        if o.breakdown_dimension == "sexo":
            by_sex[o.breakdown_value] += o.value
    assert by_sex == {"mujeres": 20, "varones": 10} or by_sex == {"Mujer": 20, "Hombre": 10}
    assert sum(o.value for o in out if o.breakdown_dimension == "_T") == 30
    assert not [o for o in out if "agresor" in o.breakdown_dimension]
    left = message(staged, "table-register-left-out")
    assert "Sexo del agresor" in left and "Escolaridad del agresor" not in left  # not a breakdown


def test_snake_case_headers_of_an_open_data_register(tmp_path: Path) -> None:
    header = "ID,AÑO,MES,DEPARTAMENTO,SEXO_VICTIMA,AGRESOR_SEXO,AGRESOR_ESCOLARIDAD"
    out = rows(ingest(_register(tmp_path, header), country="CO"))
    women = sum(o.value for o in out if o.breakdown_dimension == "sexo" and o.breakdown_value
                in {"mujeres", "Mujer"})  # fmt: skip
    assert women == 20  # 24 if the aggressors' men and women were merged in


def test_the_users_mapping_can_ask_for_the_aggressors_breakdown_apart(tmp_path: Path) -> None:
    header = "ID,Año,Mes,Departamento,Sexo de la víctima,Sexo del agresor,Escolaridad del agresor"
    path = _register(tmp_path, header)
    (tmp_path / f"{path.name}.map.yaml").write_text(
        "version: 1\nsheets:\n  '':\n    columns:\n"
        "      Sexo del agresor: {role: category, kind: sexo_agresor}\n",
        encoding="utf-8",
    )
    out = rows(ingest(path, country="CO"))
    aggressors = Counter()
    for o in out:
        if o.breakdown_dimension == "sexo_agresor":
            aggressors[o.breakdown_value] += o.value
    assert sum(aggressors.values()) == 30 and max(aggressors.values()) == 24
    victims = sum(o.value for o in out if o.breakdown_dimension == "sexo")
    assert victims == 30  # the victims' breakdown is unchanged by it


def _coded(tmp_path: Path) -> Path:
    """40 cases: a relationship in words, a zone coded 1/2, 0/1 flags and a place coded 1-9,
    no codebook."""
    lines = ["MES,DEPARTAMENTO,VICTIMA_EDAD,VINCULO,ZONA,ARMA_BLANCA,ALCOHOL,LUGAR,AGRESOR_EDAD"]
    for k in range(40):
        dept = "PUNO" if k < 10 else "CUSCO"
        bond = ("CONVIVIENTE", "ESPOSO", "EX PAREJA", "CONVIVIENTE")[k % 4]
        lines.append(
            f"{1 + k % 12},{dept},{20 + k},{bond},{1 + k % 2},{k % 3 // 2},{k % 2},{1 + k % 9},{30 + k}"
        )
    path = tmp_path / "casos_2019.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_bare_codes_are_not_breakdowns_until_a_codebook_decodes_them(tmp_path: Path) -> None:
    path = _coded(tmp_path)
    staged = ingest(path, country="PE", period="2019")
    out = rows(staged)
    assert {o.breakdown_dimension for o in out} == {"_T", "vinculo"}
    bonds = Counter()
    for o in out:
        if o.breakdown_dimension == "vinculo":
            bonds[o.breakdown_value] += o.value
    assert bonds == {"CONVIVIENTE": 20, "ESPOSO": 10, "EX PAREJA": 10}
    left = message(staged, "table-register-left-out")
    assert all(c in left for c in ("ZONA", "ARMA_BLANCA", "ALCOHOL", "LUGAR"))
    # the user copies the labels from the publisher's codebook (its own column names)
    (tmp_path / "libro.csv").write_text(
        "variable,código,etiqueta\nZONA,1,Urbana\nZONA,2,Rural\n", encoding="utf-8"
    )
    (tmp_path / f"{path.name}.map.yaml").write_text(
        "version: 1\ncodebook: libro.csv\n", encoding="utf-8"
    )
    zones = Counter()
    for o in rows(ingest(path, country="PE", period="2019")):
        if o.breakdown_dimension == "zona":
            zones[o.breakdown_value] += o.value
    assert zones == {"Urbana": 20, "Rural": 20}


def test_two_columns_saying_the_same_and_a_mostly_unknown_one_count_once(
    tmp_path: Path,
) -> None:
    lines = ["ID,Año,Departamento,Circunstancia,Contexto de violencia,Etnia"]
    for k in range(40):
        short, full = (("De pareja", "Violencia de pareja (VIF)"), ("Al adulto mayor",
                       "Violencia contra el adulto mayor (VIF)"))[k % 2]  # fmt: skip
        ethnic = "Indígena" if k < 5 else "Sin información"
        lines.append(f"{k + 1},2015,{('Antioquia', 'Caldas')[k % 2]},{short},{full},{ethnic}")
    path = tmp_path / "registro.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    staged = ingest(path, country="CO")
    out = rows(staged)
    dims = {o.breakdown_dimension for o in out}
    assert dims == {"_T", "contexto"}  # the fuller labels kept, the same cases once
    assert sum(o.value for o in out if o.breakdown_dimension == "contexto") == 40
    left = message(staged, "table-register-left-out")
    assert "Circunstancia" in left and "Etnia" in left


def test_a_breakdown_too_thin_by_month_is_counted_by_year(tmp_path: Path) -> None:
    lines = ["ID,Año,Mes,Departamento,Grupo de edad de la víctima"]
    months = ["Enero", "Febrero", "Marzo", "Abril"]
    bands = [f"({a} a {a + 4})" for a in range(0, 60, 5)]  # 12 age groups
    for k in range(48):
        lines.append(f"{k + 1},2015,{months[k % 4]},{('Antioquia', 'Caldas')[k % 2]},"
                     f"{bands[(k // 4) % 12]}")  # fmt: skip
    path = tmp_path / "registro.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    staged = ingest(path, country="CO")
    out = rows(staged)
    totals = [o for o in out if o.breakdown_dimension == "_T"]
    assert {o.period_start for o in totals} == {"2015-01-01", "2015-02-01", "2015-03-01",
                                               "2015-04-01"}  # fmt: skip
    ages = [o for o in out if o.breakdown_dimension == "grupo_edad"]
    assert {(o.period_start, o.period_end) for o in ages} == {("2015-01-01", "2015-12-31")}
    assert sum(o.value for o in ages) == 48
    assert "grupo_edad" in message(staged, "table-register-coarse")


def test_months_without_a_year_are_not_given_one(tmp_path: Path) -> None:
    path = _coded(tmp_path).rename(tmp_path / "casos.csv")  # no year in its name either
    staged = ingest(path, country="PE")
    out = rows(staged)
    assert {(o.period_start, o.period_end) for o in out} == {("", "")}
    assert sum(o.value for o in out if o.breakdown_dimension == "_T") == 40
    assert "period-not-inferred" in [i.code for i in staged.issues]
    assert "table-register-undated" in [i.code for i in staged.issues]
    assert max(o.confidence for o in out) == 0.5  # held for a person to confirm
    declared = rows(ingest(path, country="PE", period="2019"))
    assert min(o.confidence for o in declared) > 0.5
    january = [
        o for o in declared if o.breakdown_dimension == "_T" and o.period_start == "2019-01-01"
    ]
    assert sum(o.value for o in january) == 4  # rows 0, 12, 24 and 36
