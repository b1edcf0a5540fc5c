"""Health services' rooms and networks, people who accessed a housing programme, a total's
parts after a new sentence, numbered streets and the places that say Venezuela's Vargas state,
met in the development corpus (tests/acceptance/texts, part dev40, health services' care of
women in violence and programmes for their economic autonomy): Guatemala's health ministry's
clinic at the MAIMI ("en la 11 avenida A 11-47, zona 7"); Ecuador's health ministry ("15 salas
de primera acogida"); Costa Rica's social security network of the Huetar Atlántica region
("1.342 casos documentados en 2022"); Uruguay's transitional housing programme ("fueron 1.048
las personas que accedieron al programa ... De ese total, unas 299 son mujeres"); the women's
ministry in Vargas ("captamos 12; en Carayaca tenemos a 14"). Each document case reads the real
document as the corpus runner does (its source line blanked) and asserts the line, the number,
the indicator and the place of what is published; each sentence case guards what must stay."""

from __future__ import annotations

from pathlib import Path

from .reports import corpus_facts, text_facts


def test_a_street_numbered_before_its_word_is_no_count(tmp_path: Path) -> None:
    """gt_mspas_clinica_maimi_tres_meses_2021 (dev40): "Esta se ubicada en la 11 avenida A
    11-47, zona 7" (line 8) was published as 11 panic buttons; the women the clinic attended in
    its first three months stay, in Guatemala City."""
    found = corpus_facts(tmp_path, "gt_mspas_clinica_maimi_tres_meses_2021")
    assert [row[:5] for row in found] == [
        ("line:3", 63.0, "personas_asistidas", "GT", "GT-01"),
        ("line:3", 223.0, "personas_asistidas", "GT", "GT-01"),
        ("line:3", 23.0, "personas_asistidas", "GT", "GT-01"),
    ]


def test_numbered_avenues_and_streets_counted_stay(tmp_path: Path) -> None:
    """The plural counts the avenues and streets; the women after an address stay."""
    found = text_facts(tmp_path, "Se repararon 11 avenidas y 3 calles del centro.")
    assert [row[1] for row in found] == [11.0, 3.0]
    found = text_facts(
        tmp_path, "La oficina atiende en la 5 calle 3-40 de la zona 1 a 120 mujeres."
    )
    assert [row[:3] for row in found] == [("line:2", 120.0, "personas_asistidas")]


def test_first_reception_rooms_are_care_centres(tmp_path: Path) -> None:
    """ec_msp_salas_primera_acogida_atenciones_violencia (dev40): the health ministry's 237
    first-attention rooms and 15 first-reception rooms (lines 2 and 4) were left unclassified;
    they are centres of care in operation, national, and the rooms by province follow them."""
    found = corpus_facts(tmp_path, "ec_msp_salas_primera_acogida_atenciones_violencia")
    rooms = [row[:5] for row in found if row[1] in (237.0, 15.0) and row[0] in ("line:2", "line:4")]
    assert rooms == [
        ("line:2", 237.0, "centros_atencion", "EC", ""),
        ("line:2", 15.0, "centros_atencion", "EC", ""),
        ("line:4", 237.0, "centros_atencion", "EC", ""),
        ("line:4", 15.0, "centros_atencion", "EC", ""),
    ]
    assert ("line:4", 3.0, "centros_atencion", "EC", "EC-M") in [row[:5] for row in found]
    assert ("line:6", 20000.0, "personas_asistidas", "EC", "") in [row[:5] for row in found]


def test_a_health_network_named_after_its_region_is_limon(tmp_path: Path) -> None:
    """cr_ccss_huetar_atlantica_eventos_violencia_2023 (dev40): "la región del Atlántico
    Huetar" read as Colombia's Atlántico left the country unsaid on every value; the Huetar
    Caribe (Atlántica) region is Limón province. "los 1.342 casos documentados" are cases the
    network attended, as the 1.838 people before them."""
    found = corpus_facts(tmp_path, "cr_ccss_huetar_atlantica_eventos_violencia_2023")
    assert {(row[3], row[4]) for row in found} == {("CR", "CR-L")}
    assert [row[:3] for row in found if row[0] == "line:3"] == [
        ("line:3", 1838.0, "personas_asistidas"),
        ("line:3", 1342.0, "personas_asistidas"),
    ]


def test_people_who_accessed_a_programme_and_a_totals_parts(tmp_path: Path) -> None:
    """uy_mvotma_alternativas_habitacionales_transitorias_2015 (dev40): "fueron 1.048 las
    personas que accedieron al programa" (line 3) was unclassified, and "De ese total, unas 299
    son mujeres" was dropped (the new sentence's comma after "De ese total" was read as the end
    of the clause of the value before, leaving the count without a word); both are the
    programme's beneficiaries, with the children and adolescents after them."""
    found = corpus_facts(tmp_path, "uy_mvotma_alternativas_habitacionales_transitorias_2015")
    assert [row[:3] for row in found if row[0] == "line:3"] == [
        ("line:3", 1048.0, "beneficiarios_directos"),
        ("line:3", 299.0, "beneficiarios_directos"),
        ("line:3", 503.0, "beneficiarios_directos"),
        ("line:3", 215.0, "beneficiarios_directos"),
        ("line:3", 31.0, "sin_clasificar"),
    ]


def test_a_comma_after_a_value_still_ends_its_clause(tmp_path: Path) -> None:
    """Within one sentence the comma after a value still ends its clause: the items of a series
    count what the series counts ("con 20 casos; enamorado, 14; exconviviente, 6") and the
    parts of a total its noun ("612 de forma presencial, 497 de manera virtual")."""
    found = text_facts(
        tmp_path,
        "En detalle, según la relación de la víctima con el Feminicida, la mayoría eran "
        "convivientes, con 20 casos; enamorado, 14; exconviviente, 6; esposo, 3.",
    )
    assert [row[1:3] for row in found] == [
        (20.0, "femicidios"),
        (14.0, "femicidios"),
        (6.0, "femicidios"),
        (3.0, "femicidios"),
    ]
    found = text_facts(
        tmp_path, "Se brindaron 1.109 atenciones: 612 de forma presencial, 497 de manera virtual."
    )
    assert [row[1:3] for row in found] == [
        (1109.0, "personas_asistidas"),
        (612.0, "personas_asistidas"),
        (497.0, "personas_asistidas"),
    ]


def test_the_parishes_of_vargas_say_the_state(tmp_path: Path) -> None:
    """ve_minmujer_vargas_soy_mujer_emprendedoras_creditos (dev40): the women's ministry's
    regional office at Caraballeda, Catia la Mar and Carayaca, with the women's development
    bank and the microfinance fund beside it, said no country; the parishes are Vargas' (VE-X)
    and the "Ministerio de la Mujer e Igualdad de Género", Banco de Desarrollo de la Mujer and
    Fondemi are Venezuela's."""
    found = corpus_facts(tmp_path, "ve_minmujer_vargas_soy_mujer_emprendedoras_creditos")
    assert [(row[0], row[1], row[3], row[4]) for row in found] == [
        ("line:2", 15.0, "VE", "VE-X"),
        ("line:7", 12.0, "VE", "VE-X"),
        ("line:7", 14.0, "VE", "VE-X"),
        ("line:7", 15.0, "VE", "VE-X"),
    ]
    assert found[0][2] == "participantes_actividades"
