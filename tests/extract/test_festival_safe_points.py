"""Violet points, safe points and campaigns at festivals, carnivals, sport events and on 8 March
and 25 November, met in the development corpus (tests/acceptance/texts, part dev89): a calendar
of days that names its month once ("el 7 y 8 de noviembre ...; sigue el 14 y 15 en Barahona")
gives no value of the later days; the aim of a campaign said as its goal's verb ("La meta
anunciada por la ministra ... es impactar 1,076,003 personas") is a target; the offices and
boroughs that say a division without naming it (Córdoba's Polo Integral de la Mujer and its
programme Punto Mujer Córdoba, Baja California Sur's demonym, Mexico City's "alcaldías") give
their counts a place. Each document case reads the real document as the corpus runner does (its
source line blanked); each guard case reads a real document whose values must stay."""

from __future__ import annotations

from pathlib import Path

from .reports import corpus_document, facts


def _facts(tmp_path: Path, name: str) -> list[tuple[object, ...]]:
    return facts(corpus_document(tmp_path, name))


def test_a_calendar_of_days_naming_its_month_once_gives_no_value(tmp_path: Path) -> None:
    """do_mmujer_puerta_a_puerta_noviembre_meta_personas_2025 (dev89), line 10: "El calendario
    inició el 7 y 8 de noviembre en La Altagracia y Monte Plata; sigue el 14 y 15 en Barahona y
    San Cristóbal; el 21 y 22 en La Vega y Santiago; y concluye el 28, 29 y 30 en Puerto Plata":
    14, 15, 21, 22, 28, 29 and 30 were published as counts of the provinces after them."""
    found = _facts(tmp_path, "do_mmujer_puerta_a_puerta_noviembre_meta_personas_2025")
    assert [f for f in found if f[0] == "line:10"] == []


def test_a_campaigns_aim_said_with_its_goals_verb_is_a_target(tmp_path: Path) -> None:
    """do_mmujer_puerta_a_puerta_noviembre_meta_personas_2025 (dev89), line 3: "La meta
    anunciada por la ministra Mayra Jiménez es impactar 1,076,003 personas en aproximadamente
    163,111 viviendas durante la campaña 2025": both were read as what happened; the people
    reached since the days began (line 7) stay what happened."""
    kinds = {
        (o.source_locator.split()[0], float(o.value)): o.value_kind
        for o in corpus_document(tmp_path, "do_mmujer_puerta_a_puerta_noviembre_meta_personas_2025")
    }
    assert kinds[("line:3", 1076003.0)] == "target"
    assert kinds[("line:3", 163111.0)] == "target"
    assert kinds[("line:7", 4944114.0)] == "observed"


def test_cordobas_punto_mujer_and_polo_integral_say_the_province(tmp_path: Path) -> None:
    """ar_cordoba_punto_mujer_festival_jesus_maria_200_consultas_2020 (dev89): "el programa
    Punto Mujer Córdoba, que lleva adelante el Ministerio de la Mujer, dio respuesta a 200
    consultas" (line 5), "asistidas por el Polo Integral de la Mujer" (line 10): "Córdoba" alone
    is Colombia's department too, and the 200 consultations had no country."""
    found = _facts(tmp_path, "ar_cordoba_punto_mujer_festival_jesus_maria_200_consultas_2020")
    assert [f[:5] for f in found] == [
        ("line:2", 200.0, "personas_asistidas", "AR", "AR-X"),
        ("line:5", 200.0, "personas_asistidas", "AR", "AR-X"),
    ]


def test_a_mexico_city_borough_says_the_city(tmp_path: Path) -> None:
    """mx_cuauhtemoc_puntos_violeta_garibaldi_asesorias_2026 (dev89): "La alcaldía Cuauhtémoc
    instaló siete nuevos Puntos Violeta en Plaza Garibaldi" (line 3): Cuauhtémoc is also a
    municipality of Chihuahua, Colima and Zacatecas, but only Mexico City's boroughs are
    "alcaldías"; none of the document's nine values had a place."""
    found = _facts(tmp_path, "mx_cuauhtemoc_puntos_violeta_garibaldi_asesorias_2026")
    assert len(found) == 9
    assert {(f[3], f[4]) for f in found} == {("MX", "MX-CMX")}


def test_baja_california_surs_demonym_says_the_state(tmp_path: Path) -> None:
    """mx_bcs_ismujeres_feria_servicios_dia_naranja_25n (dev89): "el Instituto Sudcaliforniano
    de las Mujeres (ISMUJERES)" (line 4), "las sudcalifornianas": the 300 people at the services
    fair (lines 3 and 5) had no place."""
    found = _facts(tmp_path, "mx_bcs_ismujeres_feria_servicios_dia_naranja_25n")
    assert [(f[0], f[1], f[3], f[4]) for f in found] == [
        ("line:3", 300.0, "MX", "MX-BCS"),
        ("line:5", 300.0, "MX", "MX-BCS"),
    ]


def test_guard_a_range_of_shares_and_named_days_stay(tmp_path: Path) -> None:
    """Guards: hn_csj_presidenta_legislatura_violencia_domestica_2025, line 3: "se registraron
    14,685 denuncias ... que acumulan entre el 20 y 25 por ciento de los casos" keeps its counts
    (the range of shares is read as before); ec_fge_denuncias_confinamiento_2020, line 11:
    "entre el 17 y 31 de marzo hubo 2.938 llamadas" keeps its count and gives no day."""
    hn = [f[:2] for f in _facts(tmp_path, "hn_csj_presidenta_legislatura_violencia_domestica_2025")]
    assert [f for f in hn if f[0] == "line:3"] == [("line:3", 14685.0), ("line:3", 262.0)]
    ec = [f[:2] for f in _facts(tmp_path, "ec_fge_denuncias_confinamiento_2020")]
    assert ("line:11", 2938.0) in ec
    assert ("line:11", 17.0) not in ec


def test_guard_a_bogota_mayors_office_stays_colombian(tmp_path: Path) -> None:
    """Guard: co_sdmujer_bogota_atenciones_psicojuridicas_2018 names "la Alcaldía de" Bogotá,
    not a Mexico City borough: its values stay Colombia's."""
    found = _facts(tmp_path, "co_sdmujer_bogota_atenciones_psicojuridicas_2018")
    assert found
    assert {f[3] for f in found} == {"CO"}
