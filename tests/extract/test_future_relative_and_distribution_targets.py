"""Counts that say what will be (issue 10): a count followed by its comma and a relative
clause in the future ("con la compra de 200 unidades más, que incrementarán el stock a 1.200",
lexicon ``kinds.target_after_relative``, read by ``Cues.target_after``), the level such a verb
raises a stock to and what an agreement is signed to hand out ("para facilitar la distribución
de 203 vales", lexicon ``kinds.target``) are targets. Each document case reads the real
development document as the corpus runner does and fails with the code before this round; the
guards are close sentences that must stay as they were."""

from __future__ import annotations

from pathlib import Path

from .reports import corpus_document, extracted


def _kinds(tmp_path: Path, name: str, line: str) -> dict[float, str]:
    return {
        float(o.value): o.value_kind
        for o in corpus_document(tmp_path, name)
        if o.source_locator.split()[0] == line
    }


def test_ankle_monitors_to_be_bought_and_the_stock_they_raise(tmp_path: Path) -> None:
    """uy_presidencia_emergencia_nacional_violencia_genero_tobilleras_2019 (dev106), line 5."""
    kinds = _kinds(
        tmp_path, "uy_presidencia_emergencia_nacional_violencia_genero_tobilleras_2019", "line:5"
    )
    assert kinds == {200.0: "target", 1200.0: "target"}


def test_vouchers_an_agreement_is_to_hand_out(tmp_path: Path) -> None:
    """pr_comite_pare_informe_mensual_agosto (dev106), line 9."""
    assert (
        _kinds(tmp_path, "pr_comite_pare_informe_mensual_agosto", "line:9").get(203.0) == "target"
    )


def _sentence_kinds(tmp_path: Path, text: str) -> list[tuple[float, str]]:
    return [(float(o.value), o.value_kind) for o in extracted(tmp_path, f"Informe\n{text}\n")]


def test_close_sentences_stay(tmp_path: Path) -> None:
    # a relative clause in the past: what was done
    assert _sentence_kinds(
        tmp_path, "Se entregaron 200 tobilleras, que fueron activadas por la policía."
    ) == [(200.0, "observed")]
    # a future verb with no comma and "que" before it, in another clause: as before
    assert _sentence_kinds(
        tmp_path, "Se atendió a 300 mujeres y el año próximo se ampliará la sede."
    ) == [(300.0, "observed")]
