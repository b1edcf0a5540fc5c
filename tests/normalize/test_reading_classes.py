"""Classes of numbers a careful reader of Spanish reads by their sentence: each case is a short
realistic sentence, and the test asserts every value found with its line, indicator, place
and period.

The sentences are written for these tests in the manner of published office reports; the
words they rely on are data (``schemas/codebook/indicators.yaml``, ``schemas/lexicon/es.yaml``).
"""

from __future__ import annotations

import pytest

from genero_etl.extract.numbers import COUNTRY_CONVENTION, Convention
from genero_etl.extract.text import DocContext, extract_findings
from genero_etl.model import Period, Place, Segment
from genero_etl.normalize.codebook import UNCLASSIFIED, load_codebook
from genero_etl.normalize.observations import DocFacts, build_observations

CODEBOOK = load_codebook()

Row = tuple[int, float, str | None, str, str, str]


def read(text: str, place: Place, year: int = 2023) -> list[Row]:
    """(line, value, indicator or None, country, first-level division, period start) of every
    value, in reading order."""
    ctx = DocContext(
        convention=COUNTRY_CONVENTION.get(place.country, Convention.UNKNOWN), year=year
    )
    segments = [Segment(line, f"line:{n}") for n, line in enumerate(text.split("\n"), 1)]
    findings = extract_findings(segments, ctx, CODEBOOK.lexicon)
    period = Period(f"{year}-01-01", f"{year}-12-31", str(year))
    facts = DocFacts("t.txt", "0" * 64, place, period, "")
    observations, _ = build_observations(findings, facts, CODEBOOK)
    return [
        (
            int(o.source_locator.split(":")[1]),
            float(o.value or 0),
            None if o.indicator_id == UNCLASSIFIED else o.indicator_id,
            o.country,
            o.admin1,
            o.period_start,
        )
        for o in observations
    ]


CALLS = "llamadas_linea_atencion"

HELPLINE_CASES = [
    # a share of the service noun a line received, the line's count in the sentence before
    (
        "share-of-consultations",
        Place(country="PE"),
        "La Línea 100 ha registrado 296 925 llamadas relacionadas con hechos de violencia.\n"
        "\n"
        "De acuerdo con la entidad, del total de consultas, el 81,2 % correspondió a mujeres "
        "y el 18,8 % a hombres.",
        [
            (1, 296925.0, CALLS, "PE", "", "2023-01-01"),
            (3, 81.2, CALLS, "PE", "", "2023-01-01"),
            (3, 18.8, CALLS, "PE", "", "2023-01-01"),
        ],
    ),
    # a share of the requests the line's count of the same sentence named
    (
        "share-of-requests-in-the-sentence",
        Place(country="CO"),
        "Hasta ahora la línea ha recibido al menos 10.059 solicitudes relacionadas con "
        "violencia psicológica, mientras que el 71% de las solicitudes fueron atendidas en la "
        "primera llamada.",
        [(1, 10059.0, CALLS, "CO", "", "2023-01-01"), (1, 71.0, CALLS, "CO", "", "2023-01-01")],
    ),
    # "las cuales representan el": the share takes up the count before it
    (
        "share-the-count-represents",
        Place(country="PE"),
        "Entre enero y octubre se reportaron 73 664 llamadas no efectivas, las cuales "
        "representan el 24,8 % del total recibido.",
        [(1, 73664.0, CALLS, "PE", "", "2023-01-01"), (1, 24.8, CALLS, "PE", "", "2023-01-01")],
    ),
    # complaints an emergency line received are its calls; a frequency word after a service
    # noun ("reportes diarios") makes it a rate, of no indicator (no count of its period)
    (
        "complaints-a-line-received",
        Place(country="CR"),
        "El Sistema de Emergencias 9-1-1 ha reportado un aumento en las denuncias por violencia "
        "intrafamiliar. En 2024 ingresaron más de 108 mil reportes; en el presente año se han "
        "recibido más de 53 mil denuncias.\n"
        "\n"
        "Los domingos concentran el mayor número de denuncias, con un promedio de 432 reportes "
        "diarios.",
        [
            (1, 108000.0, CALLS, "CR", "", "2024-01-01"),
            (1, 53000.0, CALLS, "CR", "", "2023-01-01"),
            (3, 432.0, None, "CR", "", "2023-01-01"),
        ],
    ),
    # complaints a prosecutor received are complaints, not calls, even after a helpline count
    (
        "complaints-a-prosecutor-received",
        Place(country="CR"),
        "La Línea 911 atendió 3.200 llamadas en marzo.\n"
        "\n"
        "La Fiscalía de Género recibió 450 denuncias por violencia doméstica.",
        [
            (1, 3200.0, CALLS, "CR", "", "2023-03-01"),  # "en marzo": its month
            (3, 450.0, "denuncias_violencia", "CR", "", "2023-01-01"),
        ],
    ),
    # a line opens the paragraph, but another body is said to receive the complaints
    (
        "complaints-another-body-received",
        Place(country="PY"),
        "La línea 137 registró unas 5.000 llamadas por violencia familiar en 2017. La Fiscalía "
        "General, por su parte, recibió 13.491 denuncias.",
        [
            (1, 5000.0, CALLS, "PY", "", "2017-01-01"),
            (1, 13491.0, "denuncias_violencia", "PY", "", "2023-01-01"),
        ],
    ),
]


