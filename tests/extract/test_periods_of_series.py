"""How a year or period in a sentence or a list binds to its count: an opening that contrasts
"este año" with the year it names gives the report no year; a year list written
"en el 2017, 18" dates the count after the comma; a clause about a year ("desde 2010, cuando se
dieron 72") is that year's; "en el mismo período de 2021 fueron 102" is the report's months of
2021. Real documents of the text corpus (tests/acceptance/texts/docs), extracted whole."""

from __future__ import annotations

from pathlib import Path

from genero_etl.pipeline import IngestOptions, extract_document

DOCS = Path(__file__).resolve().parents[1] / "acceptance" / "texts" / "docs"


def _values(name: str, locator: str) -> list[tuple[float, str, str, str]]:
    staged = extract_document(DOCS / name, f"raw/{name}", IngestOptions())
    return [
        (o.value, o.indicator_id, o.period_start, o.period_end)
        for o in staged.observation_list()
        if o.source_locator == locator
    ]


def test_this_years_count_is_no_year_compared_and_the_year_list_binds_after_its_comma() -> None:
    # pa_mp_femicidio_baja_2019.txt, line 2: "muestra este delito con 14 víctimas en este año,
    # mientras el año 2018 se registraron 20 casos, en el 2017, 18, en el 2016 se dieron 19,
    # 2015 un total de 29 y en el 2014, 25 hechos." The report's year is written nowhere (only
    # in its address): 14 is published with no period, never as 2018's.
    found = _values("pa_mp_femicidio_baja_2019.txt", "line:2")
    assert found == [
        (14.0, "femicidios", "", ""),
        (20.0, "femicidios", "2018-01-01", "2018-12-31"),
        (18.0, "femicidios", "2017-01-01", "2017-12-31"),
        (19.0, "femicidios", "2016-01-01", "2016-12-31"),
        (29.0, "femicidios", "2015-01-01", "2015-12-31"),
        (25.0, "femicidios", "2014-01-01", "2014-12-31"),
    ]


def test_a_clause_about_a_year_is_that_years() -> None:
    # pa_inamu_muertes_violentas_albergues_2012.txt, line 3: "ha ido en descenso desde 2010,
    # cuando se dieron 72 asesinatos, hasta 59 en 2011 y 47 en lo que va de 2012"
    found = _values("pa_inamu_muertes_violentas_albergues_2012.txt", "line:3")
    assert found == [
        (72.0, "muertes_mujeres_violencia", "2010-01-01", "2010-12-31"),
        (59.0, "muertes_mujeres_violencia", "2011-01-01", "2011-12-31"),
        (47.0, "muertes_mujeres_violencia", "2012-01-01", "2012-12-31"),
    ]


def test_the_same_period_of_another_year_is_its_months_of_that_year() -> None:
    # uy_fiscalia_imputaciones_delitos_sexuales_2022.txt, line 5: "Así, de enero a marzo de
    # este año se realizaron 159 imputaciones, mientras que en el mismo período de 2021 fueron
    # 102. De esas 159 personas imputadas, 77 tuvieron condena"
    found = _values("uy_fiscalia_imputaciones_delitos_sexuales_2022.txt", "line:5")
    periods = {(v[0], v[1]): (v[2], v[3]) for v in found}
    assert periods[(159.0, "denuncias_violencia")] == ("2022-01-01", "2022-03-31")
    assert periods[(102.0, "denuncias_violencia")] == ("2021-01-01", "2021-03-31")
    # "De esas 159": the whole named by its number, of 2022, not the 102's 2021
    assert periods[(159.0, "agresores_detenidos")] == ("2022-01-01", "2022-03-31")


def test_a_clause_about_a_time_not_read_takes_no_period_of_the_sentence() -> None:
    # ni_comisarias_mujer_denuncias_semana_2015.txt, line 6: "Entre el 27 de julio y el 2 de
    # agosto ... se recibieron 364 denuncias, 30 más que el período comprendido entre el 20 y el
    # 26 de julio, cuando solo se reportaron 334 denuncias. De las 364 denuncias que las
    # comisarías recibieron la semana pasada": 334 is the week before's, not read, so of the
    # report's year only; the 364 named again keeps its week
    found = _values("ni_comisarias_mujer_denuncias_semana_2015.txt", "line:6")
    assert found[:3] == [
        (364.0, "denuncias_violencia", "2015-07-27", "2015-08-02"),
        (334.0, "denuncias_violencia", "2015-01-01", "2015-12-31"),
        (364.0, "denuncias_violencia", "2015-07-27", "2015-08-02"),
    ]
