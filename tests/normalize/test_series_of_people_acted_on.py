"""A series whose head counts people acted on (charged, linked to trial): its later items
count the same people, broken down by the offence each names; the offence never gives them
its own indicator. Items that are counts of their own keep their own labels."""

from __future__ import annotations

from genero_etl.extract.numbers import COUNTRY_CONVENTION
from genero_etl.extract.text import DocContext, extract_findings
from genero_etl.model import Period, Place, Segment
from genero_etl.normalize.observations import DocFacts, build_observations

from .test_reading import CODEBOOK, indicators


def breakdowns(text: str) -> list[tuple[int, float, str, str]]:
    """(line, value, breakdown dimension, breakdown value) of every value of a Mexican text."""
    ctx = DocContext(convention=COUNTRY_CONVENTION["MX"], year=2023)
    segments = [Segment(line, f"line:{n}") for n, line in enumerate(text.split("\n"), 1)]
    findings = extract_findings(segments, ctx, CODEBOOK.lexicon)
    facts = DocFacts(
        "t.txt", "0" * 64, Place(country="MX"), Period("2023-01-01", "2023-12-31", "2023"), ""
    )
    observations, _ = build_observations(findings, facts, CODEBOOK)
    return [
        (
            int(o.source_locator.split(":")[1]),
            float(o.value or 0),
            o.breakdown_dimension,
            o.breakdown_value,
        )
        for o in observations
    ]


def test_people_linked_to_trial_by_offence_keep_the_heads_indicator() -> None:
    """Real sentences of the text corpus (dev36, a prosecutor's yearly account of 2023)."""
    found = indicators(
        "De ese universo, mil 317 personas fueron vinculadas por violencia familiar; 745 por "
        "abuso sexual; 299 por violación y 115 personas por el delito de feminicidio.\n"
        "Por lo que toca a la de tentativa de feminicidio, imputamos a 95 personas; por acoso "
        "sexual a 84; por el delito contra la intimidad sexual a 50; 24 fueron por trata de "
        "personas.",
        "MX",
    )
    assert found == [
        (1, 1317.0, "agresores_detenidos"),
        (1, 745.0, "agresores_detenidos"),
        (1, 299.0, "agresores_detenidos"),
        (1, 115.0, "agresores_detenidos"),
        (2, 95.0, "agresores_detenidos"),
        (2, 84.0, "agresores_detenidos"),
        (2, 50.0, "agresores_detenidos"),
        (2, 24.0, "agresores_detenidos"),
    ]


def test_the_items_are_broken_down_by_the_offence_each_names() -> None:
    """The same sentences: each item's offence is its breakdown (``tipo_delito``, as tables
    publish offences); the head's own offence once its series has items."""
    found = breakdowns(
        "De ese universo, mil 317 personas fueron vinculadas por violencia familiar; 745 por "
        "abuso sexual; 299 por violación y 115 personas por el delito de feminicidio.\n"
        "Por lo que toca a la de tentativa de feminicidio, imputamos a 95 personas; por acoso "
        "sexual a 84; 24 fueron por trata de personas."
    )
    assert found == [
        (1, 1317.0, "tipo_delito", "violencia familiar"),
        (1, 745.0, "tipo_delito", "abuso sexual"),
        (1, 299.0, "tipo_delito", "violación"),
        (1, 115.0, "tipo_delito", "feminicidio"),
        (2, 95.0, "_T", "_T"),
        (2, 84.0, "tipo_delito", "acoso sexual"),
        (2, 24.0, "tipo_delito", "trata de personas"),
    ]


def test_items_that_are_counts_of_their_own_keep_their_labels() -> None:
    found = indicators("En 2023 se registraron 45 femicidios, 120 denuncias y 30 detenidos.", "MX")
    assert [(line, value) for line, value, _ in found] == [(1, 45.0), (1, 120.0), (1, 30.0)]
    assert [indicator for _, _, indicator in found] == [
        "femicidios",
        "denuncias_violencia",
        "agresores_detenidos",
    ]


def test_a_count_with_a_noun_of_its_own_after_people_charged_is_no_item() -> None:
    found = indicators(
        "En 2023, 300 personas fueron vinculadas a proceso por violencia familiar; 45 "
        "femicidios por arma de fuego.",
        "MX",
    )
    assert found == [(1, 300.0, "agresores_detenidos"), (1, 45.0, "femicidios")]


def test_the_series_heads_are_codebook_data() -> None:
    assert CODEBOOK.series_heads <= set(CODEBOOK.indicators)
    assert "agresores_detenidos" in CODEBOOK.series_heads
    assert CODEBOOK.series_item_before is not None
    assert CODEBOOK.series_item_before.match("por acoso sexual a")
    assert not CODEBOOK.series_item_before.match("se recibieron")
    assert CODEBOOK.series_item_after is not None
    assert CODEBOOK.series_item_after.match("fueron por trata de personas")
    assert not CODEBOOK.series_item_after.match("denuncias por violencia")
    assert CODEBOOK.series_offence("por el delito de violación") == "violación"
    assert CODEBOOK.series_offence("por acoso sexual a") == "acoso sexual"
    assert CODEBOOK.series_offence("se recibieron") == ""
    assert CODEBOOK.series_offence("por la policía municipal") == ""
