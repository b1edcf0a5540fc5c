"""A national office's report keeps its figures national: the city of its dateline says where
it was written, not their scope; a division is given to a value by its own sentence, or by a
report whose subject is that division. Every sentence is from a real report of the text
corpus (tests/acceptance/texts)."""

from __future__ import annotations

from pathlib import Path

import pytest

from genero_etl.normalize.document import national_document
from genero_etl.pipeline import IngestOptions, extract_document


def _values(tmp_path: Path, text: str) -> dict[str, tuple[str, str]]:
    path = tmp_path / "informe.txt"
    path.write_text(text, encoding="utf-8")
    staged = extract_document(path, "informe.txt", IngestOptions())
    return {o.value_raw: (o.country, o.admin1) for o in staged.observation_list()}


def test_a_dateline_city_is_not_a_national_ministrys_scope(tmp_path: Path) -> None:
    values = _values(
        tmp_path,
        "Ministerio de la Mujer informa en el 2018 se han cometido 65 feminicidios\n\n"
        "Santo Domingo.- El Ministerio de la Mujer informó este domingo que hasta el 17 de "
        "diciembre 65 mujeres habían ido asesinadas por sus parejas ó ex parejas.\n\n"
        "El Ministerio de la Mujer dice que los servicios de la institución brindaron asistencia "
        "a 1.833 mujeres y sus hijos menores de edad entre enero y noviembre con el objetivo de "
        "preservar su vida, señala un comunicado de la entidad.\n\n"
        "Señala que un total de 450 mujeres fueron rescatadas de situaciones de violencia "
        "machista en las que corría peligro su vida, gracias a las llamadas realizadas por ellas "
        "mismas o por personas cercanas a la Línea Mujer ×212, que en esos 11 meses atendió "
        "7.150 llamadas.\n",
    )
    assert values["1.833"] == ("DO", "")
    assert values["7.150"] == ("DO", "")


def test_the_figure_in_the_dateline_sentence_stays_national(tmp_path: Path) -> None:
    """The count in the sentence the dateline opens was the dateline city's province (DO-32),
    and the dateline's date (2024) was the report's period for the counts without one."""
    path = tmp_path / "nota.txt"
    path.write_text(
        "MINISTERIO DE LA MUJER\nRepública Dominicana\n\n"
        "SANTO DOMINGO, 8 de marzo de 2024.- El Ministerio de la Mujer informó que durante el "
        "año 2023 la Línea Vida recibió 14,572 llamadas.\n\n"
        "Las Oficinas Provinciales de la Mujer atendieron a 21,406 mujeres.\n",
        encoding="utf-8",
    )
    found = extract_document(path, "nota.txt", IngestOptions()).observation_list()
    assert [(o.value, o.country, o.admin1, o.period_start, o.period_end) for o in found] == [
        (14572.0, "DO", "", "2023-01-01", "2023-12-31"),
        (21406.0, "DO", "", "2023-01-01", "2023-12-31"),
    ]


def test_a_time_and_a_dated_city_before_a_national_ministrys_figures(tmp_path: Path) -> None:
    values = _values(
        tmp_path,
        "Centros de Emergencia Mujer atendieron 120,000 casos de violencia en lo que va del año\n"
        "Reveló ministra de la Mujer, Ana Maria Mendieta\n"
        "08:56 | Huancayo, dic. 21.\n"
        "Hasta noviembre de este año los 3,145 Centros de Emergencia Mujer (CEM) han atendido "
        "120,000 casos de violencia contra la mujer, reveló la titular del Ministerio de la Mujer "
        "y Poblaciones Vulnerables (MIMP), Ana Maria Mendieta Trefogli.\n"
        "Ana María Mendieta hizo esta revelación durante la “Mesa macrorregional de prensa "
        "centro”, organizada por la Presidencia del Consejo de Ministros (PCM) en la ciudad de "
        "Huancayo, región Junín.\n",
    )
    assert values["3,145"] == ("PE", "")


