"""A report's place read the way a careful reader reads it: the offices, laws, demonyms and
cities of a country or of one of its divisions, its datelines; a national figure stays the
country's. Every sentence is from a real report of the text corpus (tests/acceptance/texts)."""

from __future__ import annotations

from pathlib import Path

import pytest

from genero_etl.normalize.places import infer_country, infer_place
from genero_etl.pipeline import IngestOptions, extract_document


def _place(text: str) -> tuple[str, str]:
    guess = infer_place(text)
    return guess.place.country, guess.place.admin1


@pytest.mark.parametrize(
    ("text", "country", "admin1"),
    [
        # a province's own law (Buenos Aires' family-violence law 12.569)
        ("La Comisaría de la Mujer y Familia, el resto de las dependencias policiales y las "
         "Oficinas de atención a las víctimas recibieron durante el mes de octubre un total de "
         "316 intervenciones por infracción a la Ley Nº 12.569 de violencia familiar.",
         "AR", "AR-B"),
        # Neuquén's laws 2785 and 2786
        ("El funcionamiento de dicha entidad se encuentra enmarcado en las leyes provinciales "
         "N°2786, de protección integral para prevenir, sancionar y erradicar la violencia contra "
         "las mujeres y N°2785 de régimen de protección integral para prevenir, sancionar y "
         "erradicar la violencia familiar.", "AR", "AR-Q"),
        # the same laws without "provinciales": the law's number is what says the province
        ("La línea de atención funciona en el marco de las leyes N°2785 y N°2786 de protección "
         "integral para prevenir, sancionar y erradicar la violencia.", "AR", "AR-Q"),
        # the police of the City of Buenos Aires
        ("La Dirección General de Políticas de Género en Seguridad ha dado un paso importante en "
         "la lucha contra la violencia de género con la inauguración de un nuevo punto de entrega "
         "de dispositivos de pánico en la Comisaría 15 A de la Policía de la Ciudad, situada en "
         "Av. Guzmán 396.", "AR", "AR-C"),
        # a department's capital no shipped gazetteer lists ("Policía Metropolitana" is an
        # office, not Chile's Región Metropolitana)
        ("Entre enero y marzo, la Secretaría de Bienestar Social de Cali recibió a 198 mujeres "
         "que buscaron orientación por hechos de esta naturaleza. Por su parte, hasta el 2 de "
         "mayo, la Policía Metropolitana había atendido 1544 denuncias de violencia "
         "intrafamiliar.", "CO", "CO-VAC"),
        # the capital's own government says its province
        ("Este lunes 9 de marzo, concejalas y autoridades del Distrito Metropolitano de Quito "
         "participaron en un recorrido por las instalaciones de la 'Casa de la Mujer'.",
         "EC", "EC-P"),
        # Bolivia's second city
        ("Los Servicios Legales Integrales Municipales (SLIM) de El Alto atendieron 2.103 casos "
         "de violencia en 2013.", "BO", "BO-L"),
        # the full name of Santiago's capital says the Dominican province
        ("De acuerdo con el estudio, en los últimos cuatro años se contabilizaron 20 denuncias por "
         "violencia de género, intrafamiliar y delitos sexuales en Santiago de los Caballeros "
         "(norte), si bien muchas mujeres prefieren callar por temor a represalias.",
         "DO", "DO-25"),
        # a state's abbreviation in the dateline settles a name several states share
        ("Cuauhtémoc, Chih.- La titular del Instituto Municipal de las Mujeres informó que en "
         "marzo se abrieron 41 carpetas de investigación por denuncias por razón de género.",
         "MX", "MX-CHH"),
        # Mexico City's name for its gender alert
        ("“Gracias a la confianza de las víctimas en la institución para denunciar, pasamos de "
         "imputar un promedio de 152 agresores al mes en 2019, a 218 agresores en 2022”, señaló "
         "la fiscal durante el Informe de Resultados de la Alerta por Violencia contra las "
         "Mujeres.", "MX", "MX-CMX"),
        # a dateline: the division opens the line and the country follows it
        ("FRANCISCO MORAZÁN, HONDURAS.\nLas oficinas del Ministerio Público que funcionan en la "
         "Dirección Policial de Investigaciones (DPI) en la colonia Kennedy de la capital, "
         "reportan que entre 80 a 100 personas interponen denuncias.", "HN", "HN-FM"),
        ("SAN PEDRO DE MACORÍS. Enfocados en dar a conocer los servicios que ofrece el Ministerio "
         "de la Mujer a través de su oficina provincial en San Pedro de Macorís, su personal ha "
         "impulsado una serie de acciones.", "DO", "DO-23"),
    ],
)  # fmt: skip
def test_a_division_said_by_its_offices_laws_and_cities(
    text: str, country: str, admin1: str
) -> None:
    assert _place(text) == (country, admin1)


