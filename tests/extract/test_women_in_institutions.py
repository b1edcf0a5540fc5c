"""Women in the police, the armed forces, the judiciary and the public service as the
institutions count them, met in the development corpus (tests/acceptance/texts, part dev88):
counts in words of the staff a police force admits by grade ("ciento sesenta cadetes, ...,
trescientos veintiséis alistados") are counts (lexicon ``counts.nouns``); Chile's senior public
management system names its country (country file ``evidence.institutions``); a study an
organisation published gives estimates, not the office's work (``phrases.survey_words``); a
career's levels, a court's seats, the seats a vote renews and the bound a share does not reach
are no values (``never_values``). Each document case reads the real document as the
corpus runner does (its source line blanked) and fails with the code before this round; each
guard reads a real document or a close sentence whose reading must stay."""

from __future__ import annotations

from pathlib import Path

from .reports import corpus_document, facts, text_facts


def _facts(tmp_path: Path, name: str) -> list[tuple[object, ...]]:
    return facts(corpus_document(tmp_path, name), unit=True)


def test_staff_counted_in_words_by_grade_are_counts(tmp_path: Path) -> None:
    """do_policia_memoria_postulantes_ingresos_mujeres_2024 (dev88): "agotamos los procesos
    para el ingreso de ciento sesenta cadetes, siete oficiales subalternos, trescientos
    veintiséis alistados, tres mil ciento cuarenta y un estudiantes, trescientos noventa y un
    asimilados" (line 7): only the students were read; cadets, enlisted and assimilated staff
    are counted nouns too (the officers are not: "oficiales" as a count noun added false values
    elsewhere, so "siete oficiales subalternos" is still missed)."""
    found = _facts(tmp_path, "do_policia_memoria_postulantes_ingresos_mujeres_2024")
    assert [f[1] for f in found if f[0] == "line:7"] == [160.0, 326.0, 3141.0, 391.0]


def test_staff_nouns_count_only_right_after_the_number(tmp_path: Path) -> None:
    """Guards: "dos cadetes y tres alistadas" are counts; "dos cifras oficiales" counts nothing
    (the counted noun is the word right after the number) and "los tres niveles de gobierno"
    stays a reference."""
    found = text_facts(tmp_path, "Ingresaron dos cadetes y tres alistadas a la institución.")
    assert [f[1] for f in found] == [2.0, 3.0]
    none = text_facts(
        tmp_path, "El informe presenta dos cifras oficiales sobre los tres niveles de gobierno."
    )
    assert none == []


def test_chiles_senior_public_management_names_the_country(tmp_path: Path) -> None:
    """cl_servicio_civil_adp_mujeres_primera_vez_134_2025 (dev88): "106 mujeres han iniciado
    funciones en cargos de Alta Dirección Pública" (line 3), "hay 439 mujeres ... el 38% de los
    1.164 altos directivos" (line 5) had no country: the civil service's system, its council
    ("un Consejo de Alta Dirección Pública (ADP)") and the regulator of electricity and fuels
    are Chile's."""
    found = _facts(tmp_path, "cl_servicio_civil_adp_mujeres_primera_vez_134_2025")
    assert {f[4] for f in found} == {"CL"}
    assert [f[1] for f in found if f[0] == "line:5"] == [439.0, 38.0, 1164.0]


def test_perus_civil_service_authority_stays_perus(tmp_path: Path) -> None:
    """Guard: "la Autoridad Nacional del Servicio Civil (Servir)" is Peru's
    (pe_servir_denuncias_acoso_sexual_entidades_2021, part dev): "Servicio Civil" alone names
    no country, so its values stay Peru's."""
    found = _facts(tmp_path, "pe_servir_denuncias_acoso_sexual_entidades_2021")
    assert found
    assert {f[4] for f in found} == {"PE"}


