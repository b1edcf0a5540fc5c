"""A statistics office's note on a population survey (ENDIREH, ENDES, EPCVcM, ENVIF, ENESIM):
its shares are the survey's estimates of a population, not an office's work, whatever their
sentence says; so are the populations and the women they stand for. The counts of an office's
records written in the same note (deaths, murders, investigations, centres) stay values, and a
report that names no survey keeps its shares."""

from __future__ import annotations

from genero_etl.extract.finding import DocContext
from genero_etl.extract.numbers import Convention
from genero_etl.extract.text import extract_findings
from genero_etl.model import Segment
from genero_etl.normalize.codebook import load_codebook

CODEBOOK = load_codebook()


def found(text: str, convention: Convention = Convention.DECIMAL_COMMA) -> list[tuple[str, float]]:
    """(line, value) of every value read in ``text``, one line per segment."""
    context = DocContext(convention=convention, year=2018)
    segments = [Segment(line, f"line:{n}") for n, line in enumerate(text.split("\n"), 1)]
    return [(f.locator, f.value) for f in extract_findings(segments, context, CODEBOOK.lexicon)]


def test_shares_of_a_survey_named_in_the_note_are_no_values_whatever_their_sentence_says() -> None:
    # bo_ine_epcvcm_2016_mujeres_separadas: "registra la mayor prevalencia con 81,2%", "se
    # registran los mayores porcentajes ... con 96,5%": no sentence but one names the survey
    text = (
        "La información, según INE, fue revelada por la Encuesta de Prevalencia y "
        "Características de la Violencia contra las Mujeres (EPCVcM) de 2016.\n"
        "La violencia psicológica registra la mayor prevalencia con 81,2%, le sigue la "
        "violencia física con 68,2%, la violencia económica con 61,2% y la violencia sexual "
        "con 48,2%.\n"
        "En los departamentos de Potosí y La Paz se registran los mayores porcentajes de "
        "violencia contra las mujeres separadas, divorciadas y viudas con 96,5% y 95,3%, "
        "respectivamente."
    )
    assert found(text) == []
    # the same sentences in a report that names no survey: shares as any other
    alone = text.split("\n", 1)[1]
    assert [v for _, v in found(alone)] == [81.2, 68.2, 61.2, 48.2, 96.5, 95.3]


def test_a_survey_named_in_the_lead_makes_every_share_of_the_note_its_estimate() -> None:
    # pe_inei_endes_2023_regiones: the regions' shares, the survey named in the lead only
    text = (
        "Los recientes resultados de la Encuesta Demográfica y de Salud Familiar (ENDES) 2023, "
        "realizada por el Instituto Nacional de Estadística e Informática (INEI), han puesto de "
        "manifiesto los niveles persistentemente altos de violencia contra las mujeres en Perú.\n"
        "De manera similar, en Apurímac, aumentó del 65.3% al 67.4%, mientras que en Ayacucho, "
        "aumentó del 53.1% al 58.4%.\n"
        "En las regiones costeras, el 53.7% de las mujeres informó ser víctima de violencia, "
        "mientras que en la sierra y en la selva, los porcentajes fueron del 54.7% y 52.5%, "
        "respectivamente."
    )
    assert found(text, Convention.DECIMAL_POINT) == []


def test_the_population_and_the_women_it_stands_for_go_with_the_share() -> None:
    # mx_inegi_endireh_2016_mujeres_asesinadas: no survey named, but its population ("de 15
    # años y más"); the death registry's counts and shares in the same note stay values
    text = (
        "Con motivo del Día Internacional de la eliminación de la violencia contra la mujer, el "
        "INEGI informó que de los 46.5 millones de mujeres de 15 años y más que hay en México, "
        "al menos 66.1 por ciento, esto es, alrededor de 30.7 millones ha enfrentado violencia "
        "de cualquier tipo y de cualquier agresor, alguna vez en su vida.\n"
        "Así, en 2016 se registró el fallecimiento de 685 mil 763 personas; 44.3 por ciento de "
        "ellas eran mujeres.\n"
        "Indicó que en 2016 se registró el asesinato de dos mil 813 mujeres, mientras que en "
        "2015 fue de dos mil 383."
    )
    assert found(text, Convention.DECIMAL_POINT) == [
        ("line:2", 685763),
        ("line:2", 44.3),
        ("line:3", 2813),
        ("line:3", 2383),
    ]


def test_shares_of_an_offices_records_in_a_survey_note_stay_values() -> None:
    # mx_inegi_endireh_2016_cjm_delitos: the crimes in investigations opened and the centres
    # are the registry's; the ENDIREH shares beside them are not
    text = (
        "En un comunicado que envió el INEGI, señaló que, de acuerdo con datos recabados, en las "
        "averiguaciones previas iniciadas y/o carpetas de investigación abiertas, los principales "
        "delitos cometidos en contra de las mujeres son los relacionados con el abuso sexual "
        "(61.7%) y la violación (31.9 por ciento).\n"
        "Los resultados de la ENDIREH 2016 indican que 67 de cada 100 mujeres de 15 años o más "
        "de edad que viven en la entidad han sufrido al menos un incidente de violencia de "
        "cualquier tipo a lo largo de la vida. El 45.2% de ellas han sufrido violencia por parte "
        "de la pareja actual o última a lo largo de su relación, mientras que 52.0% ha sufrido "
        "al menos un incidente de violencia por parte de otros agresores distintos a la pareja.\n"
        "Por ejemplo, para 2020 en México existían 50 Centros de Justicia (CJM) para las "
        "Mujeres, distribuidos en 28 entidades federativas."
    )
    assert found(text, Convention.DECIMAL_POINT) == [
        ("line:1", 61.7),
        ("line:1", 31.9),
        ("line:3", 50),
        ("line:3", 28),
    ]


def test_an_offices_records_by_age_name_no_survey() -> None:
    # dev texts: a police unit's evaluations by age group, a provincial observatory's share of
    # the province's women; neither is a survey's population
    police = (
        "Además, sobre la mitad de los casos correspondió a mujeres entre las edades de 20 a 39 "
        "años, aunque también se identificó una proporción relevante de mujeres de 50 años o "
        "más.\n"
        "Uno de los hallazgos más relevantes del informe es que el 26.3% de las evaluaciones en "
        "la región de Humacao reflejó un nivel de peligrosidad severa o extrema."
    )
    assert ("line:2", 26.3) in found(police, Convention.DECIMAL_POINT)
    observatory = (
        "Así, se identificó que 3.384 mujeres denunciaron a sus parejas ante la Justicia y "
        "recibieron medidas cautelares para su protección. La cifra representa el 1,19% de las "
        "mujeres mayores de 15 años de la provincia."
    )
    assert found(observatory) == [("line:1", 3384), ("line:1", 1.19)]


def test_a_share_whose_whole_is_the_last_sentences_records_stays_a_value() -> None:
    # ar_neuquen_observatorio_mujeres_2024's wording in a note that also reports a survey: "La
    # cifra" is the women who reported their partners, an office's records; the survey's own
    # share in the next paragraph is not
    text = (
        "La Encuesta de Prevalencia de Violencia contra las Mujeres se realizó en la provincia.\n"
        "Así, se identificó que 3.384 mujeres denunciaron a sus parejas ante la Justicia y "
        "recibieron medidas cautelares para su protección. La cifra representa el 1,19% de las "
        "mujeres de la provincia.\n"
        "Según la encuesta, el 41,1% de ellas vivió algún tipo de violencia en su vida."
    )
    assert found(text) == [("line:2", 3384), ("line:2", 1.19)]
