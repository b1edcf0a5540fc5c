"""Missing women and girls and births to girls under 15, met in the development corpus
(tests/acceptance/texts, part dev55): Guatemala's search alerts (Alerta Isabel-Claudina,
Alerta Alba-Keneth), Costa Rica's law on "relaciones impropias" (Ley 9406) and Mexico's
Sipinna, population council and adolescent-pregnancy strategy say their country; reports of a
disappearance are no complaints of violence; a difference restated ("es decir, 185 más") is a
change and a total restated per day with the day said first ("Es decir, todos los días, 21
niñas") no figure of its own. Each document case reads the real document as the corpus runner
does (its source line blanked) and asserts line, value, indicator, country and division; each
sentence case guards what must stay."""

from __future__ import annotations

from pathlib import Path

from .reports import corpus_facts, text_facts


def _lines(found: list[tuple[object, ...]], line: str) -> set[float]:
    return {f[1] for f in found if f[0] == line}  # type: ignore[misc]


def test_alba_keneth_alerts_say_guatemala_and_a_restated_difference_is_a_change(
    tmp_path: Path,
) -> None:
    """gt_pgn_alerta_alba_keneth_alertas_2016 (dev55): the PGN's alerts for missing children
    named no country ("Sistema de Alerta Alba-Keneth" is Guatemala's); "5 mil 965; es decir,
    185 más, que evidencian un incremento" published the difference."""
    found = corpus_facts(tmp_path, "gt_pgn_alerta_alba_keneth_alertas_2016")
    assert _lines(found, "line:3") == {5780.0, 5965.0}
    assert {(f[1], f[2], f[3], f[4]) for f in found if f[0] == "line:3"} == {
        (5780.0, "sin_clasificar", "GT", ""),
        (5965.0, "sin_clasificar", "GT", ""),
    }
    assert ("line:5", 1406.0, "sin_clasificar", "GT", "", "2014-01-01", "2014-12-31") in found


def test_isabel_claudina_alerts_say_guatemala(tmp_path: Path) -> None:
    """The Ministerio Público's alert for missing women is Guatemala's, whatever else a
    sentence names."""
    found = text_facts(
        tmp_path,
        "Se activaron 1,770 alertas Isabel-Claudina, de las cuales 150 permanecen vigentes.\n",
    )
    assert {(f[1], f[3]) for f in found} == {(1770.0, "GT"), (150.0, "GT")}


def test_reports_of_a_disappearance_are_no_complaints_of_violence(tmp_path: Path) -> None:
    """co_medicina_legal_desaparecidos_enero_julio_2019 (dev55): "el mes con más denuncias por
    desaparición, se recibieron 620 casos" and the 376 foreigners reported missing ("se
    reportaron 376 casos") were read as complaints of violence; they are values of their own.
    The daily average worked out from the total ("lo que equivale a un promedio de 18 personas
    al día") stays unpublished."""
    found = corpus_facts(tmp_path, "co_medicina_legal_desaparecidos_enero_julio_2019")
    assert ("line:4", 620.0, "sin_clasificar", "CO", "", "", "") in found
    assert ("line:5", 376.0, "sin_clasificar", "CO", "", "", "") in found
    assert _lines(found, "line:2") == {3790.0, 1390.0}
    assert not [f for f in found if f[2] == "denuncias_violencia"]


def test_complaints_of_violence_stay_complaints(tmp_path: Path) -> None:
    """A complaint of violence is still one where no disappearance is said."""
    found = text_facts(
        tmp_path, "En mayo se recibieron 620 denuncias por violencia familiar en el país.\n"
    )
    assert [(f[0], f[1], f[2]) for f in found] == [("line:2", 620.0, "denuncias_violencia")]


def test_a_relation_impropia_says_costa_rica(tmp_path: Path) -> None:
    """cr_registro_nacimientos_madres_10_14_2023 (dev55): the births to girls named no
    country; the "relación impropia" of Costa Rica's Ley 9406 says it."""
    found = corpus_facts(tmp_path, "cr_registro_nacimientos_madres_10_14_2023")
    assert {f[3] for f in found} == {"CR"}
    assert (
        "line:6",
        4362.0,
        "nacimientos_ninas_adolescentes",
        "CR",
        "",
        "2023-01-01",
        "2023-12-31",
    ) in found


def test_births_restated_per_day_are_no_figure_and_sipinna_says_mexico(tmp_path: Path) -> None:
    """mx_salud_nacimientos_ninas_10_14_2024 (dev55): "casi 8 mil nacimientos en niñas de 10 a
    14 años. Es decir, todos los días, 21 niñas menores de 15 años se convirtieron en madres":
    the 21 is the total per day (lexicon ``never_values.derived_rate_first``); the population
    council, the Sipinna and the "Estrategia Nacional para Prevenir el Embarazo en
    Adolescentes" say Mexico."""
    found = corpus_facts(tmp_path, "mx_salud_nacimientos_ninas_10_14_2024")
    assert _lines(found, "line:2") == {92660.0, 8000.0}
    assert (
        "line:2",
        92660.0,
        "nacimientos_ninas_adolescentes",
        "MX",
        "",
        "2024-01-01",
        "2024-12-31",
    ) in found
    assert {f[3] for f in found} == {"MX"}


def test_restating_words_keep_a_count_and_a_count_with_more_after_it(tmp_path: Path) -> None:
    """ "es decir," before a count and its noun restates it; "más" after a count and its noun
    that goes on is a count; "lo que equivale a 370 víctimas más" stays a change."""
    found = text_facts(
        tmp_path,
        "Se recibieron 782 llamadas, de las cuales el 37 por ciento, es decir, 290, fueron "
        "para denunciar casos de emergencia.\n"
        "Este año 40 casos más llegaron al refugio.\n"
        "Se registraron 1.200 víctimas, lo que equivale a 370 víctimas más, según el informe.\n",
    )
    assert 290.0 in _lines(found, "line:2")
    assert _lines(found, "line:3") == {40.0}
    assert _lines(found, "line:4") == {1200.0}


def test_a_percentage_restating_two_levels_is_their_change(tmp_path: Path) -> None:
    """mx_inegi_matrimonios_infantiles_2018_2023 (dev55): "disminuyeron al pasar de 566 a 21,
    entre 2018 y 2023; es decir, 96 por ciento" published the fall as a share; the two levels
    stay values (``changes.restating_change`` after ``changes.from_to_before``)."""
    found = corpus_facts(tmp_path, "mx_inegi_matrimonios_infantiles_2018_2023")
    assert _lines(found, "line:2") == {566.0, 21.0}


def test_a_share_restated_as_a_count_stays_a_share(tmp_path: Path) -> None:
    """Without two levels before it, "es decir" before a percentage restates a share: "Se
    atendieron 500 casos; es decir, el 20 por ciento del total" keeps the 20 %."""
    found = text_facts(
        tmp_path,
        "Se atendieron 500 casos de violencia, es decir, el 20 por ciento del total del país.\n",
    )
    assert _lines(found, "line:2") == {500.0, 20.0}
