"""Confidence of text observations: a calibrated model read from schemas/lexicon/confidence.yaml."""

from __future__ import annotations

from pathlib import Path

from genero_etl.normalize.observations import (
    confidence_features,
    confidence_of,
    confidence_weights,
    features_of,
    near_trap,
)
from genero_etl.pipeline import extract_file

KNOWN = {"unclassified", "no_label", "words", "percent", "money", "approximate", "bound",
         "part", "ambiguous", "small", "year_like", "breakdown", "near_trap",
         "percent_unclassified", "survey", "bare_total"}  # fmt: skip


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


def test_a_number_the_trap_rules_nearly_masked_is_near_a_trap() -> None:
    # a well-known service line not followed by what it counts
    text = "Pueden comunicarse en cualquier momento con el 911 de la Policía de Tucumán."
    assert near_trap(text, "911", 911.0, "llamadas")
    # ... but a count of the plural noun after it is a count
    assert not near_trap(
        "Por lo que 155 ayuntamientos no asignaron presupuesto.", "155", 155.0, "municipios"
    )
    # a cue of the lexicon's never_values right after ("tipos penales") or right before it
    assert near_trap("La ley establece además 19 tipos penales de conducta.", "19", 19.0, "casos")
    assert near_trap(
        "La apertura de la comisaría número 317 ocurrió ayer.", "317", 317.0, "centros"
    )
    assert not near_trap("Se atendieron 245 mujeres en el año.", "245", 245.0, "personas")
    # a share is no service line
    assert not near_trap("El 911 recibió el 20 % de las llamadas.", "20", 20.0, "%")
    # a cue that holds only after "cada" and a unit ("cada departamento contará con") is no
    # cue alone: what the body has is a count
    assert not near_trap("El instituto cuenta con 3 psicólogas.", "3", 3.0, "personas")
    # the words naming a service by its well-known line ("la Central de Emergencias 911")
    # say nothing of another number after them (raw/ar_lujan_informe_2024.txt, line 14)
    line = "- Guardia de emergencia: 76 personas asistidas fuera del horario de atención."
    assert not near_trap(line, "76", 76.0, "personas")
    assert near_trap("Llamó a la Central de Emergencias 911 ayer.", "911", 911.0, "llamadas")


def test_the_feature_is_read_from_the_sentence() -> None:
    found = features_of(
        method="text.noun_phrase",
        flags=set(),
        label="tipos penales",
        raw="19",
        unit="casos",
        kind="observed",
        approximate=False,
        lower_bound=False,
        part=False,
        value=19.0,
        breakdown="_T",
        text="La ley establece además 19 tipos penales de conducta.",
    )
    assert found == ["method:text.noun_phrase", "near_trap"]


def _features(text: str, raw: str, value: float, unit: str, flags: set[str]) -> list[str]:
    return features_of(
        method="text.noun_phrase",
        flags=flags,
        label="mujeres",
        raw=raw,
        unit=unit,
        kind="observed",
        approximate=False,
        lower_bound=False,
        part=False,
        value=value,
        breakdown="_T",
        text=text,
    )


def test_a_survey_sentence_and_an_unclassified_share_are_features() -> None:
    # a Dominican note quoting a survey: the share is the survey's estimate of a population
    survey = "Según la ENDESA, el 68.8% de las dominicanas ha experimentado violencia."
    found = _features(survey, "68.8%", 68.8, "%", {"unclassified"})
    assert found == ["method:text.noun_phrase", "unclassified", "percent", "percent_unclassified",
                     "survey"]  # fmt: skip
    # statistics offices and censuses by their words (any case) or acronyms (as written)
    assert "survey" in _features(
        "De acuerdo con el Instituto Nacional de Estadística, 1.200 mujeres", "1.200", 1200.0,
        "mujeres", set(),
    )  # fmt: skip
    assert "survey" in _features("Datos del INEI: 4.500 casos", "4.500", 4500.0, "casos", set())
    # an office's own count names none; "one" is no acronym in any case
    own = _features("El CEM atendió 2.055 casos de violencia.", "2.055", 2055.0, "casos", set())
    assert own == ["method:text.noun_phrase"]
    # a share of a count the sentence names is no unclassified share
    named = _features("El 40 % de las llamadas fueron de mujeres.", "40 %", 40.0, "%", set())
    assert "percent_unclassified" not in named and "percent" in named


def test_a_label_and_colon_that_say_only_total_are_a_bare_total(tmp_path: Path) -> None:
    # Veracruz's BANESVIM dashboard saved as text (tests/acceptance/texts/docs/
    # mx_ivm_banesvim_tablero_primer_semestre_2019.txt, lines 2-8): a chart's "Total:" under its
    # title, what it counts left to the chart
    dashboard = tmp_path / "tablero.txt"
    dashboard.write_text(
        "Total de Víctimas y eventos\nTotal De Víctimas\nTotal:2,347\nTotal De Eventos\n"
        "Total:3,030\nTotal De Víctimas\nTotal:400\n",
        encoding="utf-8",
    )
    found = {o.value: o for o in extract_file(dashboard)}
    assert found[400].extraction_method == "text.label_colon"
    assert found[400].indicator_label == "Total"
    assert "bare_total" in confidence_features(found[400])
    # a label and colon that name what is counted are none (raw/ar_lujan_informe_2024.txt,
    # lines 15-16): a list's line reads as a table's row, and is no bare total
    listed = tmp_path / "informe.txt"
    listed.write_text(
        "● Atención\n- Guardia de emergencia: 76 personas asistidas fuera del horario de atención.\n"
        "- Subsidios municipales otorgados: 51.\n",
        encoding="utf-8",
    )
    by_value = {o.value: o for o in extract_file(listed)}
    assert by_value[51].extraction_method == "text.label_colon"
    assert "bare_total" not in confidence_features(by_value[51])
    assert "bare_total" not in confidence_features(by_value[76])
    # only a label and colon: a word "total" read as another method's label is none
    assert "bare_total" not in features_of(
        method="text.table_row", flags=set(), label="Total", raw="42", unit="casos",
        kind="observed", approximate=False, lower_bound=False, part=False, value=42.0,
        breakdown="_T", text="Total\t42",
    )  # fmt: skip
