"""A dateline's town and its division, a department's demonym, a Mexican state prosecutor's
agents, counts of territorial units, a connective read as a referral and women who "han
ingresado" to a centre, met in the development corpus (tests/acceptance/texts, part dev32):
"Tijuana, BC., a 15 de abril de 2024.-"; "la protección de las vallecaucanas"; "todas atendidas
por los Ministerios Públicos de la Fiscalía General de Justicia del Estado (FGJE)"; "casi 1.000
ñublensinas en 13 comunas de la región"; "Derivado de lo anterior, ha sido posible que la Policía
Municipal, atienda 6 mil 480 casos"; "243 mujeres han ingresado a los Centros de la Mujer". Each
document case reads the real document as the corpus runner does (its source line blanked) and
asserts the line, the number, the indicator and the place of what is published; each sentence
case guards what must stay."""

from __future__ import annotations

from pathlib import Path

from genero_etl.model import Observation
from genero_etl.normalize.codebook import load_codebook
from genero_etl.normalize.places import infer_place

from .reports import extracted

DOCS = Path(__file__).parents[1] / "acceptance" / "texts" / "docs"

Row = tuple[str, float, str | None, str, str]


def _rows(observations: list[Observation]) -> list[Row]:
    return [
        (o.source_locator.split()[0], float(o.value), o.indicator_id, o.country, o.admin1)
        for o in observations
    ]


def _read(tmp_path: Path, name: str) -> list[Row]:
    """Line, value, indicator, country and division of every value of the corpus document."""
    text = (DOCS / f"{name}.txt").read_text(encoding="utf-8")
    return _rows(extracted(tmp_path, "\n" + text.split("\n", 1)[1], f"{name}.txt"))


def test_a_dateline_town_followed_by_its_division_is_the_place(tmp_path: Path) -> None:
    """mx_tijuana_sspcm_boton_morado_2024 (dev32): "Tijuana, BC., a 15 de abril de 2024.-"
    names the municipality and its state's abbreviation: every value is Baja California's
    (they had no country at all), and the 500 aggressors detained stay agresores_detenidos."""
    found = _read(tmp_path, "mx_tijuana_sspcm_boton_morado_2024")
    assert ("line:7", 500.0, "agresores_detenidos", "MX", "MX-BCN") in found
    assert ("line:5", 109000.0, "sin_clasificar", "MX", "MX-BCN") in found
    assert {(c, a) for *_, c, a in found} == {("MX", "MX-BCN")}


def test_a_town_followed_by_another_division_is_not_confirmed() -> None:
    """A municipality's name followed by a division it does not lie in confirms nothing: only
    its own division does ("Tijuana, Sonora" is no dateline of Tijuana)."""
    own = infer_place("\nTijuana, BC., a 15 de abril.- La alcaldía informó.\n")
    other = infer_place("\nTijuana, Sonora, a 15 de abril.- La alcaldía informó.\n")
    assert (own.place.country, own.place.admin1, own.place.municipality) == (
        "MX",
        "MX-BCN",
        "Tijuana",
    )
    assert other.place.municipality == ""


def test_a_connective_derivado_de_lo_anterior_is_no_referral(tmp_path: Path) -> None:
    """mx_tijuana_sspcm_boton_morado_2024 (dev32): "Derivado de lo anterior, ha sido posible que
    la Policía Municipal, atienda 6 mil 480 casos de violencia donde se brindó asesoría" counts
    cases the police attended (personas_asistidas), not cases referred (casos_derivados)."""
    found = _read(tmp_path, "mx_tijuana_sspcm_boton_morado_2024")
    assert ("line:6", 6480.0, "personas_asistidas", "MX", "MX-BCN") in found


def test_cases_derived_to_an_office_stay_referrals(tmp_path: Path) -> None:
    """'derivados a la Fiscalía' still refers cases, whatever connective the sentence has."""
    text = (
        "\nDerivado de lo anterior, el Instituto Municipal de las Mujeres de Saltillo informó que "
        "45 casos fueron derivados a la Fiscalía.\n"
    )
    found = [(w, v, i) for w, v, i, _, _ in _rows(extracted(tmp_path, text))]
    assert ("line:2", 45.0, "casos_derivados") in found


