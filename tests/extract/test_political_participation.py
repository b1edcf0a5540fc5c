"""Women's political participation as electoral bodies count it, met in the development corpus
(tests/acceptance/texts, part dev81): an electoral body's name says its country (Bolivia's
"Órgano Electoral Plurinacional", the Dominican "Junta Central Electoral", Costa Rica's
"Tribunal Supremo de Elecciones"), and the Dominican board's dateline "Santo Domingo.-" is where
it sits, not the province of that name; the women elected to a post named by its feminine plural
("22 mujeres como alcaldesas y 3 intendentas") are women in local posts; the posts women
reached ("alcanzaron 479 puestos") are no people a campaign reached; and the whole an election
fills or a law sets is no count: a country's mayoralties and congress seats ("12 de las 340
alcaldías", "32 de las 160 bancas", "De los 128 diputados electos"), the posts in dispute
("20,415 cargos de elección popular estuvieron en disputa", "la renovación de las 15
gubernaturas"), a law's kind before its number ("la Ley Estatutaria 1475"), the share a quota
requires ("deben estar conformados en un 30 %", "una participación de mujeres del 30%"), how
much of the vote is counted ("procesada al 100%", "van más del 50%") and the women a census
counts. Each document case reads the real document as the corpus runner does (its source line
blanked); each guard case reads a real document whose value must stay as it was."""

from __future__ import annotations

from pathlib import Path

from .reports import corpus_document, corpus_facts


def test_an_electoral_body_says_its_country(tmp_path: Path) -> None:
    """bo_oep_denuncias_renuncias_acoso_politico_septiembre_2018, cr_tse_ungl_regidoras_
    alcaldesas_directorios_2024 and do_jce_mujeres_cargos_municipales_2024 (dev81): no value had
    Bolivia's country (the Órgano Electoral Plurinacional, its departmental tribunals and Ley
    243 named), Costa Rica's (named once, against the "regidoras" Mexico's reports write) or the
    Dominican Republic's (the Junta Central Electoral and "Santo Domingo", also a Mexican
    municipality, gave Mexico)."""
    bolivia = corpus_facts(tmp_path, "bo_oep_denuncias_renuncias_acoso_politico_septiembre_2018")
    assert ("line:4", 90.0, "BO") in [(f[0], f[1], f[3]) for f in bolivia]
    costa_rica = corpus_facts(tmp_path, "cr_tse_ungl_regidoras_alcaldesas_directorios_2024")
    assert {f[3] for f in costa_rica} == {"CR"}
    dominican = corpus_facts(tmp_path, "do_jce_mujeres_cargos_municipales_2024")
    assert {f[3] for f in dominican} == {"DO"}


def test_the_electoral_boards_dateline_is_where_it_sits(tmp_path: Path) -> None:
    """do_jce_mujeres_cargos_municipales_2024 (dev81): "Santo Domingo.- La Junta Central
    Electoral (JCE) informó que 1,598 mujeres ocuparán los cargos ..." (line 2): the board's
    national count, never the province of Santo Domingo's (DO-32)."""
    found = corpus_facts(tmp_path, "do_jce_mujeres_cargos_municipales_2024")
    assert ("line:2", 1598.0, "DO", "") in [(f[0], f[1], f[3], f[4]) for f in found]
    assert {f[4] for f in found} == {""}


def test_women_elected_named_by_the_posts_feminine_plural(tmp_path: Path) -> None:
    """cr_tse_ungl_regidoras_alcaldesas_directorios_2024 (dev81): "se eligieron un total de 22
    mujeres como alcaldesas y 3 intendentas en todo el territorio nacional" (line 7), and
    pe_onpe_alcaldesas_electas_regionales_municipales_2018: "Apenas ocho mujeres han sido
    elegidas alcaldesas en el país" (line 3), of no indicator before."""
    found = corpus_facts(tmp_path, "cr_tse_ungl_regidoras_alcaldesas_directorios_2024")
    line7 = [(f[1], f[2]) for f in found if f[0] == "line:7"]
    assert (22.0, "mujeres_en_cargos") in line7
    assert (3.0, "mujeres_en_cargos") in line7
    peru = corpus_facts(tmp_path, "pe_onpe_alcaldesas_electas_regionales_municipales_2018")
    assert ("line:3", 8.0, "mujeres_en_cargos") in [f[:3] for f in peru]


def test_officials_a_group_is_made_of_are_no_women_elected(tmp_path: Path) -> None:
    """mx_guanajuato_avgm_acciones_municipios_2024 (dev, a value of its gold): "el grupo
    interinstitucional ... integrado por alcaldes y alcaldesas de 17 municipios" (line 5) are
    the municipalities under the alert, as the code before this round read them."""
    found = corpus_facts(tmp_path, "mx_guanajuato_avgm_acciones_municipios_2024")
    assert ("line:5", 17.0, "municipios_con_declaratoria") in [f[:3] for f in found]


