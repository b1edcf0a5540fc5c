"""Column roles from header words and values: one row per case, each with its expected role."""

from __future__ import annotations

import pandas as pd
import pytest

from genero_etl.tabular.lexicon import load_lexicon
from genero_etl.tabular.roles import infer_roles, profile_column


def role_of(header: str, values: list[object]) -> tuple[str, str]:
    lex = load_lexicon()
    data = pd.DataFrame({0: values})
    found = infer_roles([profile_column(data, 0, header, lex)], lex)[0]
    return found.role, found.kind


@pytest.mark.parametrize(
    ("header", "values", "expected"),
    [
        ("Provincia", ["Salta", "Jujuy", "Salta"], ("place", "admin1")),
        ("Cve. Municipio", [1001, 1002, 32058], ("place", "municipality")),
        ("UBIGEO_HECHO", [10101, 80904, 150101], ("place", "municipality")),
        ("Año", [2019, 2020, 2020], ("period", "year")),
        ("Date", [2019, 2020, 2021], ("period", "year")),
        ("MES", ["ENERO", "FEBRERO", "MARZO"], ("period", "month")),
        ("Fecha", ["01/12/2017", "28/03/2014", "15/11/2015"], ("period", "date")),
        ("año_id", [20, 21, 22], ("identifier", "period_code")),
        ("Numrefcausa", [2021001, 2021002, 2021003], ("identifier", "")),
        ("N°", list(range(1, 11)), ("identifier", "")),
        ("DNI", [30111222, 28999111, 31222333], ("personal", "")),
        ("Rango etario", ["18-29", "30-59", "60+"], ("category", "grupo_edad")),
        ("", [81, 179, 277, 473, 571, 669, 767, 865, 963, 1061], ("identifier", "")),
        ("Edad", [34, 27, 999], ("personal", "")),
        ("Edad", ["Mayor de edad", "Menor de edad", "Desconocido"], ("category", "grupo_edad")),
        ("SEXO_VICTIMA", ["FEMENINO", "MASCULINO", "FEMENINO"], ("category", "sexo")),
        ("", ["MUJER", "HOMBRE", "MUJER", "S/D"], ("category", "sexo")),
        ("Circuntancia", ["RIÑA", "ROBO", "RIÑA"], ("category", "circunstancia")),
        ("CANTIDAD", [2, 1, 11], ("measure", "count")),
        ("Importe", [70709971, 111783418, 156237735], ("measure", "amount")),
        ("porcentaje", [81.05, 16.29, 0.68], ("derived", "")),
        ("variable", ["Número de mujeres planta", "Número de hombres planta"], ("indicator", "")),
        ("medida", ["%", "N", "N"], ("unit", "")),
        ("Programa Presupuestario", ["497 Atención", "678 Prevención"], ("activity", "")),
        ("ESTADO_NOTICIA", ["ACTIVO", "INACTIVO", "ACTIVO"], ("ignored", "")),
        ("HECHO", ["SI", "NO", "SI"], ("ignored", "flag")),
        ("PAIS_NACIMIENTO", ["Colombia", "Venezuela", "Colombia"], ("personal", "")),
        ("Servicios Personales", [0, 51688851, 21235654], ("value", "")),
    ],
)
def test_role(header: str, values: list[object], expected: tuple[str, str]) -> None:
    assert role_of(header, values) == expected


def test_workspace_words_extend_the_shipped_ones(tmp_path) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / "tabular").mkdir()
    (tmp_path / "tabular" / "roles.yaml").write_text(
        "category:\n  dispositivo: ['\\bdispositivo\\b']\n", encoding="utf-8"
    )
    lex = load_lexicon(tmp_path)
    data = pd.DataFrame({0: ["botón", "tobillera", "botón"]})
    found = infer_roles([profile_column(data, 0, "Dispositivo", lex)], lex)[0]
    assert (found.role, found.kind) == ("category", "dispositivo")
    assert "sexo" in lex.category  # the shipped words stay


def test_the_other_places_of_a_register_are_data(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from genero_etl.errors import UsageError

    shipped = load_lexicon().other_places
    assert (shipped["dimension"], shipped["code"]) == ("lugar", "_O")
    assert shipped["label_en"].format(min_count=3, unit="calls") == (
        "no province, or provinces with fewer than 3 calls in the month"
    )
    (tmp_path / "tabular").mkdir()
    (tmp_path / "tabular" / "roles.yaml").write_text(
        "other_places:\n  label_es: 'otras, menos de {min_calls}'\n", encoding="utf-8"
    )
    with pytest.raises(UsageError) as err:
        load_lexicon(tmp_path)
    assert err.value.code == "bad-roles-file" and "other_places.label_es" in str(err.value.params)
