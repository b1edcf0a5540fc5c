"""Classes of false values and wrong labels met in the development corpus (tests/acceptance/
texts), each read on its real document as the corpus runner reads it (its source line blanked):
the line, the number, the indicator, the place and the period of what is published, that what
was read wrongly before is gone, and a sentence case for what must stay."""

from __future__ import annotations

from pathlib import Path

from .reports import corpus_document, facts
from .reports import corpus_facts as _read
from .reports import text_facts as _text


def test_a_reports_quoted_title_gives_no_count_its_indicator(tmp_path: Path) -> None:
    """hn_onv_unah_muertes_violentas_mujeres_enero_octubre_2023 (dev35): under the line "El
    informe “Muerte Violenta de Mujeres y Femicidios” presentado el viernes", the municipalities'
    counts "Distrito Central (83), San Pedro Sula (20), ..." took femicides from the report's
    name, which names both the violent deaths and the femicides it covers: they were published
    as femicides with the confidence of a named count. A name in quotes says what a report
    covers, not what a count under it counts; the counts stay values, unlabelled."""
    found = _read(tmp_path, "hn_onv_unah_muertes_violentas_mujeres_enero_octubre_2023")
    line7 = [
        (v, ind, country, start, end)
        for w, v, ind, country, _, start, end in found
        if w == "line:7"
    ]
    assert (83.0, "sin_clasificar", "HN", "2023-01-01", "2023-12-31") in line7
    assert [v for v, *_ in line7] == [83.0, 20.0, 13.0, 13.0, 9.0, 7.0, 7.0, 7.0, 6.0, 6.0, 51.4]
    assert not [v for v, ind, *_ in line7 if ind == "femicidios"]
    # the women killed "de forma homicida" keep their own words' indicator
    assert ("line:3", 333.0, "homicidios_mujeres", "HN", "", "2023-01-01", "2023-10-31") in found
    # a heading that names femicides without quotes still gives the counts under it theirs
    named = _text(
        tmp_path,
        "El informe de Femicidios presentado el viernes.\n"
        "Los municipios con mayor incidencia son: Choloma (13) y Tocoa (7).",
    )
    assert [(w, v, ind) for w, v, ind, *_ in named] == [
        ("line:3", 13.0, "femicidios"),
        ("line:3", 7.0, "femicidios"),
    ]
    quoted = _text(
        tmp_path,
        "El informe “Muerte Violenta de Mujeres y Femicidios” presentado el viernes.\n"
        "Los municipios con mayor incidencia son: Choloma (13) y Tocoa (7).",
    )
    assert [(w, v, ind) for w, v, ind, *_ in quoted] == [
        ("line:3", 13.0, "sin_clasificar"),
        ("line:3", 7.0, "sin_clasificar"),
    ]


def test_a_percentage_change_whose_verb_is_left_out_is_no_value(tmp_path: Path) -> None:
    """pa_mp_feminicidios_muertes_violentas_primer_trimestre_2022 (dev35): "Los casos de mujeres
    víctimas de feminicidio subieron un 20 % y los de muerte violenta un 100 %": the first
    percentage is a change, and so is the second, its verb ("subieron") left out and its thing
    named before it ("y los de ..."); the 100 % was published as a share."""
    found = _read(tmp_path, "pa_mp_feminicidios_muertes_violentas_primer_trimestre_2022")
    assert not [v for w, v, *_ in found if w == "line:2"]
    assert ("line:3", 6.0, "femicidios", "PA", "", "", "") in found
    same = _text(
        tmp_path,
        "Las denuncias de violencia doméstica subieron un 20 % y las de violencia sexual un "
        "35 % en 2022 en Panamá.",
    )
    assert same == []
    # a share of a whole after the change stays a value
    share = _text(
        tmp_path,
        "Las denuncias de violencia doméstica subieron un 20 % en 2022 y el 45 % de los casos "
        "ocurrió en Colón, Panamá.",
    )
    assert [(w, v, country, admin1) for w, v, _, country, admin1, *_ in share] == [
        ("line:2", 45.0, "PA", "PA-3")
    ]


def test_numbers_under_a_budgets_column_are_its_amounts(tmp_path: Path) -> None:
    """mx_diputados_anexo13_pef_2026 (dev34): a table written with pipes, "| Programa | PEF 2025
    | PPEF 2026 |", its rows the Anexo 13's programmes: "Programa de becas de educación básica |
    61,298,019,675 | 103,508,800,000" was published as grants given (the row's "becas"), and
    the pension's row left unclassified, each column dated 2026. A column whose header opens
    with a budget's word holds money (lexicon ``blocks.budget_column``), and the year in it is
    the column's."""
    found = facts(corpus_document(tmp_path, "mx_diputados_anexo13_pef_2026"), unit=True)
    rows = [r for r in found if r[0] in {"line:6", "line:7", "line:8"}]
    assert rows == [
        (w, v, "presupuesto_genero", "MXN", "MX", "", f"{y}-01-01", f"{y}-12-31")
        for w, v, y in [
            ("line:6", 252370714768.0, 2025),
            ("line:6", 261776055800.0, 2026),
            ("line:7", 61298019675.0, 2025),
            ("line:7", 103508800000.0, 2026),
            ("line:8", 20065810238.0, 2025),
            ("line:8", 21279500000.0, 2026),
        ]
    ]
    # a column of cases stays a count, its year no period of a budget
    table = (
        "En el Anexo 13 de México los rubros más importantes son:\n"
        "| Programa | Casos 2025 | Casos 2026 |\n"
        "| Programa de becas de educación básica | 61,298 | 103,508 |"
    )
    counted = [(w, v, ind) for w, v, ind, *_ in _text(tmp_path, table)]
    assert [v for w, v, _ in counted if w == "line:4"] == [61298.0, 103508.0]
    assert not [ind for _, _, ind in counted if ind == "presupuesto_genero"]


