"""Public offices' replies to access-to-information requests and transparency portals' notes
giving figures of violence against women, met in the development corpus (tests/acceptance/texts,
part dev78): Mexico's federal access-to-information system ("el Instituto Federal de Acceso a la
Información Pública (IFAI)", the INAI, the Plataforma Nacional de Transparencia) and the federal
prosecutor's special office ("la Fevim") say the country, and so do a Mexican prosecutor's files
("carpetas de investigación", "averiguaciones previas"); inquiries opened for violence ("69
indagatorias por violencia de género") are complaints; the offences a law punishes ("dos de los
11 delitos que sanciona la Ley Especial Integral") count nothing. Each document case reads the
real document as the corpus runner does (its source line blanked); each sentence case guards what
must stay."""

from __future__ import annotations

from pathlib import Path

from .reports import corpus_document, corpus_facts, facts, text_facts


def test_a_reply_through_the_ifai_says_mexico_and_its_pesos(tmp_path: Path) -> None:
    """mx_pgr_fevim_solicitud_averiguaciones_2007 (dev78): "En respuesta a la solicitud de
    información 0001700131607, tramitada a través del Instituto Federal de Acceso a la
    Información Pública (IFAI), la PGR indicó" (line 5): no country was known, so the Fevim's
    "27 millones 778 mil pesos" of 2006 (line 8) had no currency."""
    found = facts(
        corpus_document(tmp_path, "mx_pgr_fevim_solicitud_averiguaciones_2007"), unit=True
    )
    assert ("line:8", 27778000.0, "presupuesto_genero", "MXN", "MX") in [f[:5] for f in found]


def test_inquiries_opened_for_gender_violence_are_complaints(tmp_path: Path) -> None:
    """mx_pgr_fevim_solicitud_averiguaciones_2007 (dev78): "Abiertas, 69 indagatorias por
    violencia de género; consignan 3" (line 2) was of no indicator and no country."""
    found = corpus_facts(tmp_path, "mx_pgr_fevim_solicitud_averiguaciones_2007")
    assert ("line:2", 69.0, "denuncias_violencia", "MX") in [f[:4] for f in found]


def test_a_state_prosecutors_investigation_files_say_mexico(tmp_path: Path) -> None:
    """mx_fge_puebla_solicitud_carpetas_violencia_familiar_2020 (dev78): "la FGE de Puebla inició
    4 mil 736 carpetas de investigación por violencia familiar" (line 2) had no country, so
    neither Puebla nor any of the six values had a place."""
    found = corpus_facts(tmp_path, "mx_fge_puebla_solicitud_carpetas_violencia_familiar_2020")
    assert ("line:2", 4736.0, "denuncias_violencia", "MX", "MX-PUE") in [f[:5] for f in found]
    assert {(f[3], f[4]) for f in found} == {("MX", "MX-PUE")}


def test_the_offences_a_law_punishes_count_nothing(tmp_path: Path) -> None:
    """sv_pnc_reserva_denuncias_feminicidios_laip_2022 (dev78): "las cifras de denuncias de
    feminicidios y feminicidios agravados, dos de los 11 delitos que sanciona la Ley Especial
    Integral" (line 4) gave 11 femicides."""
    found = corpus_facts(tmp_path, "sv_pnc_reserva_denuncias_feminicidios_laip_2022")
    assert 11.0 not in [f[1] for f in found if f[0] == "line:4"]


def test_counts_of_offences_and_inquiries_stay_counts(tmp_path: Path) -> None:
    """Offences reported stay a count beside the law that punishes them, and inquiries opened
    for another offence are no complaints of violence."""
    found = text_facts(
        tmp_path,
        "En 2021 se denunciaron 250 delitos sexuales, que sanciona la Ley 1257.\n"
        "La Fiscalía inició 40 averiguaciones previas por robo de vehículo.",
    )
    assert ("line:2", 250.0, "denuncias_violencia") in [f[:3] for f in found]
    assert "denuncias_violencia" not in [f[2] for f in found if f[0] == "line:3"]
