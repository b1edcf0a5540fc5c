"""Changes of a percentage listed after the first one with the change's word repeated, or with
their thing named and the verb left out, and the rarer words of a change (issue 10, precision on
unseen wording). The document case reads the real development document as the corpus runner
does (its source line blanked); the sentence cases write the same class in the words other
offices use, and guard the shares that must stay."""

from __future__ import annotations

from pathlib import Path

import pytest

from .reports import corpus_facts, text_facts

MEDELLIN = "co_medellin_atencion_psicojuridica_territorios_2023"


def test_a_second_fall_after_the_repeated_preposition_is_a_change(tmp_path: Path) -> None:
    """co_medellin_atencion_psicojuridica_territorios_2023 (dev57): "logrando la disminución
    del 52 % en casos de feminicidio y del 35 % de los relacionados con violencia sexual"
    (line 3): the 35 % went out as a share; the gold lists both falls as changes. The women
    attended in each year stay."""
    rows = [row for row in corpus_facts(tmp_path, MEDELLIN) if row[0] == "line:3"]
    assert [row[1] for row in rows] == [7547.0, 7271.0, 6455.0, 2139.0]
    assert rows[0][2:] == ("personas_asistidas", "", "", "2020-01-01", "2020-12-31")


@pytest.mark.parametrize(
    "sentence",
    [
        # the change's word repeated after "y" or a comma
        "En 2023 los feminicidios registraron una reducción del 30 % en la ciudad y del 12 % en "
        "el departamento.",
        "En 2023 las denuncias bajaron un 8 % en Kennedy y un 11 % en Suba.",
        "En 2023 hubo un alza del 25% en las llamadas a la línea y de 40% en los chats.",
        "En 2023 las denuncias disminuyeron un 10 % en Bogotá, un 7 % en Medellín y un 5 % en "
        "Cali.",
        # the thing named before the percentage, the verb left out
        "En 2023 los casos de violencia psicológica disminuyeron 10 %, los de violencia física "
        "6 % y los de violencia sexual 3 %.",
        "En 2023 las llamadas aumentaron un 14 %; los chats, un 30 %.",
        "En 2023 las denuncias crecieron 12 % y las atenciones 9 %.",
        # the rarer verbs and nouns of a change
        "En 2023 las denuncias repuntaron un 9 % frente al año anterior.",
        "En 2023 se registró un repunte del 12 % en los casos de violencia sexual.",
        "En 2023 los casos mermaron en un 20 % durante el segundo semestre.",
        "En 2023 las denuncias decrecieron un 6 % en el último trimestre.",
        "En 2023 se observó un decrecimiento del 4 % en las atenciones.",
        "En 2023 las llamadas mostraron una contracción del 11 % en el año.",
        "En 2023 los casos experimentaron una variación interanual del 3,5 %.",
        "En 2023 hubo una caída interanual de 9 % en los feminicidios.",
        "En 2023 hubo un aumento interanual del 7 % en los feminicidios.",
        "En 2023 la atención psicológica se amplió en un 25 % gracias al nuevo equipo.",
        "En 2023 los feminicidios descendieron un 16 %.",
    ],
)
def test_changes_in_other_words_are_not_values(tmp_path: Path, sentence: str) -> None:
    assert text_facts(tmp_path, sentence) == []


@pytest.mark.parametrize(
    ("sentence", "share"),
    [
        ("En 2016 las denuncias aumentaron un 20%, y el 45% fueron de violencia física.", 45.0),
        (
            "En 2023 las denuncias aumentaron un 10 %, y un 40 % de ellas fueron por violencia "
            "física.",
            40.0,
        ),
        ("En 2023 las denuncias crecieron 12 % y las atenciones llegaron al 9 %.", 9.0),
        (
            "En 2023 las denuncias aumentaron un 12 %, de las cuales el 60 % fueron por violencia "
            "física.",
            60.0,
        ),
        (
            "En 2023 las denuncias aumentaron un 12 %, y la ejecución del presupuesto alcanzó el "
            "92 %.",
            92.0,
        ),
    ],
)
def test_a_share_or_a_level_after_a_change_stays(
    tmp_path: Path, sentence: str, share: float
) -> None:
    assert [row[1] for row in text_facts(tmp_path, sentence)] == [share]


def test_a_change_with_words_set_off_by_commas_before_it(tmp_path: Path) -> None:
    """mx_presidencia_enapea_embarazos_ninas_2016 (dev43): "El porcentaje de embarazos en niñas
    y adolescentes de entre 10 y 19 años descendió, en promedio, 13 por ciento desde que se
    implementó la Estrategia" (line 2) published the fall as a share; the counts of lines 4 and
    5 stay. A level after the words ("bajaron, en total, al 30 %") stays a value."""
    found = corpus_facts(tmp_path, "mx_presidencia_enapea_embarazos_ninas_2016")
    assert not [row for row in found if row[0] == "line:2"]
    assert ("line:4", 9500.0) in [row[:2] for row in found]
    assert text_facts(tmp_path, "En 2023 las denuncias aumentaron, según el informe, 12 %.") == []
    found = text_facts(
        tmp_path, "En 2023 las denuncias bajaron, en total, al 30 % del año anterior."
    )
    assert [row[1] for row in found] == [30.0]