def test_a_dateline_after_a_date_stamp_is_not_the_scope(tmp_path: Path) -> None:
    values = _values(
        tmp_path,
        "date 2018-05 SANTO DOMINGO. Durante el primer trimestre de 2018, las abogadas del "
        "Ministerio de la Mujer abrieron 258 casos judiciales a las usuarias que acuden a las "
        "oficinas provinciales y municipales de ese organismo en busca de ayuda, de los cuales "
        "el 52 % terminaron en sentencias.\n\n"
        "De las 136 sentencias logradas, un 33 % corresponden a casos por manutención, 32.3 % son "
        "sentencias penales, 15.4 % casos de guarda y un 19 % a otro tipo de conclusión "
        "judicial, que se abrieron a través del Departamento de Prevención a la Violencia "
        "Intrafamiliar, en la Sede Central, y en las Oficinas Provinciales y Municipales de la "
        "Mujer.\n\n"
        "El Ministerio de la Mujer dijo que las usuarias disponen de la Línea de Auxilio para "
        "contactar con este servicio en los teléfonos: 809- 689-7212 y 809-200-7212, para "
        "clientes de la telefónica Claro el *212 y a través de la Línea de Emergencia 9-1-1.\n",
    )
    assert values["258"] == ("DO", "")
    assert values["136"] == ("DO", "")


def test_a_city_and_country_line_is_a_dateline(tmp_path: Path) -> None:
    values = _values(
        tmp_path,
        "Se incrementan denuncias de violencia de género en el país\n"
        "Santo Domingo, RD\n"
        "El procurador general de la República, Jean Alain Rodríguez, afirmó que luego de la "
        "ampliación del servicio de la Línea Vida a nivel nacional y las 24 horas del día, se ha "
        "incrementado el número de denuncias de violencia de género e intrafamiliar, maltrato y "
        "abusos en contra de menores, y delitos sexuales a través de ese sistema, que ha "
        "recibido 2,710 reportes de enero a noviembre del 2018.\n"
        "Puntualizó que a través de ese servicio, que ahora se denomina Centro de Contacto Línea "
        "Vida, se reportan un promedio de 300 cada mes, pero precisó que solo el 26 de noviembre "
        "del 2018 recibieron 1,385.\n",
    )
    assert values["2,710"] == ("DO", "")
    assert values["1,385"] == ("DO", "")


def test_a_newspaper_named_after_a_province_is_not_the_scope(tmp_path: Path) -> None:
    values = _values(
        tmp_path,
        "Cerca de 10 mil familias y más de 16 mil mujeres y niñas “viven en situación de "
        "violencia” en Cuba, de acuerdo con un registro de la Federación de Mujeres Cubanas "
        "(FMC).\n"
        "La estadística es “una herramienta clave para la prevención a nivel comunitario”, "
        "aseguró la secretaria general de la FMC, Teresa Amarelle Boué, en una reciente "
        "entrevista con el diario Granma.\n"
        "En 2023 la justicia cubana identificó 110 mujeres víctimas de la violencia machista de "
        "acuerdo a las sentencias dictadas en ese ejercicio.\n",
    )
    assert values["16 mil"] == ("CU", "")
    assert values["110"] == ("CU", "")


