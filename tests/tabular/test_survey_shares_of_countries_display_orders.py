"""A long table of survey shares of several countries, on real cells of
tests/acceptance/corpus_dev31.

GenLAC (CEDLAS) as a dashboard repository saved it (julianppe/genlac_dash_violencia_spanish,
datasets/violencia_fisica.csv): one row per country, survey, year and group of women, the
percentage in "valor", beside it the dashboard's display orders of the group
("desagregacion_por_orden", 1-9) and of what the groups compare ("comparacion_por_orden",
1-4), and an "indicador" column naming the one indicator of the file on every row. The orders
are sort keys, never values; the indicator column names the values and its opening word
("Porcentaje") says they are shares.
"""

from __future__ import annotations

import csv
from pathlib import Path

from tests.tabular.staged import read

HEADER = [
    "id_paisano", "desagregacion", "pais_cod", "encuesta", "ano", "valor",
    "desagregacion_por_orden", "comparacion_por", "comparacion_por_orden", "pais", "indicador",
    "detalle_indicador", "disclaimer",
]  # fmt: skip
INDICATOR = "Porcentaje de mujeres que han experimentado violencia física doméstica"
DETAIL = (
    "Mujeres que han experimentado violencia física alguna vez por parte de su última pareja, "
    "como % de las mujeres de 15 a 49 años."
)
NOTE = (
    "Las series pueden presentar saltos por cambios metodológicos en las encuestas (ver "
    "documentos metodológicos). Fuente: GenLAC (CEDLAS)."
)
GROUPS = [
    ("Mujeres", "Mujeres", 1),
    ("Mujeres sin hijos", "Hijos (mujeres)", 2),
    ("Mujeres con hijos de 0 a 5 años", "Hijos (mujeres)", 2),
    ("Mujeres con hijos de 6 años o más", "Hijos (mujeres)", 2),
    ("Mujeres solteras", "Situación conyugal (mujeres)", 3),
    ("Mujeres en pareja", "Situación conyugal (mujeres)", 3),
    ("Mujeres de baja calificación", "Calificación (mujeres)", 4),
    ("Mujeres de media calificación", "Calificación (mujeres)", 4),
    ("Mujeres de alta calificación", "Calificación (mujeres)", 4),
]
# the file's rows 2-19 (Bolivia, ENDSA 2003 and 2008) and 218-226 (Peru, ENDES 2021), the
# nine groups of each survey in the file's order
SURVEYS = [
    ("BOL", "ENDSA 2003", 2003, "Bolivia", [
        "51.60348510742188", "24.08479118347168", "51.73986434936523", "55.54938507080078",
        "49.01125335693359", "52.12504577636719", "55.76200103759766", "45.02166366577148",
        "32.09326553344727"]),
    ("BOL", "ENDSA 2008", 2008, "Bolivia", [
        "22.5733585357666", "12.93994235992432", "24.69355583190918", "21.42144775390625",
        "18.48118209838867", "22.93959617614746", "24.71079254150391", "21.72078704833984",
        "12.47170066833496"]),
    ("PER", "ENDES 2021", 2021, "Perú", [
        "6.652994632720947", "7.253549575805664", "7.526087284088135", "5.733899116516113",
        "8.355043411254883", "6.202194690704346", "7.353826999664307", "6.770737648010254",
        "4.476381301879883"]),
]  # fmt: skip


def _read(tmp_path: Path) -> list:
    path = tmp_path / "genlac_violencia_fisica_pareja_paises_2000_2021.csv"
    with path.open("w", encoding="utf-8", newline="") as out:
        writer = csv.writer(out)
        writer.writerow(HEADER)
        for code, survey, year, country, values in SURVEYS:
            for order, ((group, compared, corder), value) in enumerate(
                zip(GROUPS, values, strict=True), start=1
            ):
                writer.writerow([
                    f"{code}{year}", group, code, survey, year, value, order, compared, corder,
                    country, INDICATOR, DETAIL, NOTE,
                ])  # fmt: skip
    return read(path)


def test_display_orders_are_never_values(tmp_path: Path) -> None:
    out = _read(tmp_path)
    # one value a row, the percentage: neither "desagregacion_por_orden" nor
    # "comparacion_por_orden" is published (first run: three values a row)
    assert len(out) == 27
    assert {o.source_locator[:1] for o in out} == {"F"}
    assert not any("orden" in o.indicator_label for o in out)


def test_the_one_indicator_column_names_the_shares(tmp_path: Path) -> None:
    out = _read(tmp_path)
    assert {o.indicator_label for o in out} == {INDICATOR}
    assert {(o.unit, o.value_kind) for o in out} == {("%", "percentage")}
    got = {(o.country, o.period_start, o.breakdown_value): o.value for o in out}
    assert abs(got[("BO", "2003-01-01", "Mujeres | Mujeres")] - 51.60348510742188) < 1e-9
    assert abs(got[("PE", "2021-01-01", "Mujeres | Mujeres")] - 6.652994632720947) < 1e-9
    solteras = got[("BO", "2008-01-01", "Mujeres solteras | Situación conyugal (mujeres)")]
    assert abs(solteras - 18.48118209838867) < 1e-9
    alta = got[("PE", "2021-01-01", "Mujeres de alta calificación | Calificación (mujeres)")]
    assert abs(alta - 4.476381301879883) < 1e-9


def test_only_a_sort_key_is_a_display_order() -> None:
    import pandas as pd

    from genero_etl.tabular.lexicon import load_lexicon
    from genero_etl.tabular.roles import infer_roles, profile_column

    lex = load_lexicon()

    def role_of(header: str, values: list[object]) -> tuple[str, str]:
        data = pd.DataFrame({0: values})
        found = infer_roles([profile_column(data, 0, header, lex)], lex)[0]
        return found.role, found.kind

    assert role_of("desagregacion_por_orden", [1, 2, 3, 1, 2, 3]) == ("ignored", "order")
    assert role_of("comparacion_por_orden", [1, 2, 2, 1, 2, 2]) == ("ignored", "order")
    # a kind of order (a court's, a protection order) is no sort key
    assert role_of("Tipo de orden", ["Protección", "Alejamiento", "Protección"])[1] != "order"
    assert role_of("Tipo de orden", [3, 5, 8])[1] != "order"
