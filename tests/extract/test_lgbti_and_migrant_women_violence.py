"""Violence against LGBTI+ people and against migrant and refugee women, met in the development
corpus (tests/acceptance/texts, part dev59): the City of Buenos Aires names Argentina; "en forma
directa" is no direct beneficiary, and perpetrators written in words are counted; an
ombudsman's report and a transparency request named by their numbers are no values; counts of
LGBTI+ people of every gender are no count of women's deaths or femicides; an LGBTI+ or civil
organisation's figures quoted by an office are not the office's; a country people come from is
no place of the figure. Each document case reads the real document as the corpus runner does
(its source line blanked) and asserts line, value, indicator, country, division and period;
each sentence case guards what must stay."""

from __future__ import annotations

from pathlib import Path

from .reports import corpus_facts, text_facts


def test_the_city_of_buenos_aires_names_argentina(tmp_path: Path) -> None:
    """ar_ufem_transfemicidios_travesticidios_caba_2015_2020 (dev59): "hubo en la Ciudad de
    Buenos Aires seis homicidios dolosos de personas trans o travestis", beside the victims'
    nationalities (Peruvian, Ecuadorian, Argentine), left every value without a country; the
    City (AR-C) says Argentina as its province's name does. The perpetrators "en forma directa"
    and the victims after them were read as direct beneficiaries of a programme, and "ocho
    autores" was no count (codebook ``count_nouns``: the perpetrators)."""
    found = corpus_facts(tmp_path, "ar_ufem_transfemicidios_travesticidios_caba_2015_2020")
    assert found[0] == ("line:2", 6.0, "femicidios", "AR", "AR-C", "2015-01-01", "2020-12-31")
    assert {(f[3], f[4]) for f in found} == {("AR", "AR-C")}
    assert [(f[0], f[1], f[2]) for f in found if f[0] in ("line:5", "line:6", "line:7")] == [
        ("line:5", 8.0, "sin_clasificar"),
        ("line:5", 5.0, "sin_clasificar"),
        ("line:6", 5.0, "sin_clasificar"),
        ("line:6", 3.0, "sin_clasificar"),
        ("line:7", 2.0, "sin_clasificar"),
    ]


def test_the_province_of_buenos_aires_and_direct_beneficiaries_stay(tmp_path: Path) -> None:
    """The province keeps its code, and people a programme benefits directly stay so."""
    assert text_facts(
        tmp_path, "En la provincia de Buenos Aires se registraron 6 femicidios.\n"
    ) == [("line:2", 6.0, "femicidios", "AR", "AR-B", "", "")]
    assert text_facts(tmp_path, "El programa tuvo 300 beneficiarias directas.\n") == [
        ("line:2", 300.0, "beneficiarios_directos", "", "", "", "")
    ]


def test_a_report_and_a_request_named_by_their_numbers_are_no_values(tmp_path: Path) -> None:
    """pe_defensoria_muertes_dolosas_lgbti_2012_2021 (dev59): "a través del Informe Defensorial
    175" was a value; mx_fgj_cdmx_homicidios_diversidad_sexual_2016_2021 (dev59): "la
    solicitud de información 092453822000214" was read as 92 trillion femicides."""
    peru = corpus_facts(tmp_path, "pe_defensoria_muertes_dolosas_lgbti_2012_2021")
    assert [(f[0], f[1]) for f in peru] == [("line:6", 84.0), ("line:6", 88.0), ("line:6", 68.9)]
    city = corpus_facts(tmp_path, "mx_fgj_cdmx_homicidios_diversidad_sexual_2016_2021")
    assert [f for f in city if f[0] == "line:9"] == []
    assert ("line:10", 31.0) in [(f[0], f[1]) for f in city]


def test_counts_of_lgbti_people_are_no_count_of_womens_deaths(tmp_path: Path) -> None:
    """mx_fgj_cdmx_homicidios_diversidad_sexual_2016_2021 and
    hn_conadeh_lgbti_asesinados_judicializados_2022 (dev59): "ha cobrado 38 vidas" of members of
    the sexual diversity and "La mayoría de las muertes de la población LGBTI ... con 62 y 53
    casos" were read as deaths of women; they count people of every gender (no indicator)."""
    city = corpus_facts(tmp_path, "mx_fgj_cdmx_homicidios_diversidad_sexual_2016_2021")
    assert [(f[0], f[1], f[2], f[4]) for f in city if f[0] in ("line:2", "line:4")] == [
        ("line:2", 38.0, "sin_clasificar", "MX-CMX"),
        ("line:4", 38.0, "sin_clasificar", "MX-CMX"),
    ]
    honduras = corpus_facts(tmp_path, "hn_conadeh_lgbti_asesinados_judicializados_2022")
    assert [(f[0], f[1], f[2], f[4]) for f in honduras if f[0] == "line:9"] == [
        ("line:9", 62.0, "sin_clasificar", "HN-CR"),
        ("line:9", 53.0, "sin_clasificar", "HN-FM"),
    ]