@pytest.mark.parametrize(
    ("text", "country"),
    [
        # a capital's name in capitals before a full stop opens the release
        (
            "SANTO DOMINGO. Durante el primer trimestre de 2018, las abogadas del Ministerio de la "
            "Mujer abrieron 258 casos judiciales a las usuarias que acuden a las oficinas "
            "provinciales y municipales de ese organismo en busca de ayuda, de los cuales el 52 % "
            "terminaron en sentencias.",
            "DO",
        ),
        # the country's own name, which one of its departments shares
        (
            "Guatemala registra casi 46,000 delitos contra niños y mujeres en 2022\n"
            "La mayoría de las denuncias tienen como origen casos de violencia contra la mujer según "
            "las autoridades",
            "GT",
        ),
        # a national office the country file names (evidence.national_offices)
        (
            "Durante 2021 y 2022 se atendieron a cerca de un millón de mujeres en los centros "
            "especializados para su atención a lo largo del país; en 232 mil 229 casos se "
            "tramitaron órdenes de protección, señaló el INEGI.",
            "MX",
        ),
        # several departments named in the opening are the country's breakdown
        (
            "Hasta la fecha, el Ministerio Público registró 25 víctimas de feminicidio y mantiene 24 "
            "causas abiertas, reflejando una grave situación de violencia de género en el país.\n"
            "Por departamentos, los datos muestran que Central es la zona con mayor cantidad de "
            "casos (11), seguida por Alto Paraná (4), Amambay (2), Canindeyú (2), y con un caso en "
            "Alto Paraguay, Asunción, Caaguazú, Guairá, Paraguarí y San Pedro.",
            "PY",
        ),
        # women's ministries and institutes the country files name (before: the report was
        # read as the first state or department its body names)
        (
            "Ministerio del Poder Popular para la Mujer y la Igualdad de Género\n"
            "Memoria y Cuenta 2023\n"
            "En el año 2023, la Línea 0800-MUJERES atendió 9.876 llamadas. En el estado Zulia se "
            "registraron 1.204 denuncias, y en el Distrito Capital 2.315.",
            "VE",
        ),
        (
            "Instituto Salvadoreño para el Desarrollo de la Mujer (ISDEMU)\n"
            "Informe de Rendición de Cuentas junio 2023 - mayo 2024\n"
            "En el período de junio 2023 a mayo 2024, ISDEMU brindó 8,915 atenciones a mujeres. En "
            "el departamento de San Miguel se brindaron 1,102 atenciones y en La Libertad, 980.",
            "SV",
        ),
        (
            "Secretaría de Estado en el Despacho de la Mujer (SEMUJER)\n"
            "Boletín Informativo - Primer Semestre 2024\n"
            "En el departamento de Cortés se registraron 1,876 denuncias por violencia doméstica, "
            "mientras que en Francisco Morazán fueron 2,103.",
            "HN",
        ),
        # the ombudsman names where recent femicides happened: a municipality beside two
        # departments, neither named first, is one of the places, not the subject
        (
            "EL SALVADOR: El Procurador expresa su preocupación por la grave situación de "
            "violencia contra las mujeres en el país\n"
            "El Procurador para la Defensa de los Derechos Humanos, con relación a la grave "
            "situación de violencia contra las mujeres por razones de género en El Salvador, "
            "EXPRESA:\n"
            "1. Su preocupación por las características de violencia feminicida de los hechos "
            "registrados en los últimos días en las localidades de Metapán, Santa Ana y La "
            "Hachadura, municipio de Ahuachapán.",
            "SV",
        ),
    ],
)
def test_national_reports(text: str, country: str) -> None:
    assert national_document(text, country)


@pytest.mark.parametrize(
    ("text", "country"),
    [
        # Mexico's Fiscalía General del Estado is a state's (evidence.local_offices)
        (
            "En el contexto de la erradicación de la violencia en contra de las mujeres y las niñas, "
            "la Fiscalía General del Estado (FGE), a través del Centro de Justicia para las Mujeres "
            "(CJM), informó que del 15 de febrero al 15 de mayo de 2024 se tramitaron y otorgaron "
            "más de 2,400 medidas de protección.",
            "MX",
        ),
        # a municipality is the subject
        (
            "Debido al elevado número de casos por violencia intrafamiliar que se registraron en el "
            "municipio de Conchagua, La Unión, a inicios del año pasado, fue inaugurada la Unidad "
            "Institucional de Atención Especializada para Mujeres en Situación de Violencia "
            "(UNIMUJER-ODAC).",
            "SV",
        ),
        # a municipality of the state the opening names first, among the others of a national
        # census, is the subject
        (
            "Zacatecas cuenta con sólo dos Centros de Justicia para las Mujeres (CJM) ubicados en "
            "la capital y Fresnillo, una cifra que coloca al estado por debajo de la media "
            "nacional en materia de atención a la problemática de la violencia de género.\n"
            "El Instituto Nacional de Estadística y Geografía (INEGI) presentó ayer los resultados "
            "del programa estadístico CJM 2023, el cual brinda una visión integral a los 65 CJM en "
            "funcionamiento en 31 entidades federativas al 30 de junio del mismo año.",
            "MX",
        ),
    ],
)
def test_reports_of_a_division(text: str, country: str) -> None:
    assert not national_document(text, country)


