"""Civil-society bodies quoted inside another's name, and averages worked out from a total (issue
10), met in the development corpus (tests/acceptance/texts, parts dev77 and dev79): "Según el
Observatorio de Violencia de la Organización de Mujeres Salvadoreñas por la Paz (Ormusa), ...,
El Salvador registra 18 feminicidios" names the women's organisation six words after "Según",
inside the observatory's proper name; "o sea un promedio de 141 denuncias por día" and "el
promedio mensual equivale a 117 denuncias diarias" restate a total per day. Each document case
reads the real document as the corpus runner does (its source line blanked); each sentence case
is a real sentence of another page (its address in the docstring) or guards what must stay."""

from __future__ import annotations

from pathlib import Path

from .reports import corpus_facts, text_facts


def test_a_body_named_inside_an_observatorys_name_after_segun(tmp_path: Path) -> None:
    """sv_ormusa_feminicidios_abril_2023 (dev77): "Según el Observatorio de Violencia de la
    Organización de Mujeres Salvadoreñas por la Paz (Ormusa), del 1 de enero al 10 de abril del
    2023, El Salvador registra 18 feminicidios" (line 2) gave 18 femicides as El Salvador's: the
    organisation is six words after "Según", past the four words the cue allowed."""
    found = corpus_facts(tmp_path, "sv_ormusa_feminicidios_abril_2023")
    assert 18.0 not in [f[1] for f in found if f[0] == "line:2"]


def test_an_association_named_inside_an_observatorys_name_in_another_country(
    tmp_path: Path,
) -> None:
    """The same wording in another body's words (adapted from
    https://hoydia.com.ar/informacion-general/en-todo-el-pais-registraron-110-femicidios-en-lo-que-va-del-ano/amp,
    where La Casa del Encuentro, an association, keeps the Observatorio de Femicidios en
    Argentina): the association named inside the observatory's name."""
    found = text_facts(
        tmp_path,
        "Según el Observatorio de Femicidios en Argentina de la Asociación Civil La Casa del"
        " Encuentro, al menos 110 femicidios fueron cometidos durante el primer cuatrimestre"
        " del año 2022.",
    )
    assert found == []


def test_an_office_named_in_a_long_name_and_a_second_body_joined_by_y_stay_values(
    tmp_path: Path,
) -> None:
    """An official observatory's long name ("del Poder Judicial de la Nación") quotes no other
    body, and a body joined by "y" after the office's name is a second source, not part of it:
    both counts stay the office's."""
    found = text_facts(
        tmp_path,
        "Según el Observatorio de Violencia de Género del Poder Judicial de la Provincia de"
        " Salta, en 2024 se registraron 30 femicidios.\n"
        "Según datos del Instituto Nacional de las Mujeres y la Asociación Civil, en 2023 se"
        " atendieron 412 mujeres.",
    )
    assert [(f[0], f[1]) for f in found] == [("line:2", 30.0), ("line:3", 412.0)]


def test_an_average_per_day_restating_a_total_is_not_read(tmp_path: Path) -> None:
    """bo_fiscalia_mesa_nacional_casos_25_noviembre_2023 (dev79): "Bolivia registró 46.433 casos
    de violencia de género ..., o sea un promedio de 141 denuncias por día, según datos del
    Ministerio Público" (line 2) read 141 beside the total; the total stays."""
    found = corpus_facts(tmp_path, "bo_fiscalia_mesa_nacional_casos_25_noviembre_2023")
    line2 = [f[1] for f in found if f[0] == "line:2"]
    assert 46433.0 in line2
    assert 141.0 not in line2


def test_an_average_the_note_works_out_is_not_read(tmp_path: Path) -> None:
    """uy_minterior_denuncias_violencia_genero_2025 (dev77): "en diez meses el promedio mensual
    equivale a 117 denuncias diarias de las que el 61 % corresponde a vínculos de pareja"
    (line 2) read 117; the shares after it stay."""
    found = corpus_facts(tmp_path, "uy_minterior_denuncias_violencia_genero_2025")
    assert [f[1] for f in found if f[0] == "line:2"] == [61.0, 39.0]