@pytest.mark.parametrize(
    ("text", "country"),
    [
        # national offices: the country, and no division
        ("Costa Rica registra, este año, para el período enero-octubre, once femicidios, informó "
         "el Instituto Nacional de las Mujeres (Inamu).", "CR"),
        ("Durante el año anterior las mujeres pidieron a los juzgados 50.000 medidas de "
         "protección, según Cindy Quesada, ministra de la Condición de la Mujer.", "CR"),
        ("Durante el clásico nacional de fútbol de este domingo los pedidos de ayuda por violencia "
         "en los hogares al Sistema de Emergencias 9-1-1 se duplicaron.", "CR"),
        ("De esta forma, en 2007 nacieron las primeras casas de acogida para resguardar su "
         "seguridad y las de sus hijos, que están a cargo del Servicio Nacional de la Mujer "
         "(Sernam).", "CL"),
        ("Casas de Acogida y línea auxilio para asistir mujeres: la Línea de Auxilio 1-200-7212, "
         "para asistencia inmediata.", "DO"),
        ("Los datos, elaborados por el Departamento de Información y Análisis Estratégico de la "
         "Dirección Nacional de Políticas de Género y el Observatorio de Violencia y Criminalidad, "
         "fueron divulgados en el marco del Día Internacional.", "UY"),
        ("De enero a junio del presente año, seis mil 720 niñas y mujeres recibieron atención "
         "integral en los Centros de Justicia para las Mujeres (CJM).", "MX"),
        ("En lo que va de la presente administración municipal, la Instancia de la Mujer ha "
         "brindado 15 mil servicios dirigidos a mujeres.", "MX"),
        # the capital names the country, not its division: national offices sit there
        ("Tegucigalpa– El Módulo de Atención Especializado del Ministerio Público registra del 1 "
         "de enero a la fecha tres mil 259 denuncias por violencia doméstica a nivel nacional.",
         "HN"),
    ],
)  # fmt: skip
def test_national_offices_and_capitals_say_the_country_only(text: str, country: str) -> None:
    assert _place(text) == (country, "")


def test_the_largest_city_not_the_capital_says_its_department() -> None:
    """hn_omm_san_pedro_sula_capacitaciones (dev): San Pedro Sula is Cortés', not a seat of
    national offices."""
    text = (
        "San Pedro Sula, Honduras. Con el fin de que la ciudadanía no se quede callada y "
        "denuncie la violencia doméstica, la Municipalidad emprendió una cruzada."
    )
    assert _place(text) == ("HN", "HN-CR")


def test_municipalities_listed_together_say_their_state_not_one_city() -> None:
    guess = infer_place(
        "Serrato informó que la secretaría cuenta con cinco delegaciones estatales, creadas con "
        "una inversión inicial de dos millones de pesos, y que los Centros de Justicia para las "
        "Mujeres (CJM) pasaron a su coordinación directa; se realizó una evaluación de sus "
        "cuatro sedes —Matlapa, Matehuala, Rioverde y la capital—, priorizando la rehabilitación "
        "de Matlapa con recursos federales por 800 mil pesos para equipamiento y transporte."
    )
    assert (guess.place.country, guess.place.admin1) == ("MX", "MX-SLP")
    assert (guess.place.municipality, guess.place.municipality_code) == ("", "")


def test_medellin_de_bravo_is_in_veracruz_not_colombia() -> None:
    guess = infer_country(
        [
            "Por su parte, los ayuntamientos de Poza Rica, Minatitlán, Tuxpan, San Andrés Tuxtla y "
            "Medellín de Bravo iniciaron su primer año de gestión."
        ]
    )
    assert guess.code == "MX"
    assert not any(label.endswith("-> CO") or "CO-" in label for label in guess.evidence)


def test_an_office_ending_in_a_one_word_division_is_no_division() -> None:
    guess = infer_country(["Hasta el 2 de mayo, la Policía Metropolitana había atendido 1544."])
    assert "CL" not in guess.scores  # not Chile's Región Metropolitana


