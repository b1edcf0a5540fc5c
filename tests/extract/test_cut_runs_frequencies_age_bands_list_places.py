"""A division's name cut by the four-word run of capitalised words, a frequency in words, a
count right after an age band, a national report's division kept to its own list item, a
difference of two rates in points, and women who died "de forma homicida", met in the
development corpus (tests/acceptance/texts, part dev35): "Centro Regional de Mujeres del Alto
Paraná" (Paraguay's department, not Argentina's Paraná); "un promedio de un caso cada cuatro
días"; "de 51 a 60 años 4 y de 61 años a más 5 casos"; "Yoro (6) y La Ceiba (6); el 51.4 % de
los homicidios ..."; "7.9 por cada 100 mil habitantes, 1.6 puntos arriba"; "333 mujeres murieron
de forma homicida". Each document case reads the real document as the corpus runner does (its
source line blanked) and asserts the line, the number, the indicator, the place and the period of
what is published, and that what was read wrongly before is gone; each sentence case guards what
must stay."""

from __future__ import annotations

from pathlib import Path

from genero_etl.normalize.country_guess import infer_country

from .reports import corpus_facts as _read
from .reports import text_facts as _text


def test_a_division_cut_by_the_run_limit_keeps_its_country(tmp_path: Path) -> None:
    """py_centro_regional_mujeres_alto_parana_casos_enero_febrero (dev35): "la directora del
    Centro Regional de Mujeres del Alto Paraná" was cut after "Alto" by the four-word run, and
    its "Paraná" taken for Argentina's city (with "Juzgado de Paz", also Paraguay's): every value
    was Argentine. The regional women's centre and its department are Paraguay's."""
    found = _read(tmp_path, "py_centro_regional_mujeres_alto_parana_casos_enero_febrero")
    assert ("line:2", 85.0) in {(w, v) for w, v, *_ in found}
    assert {(country, admin1) for _, _, _, country, admin1, _, _ in found} == {("PY", "PY-10")}
    assert (
        infer_country(["El Centro Regional de Mujeres del Alto Paraná atendió 85 casos."]).code
        == "PY"
    )
    # Argentina's Paraná, written alone, still says Argentina
    assert (
        infer_country(
            ["La Fiscalía de Paraná, Entre Ríos, recibió 300 denuncias de violencia en 2023."]
        ).code
        == "AR"
    )


def test_a_frequency_written_in_words_counts_no_case(tmp_path: Path) -> None:
    """bo_fge_feminicidios_2025_departamentos_edades (dev35): "81 casos de feminicidio, lo que
    equivale a un promedio de un caso cada cuatro días" published "un" as one femicide; the
    span in words ("cada cuatro días") makes it a frequency, as "cada 13 minutos" did."""
    found = _read(tmp_path, "bo_fge_feminicidios_2025_departamentos_edades")
    line2 = [(v, ind, period) for w, v, ind, _, _, period, _ in found if w == "line:2"]
    assert (81.0, "femicidios", "2025-01-01") in line2
    assert not [v for v, _, _ in line2 if v == 1.0]
    assert ("line:3", 17.0, "femicidios", "BO", "BO-S", "2025-01-01", "2025-12-31") in found
    # one femicide written with "un" after "se registró" still counts
    one = _text(tmp_path, "En 2024 se registró un feminicidio en Oruro, Bolivia.")
    assert [(w, v, ind) for w, v, ind, *_ in one] == [("line:2", 1.0, "femicidios")]


def test_a_count_right_after_an_age_band_is_the_bands(tmp_path: Path) -> None:
    """bo_fge_feminicidios_agosto_2022_relacion_edades (dev35): "de 51 a 60 años 4 y de 61 años
    a más 5 casos": the 4 right after the band was read as a measure of "años" and lost; an age
    band of two ages before it makes it the band's count (the ages stay no value)."""
    found = _read(tmp_path, "bo_fge_feminicidios_agosto_2022_relacion_edades")
    line11 = sorted(v for w, v, *_ in found if w == "line:11")
    assert line11 == [4.0, 5.0, 6.0, 13.0, 16.0, 18.0]
    # a number after a span of years that is no band still measures it
    years = _text(
        tmp_path, "En Bolivia, en los últimos 3 años 120 mujeres fueron atendidas por la Felcv."
    )
    assert [(w, v) for w, v, *_ in years] == [("line:2", 120.0)]


