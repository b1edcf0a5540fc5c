"""Which indicator a number in a text report counts: real sentences from the development
corpus (tests/acceptance/texts, dev part), each with the values, units, kinds and indicators
a careful reader publishes. A share counts under its count's indicator only when its own
words name that count; a label too generic for any indicator stays ``sin_clasificar``."""

from __future__ import annotations

from pathlib import Path

import pytest

from genero_etl.normalize.codebook import Codebook, load_codebook
from genero_etl.pipeline import IngestOptions, extract_document

Row = tuple[float, str, str, str]  # value, indicator, unit, value_kind

# (document of the dev corpus, sentence, expected rows in order)
SENTENCES: list[tuple[str, str, list[Row]]] = [
    (
        "mx_cdmx_fgj_alerta_muertes_violentas_2022",
        "Entre enero y agosto de 2020, tuvimos 114 casos de muertes violentas de mujeres, "
        "mientras que en 2022 se han presentado 83 casos.",
        [
            (114, "muertes_mujeres_violencia", "victimas", "observed"),
            (83, "muertes_mujeres_violencia", "victimas", "observed"),
        ],
    ),
    (
        "pe_linea100_enero_agosto",
        "La institución precisó que el 82% de las llamadas fueron realizadas por mujeres, "
        "mientras que el 18% por hombres de distintas edades.",
        [
            (82, "llamadas_linea_atencion", "%", "percentage"),
            (18, "llamadas_linea_atencion", "%", "percentage"),
        ],
    ),
    (
        "uy_minterior_denuncias_2019",
        "Del 100% de las denuncias por violencia doméstica, un 48,8% eran por violencia "
        "psicológica, un 45,9% por violencia física, un 2,9% por violencia sexual.",
        [
            (48.8, "denuncias_violencia", "%", "percentage"),
            (45.9, "denuncias_violencia", "%", "percentage"),
            (2.9, "denuncias_violencia", "%", "percentage"),
        ],
    ),
    (
        "gt_mp_observatorio_denuncias_2022",
        "Los datos de la entidad estatal precisan que el 81 % de las denuncias no se han resuelto.",
        [(81, "denuncias_violencia", "%", "percentage")],
    ),
    (
        "uy_minterior_denuncias_2019",
        "Uno de los puntos relevantes de los datos presentados es que la mayor parte de los "
        "femicidios (69%) del presente año ocurrieron en una residencia.",
        [(69, "femicidios", "%", "percentage")],
    ),
    (
        "gt_mingob_feminicidios_2024",
        "El 10 por ciento de las víctimas era menor de edad, precisó la viceministra.",
        [(10, "sin_clasificar", "%", "percentage")],  # víctimas of what: left for review
    ),
    (
        "sv_feminicidios_2019_2023",
        "En 2019 se registró 113 muertes violentas de mujeres, en 2020 se disminuyeron a 73, "
        "para 2021 se reportaron 68.",
        [
            (113, "muertes_mujeres_violencia", "victimas", "observed"),
            (73, "muertes_mujeres_violencia", "victimas", "observed"),
            (68, "muertes_mujeres_violencia", "victimas", "observed"),
        ],
    ),
    (
        "pa_mp_violencia_domestica_anual",
        "A la fecha ya se registran 11 femicidios y 16 muertes violentas en contra de mujeres.",
        [
            (11, "femicidios", "femicidios", "observed"),
            (16, "muertes_mujeres_violencia", "victimas", "observed"),
        ],
    ),
    (
        "pe_cem_madre_de_dios_2020",
        "Cabe mencionar que en Madre de Dios existen cinco Centro de Emergencia Mujer (CEM), "
        "de los cuales cuatro CEM regulares y un CEM en convenio.",
        [
            (5, "centros_atencion", "centros", "observed"),
            (4, "centros_atencion", "centros", "observed"),
            (1, "centros_atencion", "centros", "observed"),  # "un CEM" more
        ],
    ),
    (
        "cl_sernam_casas_acogida_2014",
        "Durante la campaña presidencial, la Mandataria prometió abrir 24 nuevos centros.",
        [(24, "centros_atencion", "centros", "observed")],
    ),
    (
        "hn_ciudad_mujer_choluteca",
        "Ciudad Mujer, en la que se integran 15 instituciones del Estado, fue replicado en "
        "junio de 2016 en Honduras.",
        [(15, "dependencias_participantes", "dependencias", "observed")],
    ),
    (
        "py_mre_ciudad_mujer_visita",
        "El Centro cuenta con 94 profesionales de 13 instituciones trabajando para las mujeres.",
        [
            (94, "personal_atencion", "personas", "observed"),  # the centre's staff
            (13, "dependencias_participantes", "dependencias", "observed"),
        ],
    ),
    (
        "do_minmujer_llamadas_rescates_2018",
        "El Ministerio de la Mujer tiene en marcha programas para trabajar con la masculinidad, "
        "y en el 2018 han impactado a más de 2 millones de personas.",
        [(2_000_000, "personas_alcanzadas_campanas", "personas", "observed")],
    ),
]


