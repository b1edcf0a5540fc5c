"""The apparatus of long documents and slide decks read across the whole document
(extract/apparatus.py, extract/text.py:table_of_contents): a page's or a slide's number in a
running footer or header, or at the end of a slide's last line, steps up through the document
and is no value; a note's number at a page's foot, called before by the same number glued to a
word, is no value; a table of contents is no values also where its entries are numbered and name
what the report counts, with no heading over them, or where each page stands alone on the line
under its entry. Each text is a real document's apparatus as a PDF-to-text copy leaves it (the
address in each test); each guard keeps a count that a line's last number is."""

from __future__ import annotations

from pathlib import Path

from .reports import text_facts


def _values(tmp_path: Path, text: str) -> list[tuple[str, float, str]]:
    return [(f[0], f[1], f[2]) for f in text_facts(tmp_path, text)]


def test_a_running_footer_with_its_page_number_is_no_value(tmp_path: Path) -> None:
    """Puerto Rico's Departamento de la Familia, "Ponencia para el proceso de transición
    2013-2016" (fdocuments.co, "web-view-alimentaria-hasta-el-30-de-septiembre-de-2016"), its
    footer "INFORME DE TRANSICIÓN 2013-2016 DEPARTAMENTO DE LA FAMILIA" with the page on the
    right as facing pages print it: the pages 1, 2 and 3 were values; the 72,268 people stay."""
    text = (
        "PONENCIA PARA EL PROCESO DE TRANSICIÓN DEL DEPARTAMENTO DE LA FAMILIA\n"
        "2013-2016\n"
        "INFORME DE TRANSICIÓN 2013-2016 DEPARTAMENTO DE LA FAMILIA | 1\n"
        "Base Legal\n"
        "Bajo la Ley Núm. 5-1993, conocida como Ley de Reorganización de la Rama Ejecutiva, se aprobó el 28 de julio de 1995 el Plan de Reorganización Número 1.\n"
        "INFORME DE TRANSICIÓN 2013-2016 DEPARTAMENTO DE LA FAMILIA | 2\n"
        "Hasta el 30 de septiembre de 2016, la aplicación de pensión alimentaria ha sido descargada por 72,268 personas.\n"
        "INFORME DE TRANSICIÓN 2013-2016 DEPARTAMENTO DE LA FAMILIA | 3\n"
    )
    assert _values(tmp_path, text) == [("line:8", 72268.0, "sin_clasificar")]


def test_a_page_number_before_a_running_header_is_no_value(tmp_path: Path) -> None:
    """Emakunde's "Datos sobre la violencia contra las mujeres. CAE, 2019" (slideshare.net,
    "datos-sobre-la-violencia-contra-las-mujeres-cae-2019"): each page opens with its number
    before the bracketed running header; the pages 27, 28 and 29 were values."""
    text = (
        "27 [DATOS SOBRE LA VIOLENCIA CONTRA LAS MUJERES. CAE, 2019]\n"
        "Algunos datos generales de los registros oficiales:\n"
        "En 2019 la Ertzaintza registró 4.424 victimizaciones de mujeres por violencia contra las mujeres.\n"
        "28 [DATOS SOBRE LA VIOLENCIA CONTRA LAS MUJERES. CAE, 2019]\n"
        "¿Qué mujeres se han visto afectadas? Edad y origen\n"
        "29 [DATOS SOBRE LA VIOLENCIA CONTRA LAS MUJERES. CAE, 2019]\n"
    )
    assert _values(tmp_path, text) == [("line:4", 4424.0, "sin_clasificar")]


def test_a_slide_number_closing_a_source_line_is_no_value(tmp_path: Path) -> None:
    """Jalisco's IIEG, "Ficha informativa: 21 de mayo de 2021" (iieg.gob.mx, Abril21), its
    source line closing each slide, as a deck saved as text prints it with the slide's number:
    the slides 2, 3 and 4 were values; the 529 women and the 354 and 78 victims stay."""
    text = (
        "Ficha informativa: 21 de mayo de 2021\n"
        "En el mes de abril de 2021 se registraron 529 mujeres víctimas de algún presunto delito en Jalisco.\n"
        "Fuente: Elaborado por el IIEG con datos del Secretariado Ejecutivo del Sistema Nacional de Seguridad Pública. 2\n"
        "Víctimas mujeres por subtipo de delito\n"
        "Lesiones dolosas es el subtipo de delito que más víctimas padeció en abril, con un registro de 354 víctimas.\n"
        "Fuente: Elaborado por el IIEG con datos del Secretariado Ejecutivo del Sistema Nacional de Seguridad Pública. 3\n"
        "Lesiones culposas\n"
        "En segundo lugar se encuentran las lesiones culposas, con 78 víctimas.\n"
        "Fuente: Elaborado por el IIEG con datos del Secretariado Ejecutivo del Sistema Nacional de Seguridad Pública. 4\n"
    )
    assert _values(tmp_path, text) == [
        ("line:3", 529.0, "sin_clasificar"),
        ("line:6", 354.0, "sin_clasificar"),
        ("line:9", 78.0, "sin_clasificar"),
    ]