def test_womens_deaths_and_travesticides_stay(tmp_path: Path) -> None:
    """Deaths of women and travesticides keep their indicators."""
    assert text_facts(tmp_path, "En 2022 murieron 45 mujeres de manera violenta.\n") == [
        ("line:2", 45.0, "muertes_mujeres_violencia", "", "", "2022-01-01", "2022-12-31")
    ]
    assert text_facts(tmp_path, "En 2022 se registraron 12 travesticidios.\n") == [
        ("line:2", 12.0, "femicidios", "", "", "2022-01-01", "2022-12-31")
    ]


def test_an_organisations_figures_quoted_by_an_office_are_not_published(tmp_path: Path) -> None:
    """hn_conadeh_lgbti_asesinados_judicializados_2022 (dev59): the 115 gay men, 44 trans people
    and 35 lesbians killed "de acuerdo a cifras de la organización hondureña LGBTI “Cattrachas”"
    (its name in quotes after the cue) were published as the ombudsman's;
    mx_fge_veracruz_homicidios_lgbti_2019_2023 (dev59): "el 47 por ciento" the prosecutors' files
    are of "los casos documentados por la organización civil" was published. The ombudsman's
    own figures stay."""
    honduras = corpus_facts(tmp_path, "hn_conadeh_lgbti_asesinados_judicializados_2022")
    assert [f for f in honduras if f[0] == "line:6"] == []
    assert [(f[0], f[1]) for f in honduras if f[0] in ("line:2", "line:7")] == [
        ("line:2", 43.0),
        ("line:2", 8.0),
        ("line:7", 23.0),
        ("line:7", 93.0),
    ]
    veracruz = corpus_facts(tmp_path, "mx_fge_veracruz_homicidios_lgbti_2019_2023")
    assert [f for f in veracruz if f[0] == "line:7"] == []
    assert ("line:2", 34.0, "MX-VER") in [(f[0], f[1], f[4]) for f in veracruz]


def test_a_country_people_come_from_is_no_place_of_the_figure(tmp_path: Path) -> None:
    """cl_sernameg_antofagasta_mujeres_extranjeras_atendidas_2022 (dev59): "un número aproximado
    de 106 mil 274 migrantes, gran parte proveniente de Bolivia con 38,6 por ciento, seguido de
    Colombia con 29,4" placed the 38.6 % in Bolivia and left the 29.4 out as another country's;
    both are shares of Antofagasta's migrants (lexicon ``scope.origin_before``)."""
    found = corpus_facts(tmp_path, "cl_sernameg_antofagasta_mujeres_extranjeras_atendidas_2022")
    assert [(f[0], f[1], f[3], f[4]) for f in found if f[0] == "line:6"] == [
        ("line:6", 21.08, "CL", "CL-AN"),
        ("line:6", 106274.0, "CL", "CL-AN"),
        ("line:6", 38.6, "CL", "CL-AN"),
        ("line:6", 29.4, "CL", "CL-AN"),
    ]


def test_a_country_that_is_the_subject_stays_another_countrys(tmp_path: Path) -> None:
    """A country named as what the figure is of, not where people come from, still keeps the
    figure out of the report's country; origins after "provenientes de" are the report's."""
    subject = "El SernamEG atendió en Chile a 400 mujeres en 2021, dentro de las cuales Venezuela"
    assert text_facts(tmp_path, f"{subject} aporta la mayor cantidad con 120 mujeres.\n") == [
        ("line:2", 400.0, "personas_asistidas", "CL", "", "2021-01-01", "2021-12-31")
    ]
    origin = "El SernamEG atendió en Chile a 400 mujeres en 2021, la mayoría provenientes de"
    assert [
        (f[1], f[3]) for f in text_facts(tmp_path, f"{origin} Venezuela con 120 mujeres.\n")
    ] == [(400.0, "CL"), (120.0, "CL")]