def test_a_department_demonym_says_the_department(tmp_path: Path) -> None:
    """co_valle_secretaria_mujer_ruta_atencion_2019 (dev32): "en el Valle del Cauca" once and
    "la protección de las vallecaucanas" say Colombia's Valle del Cauca (country file
    ``admin1.evidence``): its cases reported and attended had no country."""
    found = _read(tmp_path, "co_valle_secretaria_mujer_ruta_atencion_2019")
    assert ("line:3", 1026.0, "personas_asistidas", "CO", "CO-VAC") in found
    assert ("line:3", 1667.0, "sin_clasificar", "CO", "CO-VAC") in found
    assert ("line:4", 626.0, "sin_clasificar", "CO", "CO-VAC") in found


def test_a_state_prosecutor_and_its_agents_make_no_national_report(tmp_path: Path) -> None:
    """mx_zacatecas_cjm_denuncias_quincena_mayo (dev32): "los Ministerios Públicos de la Fiscalía
    General de Justicia del Estado (FGJE)" are a state's prosecutors (country file
    ``evidence.local_offices``), so the report is Zacatecas' and not national: its complaints and
    women attended are MX-ZAC (they had no division)."""
    found = _read(tmp_path, "mx_zacatecas_cjm_denuncias_quincena_mayo")
    assert ("line:2", 82.0, "denuncias_violencia", "MX", "MX-ZAC") in found
    assert ("line:3", 74.0, "personas_asistidas", "MX", "MX-ZAC") in found


def test_territorial_units_are_no_people_attended(tmp_path: Path) -> None:
    """cl_sernameg_nuble_centros_mujer_2025 (dev32) and pe_cem_mancora_piura_2023 (dev3): "casi
    1.000 ñublensinas en 13 comunas de la región" and "10 CEM en Comisaría, ubicados en 8
    provincias" count communes and provinces (codebook ``counted_nouns.territorios``): the
    numbers stay, unclassified, no longer people attended. "243 mujeres han ingresado a los
    Centros de la Mujer" and the 594 who received guidance are people attended."""
    nuble = _read(tmp_path, "cl_sernameg_nuble_centros_mujer_2025")
    assert ("line:6", 13.0, "sin_clasificar", "CL", "CL-NB") in nuble
    assert ("line:3", 243.0, "personas_asistidas", "CL", "CL-NB") in nuble
    assert ("line:3", 594.0, "personas_asistidas", "CL", "CL-NB") in nuble
    mancora = _read(tmp_path, "pe_cem_mancora_piura_2023")
    assert ("line:12", 8.0, "sin_clasificar", "PE", "PE-PIU") in mancora
    assert ("line:12", 10.0, "centros_atencion", "PE", "PE-PIU") in mancora


def test_municipalities_under_an_alert_stay_counted() -> None:
    """The municipalities of a gender-violence alert count municipalities: the territorial
    nouns rule leaves their indicator ("16 municipios de la entidad" with the alert)."""
    codebook = load_codebook()
    alert = codebook.indicators["municipios_con_declaratoria"]
    assert not codebook.counts_other("municipios de la entidad", alert)
    assert codebook.counts_other("comunas de la región", codebook.indicators["personas_asistidas"])


def test_a_facility_named_like_a_territorial_unit_stays_a_facility(tmp_path: Path) -> None:
    """uy_montevideo_comuna_mujer_2025 (dev): "Las 14 Comuna Mujer brindan atención psicosocial y
    jurídica" counts Montevideo's women's centres (centros_atencion), although "comuna" is also
    a unit of the territory."""
    found = _read(tmp_path, "uy_montevideo_comuna_mujer_2025")
    assert [(w, v, i) for w, v, i, _, _ in found if w == "line:12" and v == 14.0] == [
        ("line:12", 14.0, "centros_atencion")
    ]