def test_an_average_restated_in_another_offices_words(tmp_path: Path) -> None:
    """A monthly count restated per day in another country's words (adapted from
    https://ciudadanosenred.com.mx/2020/04/01/cierra-marzo-con-uno-de-los-promedios-mas-altos-de-homicidios-dolosos/,
    "en el mes de marzo se reportaron 2 mil 585 homicidios dolosos, un promedio de 83.4 al
    día", joined by "o sea"): the average is not read, the total is."""
    found = text_facts(
        tmp_path,
        "En el mes de marzo de 2020 se reportaron 2 mil 585 homicidios dolosos, o sea un"
        " promedio de 83 al día.",
    )
    assert [f[1] for f in found] == [2585.0]


def test_a_daily_average_after_es_decir_stays_read(tmp_path: Path) -> None:
    """mx_inegi_cjm_atenciones_2021_2022 (dev): "ofrecen atención a casi 967 mil presuntas
    víctimas, es decir, un promedio de 2 mil 616 al día" (line 6) is a value of the corpus's
    gold: "es decir, un promedio" is not among the restating words."""
    found = corpus_facts(tmp_path, "mx_inegi_cjm_atenciones_2021_2022")
    assert 2616.0 in [f[1] for f in found if f[0] == "line:6"]


def test_the_gap_after_a_leading_quote_that_cites_the_report_again_is_the_bodys(
    tmp_path: Path,
) -> None:
    """pr_mundosur_tasa_feminicidios_2024 (dev77): after "según reveló el informe anual del Mapa
    Latinoamericano de Feminicidios (MLF) publicado por la organización MundoSur" (line 2),
    "Con una tasa de 4.79 feminicidios por cada 100,000 mujeres, el archipiélago solo fue
    superado por Guatemala (5.92)" (line 3) names neither the body nor its report, and the
    paragraph after it does ("..., citó el informe"): the map's rate, not an office's; and "El
    informe, que desglosa datos recopilados por 19 organizaciones" (line 7) two paragraphs after
    the Observatorio de Equidad de Género is named."""
    found = corpus_facts(tmp_path, "pr_mundosur_tasa_feminicidios_2024")
    assert [f for f in found if f[0] in ("line:3", "line:7")] == []


def test_the_gap_after_a_headline_quote_that_names_the_organisation_again_is_its(
    tmp_path: Path,
) -> None:
    """sv_ormusa_feminicidios_meses_2024 (dev77): after the headline "Al menos 32 feminicidios
    se registran en El Salvador en 2024, según ONG de mujeres" (line 2), "Del total de
    feminicidios, 16 fueron perpetrados por parejas de las víctimas" (line 3) gave 16 femicides
    as El Salvador's; the next paragraph names "la Organización de Mujeres Salvadoreñas"."""
    found = corpus_facts(tmp_path, "sv_ormusa_feminicidios_meses_2024")
    assert [f for f in found if f[0] == "line:3"] == []


def test_an_offices_report_in_the_gap_after_a_quote_stays_its_own(tmp_path: Path) -> None:
    """A paragraph after a leading quote that names an office's report ("el informe del
    Ministerio Público") is the office's: the quote has ended and its counts stay."""
    found = text_facts(
        tmp_path,
        "Al menos 32 feminicidios se registraron en 2024, según la Organización de Mujeres"
        " Salvadoreñas por la Paz (Ormusa).\n"
        "En enero de 2024 se registraron 300 denuncias por violencia intrafamiliar.\n"
        "El informe del Ministerio Público registra 1.250 denuncias por violencia de género en"
        " 2024.",
    )
    assert 1250.0 in [f[1] for f in found if f[0] == "line:4"]