@pytest.mark.parametrize(
    ("place", "text", "expected"),
    [c[1:] for c in HELPLINE_CASES],
    ids=[c[0] for c in HELPLINE_CASES],
)
def test_a_helpline_counts_its_calls(place: Place, text: str, expected: list[Row]) -> None:
    assert read(text, place) == expected


def test_received_nouns_need_a_receiving_verb() -> None:
    assert CODEBOOK.received_by_line("denuncias", "se han recibido más de 53 mil denuncias")
    assert not CODEBOOK.received_by_line("denuncias", "se derivaron 53 denuncias a la Fiscalía")
    assert CODEBOOK.counts_service("reportes diarios")
    assert not CODEBOOK.counts_service("consultas psicológicas")
    assert CODEBOOK.share_noun("del total de consultas, el", "") == "consultas"


SHARE_CASES = [
    # a share of a generic noun ("de los casos") is a share of the sentence's last count
    (
        "share-of-the-cases-just-counted",
        Place(country="BO"),
        "Desde 2021 se registraron un total de 298 feminicidios y en el 89,93 % de los casos "
        "se tiene identificado al responsable.",
        [
            (1, 298.0, "femicidios", "BO", "", "2023-01-01"),
            (1, 89.93, "femicidios", "BO", "", "2023-01-01"),
        ],
    ),
    # a share of something else the sentence does not count stays unclassified
    (
        "share-of-other-people",
        Place(country="BO"),
        "Se registraron 16 feminicidios y el 87,5 % de los responsables fue identificado.",
        [
            (1, 16.0, "femicidios", "BO", "", "2023-01-01"),
            (1, 87.5, None, "BO", "", "2023-01-01"),
        ],
    ),
]


@pytest.mark.parametrize(
    ("place", "text", "expected"),
    [c[1:] for c in SHARE_CASES],
    ids=[c[0] for c in SHARE_CASES],
)
def test_a_share_of_a_generic_noun(place: Place, text: str, expected: list[Row]) -> None:
    assert read(text, place) == expected