def test_a_list_item_of_a_national_report_keeps_its_own_division(tmp_path: Path) -> None:
    """hn_onv_unah_muertes_violentas_mujeres_enero_octubre_2023 and
    uy_minterior_denuncias_tobilleras_homicidios_2023 (dev35): "Yoro (6) y La Ceiba (6); el 51.4
    % de los homicidios de mujeres ocurrieron en fines de semana" gave La Ceiba's count and the
    share after the semicolon Yoro (HN-YO); "Paysandú (1.781), mientras que Montevideo se ubica
    entre los tres con menos cantidad (1.029)" gave Montevideo's figure Paysandú (UY-PA). A
    division named before the sentence's previous count is that count's when the words since
    name something of their own, and never crosses a semicolon; unnamed, the figure stays
    national."""
    honduras = _read(tmp_path, "hn_onv_unah_muertes_violentas_mujeres_enero_octubre_2023")
    line7 = [(v, admin1) for w, v, _, _, admin1, _, _ in honduras if w == "line:7"]
    assert line7[-3:] == [(6.0, "HN-YO"), (6.0, ""), (51.4, "")]
    uruguay = _read(tmp_path, "uy_minterior_denuncias_tobilleras_homicidios_2023")
    line5 = [(v, admin1) for w, v, _, _, admin1, _, _ in uruguay if w == "line:5"]
    assert line5 == [
        (2356.0, "UY-LA"),
        (1885.0, "UY-SJ"),
        (1781.0, "UY-PA"),
        (1029.0, ""),
        (953.0, "UY-FD"),
        (918.0, "UY-CA"),
    ]
    # a count in brackets after its division's share still takes the division
    share = _text(
        tmp_path,
        "La Fiscalía General del Estado de Bolivia informó que Santa Cruz concentra el 36,91% de"
        " los casos (12.558 denuncias) registrados en 2023.",
    )
    assert (
        "line:2",
        12558.0,
        "denuncias_violencia",
        "BO",
        "BO-S",
        "2023-01-01",
        "2023-12-31",
    ) in share


def test_a_difference_of_two_rates_in_points_is_no_value(tmp_path: Path) -> None:
    """hn_onv_unah_muertes_violentas_mujeres_enero_octubre_2023 (dev35): "La proyección de la
    tasa al cierre del año 2023 de 7.9 por cada 100 mil habitantes, 1.6 puntos arriba comparando
    con la del año pasado": "puntos arriba" says a difference, as "puntos porcentuales" does."""
    found = _read(tmp_path, "hn_onv_unah_muertes_violentas_mujeres_enero_octubre_2023")
    assert not [v for w, v, *_ in found if w == "line:4" and v == 1.6]
    rate = _text(
        tmp_path,
        "Honduras: la tasa de homicidios de mujeres fue de 6.3 por cada 100 mil habitantes, 1.6"
        " puntos arriba de la del año pasado.",
    )
    assert [(w, v) for w, v, *_ in rate] == [("line:2", 6.3)]


def test_women_who_died_de_forma_homicida_are_homicides_of_women(tmp_path: Path) -> None:
    """hn_onv_unah_muertes_violentas_mujeres_enero_octubre_2023 (dev35): "333 mujeres murieron de
    forma homicida" (January-October 2023) and "en 2022, 308 mujeres murieron de forma homicida"
    were published as femicides (the report's title, "Muerte Violenta de Mujeres y Feminicidios",
    in the sentence): the count's own words name homicides of women (codebook
    ``homicidios_mujeres``)."""
    found = _read(tmp_path, "hn_onv_unah_muertes_violentas_mujeres_enero_octubre_2023")
    assert ("line:3", 333.0, "homicidios_mujeres", "HN", "", "2023-01-01", "2023-10-31") in found
    assert ("line:8", 308.0, "homicidios_mujeres", "HN", "", "2022-01-01", "2022-12-31") in found
    died = _text(tmp_path, "En 2022, 308 mujeres murieron en accidentes de tránsito en Honduras.")
    assert [(w, v, ind) for w, v, ind, *_ in died] == [
        ("line:2", 308.0, "muertes_mujeres_violencia")
    ]