def _values(tmp_path: Path, text: str) -> dict[str, tuple[str, str]]:
    path = tmp_path / "informe.txt"
    path.write_text(text, encoding="utf-8")
    staged = extract_document(path, "informe.txt", IngestOptions())
    return {o.value_raw: (o.country, o.admin1) for o in staged.observation_list()}


def test_a_national_figure_in_a_later_clause_stays_the_countrys(tmp_path: Path) -> None:
    values = _values(
        tmp_path,
        "La jefa de los Servicios Legales Integrales Municipales (SLIM) de Cochabamba, Nevenca "
        "Grájeda, informó que entre enero y la fecha se registraron más de 222 casos de "
        "violencia atendidos por esa instancia, entre procesos penales y familiares.\n"
        "Grájeda también confirmó que en el municipio se registró un caso de feminicidio en lo "
        "que va del año, mientras que a nivel nacional la cifra alcanza a 19 hechos de este "
        "tipo.\n",
    )
    assert values["222"] == ("BO", "BO-C")
    assert values["19"] == ("BO", "")


def test_a_figure_for_the_whole_country_named_stays_the_countrys(tmp_path: Path) -> None:
    values = _values(
        tmp_path,
        "El Ministerio de Desarrollo Social (Mides) inauguró, a través del Instituto Nacional de "
        "las Mujeres (Inmujeres), un centro para asistir a mujeres que padecen violencia basada "
        "en género, en la ciudad de Las Piedras. Actualmente, hay cinco sedes de estas "
        "características en el departamento de Canelones y 35 en todo Uruguay, que incluyen "
        "atención especializada, psicológica, social y legal.\n",
    )
    assert values["cinco"] == ("UY", "UY-CA")
    assert values["35"] == ("UY", "")


def test_every_municipality_of_the_country_is_the_country(tmp_path: Path) -> None:
    values = _values(
        tmp_path,
        "Para Lizette González García, secretaria general de la FMC de la provincia de La "
        "Habana, la razón de ser de las casas de orientación es esa: «multiplicarnos».\n"
        "Las Casas son el corazón de nuestra organización, dice a Granma Maritza Marquetti, "
        "secretaria general de la FMC en el municipio de Plaza de la Revolución.\n"
        "Las 173 casas que funcionan en todos los municipios del país son una «garantía de que "
        "mujeres, hombres, niños y ancianos recibirán una atención individual».\n",
    )
    assert values["173"] == ("CU", "")


def test_a_division_after_por_in_a_list_takes_its_value(tmp_path: Path) -> None:
    values = _values(
        tmp_path,
        "Hasta la fecha, el Ministerio Público registró 25 víctimas de feminicidio y mantiene 24 "
        "causas abiertas, reflejando una grave situación de violencia de género en el país.\n"
        "Por departamentos, los datos muestran que Central es la zona con mayor cantidad de "
        "casos (11), seguida por Alto Paraná (4), Amambay (2), Canindeyú (2), y con un caso en "
        "Alto Paraguay, Asunción, Caaguazú, Guairá, Paraguarí y San Pedro.\n",
    )
    assert values["11"] == ("PY", "PY-11")
    assert values["4"] == ("PY", "PY-10")


LA_RIOJA = (
    "Según datos oficiales de la Secretaría de la Mujer y Diversidad de nuestra provincia, en "
    "este año las denuncias crecieron entre un 60 % y un 70 % en comparación con 2024."
)


def test_a_workspace_adds_the_offices_of_its_division(tmp_path: Path) -> None:
    from genero_etl.countries import use_workspace

    assert _place(LA_RIOJA) == ("", "")
    folder = tmp_path / "schemas" / "countries"
    folder.mkdir(parents=True)
    (folder / "ar.yaml").write_text(
        "code: AR\nadmin1:\n  evidence:\n"
        "    AR-F: ['secretar[ií]a de la mujer y diversidad de nuestra provincia']\n",
        encoding="utf-8",
    )
    use_workspace(tmp_path / "schemas")
    try:
        assert _place(LA_RIOJA) == ("AR", "AR-F")
        # the shipped evidence of the other provinces is kept
        assert _place("Un informe de la Policía de la Ciudad.") == ("AR", "AR-C")
    finally:
        use_workspace(None)
    assert _place(LA_RIOJA) == ("", "")


