"""What a report's opening says of itself (its office, whether it is a plan, the municipality
it is about, a signature's year) and how a count that borrows its noun is read: words of
lexicon ``document`` and ``phrases.restated``/``pronoun_part``, which a workspace extends."""

from __future__ import annotations

from pathlib import Path

from genero_etl.countries import use_workspace
from genero_etl.knowledge import Knowledge
from genero_etl.normalize.document import _not_the_period, _opening, infer_office
from genero_etl.normalize.observations import _restated
from genero_etl.normalize.places import _place_cues


def test_the_office_a_report_names() -> None:
    assert infer_office(["INSTITUTO MUNICIPAL DE LAS MUJERES DE ZAPOPAN"]) == (
        "Instituto Municipal de las Mujeres de Zapopan"
    )
    # the name is cut before "del Municipio de ..."
    assert (
        infer_office(
            ["Informe de la Dirección de Igualdad de Género del Municipio de San Pedro Tlaquepaque"]
        )
        == "Dirección de Igualdad de Género"
    )
    # "General" is a qualifier, not the topic "género": no gender office is named
    assert infer_office(["Dirección General de Planeación y Evaluación"]) == ""
    # a sub-office keeps its whole name
    assert infer_office(["Subdirección de Atención a la Mujer, informe anual"]) == (
        "Subdirección de Atención a la Mujer"
    )


def test_plan_and_signature_words() -> None:
    assert _opening().plan.search("PROGRAMA OPERATIVO ANUAL 2024") is not None
    assert _opening().plan.search("Informe anual de actividades 2024") is None
    assert _not_the_period("Fecha de elaboración: ")
    assert not _not_the_period("Informe del ")


def test_the_words_before_a_reports_own_municipality() -> None:
    cues = _place_cues()
    found = cues.strong.search("Informe de la Municipalidad Distrital de Miraflores, Lima")
    assert found is not None and found.group(1) == "Miraflores"
    found = cues.office_of.search("Instituto Municipal de las Mujeres de Zapopan")
    assert found is not None and found.group(1) == "Zapopan"
    # a word that only ends in a head word is not one: "repartido en Zapopan"
    assert cues.strong.search("lo repartido en Zapopan") is None


def test_a_borrowed_noun_restated_or_not() -> None:
    restated, pronoun = _restated()
    assert restated.match("de las consultas recibidas")
    assert not pronoun.match("de las consultas recibidas")
    assert restated.match("de ellos ya han sido clasificados") and pronoun.match(
        "de ellos ya han sido clasificados"
    )
    assert restated.match("dentro del plazo") is None


def test_a_workspace_extends_the_opening_words(tmp_path: Path) -> None:
    schemas = tmp_path / "schemas"
    (schemas / "lexicon").mkdir(parents=True)
    (schemas / "lexicon" / "oficina.yaml").write_text(
        "document:\n"
        "  office_heads: [procuraduría]\n"
        "  plan_names: [plan de acción municipal]\n"
        "  place_heads: [delegación]\n",
        encoding="utf-8",
    )
    line = "Procuraduría de Protección de las Mujeres, informe 2024"
    assert infer_office([line]) == ""
    assert _opening().plan.search("PLAN DE ACCIÓN MUNICIPAL 2025") is None
    assert _place_cues().strong.search("Informe de la Delegación de Coyoacán") is None
    try:
        Knowledge.of(schemas).activate()
        assert infer_office([line]) == "Procuraduría de Protección de las Mujeres"
        assert _opening().plan.search("PLAN DE ACCIÓN MUNICIPAL 2025") is not None
        found = _place_cues().strong.search("Informe de la Delegación de Coyoacán")
        assert found is not None and found.group(1) == "Coyoacán"
        # the shipped words are still there
        assert infer_office(["INSTITUTO MUNICIPAL DE LAS MUJERES DE ZAPOPAN"]) != ""
    finally:
        use_workspace(None)
    assert infer_office([line]) == ""