def _rows(tmp_path: Path, sentence: str) -> list[Row]:
    report = tmp_path / "informe.txt"
    report.write_text(f"Ministerio de la Mujer, informe 2023\n{sentence}\n", encoding="utf-8")
    staged = extract_document(report, report.name, IngestOptions())
    return [
        (float(o.value), o.indicator_id, o.unit, o.value_kind)
        for o in staged.observation_list()
        if o.value is not None
    ]


@pytest.mark.parametrize(
    ("document", "sentence", "expected"), SENTENCES, ids=[f"{d}-{s[:30]}" for d, s, _ in SENTENCES]
)
def test_indicator_of_each_number(
    tmp_path: Path, document: str, sentence: str, expected: list[Row]
) -> None:
    assert _rows(tmp_path, sentence) == [(float(v), i, u, k) for v, i, u, k in expected], document


def test_a_change_is_never_a_share(tmp_path: Path) -> None:
    """'un aumento del 15% de las denuncias' compares two periods: not a value, and never a
    share of the complaints."""
    rows = _rows(tmp_path, "En 2023 se registró un aumento del 15% de las denuncias.")
    assert all(i != "denuncias_violencia" for _, i, _, _ in rows)


@pytest.fixture(scope="module")
def book() -> Codebook:
    return load_codebook()


# (words before the percentage, words after it, the count it is a share of or None)
SHARES = [
    (
        "La institución precisó que el",
        "de las llamadas fueron realizadas por",
        "llamadas_linea_atencion",
    ),
    ("equivalen al", "del total de denuncias del sistema de Justicia", "denuncias_violencia"),
    ("Del 100% de las denuncias por violencia doméstica, un", "eran por", "denuncias_violencia"),
    ("la mayor parte de los femicidios (", ") del presente año", "femicidios"),
    ("un aumento del", "de las denuncias", None),
    ("una disminución de un", "de los femicidios", None),
    ("en el", "de los casos se tiene identificado al responsable", None),
    ("El", "de las víctimas era menor de edad", None),
]


@pytest.mark.parametrize(("before", "after", "expected"), SHARES, ids=[s[1][:30] for s in SHARES])
def test_share_of(book: Codebook, before: str, after: str, expected: str | None) -> None:
    found = book.share_of(before, after)
    assert (found.id if found is not None else None) == expected


# (country, label as the text extractor builds it: noun | words before | words after, expected)
LABELS = [
    ("MX", "mujeres | estancias transitorias", "refugios_personas_alojadas"),
    (
        "PE",
        "Centros de Emergencia Mujer | a través de servicios especializados como",
        "centros_atencion",
    ),
    ("MX", "CJM | el cual brinda una visión integral", "centros_atencion"),
    (
        "PY",
        "instituciones | El Módulo de Prevención y Atención a Mujeres articula",
        "dependencias_participantes",
    ),
    (
        "AR",
        "instituciones públicas y privadas | El trabajo se realizó en articulación",
        "dependencias_participantes",
    ),
    ("DO", "personas | ha impactado", "personas_alcanzadas_campanas"),
    ("SV", "muertes violentas de mujeres | En 2019 se registró", "muertes_mujeres_violencia"),
    ("AR", "casos mensuales de violencia | Consejerías Integrales: asisten", "personas_asistidas"),
    ("MX", "CASOS | ATIENDE EL CENTRO DE JUSTICIA PARA LAS MUJERES", "personas_asistidas"),
    (
        "MX",
        "mujeres | DIF Municipal de SLP, a través de Puerta Violeta, atiende y protege",
        "personas_asistidas",
    ),
    ("CL", "mujeres entregando apoyo psicosocial y representación jurídica", "personas_asistidas"),
    (
        "MX",
        "mujeres interpusieron o ampliaron | En relación a los servicios jurídicos",
        "denuncias_violencia",
    ),
    ("MX", "seguido de los delitos de carácter sexual", "denuncias_violencia"),
    (
        "PY",
        "mujeres | En los espacios de protección del MINMUJER se brindó atención",
        "refugios_personas_alojadas",
    ),
    ("NI", "asambleas de seguridad ciudadana", "actividades_realizadas"),
    ("NI", "visitas casa a casa", "actividades_realizadas"),
    ("NI", "personas | asisten a los talleres", "participantes_actividades"),
    (
        "AR",
        "instancias de formación | En paralelo, se llevaron adelante",
        "capacitaciones_realizadas",
    ),
    ("CO", "Comisarías de Familia | en el departamento funcionan", "centros_atencion"),
    ("SV", "sedes de Ciudad Mujer", "centros_atencion"),
    ("UY", "servicios de atención | Hay", "centros_atencion"),  # services that exist
    ("UY", "servicios de atención | se brindaron", "personas_asistidas"),  # services given
    # a count of centres is not a count of the people they attend
    ("PE", "casos | los CEM atendieron", "personas_asistidas"),
    ("MX", "instituciones educativas | se visitaron", "sin_clasificar"),
]


