"""A summary's round figure restating a count given in digits, a percentage change continued over
a list, items that leave their verb to the first and figures an NGO publishes, quoted by its
acronym, met in the development corpus (tests/acceptance/texts, parts dev30 and dev3): "Cerca de 5
mil quejas" after "4,851 quejas", "un incremento de 12.6% en las denuncias; 5.2%, en el caso de los
delitos sexuales, y 66.7%, en femicidios", "a las mujeres, en 664 a los adultos mayores, en 261 a
privados de libertad", "según el observatorio de violencia machista de CDC". Each document case
reads the real document as the corpus runner does (its source line blanked) and asserts the line
and the number of what is published, and that the number read wrongly before is gone; each
sentence case guards what must stay."""

from __future__ import annotations

from pathlib import Path

from genero_etl.extract.finding import DocContext, Finding
from genero_etl.extract.numbers import Convention
from genero_etl.extract.piece import findings_in_piece
from genero_etl.normalize.codebook import load_codebook

from .reports import extracted

DOCS = Path(__file__).parents[1] / "acceptance" / "texts" / "docs"
LEXICON = load_codebook().lexicon


def _read(tmp_path: Path, name: str) -> list[tuple[str, float, str | None]]:
    """Line, value and indicator of every value of the corpus document ``name``."""
    text = (DOCS / f"{name}.txt").read_text(encoding="utf-8")
    observations = extracted(tmp_path, "\n" + text.split("\n", 1)[1], f"{name}.txt")
    return [(o.source_locator.split()[0], float(o.value), o.indicator_id) for o in observations]


def _on(found: list[tuple[str, float, str | None]], line: int) -> list[float]:
    return [value for where, value, _ in found if where == f"line:{line}"]


def _piece(text: str) -> list[Finding]:
    return findings_in_piece(text, "line:1", DocContext(Convention.DECIMAL_POINT, 2024), LEXICON)


def test_a_round_figure_after_the_count_it_rounds_is_no_second_value(tmp_path: Path) -> None:
    """hn_conadeh_quejas_primer_semestre_2024 (dev30): "Cerca de 5 mil quejas" two paragraphs
    after the headline's "4,851 quejas atendió CONADEH" rounds that count (a numeral and "mil"
    with an approximation); it is no second value, the counts around it stay."""
    found = _read(tmp_path, "hn_conadeh_quejas_primer_semestre_2024")
    assert _on(found, 2) == [4851.0]
    assert _on(found, 4) == []
    assert 26015.0 in _on(found, 5)


def test_a_round_figure_before_the_count_stays(tmp_path: Path) -> None:
    """cu_fmc_familias_violencia_2024 (dev3): "Cerca de 10 mil familias" opens the text before
    the registry's "9579 familias" two paragraphs on; the gold keeps the office's rounded figure
    on its own line, so only a round figure after its count is a restatement."""
    found = _read(tmp_path, "cu_fmc_familias_violencia_2024")
    assert 10000.0 in _on(found, 2)
    assert 9579.0 in _on(found, 4)


def test_a_round_figure_far_from_any_count_stays(tmp_path: Path) -> None:
    """A round figure with "cerca de" and no count near it in digits is a value of its own."""
    text = (
        "Cerca de 5 mil mujeres fueron atendidas en 2023.\nEn 2022 se atendieron 2.300 mujeres.\n"
    )
    observations = extracted(tmp_path, text, "hn_prueba.txt")
    assert sorted(float(o.value) for o in observations) == [2300.0, 5000.0]


def test_a_percentage_change_continued_over_a_list_is_no_share(tmp_path: Path) -> None:
    """pa_defensoria_opvg_denuncias_cuarentena_2020 (dev30): "se observa en el caso de la
    violencia doméstica un incremento de 12.6% en las denuncias; 5.2%, en el caso de los delitos
    sexuales, y 66.7%, en femicidios": the two items after the change are the same change of
    other crimes, not shares; the Ministerio Público's counts stay."""
    found = _read(tmp_path, "pa_defensoria_opvg_denuncias_cuarentena_2020")
    assert sorted(_on(found, 5)) == [10.0, 1084.0, 3083.0]


def test_a_share_of_a_whole_after_a_change_stays() -> None:
    """After a change, "; 45% de los casos ..." is a share of a whole, not the change again."""
    found = _piece(
        "Las denuncias aumentaron un 12% respecto a 2019; 45% de los casos fueron de violencia física."
    )
    assert [(f.value, f.unit_hint) for f in found] == [(45.0, "%")]


def test_items_that_leave_their_verb_to_the_first_count_what_it_counts(tmp_path: Path) -> None:
    """hn_conadeh_quejas_primer_semestre_2024 (dev30): "al menos 1,566 se identificó como sector
    vulnerable a las mujeres, en 664 a los adultos mayores, en 261 a privados de libertad, en 146
    a defensores de derechos humanos, en 142 a niños y adolescentes, en 59 a pueblos indígenas":
    each item after the first says only its number and whom it is about."""
    found = _read(tmp_path, "hn_conadeh_quejas_primer_semestre_2024")
    assert _on(found, 8) == [1566.0, 664.0, 261.0, 146.0, 142.0, 59.0]


def test_figures_attributed_to_an_ngo_by_its_acronym_are_not_the_offices(tmp_path: Path) -> None:
    """ni_comisarias_317_2024 (dev3): "dice una de las defensoras feministas de Católicas por el
    Derecho a Decidir (CDC)" introduces a civil-society body (lexicon ``sources.member_of``); the
    next paragraph's "se contabilizan 37 feminicidios ..., de las cuales 30 ... y 7 en el
    extranjero, según el observatorio de violencia machista de CDC" quotes it by its acronym.
    The police's 317 comisarías and the complaints of 2023 stay."""
    found = _read(tmp_path, "ni_comisarias_317_2024")
    assert _on(found, 6) == []
    assert _on(found, 2) == [317.0]
    assert _on(found, 7) == [7000.0]


def test_an_acronym_never_introduced_as_an_ngo_quotes_no_one(tmp_path: Path) -> None:
    """ "según el Ministerio Público (MP)" names an official body: its acronym after "según" in a
    later paragraph keeps the figures."""
    text = (
        "Los datos fueron presentados por el Ministerio Público (MP).\n"
        "En 2024 se registraron 215 denuncias por violencia doméstica, según el informe del MP.\n"
    )
    observations = extracted(tmp_path, text, "pa_prueba.txt")
    assert [float(o.value) for o in observations] == [215.0]