def test_a_study_an_organisation_published_gives_estimates(tmp_path: Path) -> None:
    """mx_ssc_cdmx_unidad_genero_investigaciones_acoso_2020 (dev88): "la organización Causa en
    Común publicó un estudio que mostró que 68% de las policías mujeres han sufrido al menos
    comentarios lascivos ..., pero el 21% dijo no haber denunciado" (line 6): the study's
    estimates of a population (lexicon ``phrases.survey_words``), not the gender unit's work;
    its investigations (line 3) and the prosecutors' complaints (line 7) stay."""
    found = _facts(tmp_path, "mx_ssc_cdmx_unidad_genero_investigaciones_acoso_2020")
    assert [f[1] for f in found if f[0] == "line:6"] == []
    assert ("line:3", 205.0, "denuncias_violencia") in [f[:3] for f in found]
    assert ("line:7", 117.0, "denuncias_violencia") in [f[:3] for f in found]


def test_an_institutions_own_shares_stay_beside_a_study(tmp_path: Path) -> None:
    """Guard: a count and a share of the office's own records, before a study is brought in,
    stay ("La unidad recibió 50 denuncias. El 40% de las denuncias fueron por acoso.")."""
    found = text_facts(
        tmp_path,
        "La unidad recibió 50 denuncias. El 40% de las denuncias fueron por acoso.\n"
        "Una organización publicó un estudio que mostró que 68% de las policías sufrieron acoso.",
    )
    assert [f[:2] for f in found if f[0] == "line:2"] == [("line:2", 50.0), ("line:2", 40.0)]


def test_the_levels_of_a_career_count_nothing(tmp_path: Path) -> None:
    """cr_corte_suprema_magistradas_representacion_femenina (dev88): "los jueces reciben
    categorías que van del 1 al 6" (line 11) were two values (lexicon
    ``never_values.scale_levels``); "de las 22 sillas disponibles apenas 5 ... son ocupadas por
    abogadas" (line 5) gave the court's seats and missed the women holding them, and "renovar el
    22% de las magistraturas" (line 7) is the share of seats a vote renews (lexicon
    ``never_values.posts_at_stake``, ``posts_renewed``)."""
    found = _facts(tmp_path, "cr_corte_suprema_magistradas_representacion_femenina")
    assert [f[:2] for f in found] == [
        ("line:5", 5.0),
        ("line:6", 46.0),
        ("line:6", 8.0),
        ("line:9", 13.0),
    ]


def test_a_count_after_a_scale_word_stays(tmp_path: Path) -> None:
    """Guard: counts with their nouns near the same words stay ("a 120 juezas de todas las
    categorías" is no level of a scale, "30 sillas de ruedas" are no seats of a court)."""
    found = text_facts(
        tmp_path,
        "Se capacitó a 120 juezas de todas las categorías y se entregaron 30 sillas de ruedas.",
    )
    assert [f[1] for f in found] == [120.0, 30.0]


def test_a_share_a_count_does_not_reach_is_a_bound(tmp_path: Path) -> None:
    """pe_mininter_personal_policial_femenino_comisarias_2022 (dev88): "244 efectivos en
    dependencias policiales. De ellos, solo dos son mujeres, una cifra que ni siquiera alcanza
    el 1% del total." (line 3): the bound the share stays under, no share (lexicon
    ``never_values.share_below``); the officers and the two women stay."""
    found = _facts(tmp_path, "pe_mininter_personal_policial_femenino_comisarias_2022")
    assert [f[1] for f in found if f[0] == "line:3"] == [244.0, 2.0]


def test_a_share_reached_stays(tmp_path: Path) -> None:
    """The bound a coverage did not reach goes, the share it reached after it stays ("no
    alcanza el 40% de los municipios, y llegó al 35% de ellos")."""
    found = text_facts(
        tmp_path, "La cobertura no alcanza el 40% de los municipios, y llegó al 35% de ellos."
    )
    assert [f[1] for f in found] == [35.0]
