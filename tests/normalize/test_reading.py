"""The indicator of a count whose own words do not say what it counts.

Each sentence is taken from a published report of the development part of the text corpus
(``tests/acceptance/texts``, dev only); the expected indicator is the one its gold gives, or
None where a careful reader would publish the value unclassified.
"""

from __future__ import annotations

import pytest

from genero_etl.extract.numbers import COUNTRY_CONVENTION, Convention
from genero_etl.extract.text import DocContext, extract_findings
from genero_etl.model import Period, Place, Segment
from genero_etl.normalize.codebook import UNCLASSIFIED, load_codebook
from genero_etl.normalize.observations import DocFacts, build_observations

CODEBOOK = load_codebook()


def indicators(text: str, country: str) -> list[tuple[int, float, str | None]]:
    """(line, value, indicator or None when unclassified) of every value, in reading order."""
    ctx = DocContext(convention=COUNTRY_CONVENTION.get(country, Convention.UNKNOWN), year=2023)
    segments = [Segment(line, f"line:{n}") for n, line in enumerate(text.split("\n"), 1)]
    findings = extract_findings(segments, ctx, CODEBOOK.lexicon)
    facts = DocFacts(
        "t.txt", "0" * 64, Place(country=country), Period("2023-01-01", "2023-12-31", "2023"), ""
    )
    observations, _ = build_observations(findings, facts, CODEBOOK)
    return [
        (
            int(o.source_locator.split(":")[1]),
            float(o.value or 0),
            None if o.indicator_id == UNCLASSIFIED else o.indicator_id,
        )
        for o in observations
    ]


