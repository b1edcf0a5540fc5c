"""Puerto Rico's Continuum of Care areas named by the island's code and their number (issue 10):
"organizaciones integrantes del programa federal de Continuo de Cuidado PR 502" gives no value
(lexicon ``never_values.area_code``). The document case reads the real development document as
the corpus runner does and fails with the code before this round; the guards are close
sentences that must stay as they were."""

from __future__ import annotations

from pathlib import Path

from .reports import line_values, sentence_values


def test_the_area_code_is_no_count(tmp_path: Path) -> None:
    """pr_comite_pare_informe_mensual_agosto (dev106), line 9."""
    found = line_values(tmp_path, "pr_comite_pare_informe_mensual_agosto", "line:9")
    assert 502.0 not in found
    assert 203.0 in found


def test_close_sentences_stay(tmp_path: Path) -> None:
    # the island's code alone before a count elsewhere in the sentence stays a count
    assert sentence_values(tmp_path, "En PR se registraron 30 feminicidios.") == [30.0]
    assert sentence_values(tmp_path, "El Continuo de Cuidado PR-503 atendió a 40 personas.") == [
        40.0
    ]
