"""The indicator codebook: real label phrasings from many countries, negations, missing data,
percentages, and a workspace's own codebook."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from genero_etl.normalize.codebook import CODEBOOK_RELPATH, Codebook, load_codebook
from genero_etl.resources import default_schemas_dir

# (country, label as printed in an office's report or table, expected indicator id)
PHRASINGS = [
    ("AR", "Femicidios directos", "femicidios"),
    ("AR", "Travesticidios / transfemicidios", "femicidios"),
    ("AR", "Femicidios vinculados", "femicidios"),
    ("AR", "Tentativas de femicidio", "intentos_femicidio"),
    ("AR", "Niñas, niños y adolescentes huérfanos por femicidio", "huerfanos_femicidio"),
    ("AR", "Hijas e hijos que quedaron sin madre", "huerfanos_femicidio"),
    ("AR", "Beneficiarios de la Ley Brisa", "huerfanos_femicidio"),
    ("AR", "Nacidos vivos de madres adolescentes", "nacimientos_ninas_adolescentes"),
    ("GT", "Embarazos en niñas de 10 a 14 años", "nacimientos_ninas_adolescentes"),
    ("MX", "Nacimientos en niñas de 14 años y menos", "nacimientos_ninas_adolescentes"),
    ("PY", "Partos de niñas y adolescentes", "nacimientos_ninas_adolescentes"),
    ("AR", "Llamadas a la Línea 144", "llamadas_linea_atencion"),
    ("AR", "Comunicaciones recibidas por WhatsApp", "llamadas_linea_atencion"),
    ("AR", "Botones antipánico entregados", "botones_antipanico_entregados"),
    ("AR", "Dispositivos duales activos", "botones_antipanico_entregados"),
    ("AR", "Tobilleras electrónicas colocadas", "botones_antipanico_entregados"),
    ("AR", "Restricciones perimetrales dictadas", "medidas_proteccion"),
    ("AR", "Exclusión del hogar del agresor", "medidas_proteccion"),
    ("AR", "Agentes capacitados en Ley Micaela", "ley_micaela_personas_capacitadas"),
    ("AR", "Personas formadas en perspectiva de género", "personas_capacitadas_genero"),
    ("AR", "Talleres de ESI", "capacitaciones_realizadas"),
    ("AR", "Subsidios del Programa Acompañar", "subsidios_otorgados"),
    ("AR", "Mujeres alojadas en el Hogar de Protección Integral", "refugios_personas_alojadas"),
    ("AR", "Personas asesoradas por el equipo interdisciplinario", "personas_asistidas"),
    ("AR", "Varones derivados por protocolo", "varones_derivados"),
    ("AR", "Concejalas mujeres", "mujeres_en_cargos"),
    ("MX", "Feminicidios", "femicidios"),
    ("MX", "Homicidios dolosos de mujeres", "homicidios_mujeres"),
    ("MX", "Presuntas víctimas mujeres de homicidio doloso", "homicidios_mujeres"),
    ("MX", "Órdenes de protección emitidas", "medidas_proteccion"),
    (
        "MX",
        "Llamadas de emergencia al 911 relacionadas con violencia contra la mujer",
        "llamadas_linea_atencion",
    ),
    ("MX", "Mujeres atendidas en el Centro de Justicia para las Mujeres", "personas_asistidas"),
    ("MX", "Asesorías jurídicas brindadas", "personas_asistidas"),
    ("MX", "Atenciones psicológicas", "personas_asistidas"),
    ("MX", "Casos canalizados a la Fiscalía", "casos_derivados"),
    ("MX", "Mujeres albergadas en el refugio", "refugios_personas_alojadas"),
    ("MX", "Servidoras y servidores públicos capacitados", "servidores_publicos_capacitados"),
    ("MX", "Carpetas de investigación iniciadas", "delitos_sesnsp"),
    ("MX", "Presupuesto ejercido del programa E015", "presupuesto_genero"),
    ("MX", "Recomendaciones de la AVGM atendidas", "recomendaciones_avgm_atendidas"),
    ("MX", "Metas cumplidas", "metas_cumplidas"),
    ("MX", "Vinculados a proceso por violencia familiar", "agresores_detenidos"),
    ("MX", "Municipios con Alerta de Violencia de Género", "municipios_con_declaratoria"),
    ("PE", "Casos atendidos por los Centros Emergencia Mujer", "personas_asistidas"),
    ("PE", "Atenciones en los CEM", "personas_asistidas"),
    ("BO", "Denuncias por acoso y violencia política", "denuncias_violencia_politica"),
    ("MX", "Quejas y denuncias por VPMRG", "denuncias_violencia_politica"),
    ("EC", "Causas por violencia política de género", "denuncias_violencia_politica"),
    ("AR", "Denuncias por violencia de género digital", "denuncias_violencia_digital"),
    (
        "MX",
        "Carpetas de investigación por delitos contra la intimidad sexual",
        "denuncias_violencia_digital",
    ),
    ("MX", "Denuncias por ciberacoso", "denuncias_violencia_digital"),
    (
        "MX",
        "Personas inscritas en el Registro de Personas Sancionadas",
        "personas_sancionadas_violencia",
    ),
    (
        "PE",
        "Servidores sancionados por hostigamiento sexual laboral",
        "personas_sancionadas_violencia",
    ),
    ("PE", "Consultas telefónicas de la Línea 100", "llamadas_linea_atencion"),
    ("PE", "Chat 100", "llamadas_linea_atencion"),
    ("PE", "Tentativas de feminicidio", "intentos_femicidio"),
    ("PE", "Víctimas de feminicidio", "femicidios"),
    ("PE", "Hogares de refugio temporal", "refugios_personas_alojadas"),
    ("PE", "Centros Emergencia Mujer", "centros_atencion"),
    ("CL", "Femicidios consumados", "femicidios"),
    ("CL", "Femicidios frustrados", "intentos_femicidio"),
    ("CL", "Denuncias por VIF", "denuncias_violencia"),
    ("CL", "Casas de acogida: mujeres ingresadas", "refugios_personas_alojadas"),
    ("CL", "Fono Mujer 1455", "llamadas_linea_atencion"),
    ("CL", "Personas detenidas por violencia intrafamiliar", "agresores_detenidos"),
    ("UY", "Denuncias de violencia doméstica", "denuncias_violencia"),
    ("UY", "Tobilleras instaladas", "botones_antipanico_entregados"),
    ("UY", "Personas imputadas", "agresores_detenidos"),
    ("UY", "Mujeres en casa de breve estadía", "refugios_personas_alojadas"),
    ("CO", "Llamadas atendidas por la Línea Púrpura", "llamadas_linea_atencion"),
    ("CO", "Medidas de protección otorgadas por comisarías de familia", "medidas_proteccion"),
    ("CO", "Casas Refugio: mujeres acogidas", "refugios_personas_alojadas"),
    ("CO", "Orientaciones psicosociales", "personas_asistidas"),
    ("CR", "Femicidios según artículo 21 de la LPVcM", "femicidios"),
    ("CR", "Mujeres egresadas de los albergues del INAMU", "refugios_personas_alojadas"),
    ("CR", "Sentencias condenatorias por femicidio", "sentencias_condenatorias"),
    ("GT", "Denuncias recibidas por el Ministerio Público", "denuncias_violencia"),
    ("GT", "Delitos contra la libertad sexual", "denuncias_violencia"),
    # reports set them side by side ("11 femicidios y 16 muertes violentas"): not the same count
    ("GT", "Muertes violentas de mujeres", "muertes_mujeres_violencia"),
    ("GT", "Muertes violentas de mujeres por razones de género", "femicidios"),
    ("DO", "Órdenes de alejamiento", "medidas_proteccion"),
    ("DO", "Órdenes de arresto ejecutadas", "agresores_detenidos"),
    ("DO", "Querellas por violencia de género", "denuncias_violencia"),
    ("BO", "Casos de violencia familiar o doméstica", "denuncias_violencia"),
    ("BO", "Infanticidios", "sin_clasificar"),
    ("PY", "Llamadas al SOS Mujer 137", "llamadas_linea_atencion"),
    ("PY", "Servicios brindados por Ciudad Mujer", "personas_asistidas"),
    ("EC", "Boletas de auxilio emitidas", "medidas_proteccion"),
    ("HN", "Mujeres fallecidas por violencia", "muertes_mujeres_violencia"),
    ("EC", "Personas participantes en los talleres", "participantes_actividades"),
    ("MX", "Personas alcanzadas en redes sociales", "personas_alcanzadas_campanas"),
    ("AR", "Presupuesto con perspectiva de género (PPG)", "presupuesto_genero"),
    ("MX", "Tasa de feminicidios por cada 100 mil mujeres", "tasa_femicidios"),
]

# A label that negates its indicator is not that indicator.
NEGATIONS = [
    ("Homicidios de mujeres que no son femicidio", "homicidios_mujeres"),
    ("Homicidios de mujeres no calificados como feminicidio", "homicidios_mujeres"),
    ("Personas sin capacitación", "sin_clasificar"),
    ("Agentes no capacitados en Ley Micaela", "sin_clasificar"),
    ("Mujeres que no denunciaron", "sin_clasificar"),
    ("Casos sin medidas de protección", "sin_clasificar"),
    ("Llamadas no atendidas", "llamadas_linea_atencion"),
    ("No. de denuncias", "denuncias_violencia"),
    ("Femicidio no íntimo", "femicidios"),
]

# Words that look like an indicator's but are not it.
LOOK_ALIKES = [
    ("Amenazas de muerte", "sin_clasificar"),
    # crime types of Mexico's incidence files (SESNSP), not trainings, arrests or assistance
    ("Delitos cometidos por servidores públicos", "sin_clasificar"),
    ("Evasión de presos", "sin_clasificar"),
    ("Incumplimiento de obligaciones de asistencia familiar", "sin_clasificar"),
    ("Inasistencias", "sin_clasificar"),
    ("Línea 1.2.3 del programa", "sin_clasificar"),
    ("Violación de derechos humanos", "sin_clasificar"),
    ("Personas informadas sobre sus derechos", "sin_clasificar"),
    ("Asistencia técnica", "sin_clasificar"),
    ("Mujeres no atendidas", "sin_clasificar"),
    ("Dispositivos territoriales de la provincia", "sin_clasificar"),
    # all births of a year, not those of girls and adolescents
    ("Nacimientos registrados en el año", "sin_clasificar"),
]

NO_DATA = [
    "No Informado",
    "Sin dato",
    "S/D",
    "N/D",
    "Ns/Nr",
    "No especificado",
    "Sin información",
    "Desconocido",
    "-",
    "...",
]


@pytest.fixture(scope="module")
def book() -> Codebook:
    return load_codebook()


@pytest.mark.parametrize(
    ("country", "label", "expected"),
    PHRASINGS,
    ids=[f"{c}-{label[:40]}" for c, label, _ in PHRASINGS],
)
def test_real_phrasings(book: Codebook, country: str, label: str, expected: str) -> None:
    assert book.classify(label).id == expected, country


def test_phrasings_cover_many_countries() -> None:
    assert len(PHRASINGS) >= 80
    assert len({c for c, _, _ in PHRASINGS}) >= 10


@pytest.mark.parametrize(("label", "expected"), NEGATIONS, ids=[n[0] for n in NEGATIONS])
def test_negation(book: Codebook, label: str, expected: str) -> None:
    assert book.classify(label).id == expected


@pytest.mark.parametrize(("label", "expected"), LOOK_ALIKES, ids=[n[0] for n in LOOK_ALIKES])
def test_look_alikes(book: Codebook, label: str, expected: str) -> None:
    assert book.classify(label).id == expected


@pytest.mark.parametrize("label", NO_DATA)
def test_missing_data_is_never_an_indicator(book: Codebook, label: str) -> None:
    # even under a heading that would classify any other label
    assert book.is_no_data(label)
    assert book.classify(label, "Personas capacitadas en Ley Micaela").id == "sin_clasificar"


def test_ordinary_labels_are_not_missing_data(book: Codebook) -> None:
    assert not book.is_no_data("")
    assert not book.is_no_data("Informe anual")
    assert not book.is_no_data("Personas informadas")


def test_percentage_only_under_a_percentage_indicator(book: Codebook) -> None:
    assert book.classify("Femicidios").id == "femicidios"
    assert book.classify("Femicidios", percentage=True).id == "sin_clasificar"
    found = book.classify("Avance en el cumplimiento de las recomendaciones AVGM", percentage=True)
    assert (found.id, found.value_kind, found.unit) == (
        "avance_recomendaciones_avgm",
        "percentage",
        "%",
    )


def test_words_next_to_the_number_outweigh_the_sentence(book: Codebook) -> None:
    # noun | words before | words after, as text extraction builds a label
    assert book.classify("denuncias | La línea 137 registró").id == "denuncias_violencia"
    assert book.classify("consultas | La Línea 100 atendió").id == "llamadas_linea_atencion"
    assert book.classify("servicios | los dos albergues registraron").id == (
        "refugios_personas_alojadas"
    )


def test_context_only_when_the_label_says_nothing(book: Codebook) -> None:
    assert book.classify("casos", "Feminicidios en el primer semestre").id == "femicidios"
    assert book.classify("denuncias", "Feminicidios en el primer semestre").id == (
        "denuncias_violencia"
    )
    # a source address's words count as context
    assert book.classify("", "fuente: https://x.gob.pe/linea-100-atendio-llamadas").id == (
        "llamadas_linea_atencion"
    )
    assert book.classify("casos", "").id == "sin_clasificar"


def test_a_count_of_people_is_never_money(book: Codebook) -> None:
    assert book.classify("mujeres", "Inversión en vidas").id == "sin_clasificar"
    assert book.classify("Inversión en refugios").id == "presupuesto_genero"


def test_each_distinct_label_is_classified_once(monkeypatch: pytest.MonkeyPatch) -> None:
    book = load_codebook()
    calls: list[str] = []
    original = Codebook._best

    def counting(self: Codebook, text: str, noun: str, *rest: bool) -> object:
        calls.append(text)
        return original(self, text, noun, *rest)

    monkeypatch.setattr(Codebook, "_best", counting)
    label = "Órdenes de protección emitidas en el municipio de prueba"
    first = book.classify(label)
    again = book.classify(label)
    assert first is again and first.id == "medidas_proteccion"
    assert len(calls) == 1


def test_the_shipped_codebook_is_loaded_and_compiled_once() -> None:
    assert load_codebook() is load_codebook()


def test_every_indicator_is_documented() -> None:
    data = yaml.safe_load((default_schemas_dir() / CODEBOOK_RELPATH).read_text(encoding="utf-8"))
    ids = [entry["id"] for entry in data["indicators"]]
    assert len(ids) == len(set(ids)) >= 49
    for entry in data["indicators"]:
        missing = [
            k for k in ("label_es", "label_en", "theme", "unit", "definition") if not entry.get(k)
        ]
        assert not missing, (entry["id"], missing)
        assert entry.get("match"), entry["id"]
    kinds = {entry.get("value_kind", "observed") for entry in data["indicators"]}
    assert kinds <= {"observed", "percentage", "rate", "budget", "target"}


def _workspace(tmp_path: Path, text: str) -> Path:
    folder = tmp_path / "schemas" / "codebook"
    folder.mkdir(parents=True)
    (folder / "indicators.yaml").write_text(text, encoding="utf-8")
    return tmp_path / "schemas"


def test_workspace_adds_and_replaces_indicators(tmp_path: Path) -> None:
    shipped = load_codebook()
    schemas = _workspace(
        tmp_path,
        "indicators:\n"
        "  - id: puntos_violeta\n"
        "    label_es: Puntos violeta instalados\n"
        "    theme: prevencion\n"
        "    unit: puntos\n"
        "    match: ['puntos? violeta']\n"
        "    priority: 90\n"
        "  - id: denuncias_violencia\n"
        "    label_es: Denuncias (definición local)\n"
        "    theme: acceso_justicia\n"
        "    unit: denuncias\n"
        "    match: ['denuncia', 'exposiciones? policiales']\n"
        "    priority: 55\n"
        "negations: ['jamas']\n"
        "no_data: ['sin relevar']\n",
    )
    book = load_codebook(schemas)
    assert book.sources[-1] == str(schemas / "codebook" / "indicators.yaml")
    assert set(shipped.indicators) < set(book.indicators)
    assert book.classify("Puntos Violeta instalados en plazas").id == "puntos_violeta"
    assert book.classify("Exposiciones policiales").id == "denuncias_violencia"
    assert book.indicators["denuncias_violencia"].label_es == "Denuncias (definición local)"
    # the shipped words still apply, and the workspace's are added to them
    assert book.classify("Femicidios").id == "femicidios"
    assert book.classify("Mujeres que jamás denunciaron").id == "sin_clasificar"
    assert book.classify("Sin relevar", "Denuncias").id == "sin_clasificar"
    assert shipped.classify("Exposiciones policiales").id == "sin_clasificar"


def test_a_workspace_without_codebook_uses_the_shipped_one(tmp_path: Path) -> None:
    assert load_codebook(tmp_path) is load_codebook()


def test_units_of_analysis_and_variables_are_not_counted() -> None:
    """A code book's prose (Argentina's RNFJA 2021): "recopila datos de tres unidades de
    análisis de cada femicidio" counts nothing a portal should publish."""
    from genero_etl.extract.finding import DocContext
    from genero_etl.extract.numbers import Convention
    from genero_etl.extract.text import extract_findings
    from genero_etl.model import Segment

    book = load_codebook()
    text = (
        "El registro recopila datos de tres unidades de análisis de cada femicidio y 12 variables."
    )
    ctx = DocContext(convention=Convention.DECIMAL_COMMA, year=2021)
    found = extract_findings([Segment(text, "line:1")], ctx, book.lexicon)
    assert [f.value for f in found] == []
    assert book.classify("tres unidades de análisis").id != "centros_atencion"
