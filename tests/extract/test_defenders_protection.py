"""Women human rights defenders, women journalists and environmental defenders, met in the
development corpus (tests/acceptance/texts, part dev93): the protection mechanisms a
country's law sets up for the whole country (Mexico's, Honduras', Colombia's Unidad Nacional
de Protección) and Mexico's interior ministry that runs its mechanism open a national report,
so a state named in a list, or a department where one prevention plan runs, is no longer the
report's place; Guatemala's Procuraduría de los Derechos Humanos and Mexico's Secretaría de
Gobernación name their countries; human rights and environmental defenders are the people a
mechanism protects, never an office's staff (``personal_atencion``). Each document case reads
the real document as the corpus runner does (its source line blanked); each guard reads a
sentence of another office whose reading must stay."""

from __future__ import annotations

from pathlib import Path

from .reports import corpus_facts, text_facts


def _places(found: list[tuple[object, ...]]) -> list[tuple[object, ...]]:
    return [(f[0], f[1], f[3], f[4]) for f in found]


def test_mexicos_mechanism_reports_for_the_country(tmp_path: Path) -> None:
    """mx_segob_mecanismo_proteccion_periodistas_defensoras_2021 (dev93): "El Mecanismo de
    Protección para Personas Defensoras de Derechos Humanos y Periodistas protege actualmente a
    mil 506 personas, ... según informó este martes la Secretaría de Gobernación (Segob)" (line
    2); its states are listed later ("la Ciudad de México (76), Guerrero (56), ..."). The
    national counts were given Mexico City (MX-CMX, 9 values); they are the country's, and each
    state keeps its own count."""
    found = _places(
        corpus_facts(tmp_path, "mx_segob_mecanismo_proteccion_periodistas_defensoras_2021")
    )
    assert ("line:2", 1506.0, "MX", "") in found
    assert ("line:3", 1011.0, "MX", "") in found
    assert ("line:8", 94.0, "MX", "") in found
    assert ("line:5", 76.0, "MX", "MX-CMX") in found
    assert ("line:5", 56.0, "MX", "MX-GRO") in found
    assert ("line:6", 123.0, "MX", "MX-OAX") in found


def test_honduras_protection_system_reports_for_the_country(tmp_path: Path) -> None:
    """hn_sedh_sistema_proteccion_casos_activos_2021 (dev93): "Tegucigalpa.. La Dirección
    General del Sistema de Protección para Defensoras y Defensores de Derechos Humanos,
    Periodistas, ..." (line 3) counts its active cases, people protected and measures for the
    whole country; "se encuentra uno en proceso de implementación en la Comunidad de Río
    Blanco, Departamento de Intibucá" (line 5) made them Intibucá's (HN-IN, 5 values)."""
    found = _places(corpus_facts(tmp_path, "hn_sedh_sistema_proteccion_casos_activos_2021"))
    assert found == [
        ("line:3", 126.0, "HN", ""),
        ("line:3", 189.0, "HN", ""),
        ("line:4", 433.0, "HN", ""),
        ("line:4", 636.0, "HN", ""),
        ("line:5", 15.0, "HN", ""),
        ("line:7", 687.0, "HN", ""),
    ]


def test_a_states_own_mechanism_keeps_its_state(tmp_path: Path) -> None:
    """Guard: a state's mechanism names its state, which stays the report's place."""
    said = text_facts(
        tmp_path,
        "El Mecanismo de Protección para Personas Defensoras de Derechos Humanos y Periodistas "
        "del Estado de Chihuahua protege a 45 personas.",
    )
    assert [(f[1], f[3], f[4]) for f in said] == [(45.0, "MX", "MX-CHH")]


def test_guatemalas_human_rights_ombudsman_names_guatemala(tmp_path: Path) -> None:
    """gt_pdh_informe_circunstanciado_ataques_defensores_2017 (dev93): "La Procuraduría de los
    Derechos Humanos (PDH) advirtió hoy ..." (line 2): its 328 attacks on defenders, the 52
    killings and the journalists' 95 attacks had no country (8 field errors)."""
    found = corpus_facts(tmp_path, "gt_pdh_informe_circunstanciado_ataques_defensores_2017")
    assert {f[3] for f in found} == {"GT"}
    assert ("line:5", 328.0) in [(f[0], f[1]) for f in found]