def test_emergencies_reported_to_911_are_the_lines_contacts(tmp_path: Path) -> None:
    """mx_hermosillo_atencion_mujer_reportes_911_2017 (dev24) and
    ec_ecu911_vif_movilizaciones_junio_2022 (dev35): "dos mil 600 reportes por violencia
    intrafamiliar al número de emergencias 911" and "al 9-1-1 se reportaron 5.139 emergencias
    de violencia intrafamiliar" were published as people assisted by an emergency shift (the
    word "emergencias"); what reaches the 911 line, however it is written, is the line's
    contacts (codebook: ``atenciones_emergencia`` excludes the line, ``llamadas_linea_atencion``
    reads "9-1-1" and "número de emergencias")."""
    hermosillo = _read(tmp_path, "mx_hermosillo_atencion_mujer_reportes_911_2017")
    assert [r for r in hermosillo if r[0] == "line:4"] == [
        ("line:4", 2600.0, "llamadas_linea_atencion", "MX", "MX-SON", "2017-01-01", "2017-12-31")
    ]
    ecuador = _read(tmp_path, "ec_ecu911_vif_movilizaciones_junio_2022")
    assert [r for r in ecuador if r[0] == "line:2"] == [
        ("line:2", 5139.0, "llamadas_linea_atencion", "EC", "", "2022-01-01", "2022-12-31")
    ]
    # a shift's team that attends emergencies still counts its own
    shift = _text(
        tmp_path,
        "El equipo de guardia de la Dirección de la Mujer de Salta atendió 40 emergencias por "
        "violencia de género en 2023.",
    )
    assert [(w, v, ind) for w, v, ind, *_ in shift] == [("line:2", 40.0, "atenciones_emergencia")]


def test_a_count_compared_over_the_same_months_counts_what_its_pair_counts(
    tmp_path: Path,
) -> None:
    """bo_fge_feminicidios_agosto_2022_relacion_edades (dev35): "Un cuadro comparativo de
    Feminicidios señala que del 01 de enero al 31 de agosto de 2021 se registraron 81 casos,
    mientras que en el mismo periodo de este 2022 se atendieron 62" published the 62 as people
    attended (the verb), and the victims' age bands two lines below took that topic. A count
    with no noun compared with the sentence's count over the same months counts what that
    count counts."""
    found = _read(tmp_path, "bo_fge_feminicidios_agosto_2022_relacion_edades")
    assert ("line:9", 81.0, "femicidios", "BO", "", "2021-01-01", "2021-08-31") in found
    assert [(v, ind) for w, v, ind, *_ in found if w == "line:9"] == [
        (81.0, "femicidios"),
        (62.0, "femicidios"),
    ]
    ages = [(v, ind) for w, v, ind, *_ in found if w == "line:11"]
    assert ages == [(v, "femicidios") for v in (18.0, 16.0, 13.0, 6.0, 4.0, 5.0)]
    assert not [r for r in found if r[2] == "personas_asistidas"]
    # a count with its own noun keeps its own words
    own = _text(
        tmp_path,
        "En 2021 se registraron 81 feminicidios en Bolivia, mientras que en el mismo período de "
        "2022 se atendieron 62 mujeres en los SLIM.",
    )
    assert [(v, ind) for _, v, ind, *_ in own] == [
        (81.0, "femicidios"),
        (62.0, "personas_asistidas"),
    ]


def test_mexicos_states_ranked_by_their_centres_are_no_participating_bodies(
    tmp_path: Path,
) -> None:
    """mx_zacatecas_cjm_inegi_2023 (dev) and mx_inegi_endireh_2016_cjm_delitos (dev17): "Las
    entidades con más CJM incluyen a Coahuila, ...; les siguen con cuatro Campeche, Jalisco,
    Puebla y Sonora; con tres Chihuahua, ..." and "los 65 CJM en funcionamiento en 31 entidades
    federativas" were published as participating bodies ("entidades"): Mexico's "entidades"
    there are its states. States ranked "con más CJM" count the centres; the states themselves
    are counted under no indicator."""
    found = _read(tmp_path, "mx_zacatecas_cjm_inegi_2023")
    assert [(w, v, ind) for w, v, ind, *_ in found if w in {"line:4", "line:6"}][:4] == [
        ("line:4", 65.0, "centros_atencion"),
        ("line:4", 31.0, "sin_clasificar"),
        ("line:6", 4.0, "centros_atencion"),
        ("line:6", 3.0, "centros_atencion"),
    ]
    inegi = _read(tmp_path, "mx_inegi_endireh_2016_cjm_delitos")
    assert ("line:6", 50.0, "centros_atencion") in [(w, v, ind) for w, v, ind, *_ in inegi]
    assert not [r for r in found + inegi if r[2] == "dependencias_participantes"]
    # the State's institutions taking part still count as participating bodies
    bodies = _text(
        tmp_path,
        "En la mesa de seguimiento de la alerta en Durango participaron 14 instituciones del "
        "Estado en 2023.",
    )
    assert [(w, v, ind) for w, v, ind, *_ in bodies] == [
        ("line:2", 14.0, "dependencias_participantes")
    ]