def test_a_slide_number_after_a_slides_last_words_is_no_value(tmp_path: Path) -> None:
    """A weekly report's slides (the class of dev68's Zacatecas notes, other words): each
    slide's number printed at the end of its last line; the 5 was a count of care given. The
    line's own count stays ("se otorgaron 310 atenciones a mujeres 5": the 310)."""
    text = (
        "Secretaría de las Mujeres\n"
        "Informe semanal de atenciones\n"
        "Atenciones de la semana\n"
        "En la semana del 20 al 26 de noviembre de 2020 se otorgaron 310 atenciones a mujeres 5\n"
        "Tipos de violencia\n"
        "La violencia psicológica fue la más frecuente, con 214 atenciones 6\n"
        "Municipios\n"
        "Fresnillo concentró 48 atenciones en la semana 7\n"
    )
    assert _values(tmp_path, text) == [
        ("line:5", 310.0, "personas_asistidas"),
        ("line:7", 214.0, "personas_asistidas"),
        ("line:9", 48.0, "personas_asistidas"),
    ]


def test_a_notes_number_at_a_pages_foot_is_no_value(tmp_path: Path) -> None:
    """Notes called by a number glued to a word ("Ejecutivo1,", "familiar2."), as dev71's
    SEDESOL bulletin and the Bogotá plan of dev68 ("Distritales1,") call them, then written at
    the page's foot: the notes' numbers 1 and 2 were values; the counts stay."""
    text = (
        "Según datos del Secretariado Ejecutivo1, en 2020 se registraron 969 víctimas de feminicidio en el país.\n"
        "En el mismo año las fiscalías abrieron 260,067 carpetas de investigación por violencia familiar2.\n"
        "1 Secretariado Ejecutivo del Sistema Nacional de Seguridad Pública.\n"
        "2 Cifras preliminares con corte al 31 de diciembre de 2020.\n"
    )
    assert _values(tmp_path, text) == [
        ("line:2", 969.0, "femicidios"),
        ("line:3", 260067.0, "denuncias_violencia"),
    ]


def test_numbers_a_line_ends_with_after_a_word_that_introduces_them_stay(tmp_path: Path) -> None:
    """Counts closing lines one page apart that step up by one stay when the word before says
    so ("fueron 5", "fueron 6", "fueron 7"); rows of counts on consecutive lines stay too."""
    text = (
        "En enero de 2021 las denuncias recibidas en la comisaría fueron 5\n"
        "El servicio de orientación funcionó todo el mes.\n"
        "En febrero de 2021 las denuncias recibidas en la comisaría fueron 6\n"
        "El servicio de orientación funcionó todo el mes.\n"
        "En marzo de 2021 las denuncias recibidas en la comisaría fueron 7\n"
    )
    assert [v for _, v, _ in _values(tmp_path, text)] == [5.0, 6.0, 7.0]
    rows = "Femicidios registrados en 2021:\nCapital 5\nNorte 6\nSur 7\n"
    assert [v for _, v, _ in _values(tmp_path, rows)] == [5.0, 6.0, 7.0]


def test_a_line_opening_with_a_count_and_no_note_called_stays(tmp_path: Path) -> None:
    """A line that opens with a number and a capital is a note only when a word called it."""
    text = (
        "El centro atendió a 40 mujeres durante 2020.\n"
        "12 Mujeres fueron acompañadas a juicio durante 2020 en Asunción.\n"
    )
    assert [v for _, v, _ in _values(tmp_path, text)] == [40.0, 12.0]


def test_numbered_contents_entries_under_an_index_are_no_values(tmp_path: Path) -> None:
    """Spain's Delegación del Gobierno, "Boletín estadístico mensual, Enero 2018" (fdocuments.ec,
    "boletn-estadstico-mensual-enero-2018"): under "ÍNDICE", entries numbered "1." and "1.3."
    that name deaths ("VÍCTIMAS MORTALES ... .... 7") gave their pages 7 and 8 as values."""
    text = (
        "Boletín estadístico mensual – Enero 2018\n"
        "2\n"
        "ÍNDICE\n"
        "PRESENTACIÓN ................................................................................ 5\n"
        "1. VÍCTIMAS MORTALES POR VIOLENCIA DE GÉNERO. DATOS PROVISIONALES. .... 7\n"
        "1.1. Enero 2018 ............................................................................ 7\n"
        "1.3. Víctimas mortales por violencia de género. Datos provisionales............... 8\n"
        "2. SERVICIO 016 ..................................................................... 14\n"
    )
    assert _values(tmp_path, text) == []