def test_other_human_rights_ombudsmen_say_no_guatemala(tmp_path: Path) -> None:
    """Guards: Guanajuato's state commission ("la Procuraduría de los Derechos Humanos del
    Estado de Guanajuato") is Mexico's; El Salvador's "Procuraduría para la Defensa de los
    Derechos Humanos" says no Guatemala."""
    said = text_facts(
        tmp_path,
        "La Procuraduría de los Derechos Humanos del Estado de Guanajuato recibió 45 quejas.",
    )
    assert [(f[1], f[3]) for f in said] == [(45.0, "MX")]
    said = text_facts(
        tmp_path,
        "La Procuraduría para la Defensa de los Derechos Humanos recibió 45 quejas.",
    )
    assert [f[3] for f in said] != ["GT"]


def test_mexicos_interior_ministry_names_mexico(tmp_path: Path) -> None:
    """mx_senado_segob_defensores_ambientales_protegidos (dev93): "la comparecencia en el
    Senado de la República, de la Secretaria de Gobernación" (line 3) and the 281 environmental
    defenders protected, by sex (line 9): no country before (6 field errors)."""
    found = corpus_facts(tmp_path, "mx_senado_segob_defensores_ambientales_protegidos")
    assert [(f[0], f[1], f[3]) for f in found] == [
        ("line:6", 2000.0, "MX"),
        ("line:9", 281.0, "MX"),
        ("line:9", 170.0, "MX"),
        ("line:9", 111.0, "MX"),
        ("line:9", 224.0, "MX"),
        ("line:9", 57.0, "MX"),
    ]


def test_honduras_ministry_of_the_interior_and_justice_says_no_mexico(tmp_path: Path) -> None:
    """Guard: Honduras' "Secretaría de Gobernación y Justicia" is not Mexico's ministry."""
    said = text_facts(
        tmp_path, "La Secretaría de Gobernación y Justicia registró 45 municipalidades."
    )
    assert [f[3] for f in said] != ["MX"]


def test_defenders_protected_are_no_care_staff(tmp_path: Path) -> None:
    """mx_segob_mecanismo_proteccion_periodistas_defensoras_2021 (dev93): "1.011 defensores de
    derechos humanos (543 mujeres y 468 hombres)" (line 3), and
    mx_senado_segob_defensores_ambientales_protegidos (dev93): "se protegen a 281 personas
    defensoras de derechos humanos, ..., 224 defensoras y 57 son familiares" (line 9) were
    published as care staff (``personal_atencion``)."""
    found = corpus_facts(tmp_path, "mx_segob_mecanismo_proteccion_periodistas_defensoras_2021")
    assert not [f for f in found if f[2] == "personal_atencion"]
    found = corpus_facts(tmp_path, "mx_senado_segob_defensores_ambientales_protegidos")
    assert not [f for f in found if f[2] == "personal_atencion"]


def test_a_services_defenders_stay_its_staff(tmp_path: Path) -> None:
    """Guard: a service's public defenders and psychologists are its staff."""
    said = text_facts(
        tmp_path,
        "El servicio cuenta con 12 defensoras públicas y 8 psicólogas que atienden a mujeres "
        "en situación de violencia.",
    )
    assert [(f[1], f[2]) for f in said][:1] == [(12.0, "personal_atencion")]


def test_the_estimated_universe_of_journalists_is_no_count(tmp_path: Path) -> None:
    """mx_segob_mecanismo_proteccion_periodistas_defensoras_2021 (dev93): "1.011 defensores de
    derechos humanos (543 mujeres y 468 hombres) en un universo estimado de 203.700
    periodistas" (line 3): the estimated whole the people protected are set against was
    published (a trap of the gold); the people protected stay."""
    found = [
        (f[0], f[1])
        for f in corpus_facts(tmp_path, "mx_segob_mecanismo_proteccion_periodistas_defensoras_2021")
    ]
    assert ("line:3", 203700.0) not in found
    assert ("line:3", 1011.0) in found
    assert ("line:3", 468.0) in found


def test_a_whole_of_the_bodys_own_count_stays(tmp_path: Path) -> None:
    """Guard: "del universo de 1,200 denuncias, 300 fueron por violencia familiar": the whole
    the body counted is a value (only an estimated universe is not)."""
    said = text_facts(
        tmp_path,
        "La Fiscalía de México informó que del universo de 1,200 denuncias, 300 fueron por "
        "violencia familiar.",
    )
    assert [f[1] for f in said] == [1200.0, 300.0]
