"""Confidence of text observations: a calibrated model read from schemas/lexicon/confidence.yaml."""

from __future__ import annotations

from pathlib import Path

from genero_etl.normalize.observations import confidence_of, confidence_weights
from genero_etl.pipeline import extract_file

KNOWN = {"unclassified", "no_label", "words", "percent", "money", "approximate", "bound",
         "part", "ambiguous", "small", "year_like", "breakdown"}  # fmt: skip


def test_weights_name_only_known_features() -> None:
    prior, weights = confidence_weights()
    assert prior > 0  # most values read from a text are right
    assert {w for w in weights if not w.startswith("method:")} <= KNOWN


def test_what_misleads_lowers_confidence() -> None:
    plain = confidence_of(["method:text.noun_phrase"])
    assert confidence_of(["method:text.noun_phrase", "money", "bound"]) < plain
    assert confidence_of(["method:text.noun_phrase", "unclassified"]) <= plain
    assert 0.05 <= confidence_of(["money", "bound", "unclassified"]) < plain <= 0.99


def test_observations_carry_the_calibrated_confidence(tmp_path: Path) -> None:
    report = tmp_path / "informe.txt"
    report.write_text(
        "Informe 2023 de la Oficina de la Mujer\n"
        "Se atendieron 245 mujeres en el año.\n"
        "El presupuesto fue de más de $ 3.000.000 para talleres.\n",
        encoding="utf-8",
    )
    found = {o.value: o for o in extract_file(report)}
    assert found[245].confidence == confidence_of(["method:text.noun_phrase"])
    assert found[3000000].confidence < found[245].confidence