def test_posts_women_reached_are_no_campaigns_reach(tmp_path: Path) -> None:
    """do_jce_mujeres_cargos_municipales_2024 (dev81): "para las regidurías las féminas
    alcanzaron 479 puestos" (line 3) gave people reached by a campaign."""
    found = corpus_facts(tmp_path, "do_jce_mujeres_cargos_municipales_2024")
    line3 = [f[2] for f in found if f[0] == "line:3" and f[1] == 479.0]
    assert line3 == ["sin_clasificar"]


def test_a_countrys_mayoralties_and_congress_seats_are_its_map(tmp_path: Path) -> None:
    """gt_tse_mujeres_cargos_electos_2023 (dev81): "las 340 municipalidades" (line 6) and "32 de
    las 160 bancas en el organismo legislativo" (line 7); hn_cne_diputadas_electas_congreso_2025:
    "De los 128 diputados electos, 91 son hombres (71%) y 37 mujeres (29%)" (line 3): the whole
    goes, the women's and the men's counts stay."""
    guatemala = corpus_facts(tmp_path, "gt_tse_mujeres_cargos_electos_2023")
    assert [f[1] for f in guatemala if f[0] in ("line:6", "line:7")] == [32.0]
    honduras = corpus_facts(tmp_path, "hn_cne_diputadas_electas_congreso_2025")
    line3 = [f[1] for f in honduras if f[0] == "line:3"]
    assert 128.0 not in line3
    assert line3[:4] == [91.0, 71.0, 37.0, 29.0]


def test_posts_in_dispute_are_no_counts(tmp_path: Path) -> None:
    """mx_ine_candidaturas_mujeres_elecciones_locales_2021 (dev81): "20,415 cargos de elección
    popular estuvieron en disputa" and "diputaciones de 30 congresos locales" (line 2), "los 16
    diferentes cargos de elección popular" (line 5), "Para la renovación de las 15 gubernaturas
    se presentaron 133 candidatos y candidatas" (line 6); gt_tse_mujeres_cargos_electos_2023:
    "De los 4,336 cargos que se eligieron ..., las mujeres obtuvieron 545" (line 5)."""
    mexico = [
        f[:2] for f in corpus_facts(tmp_path, "mx_ine_candidaturas_mujeres_elecciones_locales_2021")
    ]
    for gone in (("line:2", 20415.0), ("line:2", 30.0), ("line:5", 16.0), ("line:6", 15.0)):
        assert gone not in mexico
    assert ("line:6", 133.0) in mexico
    guatemala = [f[:2] for f in corpus_facts(tmp_path, "gt_tse_mujeres_cargos_electos_2023")]
    assert ("line:5", 4336.0) not in guatemala
    assert ("line:5", 545.0) in guatemala


def test_a_quota_laws_kind_and_share_are_no_values(tmp_path: Path) -> None:
    """co_registraduria_candidatas_inscritas_territoriales_2023 (dev81): "la Ley Estatutaria
    1475 de 2011, que establece que las listas ... deben estar conformados en un 30 % por
    mujeres, en los casos en los que se elijan más de 5 curules" (line 5) gave 1475, 30 % and 5;
    pe_onpe_alcaldesas_electas_regionales_municipales_2018: "una cuota electoral de género (que
    asegura una participación de mujeres del 30%)" (line 5)."""
    colombia = corpus_facts(tmp_path, "co_registraduria_candidatas_inscritas_territoriales_2023")
    assert "line:5" not in [f[0] for f in colombia]
    assert ("line:3", 52209.0) in [f[:2] for f in colombia]
    peru = corpus_facts(tmp_path, "pe_onpe_alcaldesas_electas_regionales_municipales_2018")
    assert [f[1] for f in peru if f[0] == "line:5"] == [8.0]


def test_how_much_of_the_vote_is_counted_is_no_share(tmp_path: Path) -> None:
    """pe_onpe_alcaldesas_electas_regionales_municipales_2018 (dev81): "según la votación
    procesada al 100% en sus jurisdicciones por la Oficina Nacional de Procesos Electorales"
    (line 5); hn_cne_diputadas_electas_congreso_2025: "el CNE aún no ha finalizado el
    escrutinio de las actas a nivel de diputaciones (van más del 50%)" (line 4)."""
    peru = corpus_document(tmp_path, "pe_onpe_alcaldesas_electas_regionales_municipales_2018")
    assert 100.0 not in [float(o.value) for o in peru if o.source_locator.startswith("line:5 ")]
    honduras = corpus_facts(tmp_path, "hn_cne_diputadas_electas_congreso_2025")
    line4 = [f[1] for f in honduras if f[0] == "line:4"]
    assert 50.0 not in line4
    assert line4[:5] == [632.0, 280.0, 44.0, 352.0, 56.0]


def test_the_women_a_census_counts_are_no_count(tmp_path: Path) -> None:
    """pe_onpe_alcaldesas_electas_regionales_municipales_2018 (dev81): "En el Perú hay
    14’931.127 mujeres, de acuerdo al censo realizado el año pasado" (line 4)."""
    peru = corpus_facts(tmp_path, "pe_onpe_alcaldesas_electas_regionales_municipales_2018")
    assert 14931127.0 not in [f[1] for f in peru if f[0] == "line:4"]