def test_numbered_contents_entries_with_no_heading_are_no_values(tmp_path: Path) -> None:
    """The same bulletin's contents from the page after its heading: numbered entries led by
    dots to pages that never go back are contents also with no heading over them (8, 9, 14
    and 21 were values, the 14 as calls and the 21 as complaints)."""
    text = (
        "Boletín estadístico mensual – Enero 2018\n"
        "1.3. Víctimas mortales por violencia de género. Datos provisionales............... 8\n"
        "1.4. Evolución del número de víctimas mortales según comunidad autónoma ......... 9\n"
        "2.1. Llamadas pertinentes al 016 ...................................................... 14\n"
        "3.1. Denuncias por violencia de género ............................................... 21\n"
    )
    assert _values(tmp_path, text) == []


def test_numbered_entries_whose_numbers_go_back_stay(tmp_path: Path) -> None:
    """A numbered list of counts led by dots, whose numbers do not step up like pages, stays."""
    text = (
        "1. Denuncias recibidas ........ 245\n"
        "2. Femicidios ........ 12\n"
        "3. Órdenes de protección ........ 130\n"
    )
    assert [v for _, v, _ in _values(tmp_path, text)] == [245.0, 12.0, 130.0]


def test_contents_whose_pages_stand_alone_are_no_values(tmp_path: Path) -> None:
    """SernamEG's "Orientaciones técnicas 2022, Programa Atención, Protección y Reparación en
    Violencia contra las Mujeres" (pdfcoffee.com, "orientaciones-tecnicas-2022-con-destacado"):
    under "Contenido ÍNDICE" each entry's page stands alone on the next line, and one entry runs
    on past its page ("... de Programas). 18 a.2 Actores Claves"): its 18 was a value."""
    text = (
        "Contenido ÍNDICE\n"
        "2\n"
        "PRÓLOGO\n"
        "1\n"
        "Contexto Nacional\n"
        "4\n"
        "CAPÍTULO 2: ASPECTOS PROGRAMÁTICOS SERNAMEG. Modelo de Gestión Programática del Servicio.\n"
        "16 16\n"
        "II. Jefas de Programas y Equipos:\n"
        "17\n"
        "III. Unidad de Monitoreo y Gestión de Programas (Dependiente del Departamento de Gestión de Programas). 18 a.2 Actores Claves en el Nivel Regional\n"
        "18\n"
        "I. Directora Regional:\n"
        "18\n"
    )
    assert _values(tmp_path, text) == []


def test_a_maps_or_a_boxs_number_is_no_value(tmp_path: Path) -> None:
    """Colombia's Medicina Legal, Forensis chapter "Comportamiento del homicidio. Colombia,
    2011" (mydokument.com, "comportamiento-del-homicidio-colombia-2011"), its page "66" alone and
    its figures' captions: "Mapa 1.", "Recuadro 2." and "Esquema 1" gave 1, 2 and 1 as values
    (a "Gráfico" or a "Cuadro" already gave none); the 16.554 autopsies stay."""
    text = (
        "Comportamiento del Homicidio. Colombia, 2011\n"
        "66\n"
        "Durante el 2011 se practicaron en Colombia 16.554 necropsias por homicidio como probable"
        " manera de muerte.\n"
        "Mapa 1. Colombia. Tasas de homicidio por departamento, 2011\n"
        "Recuadro 2. Homicidios de mujeres según el presunto agresor\n"
        "Esquema 1 Ruta de atención a mujeres víctimas\n"
    )
    assert _values(tmp_path, text) == [("line:4", 16554.0, "sin_clasificar")]


def test_a_titles_year_before_a_singular_word_is_no_value(tmp_path: Path) -> None:
    """SernamEG's "Orientaciones técnicas 2022" (above), its cover title "ORIENTACIONES TÉCNICAS
    2022 PROGRAMA ATENCIÓN, ..." gave 2022 as a count of programmes; a year is no count of a word
    in the singular. A count written with a plural noun stays."""
    title = (
        "ORIENTACIONES TÉCNICAS 2022 PROGRAMA ATENCIÓN, PROTECCIÓN Y REPARACIÓN EN VIOLENCIA"
        " CONTRA LAS MUJERES\n"
    )
    assert _values(tmp_path, title) == []
    count = "En 2021 el centro registró 2020 casos de violencia contra las mujeres.\n"
    assert [v for _, v, _ in _values(tmp_path, count)] == [2020.0]