def test_a_wrong_division_pattern_names_its_file(tmp_path: Path) -> None:
    from genero_etl.countries import load_countries
    from genero_etl.errors import UsageError

    folder = tmp_path / "countries"
    folder.mkdir()
    (folder / "ar.yaml").write_text(
        "code: AR\nadmin1:\n  evidence:\n    AR-F: ['riojan(o']\n", encoding="utf-8"
    )
    with pytest.raises(UsageError) as raised:
        load_countries(tmp_path)
    assert raised.value.code == "country-file-invalid"
    assert "ar.yaml" in str(raised.value)


@pytest.mark.parametrize(
    ("text", "country"),
    [
        # a city, a comma and its country (before: 'Honduras' weighed as a country named in
        # passing, and no country was inferred)
        ("Oficina Municipal de la Mujer de Tegucigalpa, Honduras. Informe 2023.\n"
         "En 2023 la oficina atendió 412 mujeres.", "HN"),
        ("Informe de la Comisaría de la Mujer de Estelí, Nicaragua, 2023.", "NI"),
        # countries listed are not one place of another
        ("mujeres de Colombia, Venezuela, Honduras", ""),
    ],
)  # fmt: skip
def test_a_place_and_its_country(text: str, country: str) -> None:
    assert infer_country([text]).code == country


def test_a_name_shared_abroad_lists_only_the_countrys_municipalities() -> None:
    """ "San Miguel" is a municipality of Argentina, Chile, Colombia and Peru: in a Salvadoran
    report none of them is a candidate (El Salvador has no gazetteer: no candidate at all,
    no warning listing foreign places); in a Peruvian one only Peru's districts are."""
    sv = infer_place(
        "La Policía Nacional Civil de El Salvador informó que en San Miguel se registraron 45 "
        "denuncias por violencia contra la mujer en 2023."
    )
    assert (sv.place.country, sv.place.municipality_code, sv.ambiguous_name) == ("SV", "", "")
    assert sv.candidates == ()
    pe = infer_place(
        "La Fiscalía de Perú informó que en San Miguel se registraron 45 denuncias por "
        "violencia contra la mujer en 2023."
    )
    assert pe.ambiguous_name == "San Miguel"
    assert [(m.country, m.admin1, m.code) for m in pe.candidates] == [
        ("PE", "PE-AYA", "050501"),
        ("PE", "PE-CAJ", "061101"),
        ("PE", "PE-LMA", "150136"),
        ("PE", "PE-PUN", "211105"),
    ]


def test_an_acronym_two_countries_share_says_neither() -> None:
    """Panama's and Uruguay's social development ministries are both the MIDES
    (pa_mides_coai_atenciones_junio_2024_septiembre_2025, dev21): the acronym alone says no
    country; Uruguay's women's institute written with its ministry ("Inmujeres / MIDES",
    uy_salto_inmujeres_denuncias_enero_octubre_2025) still says Uruguay."""
    assert _place(
        "El Ministerio de Desarrollo Social (MIDES) informó que, entre junio de 2024 y septiembre "
        "de 2025, el Centro de Orientación y Atención Integral (COAI) brindó más de 25,529 "
        "atenciones sociales a nivel nacional."
    ) == ("", "")
    assert _place(
        "La licenciada Adriana Miraballes, referente territorial de Inmujeres / MIDES, encabezó la "
        "oratoria con un diagnóstico lapidario sobre la situación actual."
    ) == ("UY", "")


def test_the_division_after_a_count_is_that_counts_not_the_nexts(tmp_path: Path) -> None:
    # "12 en San José y 5 en Alajuela": San José is the 12's; the 5 is Alajuela's, never
    # San José's
    values = _values(
        tmp_path,
        "Instituto Nacional de las Mujeres (INAMU) - Costa Rica. Informe de gestión 2021.\n\n"
        "Se registraron 24 femicidios, de ellos 12 en San José y 5 en Alajuela.\n",
    )
    assert values["24"] == ("CR", "")
    assert values["12"] == ("CR", "CR-SJ")
    assert values["5"] == ("CR", "CR-A")


def test_a_count_with_its_noun_and_division_after_it(tmp_path: Path) -> None:
    values = _values(
        tmp_path,
        "Ministerio de la Mujer - Paraguay. Boletín 2024.\n\n"
        "Se registraron 19 feminicidios en el país: 6 casos en Central, 3 casos en Itapúa y "
        "2 en Alto Paraná.\n",
    )
    assert values["19"] == ("PY", "")
    assert values["6"] == ("PY", "PY-11")
    assert values["3"] == ("PY", "PY-7")
    assert values["2"] == ("PY", "PY-10")