CASES = [
    # the sentence's series carries the count named first: "La Paz con 11, Cochabamba con ocho"
    (
        "bo-series-after-a-named-count",
        "BO",
        "El índice de feminicidios en Bolivia alcanzó un total de 50 casos desde el 1 de enero "
        "hasta el 20 de julio de 2023.\n"
        "El departamento con mayor número de víctimas fatales es Santa Cruz, con un total de 15 "
        "casos, seguido por La Paz con 11, Cochabamba con ocho, Potosí con siete.",
        [
            (1, 50.0, "femicidios"),
            (2, 15.0, "femicidios"),
            (2, 11.0, "femicidios"),
            (2, 8.0, "femicidios"),
            (2, 7.0, "femicidios"),
        ],
    ),
    # a place list in brackets after the count that names it
    (
        "pe-regions-in-brackets",
        "PE",
        "Lima lideró con 17,916 atenciones, seguida de Arequipa (6,641), Cusco (4,530) y "
        "Ayacucho (2,074).",
        [
            (1, 17916.0, "personas_asistidas"),
            (1, 6641.0, "personas_asistidas"),
            (1, 4530.0, "personas_asistidas"),
            (1, 2074.0, "personas_asistidas"),
        ],
    ),
    # the sentence before a generic "casos" says what they are
    (
        "ec-previous-sentence-names-them",
        "EC",
        "Los femicidios van en aumento en el país. En lo que va del año se han registrado un "
        "total de 80 casos, según el registro del Consejo de la Judicatura (CJ).",
        [(1, 80.0, "femicidios")],
    ),
    # what the clause says of the women counted
    (
        "cl-women-attended",
        "CL",
        "Señaló que en 2023 se recibieron 121.395 denuncias por violencia intrafamiliar, "
        "mientras que 328.493 mujeres fueron atendidas en los ámbitos de Prevención, "
        "Orientación e Información y Recuperación.",
        [(1, 121395.0, "denuncias_violencia"), (1, 328493.0, "personas_asistidas")],
    ),
    (
        "do-women-moved-to-shelters",
        "DO",
        "En lo que va de abril, 331 mujeres víctimas de violencia fueron trasladadas a distintas "
        "casas de acogida.",
        [(1, 331.0, "refugios_personas_alojadas")],
    ),
    # a topic marker opens the sentence: it, not a nearer word, says what is counted
    (
        "cr-announced-attempts",
        "CR",
        "En cuanto a tentativas de femicidio, se registró una disminución de 152 casos en 2019 "
        "a 137 en 2022, el dato más reciente disponible.",
        [(1, 152.0, "intentos_femicidio"), (1, 137.0, "intentos_femicidio")],
    ),
    (
        "bo-announced-topic-unknown-to-the-codebook",
        "BO",
        "En cuanto a los infanticidios, la mayoría de las denuncias se reportaron en La Paz, que "
        "registró 10 casos, seguida por Oruro con dos.",
        [(1, 10.0, None), (1, 2.0, None)],
    ),
    # a count the codebook does not know changes the topic: its series stays unclassified
    (
        "bo-new-topic-infanticides",
        "BO",
        "Bolivia registró 50 feminicidios en el semestre.\n"
        "Por otro lado, también se registraron un total de 12 infanticidios en todo el país. "
        "Santa Cruz encabeza la lista con cuatro casos.",
        [(1, 50.0, "femicidios"), (2, 12.0, None), (2, 4.0, None)],
    ),
    # a verb between two counts says the second counts something else
    (
        "ni-resolved-cases-are-not-arrests",
        "NI",
        "En relación a los abusos sexuales, este año han recibido 273 denuncias, han detenido a "
        "131 sujetos y se han resuelto 142 casos.",
        [
            (1, 273.0, "denuncias_violencia"),
            (1, 131.0, "agresores_detenidos"),
            (1, 142.0, None),
        ],
    ),
    # "el rescate de 25 personas": the noun before "de" says what is counted
    (
        "do-rescued-people",
        "DO",
        "Durante abril, 331 mujeres víctimas de violencia recibieron refugio. Las intervenciones "
        "fueron realizadas de manera conjunta, logrando también el rescate de 25 personas.",
        [(1, 331.0, "refugios_personas_alojadas"), (1, 25.0, None)],
    ),
    # a clause opening with a verb the codebook does not know: not a femicide
    (
        "do-rescued-women-not-femicides",
        "DO",
        "En 2018 se han cometido 65 feminicidios. Un total de 450 mujeres fueron rescatadas de "
        "situaciones de violencia machista en las que corría peligro su vida.",
        [(1, 65.0, "femicidios"), (1, 450.0, None)],
    ),
    # "en riesgo de muerte" is not a death
    (
        "cr-risk-of-death-is-not-a-death",
        "CR",
        "Entre los años 2014 -2017, los servicios de albergue del Inamu atendieron a 1.585 "
        "mujeres en riesgo de muerte. El alojamiento incluyó a sus hijos e hijas, cuya cifra "
        "fue de 2.366 menores de edad.",
        [(1, 1585.0, "refugios_personas_alojadas"), (1, 2366.0, "refugios_personas_alojadas")],
    ),
    # detentions said with other verbs
    (
        "ni-detentions",
        "NI",
        "Entre el primero de enero y el 9 de abril, la Policía Nacional ha metido presos a 306 "
        "sujetos que cometieron delitos de violación y abusos sexuales.",
        [(1, 306.0, "agresores_detenidos")],
    ),
    # "de las cuales el 48.5 %", "de los 16 casos del 2019 el 44%": shares of that count
    (
        "do-share-of-the-sheltered",
        "DO",
        "Mientras, en las Casas de Acogida que gestiona el Ministerio de la Mujer se acogió a "
        "1,383 personas hasta noviembre de 2018, de las cuales el 48.5 % son mujeres.",
        [(1, 1383.0, "refugios_personas_alojadas"), (1, 48.5, "refugios_personas_alojadas")],
    ),
    (
        "uy-shares-of-the-femicides",
        "UY",
        "En relación al tipo de convivencia con el femicida, de los 16 casos del 2019 el 44% "
        "había convivido con el victimario, el 38% convivían al momento del hecho y un 19% "
        "nunca convivió.",
        [
            (1, 16.0, "femicidios"),
            (1, 44.0, "femicidios"),
            (1, 38.0, "femicidios"),
            (1, 19.0, "femicidios"),
        ],
    ),
    (
        "gt-bracketed-shares-of-the-complaints",
        "GT",
        "La mayoría de las 45,996 denuncias tienen como origen casos de violencia contra la "
        "mujer (65%), seguido de violaciones sexuales (13%).",
        [
            (1, 45996.0, "denuncias_violencia"),
            (1, 65.0, "denuncias_violencia"),
            (1, 13.0, "denuncias_violencia"),
        ],
    ),
    # "es decir, un promedio de": the same count, said per day, a rate of no indicator (no
    # count of its period: the texts README's conventions)
    (
        "mx-average-of-the-same-count",
        "MX",
        "En la República existen 65 Centros de Justicia para Mujeres (CJM), los cuales ofrecen "
        "atención a casi 967 mil presuntas víctimas, es decir, un promedio de 2 mil 616 al día.",
        [
            (1, 65.0, "centros_atencion"),
            (1, 967000.0, "personas_asistidas"),
            (1, 2616.0, None),
        ],
    ),
    # a breakdown the sentence announces: its shares are shares of the announced count
    (
        "uy-breakdown-of-femicides",
        "UY",
        "Si se discrimina a los femicidios del 2019 por tipo de agresión, un 31,3% fue por "
        "herida por arma de fuego y 18,8% por herida por arma blanca.",
        [(1, 31.3, "femicidios"), (1, 18.8, "femicidios")],
    ),
    # a specific noun the codebook does not know, and a clause opening with a verb that it does
    (
        "ni-aggressors-captured",
        "NI",
        "Se recepcionaron 13 denuncias, de los cuales 10 agresores fueron capturados y serán "
        "procesados.",
        [(1, 13.0, "denuncias_violencia"), (1, 10.0, "agresores_detenidos")],
    ),
    # the staff of a service: a codebook indicator, not people attended
    (
        "do-staff-of-the-service",
        "DO",
        "Además de las 44 abogadas, las mujeres tienen disponible apoyo psicológico a cargo de "
        "32 psicólogas.",
        [(1, 44.0, "personal_atencion"), (1, 32.0, "personal_atencion")],
    ),
    # a rate is not a count: it is never read in the paragraph
    (
        "mx-rates-stay-unclassified",
        "MX",
        "Los CJM atendieron a 967 mil presuntas víctimas. Los estados que encabezan estos casos "
        "son Colima, Querétaro y Coahuila, con 548.7, 292.2 y 252.5, respectivamente y por "
        "cada 10 mil mujeres.",
        [(1, 967000.0, "personas_asistidas"), (1, 548.7, None), (1, 292.2, None), (1, 252.5, None)],
    ),
    # a helpline that opens the sentence before: its "reportes" are calls, and so the series
    (
        "cr-helpline-opens-the-sentence-before",
        "CR",
        "El Sistema de Emergencias 9-1-1 ha reportado un aumento sostenido en las denuncias por "
        "violencia intrafamiliar. En 2023, ingresaron más de 112 mil reportes; en 2024, la cifra "
        "superó los 108 mil.",
        [(1, 112000.0, "llamadas_linea_atencion"), (1, 108000.0, "llamadas_linea_atencion")],
    ),
    # the document speaks of the line's calls and the sentence names no other body
    (
        "cr-helpline-is-the-topic",
        "CR",
        "En un día normal, el 9-1-1 atiende unas 268 llamadas de este tipo.\n\n"
        "Este domingo, se registraron un total de 448 atenciones.",
        [(1, 268.0, "llamadas_linea_atencion"), (3, 448.0, "llamadas_linea_atencion")],
    ),
    # the line receives the first count; another service, named as the subject, the second
    (
        "py-helpline-then-another-service",
        "PY",
        "Seguidamente, la línea 137 SOS Mujer registró un total de 8.374 atenciones que fueron "
        "concretadas por medio de un Sistema Operativo de Seguridad para Mujeres Víctimas.\n"
        "El Servicio de Atención a la Mujer, por su parte, brindó 4.828 atenciones en orientación "
        "legal, contención sicológica, derivación y seguimientos de casos.",
        [(1, 8374.0, "llamadas_linea_atencion"), (2, 4828.0, "personas_asistidas")],
    ),
    (
        "pe-helpline-consultations",
        "PE",
        "La Línea 100 atendió 296,925 consultas a nivel nacional entre enero y octubre de 2025.",
        [(1, 296925.0, "llamadas_linea_atencion")],
    ),
]


