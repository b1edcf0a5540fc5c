"""Numbers of annual reports and budget reports that were misread (tuned on ``dev13``): thousands
in words after an article ("alcanzó las dos mil quejas"), an amount whose thousands are grouped
by spaces after its currency ("S/ 106 059 913", not a phone), a budget programme named by its
number ("Programa Presupuestal 1002"), the national budget a share is taken of, written in
brackets, and ministries counted in words. Each value with its line and indicator, from whole
documents."""

from __future__ import annotations

from pathlib import Path

from .reports import extracted


def observations(tmp_path: Path, text: str) -> list[tuple[float, str, str]]:
    return [(o.value, o.source_locator, o.indicator_id) for o in extracted(tmp_path, text)]


def test_thousands_in_words_after_an_article_are_a_count(tmp_path: Path) -> None:
    found = observations(
        tmp_path,
        "Nueve años de la DEMI\n"
        "Durante el primer semestre de este año, la Defensoría de la Mujer Indígena (DEMI), ha "
        "recibido 800 denuncias sobre violaciones a los derechos de esta población. El año pasado "
        "la cifra alcanzó las dos mil quejas. Según Azucena Socoy, representante de la "
        "institución, desde la creación de la entidad, las denuncias se incrementan cada año.\n",
    )
    assert found == [
        (800.0, "line:2", "denuncias_violencia"),
        (2000.0, "line:2", "sin_clasificar"),
    ]


def test_an_amount_grouped_by_spaces_after_its_currency_is_no_phone(tmp_path: Path) -> None:
    found = observations(
        tmp_path,
        "Resumen Ejecutivo del Programa Presupuestal Orientado a Resultados de Reducción de la "
        "Violencia Contra la Mujer (PPoR RVcM)\n"
        "En ese sentido, a través del D.S. N° 110-2020-EF se autorizó la transferencia de "
        "partidas del sector público a favor de diversos pliegos del Gobierno Nacional y "
        "Gobiernos Regionales (Arequipa, Callao, Junín y Huánuco) para la implementación de los "
        "servicios priorizados por el importe de S/ 106 059 913. Por su parte, el MIMP contó con "
        "un total de S/. 18,065,570 para la ejecución de los productos a su cargo.\n"
        "Para denunciar, comuníquese al teléfono 984 123 456 del centro.\n",
    )
    assert found == [
        (106059913.0, "line:2", "presupuesto_genero"),
        (18065570.0, "line:2", "presupuesto_genero"),
    ]


def test_a_budget_programmes_number_and_the_national_budget_are_no_values(
    tmp_path: Path,
) -> None:
    found = observations(
        tmp_path,
        "Las transferencias de recursos orientados a erradicar la violencia contra la mujer han "
        "experimentado un incremento sostenido, pero todavía representan una porción mínima de "
        "los fondos públicos. En el 2023 se han asignado S/550,7 millones a este rubro en los "
        "tres niveles de gobierno, cifra que representa solo el 0,24% del presupuesto nacional "
        "(S/229.093 millones).\n"
        "Este esfuerzo conjunto (e insuficiente) se refleja en el Programa Presupuestal 1002, "
        "denominado “Productos específicos para la reducción de la violencia contra la mujer”, "
        "iniciativa que actualmente agrupa a nueve ministerios, así como a la fiscalía, al Poder "
        "Judicial, a gobiernos subnacionales y a universidades para implementar acciones de "
        "prevención, atención y protección a dicho grupo.\n",
    )
    # "los tres niveles de gobierno" stays a reference; the nine ministries are a count (which
    # indicator they feed is left to the codebook's reading)
    assert [(v, line) for v, line, _ in found] == [
        (550700000.0, "line:1"),
        (0.24, "line:1"),
        (9.0, "line:2"),
    ]
    assert found[0][2] == "presupuesto_genero"
