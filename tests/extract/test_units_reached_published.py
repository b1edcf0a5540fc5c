"""How many of a country's units a service reached, published (issue 10): "dará cobertura a 134
municipios del país", "alcanzaron 12 departamentos del país", "atendiendo 140 Municipios del
País" are read as counts (lexicon ``never_values.territory.not_after``), but the same cue after
the number ("municipios del país") still marked them as numbers a trap rule nearly masked
(``normalize/observations.py:near_trap``), which held them below the publishing threshold. A
rule's own exception right before the number now silences its cue too. Each document case
reads the real development document as the corpus runner does and fails with the code before
this round; the guards are close sentences whose cue must still hold."""

from __future__ import annotations

from pathlib import Path

import pytest

from genero_etl.normalize.observations import near_trap
from genero_etl.workspace import ReviewConfig

from .reports import corpus_document

# (document, line, the count of units the gold gives)
REACHED = [
    # El Salvador, the social-inclusion secretariat and the FISDL (dev87)
    ("sv_sis_fisdl_transferencia_monetaria_victimas_conflicto_2016", "line:5", 134.0),
    # Uruguay, the social-development ministry (dev96)
    ("uy_mides_mes_diversidad_rendicion_cuentas_2020_2024", "line:3", 12.0),
    # Nicaragua, Usura Cero (dev99)
    ("ni_usura_cero_creditos_protagonistas_2021", "line:23", 140.0),
]


@pytest.mark.parametrize(("name", "line", "value"), REACHED)
def test_units_a_service_reached_are_published(
    tmp_path: Path, name: str, line: str, value: float
) -> None:
    found = [
        o
        for o in corpus_document(tmp_path, name)
        if o.source_locator.split()[0] == line and o.value == value
    ]
    assert found
    assert all(o.confidence >= ReviewConfig().min_confidence for o in found)


@pytest.mark.parametrize(
    ("text", "raw"),
    [
        ("el FISDL dará cobertura a 134 municipios del país en los cuales", "134"),
        ("Estas capacitaciones alcanzaron 12 departamentos del país y 25 organismos", "12"),
        ("Hemos estado atendiendo 140 Municipios del País, más de 10,000 Barrios", "140"),
    ],
)
def test_no_near_trap_after_the_rules_exception(text: str, raw: str) -> None:
    assert not near_trap(text, raw, float(raw), "")


@pytest.mark.parametrize(
    ("text", "raw"),
    [
        # the country's map, its article before the number (Nicaragua's police, dev)
        ("se realizaron 12,478 visitas casa a casa en los 153 municipios del país.", "153"),
        # a goal's place (dev80)
        ("La meta a 2030 es construir mil centros de este tipo en 507 municipios del país", "507"),
        # an origin, no verb of reaching before it (Honduras's ombudsman, dev30)
        ("quejas, de personas provenientes de 224 municipios del país, atendió", "224"),
        # a word that merely ends like one of the verbs ("relanza")
        ("El plan relanza 14 regiones del país en su segunda etapa.", "14"),
    ],
)
def test_the_cue_still_holds_elsewhere(text: str, raw: str) -> None:
    assert near_trap(text, raw, float(raw), "")