@pytest.mark.parametrize(
    ("country", "text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES]
)
def test_indicator_read_beyond_the_number(
    country: str, text: str, expected: list[tuple[int, float, str | None]]
) -> None:
    assert indicators(text, country) == expected


def test_generic_nouns_and_series_words_are_codebook_data() -> None:
    assert CODEBOOK.is_generic("casos")
    assert CODEBOOK.is_generic("")
    assert CODEBOOK.is_generic("mujeres víctimas de violencia")
    assert CODEBOOK.is_generic("y Chuquisaca y Oruro")
    assert not CODEBOOK.is_generic("casos judiciales")
    assert not CODEBOOK.is_generic("infanticidios")
    assert CODEBOOK.is_series_gap(", seguido por La Paz con ")
    assert CODEBOOK.is_series_gap(", pero en el 2020 la cifra incrementó a ")
    assert not CODEBOOK.is_series_gap(" y se han resuelto ")
    assert CODEBOOK.names_head("logrando también el rescate de ")
    assert not CODEBOOK.names_head("se registraron un total de ")
    assert CODEBOOK.announced_topic("En cuanto a los infanticidios, la mayoría") == (
        "los infanticidios"
    )
    assert CODEBOOK.announced_topic("Santa Cruz encabeza la lista con") is None


def test_helplines_are_codebook_data() -> None:
    assert CODEBOOK.helpline_indicator in CODEBOOK.indicators
    assert CODEBOOK.counts_service("consultas")
    assert CODEBOOK.counts_service("reportes de violencia familiar")
    assert not CODEBOOK.counts_service("mujeres")
    assert not CODEBOOK.counts_service("consultas psicológicas")
    assert CODEBOOK.names_helpline("El Sistema de Emergencias 9-1-1 ha reportado")
    assert CODEBOOK.names_helpline("El Fono 1455 recibió")
    assert CODEBOOK.names_helpline("la Línea 144 recibió")
    assert not CODEBOOK.names_helpline("según la Ley 911 de 2019")
    assert not CODEBOOK.names_helpline("El Servicio de Atención a la Mujer brindó")
    long_opening = "En el marco de la campaña nacional de prevención de este año, la Línea 144"
    assert not CODEBOOK.names_helpline(long_opening, opening=True)