def test_a_national_ministry_speaking_of_one_province_keeps_it(tmp_path: Path) -> None:
    values = _values(
        tmp_path,
        "El Observatorio de Igualdad de Género de esta cartera precisó que la cifra es la segunda "
        "más alta reportada en una provincia en el periodo citado, solo superada por el Gran "
        "Santo Domingo.\n"
        "De acuerdo con el estudio, en los últimos cuatro años se contabilizaron 20 denuncias por "
        "violencia de género, intrafamiliar y delitos sexuales en Santiago de los Caballeros "
        "(norte), si bien muchas mujeres prefieren callar por temor a represalias.\n"
        "La ministra de la Mujer, Mayra Jiménez, indicó que de 2020 a 2024 las Casas de Acogida "
        "de Santiago han protegido a siete mil 600 féminas con sus hijos.\n",
    )
    assert values["siete mil 600"] == ("DO", "DO-25")


def test_a_national_reports_division_comes_from_its_sentence(tmp_path: Path) -> None:
    values = _values(
        tmp_path,
        "El reciente boletín del Observatorio Boliviano de Seguridad Ciudadana y Lucha contra las "
        "Drogas (OBSCD) revela que durante 2024 se registraron 34.023 denuncias por violencia "
        "familiar en Bolivia, lo que equivale a 93 casos diarios.\n"
        "Santa Cruz concentra el 36,91% de los casos (12.558 denuncias), seguido por La Paz "
        "(8.713) y Cochabamba (5.263).\n",
    )
    assert values["34.023"] == ("BO", "")
    assert values["12.558"] == ("BO", "BO-S")
    assert values["8.713"] == ("BO", "BO-L")


def test_a_division_that_bears_the_countrys_name_after_a_division_word(tmp_path: Path) -> None:
    """ "El departamento de Guatemala concentró 8,964" was published as the country's 8,964
    complaints (the country's total is 27,512); "esta región de Panamá" stays the country's."""
    values = _values(
        tmp_path,
        "Secretaría Presidencial de la Mujer - SEPREM\n"
        "Boletín Estadístico, enero-junio 2024\n\n"
        "En el primer semestre de 2024, el Ministerio Público recibió 27,512 denuncias por "
        "violencia contra la mujer. El departamento de Guatemala concentró 8,964 denuncias, "
        "seguido de Alta Verapaz con 2,118 y Quetzaltenango con 1,947.\n",
    )
    assert values["27,512"] == ("GT", "")
    assert values["8,964"] == ("GT", "GT-01")
    assert values["2,118"] == ("GT", "GT-16")
    values = _values(
        tmp_path,
        "Ministerio Público de Panamá. Informe estadístico 2023.\n"
        "En la provincia de Panamá se registraron 6,120 denuncias por violencia doméstica, y en "
        "la provincia de Colón, 1,045.\n"
        "Las cifras indican que en esta región de Panamá existen 1,707 casos de maltrato.\n",
    )
    assert values["6,120"] == ("PA", "PA-8")
    assert values["1,045"] == ("PA", "PA-3")
    assert values["1,707"][1] != "PA-8"


def test_panamas_comarcas_as_reports_write_them(tmp_path: Path) -> None:
    """A comarca with a hyphen ("Ngäbe-Buglé"), after a capitalised "Comarca", or by its
    longer name ("Emberá-Wounaan"): before, the count stayed the report's or took the
    province named before it (287 and 45 were Chiriquí's)."""
    path = tmp_path / "informe.txt"
    path.write_text(
        "MINISTERIO DE LA MUJER\nInforme de Gestión Institucional 2023\n\n"
        "Durante el año 2023, el Ministerio de la Mujer atendió a 3,418 mujeres. En la provincia "
        "de Chiriquí se atendieron 512 mujeres y en la comarca Ngäbe-Buglé, 287.\n\n"
        "En la Comarca Guna Yala se atendieron 45 mujeres y en la comarca Emberá-Wounaan 31.\n",
        encoding="utf-8",
    )
    found = extract_document(path, "informe.txt", IngestOptions()).observation_list()
    assert [(o.value, o.admin1) for o in found] == [
        (3418.0, ""),
        (512.0, "PA-4"),
        (287.0, "PA-NB"),
        (45.0, "PA-KY"),
        (31.0, "PA-EM"),
    ]