NOT_VALUE_CASES = [
    # plural nouns then the numbers naming which ones: references, never counts
    (
        "items-named-by-number",
        "Los sujetos activos 1 y 2 fueron detenidos; la Fiscalía imputó a 14 agresores.\n"
        "Se identificó a las víctimas 3, 4 y 5 como hermanas.",
        [(1, 14.0)],
    ),
    # a table row's single number after a plural label stays a value
    ("a-label-and-its-value", "Víctimas atendidas\t15\nDenuncias 27", [(1, 15.0), (2, 27.0)]),
    # a note's call glued to a sentence's end, a note at the page's foot, the pages it cites
    (
        "footnotes",
        "En 2023 se registraron 45 femicidios.3 Según el informe, 12 femicidios siguen "
        "impunes.\n"
        "3 Ver Informe Anual de la Fiscalía, disponible en el sitio oficial, p. 45.\n"
        "4 Ibíd., pp. 12 y 13.",
        [(1, 45.0), (1, 12.0)],
    ),
    # a count at a line's start with capitalised words and no citation stays a value
    (
        "a-count-opening-a-line",
        "15 Casas de Justicia atendieron a 300 mujeres en 2023.",
        [(1, 15.0), (1, 300.0)],
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"), [c[1:] for c in NOT_VALUE_CASES], ids=[c[0] for c in NOT_VALUE_CASES]
)
def test_numbers_that_name_or_cite_are_not_values(
    text: str, expected: list[tuple[int, float]]
) -> None:
    rows = read(text, Place(country="CO"))
    assert [(line, value) for line, value, *_ in rows] == expected
    assert all(r[3] == "CO" and r[5] == "2023-01-01" for r in rows)


HUANCAYO = Place(country="PE", admin1="PE-JUN", municipality="Huancayo")

PLACE_CASES = [
    # each item of a series names its own region: the region's figure, not the dateline city's
    (
        "regions-of-a-series",
        HUANCAYO,
        "Los CEM atendieron en Junín un total de 6,283 casos de violencia contra las mujeres. "
        "En la región Ica se contaron 4,177 casos, Ayacucho con 3,233 y en Pasco un total de "
        "1,093 casos.",
        [
            (1, 6283.0, "personas_asistidas", "PE", "PE-JUN", "2023-01-01"),
            (1, 4177.0, "personas_asistidas", "PE", "PE-ICA", "2023-01-01"),
            (1, 3233.0, "personas_asistidas", "PE", "PE-AYA", "2023-01-01"),
            (1, 1093.0, "personas_asistidas", "PE", "PE-PAS", "2023-01-01"),
        ],
    ),
    # the country named, or a national cue: the country's figure
    (
        "the-country-named",
        HUANCAYO,
        "En el Perú se registraron 120 feminicidios en 2022.\n"
        "Los CEM a escala nacional atendieron 11,544 casos de violencia sexual.",
        [
            (1, 120.0, "femicidios", "PE", "", "2022-01-01"),
            (2, 11544.0, "personas_asistidas", "PE", "", "2023-01-01"),
        ],
    ),
    # a person's surname that is also a state's name is no place
    (
        "a-surname-is-no-place",
        Place(country="MX", admin1="MX-CHH", municipality="Juárez"),
        "La titular Ana Guerrero informó que el instituto atendió a 50 mujeres.",
        [(1, 50.0, "personas_asistidas", "MX", "MX-CHH", "2023-01-01")],
    ),
]


@pytest.mark.parametrize(
    ("place", "text", "expected"), [c[1:] for c in PLACE_CASES], ids=[c[0] for c in PLACE_CASES]
)
def test_a_figure_belongs_to_the_place_its_clause_names(
    place: Place, text: str, expected: list[Row]
) -> None:
    assert read(text, place) == expected


def test_cases_a_service_attended_are_people_assisted() -> None:
    text = (
        "Los Centros Emergencia Mujer atendieron 755 casos de violencia familiar en 2017.\n"
        "La Fiscalía atendió 320 denuncias por violencia familiar."
    )
    assert read(text, Place(country="PE")) == [
        (1, 755.0, "personas_asistidas", "PE", "", "2017-01-01"),
        (2, 320.0, "denuncias_violencia", "PE", "", "2023-01-01"),
    ]


COUNT_CASES = [
    # a number right before a place of care counts places, not the people in them
    (
        "places-of-care",
        Place(country="CO", admin1="CO-DC", municipality="Bogotá"),
        "Además contamos con 6 Casas Refugio con más presupuesto para su operación.\n"
        "Las 14 Comuna Mujer brindan atención psicosocial y jurídica.\n"
        "Tres refugios alojaron a 45 mujeres.",
        [
            (1, 6.0, "centros_atencion", "CO", "CO-DC", "2023-01-01"),
            (2, 14.0, "centros_atencion", "CO", "CO-DC", "2023-01-01"),
            (3, 3.0, "centros_atencion", "CO", "CO-DC", "2023-01-01"),
            (3, 45.0, "refugios_personas_alojadas", "CO", "CO-DC", "2023-01-01"),
        ],
    ),
    # a count in brackets right after a share counts what the share does
    (
        "a-shares-own-count",
        Place(country="DO"),
        "En las Casas de Acogida se acogió a 1,383 personas hasta noviembre de 2018, de las "
        "cuales el 48.5 % (671) son mujeres.",
        [
            (1, 1383.0, "refugios_personas_alojadas", "DO", "", "2018-01-01"),
            (1, 48.5, "refugios_personas_alojadas", "DO", "", "2018-01-01"),
            (1, 671.0, "refugios_personas_alojadas", "DO", "", "2018-01-01"),
        ],
    ),
    # "una treintena", "una veintena": round figures; officials trained without "públicas"
    (
        "round-figures-and-officials-trained",
        Place(country="BO"),
        "Se capacitó a una treintena de funcionarias.\nSe registraron una veintena de denuncias.",
        [
            (1, 30.0, "servidores_publicos_capacitados", "BO", "", "2023-01-01"),
            (2, 20.0, "denuncias_violencia", "BO", "", "2023-01-01"),
        ],
    ),
]


@pytest.mark.parametrize(
    ("place", "text", "expected"), [c[1:] for c in COUNT_CASES], ids=[c[0] for c in COUNT_CASES]
)
def test_what_a_count_counts(place: Place, text: str, expected: list[Row]) -> None:
    assert read(text, place) == expected


def test_the_verb_says_what_happened_to_the_people_counted() -> None:
    text = (
        "En 2015 fueron asesinadas 574 mujeres en todo el país.\n"
        "La Policía detuvo a 14 agresores.\n"
        "Se registraron 45 feminicidios y 12 tentativas de feminicidio."
    )
    assert read(text, Place(country="SV")) == [
        (1, 574.0, "homicidios_mujeres", "SV", "", "2015-01-01"),
        (2, 14.0, "agresores_detenidos", "SV", "", "2023-01-01"),
        (3, 45.0, "femicidios", "SV", "", "2023-01-01"),
        (3, 12.0, "intentos_femicidio", "SV", "", "2023-01-01"),
    ]


def test_a_level_reached_is_no_campaign_and_cases_are_no_places() -> None:
    assert read("El número de víctimas llegó a 85.", Place(country="HN")) == [
        (1, 85.0, None, "HN", "", "2023-01-01")
    ]
    text = "Se abrieron dos centros de atención.\nSe registraron tres casos en el municipio."
    assert read(text, Place(country="HN")) == [
        (1, 2.0, "centros_atencion", "HN", "", "2023-01-01"),
        (2, 3.0, None, "HN", "", "2023-01-01"),
    ]


def test_people_served_and_an_elided_noun() -> None:
    text = (
        "En 2019 se brindaron 135 apoyos psicológicos y 162 jurídicos.\n"
        "El Distrito brindó a 90 mujeres migrantes un acompañamiento psicosocial.\n"
        "El programa brindó 300 kits de higiene."
    )
    assert read(text, Place(country="MX")) == [
        (1, 135.0, "personas_asistidas", "MX", "", "2019-01-01"),
        (1, 162.0, "personas_asistidas", "MX", "", "2019-01-01"),
        (2, 90.0, "personas_asistidas", "MX", "", "2023-01-01"),
        (3, 300.0, None, "MX", "", "2023-01-01"),
    ]
    assert CODEBOOK.elides_noun("jurídicas") and not CODEBOOK.elides_noun("apoyos jurídicos")


def test_an_unsaid_noun_and_a_state_of_emergency() -> None:
    text = (
        "Asimismo se registraron 2 feminicidios y 3 tentativas.\n"
        "Durante el estado de emergencia nacional se atendieron 308 casos de violencia contra "
        "la mujer.\n"
        "La guardia atendió 40 situaciones de emergencia."
    )
    assert read(text, Place(country="PE")) == [
        (1, 2.0, "femicidios", "PE", "", "2023-01-01"),
        (1, 3.0, "intentos_femicidio", "PE", "", "2023-01-01"),
        (2, 308.0, "personas_asistidas", "PE", "", "2023-01-01"),
        (3, 40.0, "atenciones_emergencia", "PE", "", "2023-01-01"),
    ]


def test_a_breakdown_of_what_a_line_received() -> None:
    text = (
        "La Línea 100 atendió 79.000 llamadas entre enero y agosto.\n"
        "El principal motivo de consulta estuvo relacionado a violencia física 43,6 %, "
        "seguida de violencia psicológica 25,3 %."
    )
    assert read(text, Place(country="PE")) == [
        (1, 79000.0, CALLS, "PE", "", "2023-01-01"),
        (2, 43.6, CALLS, "PE", "", "2023-01-01"),
        (2, 25.3, CALLS, "PE", "", "2023-01-01"),
    ]
