"""Consistency checks on observations: each warning names its file, line and values.

Each check is one shipped rule of stage ``ingest`` (``schemas/rules/ingest.yaml``) run
through the entry point the pipeline calls."""

from __future__ import annotations

from collections.abc import Sequence

from genero_etl.checks import run_document_checks
from genero_etl.checks.ingest import ingest_rules
from genero_etl.model import Issue, Observation


def _rule(rule_id: str, observations: Sequence[Observation]) -> list[Issue]:
    rules = [r for r in ingest_rules() if r.id == rule_id]
    source = observations[0].source_file if observations else ""
    return run_document_checks(source, observations, [], rules=rules)


def check_parts(observations: Sequence[Observation]) -> list[Issue]:
    return _rule("parts-mismatch", observations)


def check_percentages(observations: Sequence[Observation]) -> list[Issue]:
    return _rule("percentage-mismatch", observations)


def check_duplicates(observations: Sequence[Observation]) -> list[Issue]:
    return _rule("duplicate-value", observations)


def check_activity_numbers(
    source_file: str, activities: Sequence[tuple[str, str, str]]
) -> list[Issue]:
    rules = [r for r in ingest_rules() if r.id == "activity-number-repeated"]
    return run_document_checks(source_file, [], activities, rules=rules)


def obs(oid: str, value: float, locator: str, **kw: object) -> Observation:
    base: dict[str, object] = dict(
        observation_id=oid,
        indicator_id="personas_capacitadas_genero",
        indicator_label="personas capacitadas",
        theme="prevencion",
        value=value,
        unit="personas",
        value_kind="observed",
        source_file="r.txt",
        source_sha256="0" * 64,
        source_locator=locator,
        source_text="",
        extraction_method="t",
        confidence=0.9,
    )
    base.update(kw)
    return Observation(**base)  # type: ignore[arg-type]


def test_parts_that_do_not_add_up() -> None:
    total = obs("o1", 266, "line:9")
    parts = [
        obs("o2", 40, "line:9", parent_observation_id="o1"),
        obs("o3", 189, "line:9", parent_observation_id="o1"),
    ]
    (issue,) = check_parts([total, *parts])
    assert (issue.code, issue.source_locator, issue.observation_ids) == (
        "parts-mismatch",
        "line:9",
        ("o1", "o2", "o3"),
    )
    assert (
        "40 + 189" in issue.message_es and "229" in issue.message_es and "266" in issue.message_es
    )
    assert "parts_mismatch" in total.quality_flags


def test_parts_that_add_up_are_quiet() -> None:
    total = obs("o1", 10, "line:1")
    parts = [
        obs("o2", 4, "line:1", parent_observation_id="o1"),
        obs("o3", 6, "line:1", parent_observation_id="o1"),
    ]
    assert check_parts([total, *parts]) == []


def test_percentage_against_its_numbers() -> None:
    programmed = obs(
        "o1",
        51,
        "line:43",
        unit="recomendaciones",
        indicator_label="programó trabajar: recomendaciones",
    )
    done = obs("o2", 18, "line:44", unit="recomendaciones")
    pct = obs(
        "o3",
        34,
        "line:44",
        unit="%",
        value_kind="percentage",
        source_text="un avance del 34% de lo programado",
    )
    (issue,) = check_percentages([programmed, done, pct])
    assert (issue.code, issue.source_locator) == ("percentage-mismatch", "line:44")
    assert "35.3" in issue.message_es and "18 de 51" in issue.message_es


def test_consistent_percentage_is_quiet() -> None:
    total = obs("o1", 50, "line:1", unit="metas")
    done = obs("o2", 25, "line:2", unit="metas")
    pct = obs("o3", 50, "line:2", unit="%", source_text="el 50% del total")
    assert check_percentages([total, done, pct]) == []


def test_activity_number_used_twice() -> None:
    (issue,) = check_activity_numbers(
        "poa.txt", [("5", "GASOLINA", "line:79"), ("5", "Papelería", "line:88")]
    )
    assert (issue.code, issue.source_locator) == ("activity-number-repeated", "line:88")
    assert "line:79, line:88" in issue.message_es


def test_same_value_twice() -> None:
    a, b = obs("o1", 32, "line:83"), obs("o2", 32, "line:96")
    (issue,) = check_duplicates([a, b])
    assert (issue.code, issue.observation_ids) == ("duplicate-value", ("o1", "o2"))
    assert (
        check_duplicates(
            [a, obs("o3", 32, "line:97", breakdown_dimension="sexo", breakdown_value="mujeres")]
        )
        == []
    )
