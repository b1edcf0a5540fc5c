"""Items of a list whose noun is left out read with the words before the list's head (issue 10):
"la Defensoría ... atendió y hace seguimiento a 101 casos de violación, 71 de abuso sexual, 29 de
estupro y 4 de tentativa de violación" are four counts of cases the office attended, not the head
attended and three complaints (``normalize/observations.py:_list_head_label``). The case reads the
real sentence of a development document (named in it); the guards read close sentences that must
not change."""

from __future__ import annotations

from pathlib import Path

from tests.extract.reports import corpus_document, extracted


def test_items_of_cases_attended_are_attended(tmp_path: Path) -> None:
    # "Por delitos sexuales, la Defensoría Municipal de la Niñez y Adolescencia atendió y hace
    # seguimiento a 101 casos de violación, 71 de abuso sexual, 29 de estupro y 4 de tentativa
    # de violación." (dev43, line 6): the last three went out as complaints
    found = {
        o.value: o.indicator_id
        for o in corpus_document(tmp_path, "bo_sucre_defensoria_ninez_delitos_sexuales_2019")
        if o.source_locator.split()[0] == "line:6"
    }
    assert found == {
        101.0: "personas_asistidas",
        71.0: "personas_asistidas",
        29.0: "personas_asistidas",
        4.0: "personas_asistidas",
    }


def test_items_of_complaints_and_of_femicides_stay(tmp_path: Path) -> None:
    # guards: items after a head a prosecutor registered stay what the head counts, and items
    # with words of their own before them keep them
    found = {
        o.value_raw: o.indicator_id
        for o in extracted(
            tmp_path,
            "En 2023 la fiscalía recibió 120 denuncias de violencia física, 45 de abuso sexual "
            "y 12 de violación.\n"
            "El centro atendió a 50 mujeres; además se recibieron 30 denuncias de abuso sexual.\n",
        )
    }
    assert found["120"] == "denuncias_violencia"
    assert found["45"] == "denuncias_violencia"
    assert found["12"] == "denuncias_violencia"
    assert found["50"] == "personas_asistidas"
    assert found["30"] == "denuncias_violencia"


def test_parts_of_the_head_keep_their_own_words(tmp_path: Path) -> None:
    # guard: "la Línea atendió 6 mil 621 incidentes de violencias basadas en género; en 2 mil
    # 127 de estos casos se brindó asesoría, acompañamiento ... Además, 47 de ellos fueron
    # clasificados como críticos" (dev30, line 6): parts of the head, no items of its list,
    # keep what their own clause says
    found = {
        o.value: o.indicator_id
        for o in corpus_document(tmp_path, "co_antioquia_linea123_hogares_semana_mayor_2025")
        if o.source_locator.split()[0] == "line:6"
    }
    assert found[6621.0] == "llamadas_linea_atencion"
    assert found[2127.0] == "personas_asistidas"
    assert found[47.0] == "personas_asistidas"