@pytest.mark.parametrize(
    ("country", "label", "expected"), LABELS, ids=[f"{c}-{t[:30]}" for c, t, _ in LABELS]
)
def test_dev_labels(book: Codebook, country: str, label: str, expected: str) -> None:
    assert book.classify(label, plain_number=True).id == expected, country


def test_an_amount_is_never_a_count_of_people(tmp_path: Path) -> None:
    """mx_merida_refugio_presupuesto_2023: the refuges' words name what the money is for."""
    rows = _rows(
        tmp_path,
        "Precisó que fueron más 450 millones de pesos a nivel nacional para el ejercicio de "
        "los refugios.",
    )
    assert [(v, i, k) for v, i, _, k in rows] == [(450_000_000, "presupuesto_genero", "budget")]


def test_a_qualifier_does_not_rename_a_list_item(tmp_path: Path) -> None:
    """ni_policia_detenidos_julio_2025: "a 221 por abuso sexual" counts arrests like the 270
    before it; the crime qualifies it."""
    rows = _rows(
        tmp_path,
        "De enero a julio de 2025 la Policía Nacional ha capturado a 270 sujetos por el delito "
        "de violación y a 221 por abuso sexual.",
    )
    assert [(v, i) for v, i, _, _ in rows] == [
        (270, "agresores_detenidos"),
        (221, "agresores_detenidos"),
    ]


def test_people_are_not_counted_as_devices_by_a_heading(tmp_path: Path) -> None:
    """uy_inmujeres_tobilleras_servicios: under a heading on ankle monitors, "40 mujeres y 67
    niños" in a short-stay house are people, never devices: withheld for review. Devices the
    sentence names keep their indicator."""
    report = tmp_path / "informe.txt"
    report.write_text(
        "Uruguay implementa tobilleras para hombres agresores\n"
        "La institución cuenta con una casa de breve estadía, en la que en 2016 se atendió a "
        "40 de ellas y a 67 niños.\n"
        "En 2016 se colocaron 120 tobilleras.\n",
        encoding="utf-8",
    )
    staged = extract_document(report, report.name, IngestOptions())
    by_value = {o.value: o.indicator_id for o in staged.observation_list()}
    assert by_value[67] == "sin_clasificar"
    assert by_value[120] == "botones_antipanico_entregados"


def test_a_capture_named_by_its_noun_counts_arrests(tmp_path: Path) -> None:
    """hn_policia_linea114_llamadas_detenidos (dev8): "resultando en la captura de 122
    presuntos agresores" counts arrests, like "capturó a"; the calls before stay calls."""
    rows = _rows(
        tmp_path,
        "De acuerdo con Bessy Marín, portavoz de la línea de emergencia, en lo que va del año se "
        "han registrado 5,393 llamadas por violencia doméstica, resultando en la captura de 122 "
        "presuntos agresores, la mayoría ya bajo proceso judicial.",
    )
    assert [(v, i) for v, i, _, _ in rows] == [
        (5393, "llamadas_linea_atencion"),
        (122, "agresores_detenidos"),
    ]


def test_list_items_named_by_two_adjectives_count_what_the_list_counts(tmp_path: Path) -> None:
    """do_pgr_denuncias_enero_febrero_2022 (dev9): "3,612 verbales y psicológicas" is an item of
    the complaints' list, its noun left unsaid like "77 patrimoniales" after it."""
    rows = _rows(
        tmp_path,
        "De enero a febrero de este año han sido presentadas en las diferentes fiscalías del país "
        "6,333 denuncias sobre violencia de género e intrafamiliar, 2,644 físicas, 3,612 verbales "
        "y psicológicas y 77 patrimoniales.",
    )
    assert [(v, i) for v, i, _, _ in rows] == [
        (6333, "denuncias_violencia"),
        (2644, "denuncias_violencia"),
        (3612, "denuncias_violencia"),
        (77, "denuncias_violencia"),
    ]
