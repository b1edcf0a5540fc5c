"""A report that opens with sentences comparing years or telling a history ("superior a los 96
casos por día registrados en 2023", "Pasaron de ser 6.853 en 2005 a 29.122 en 2014, y 13% más
en 2015") is of the latest year its opening names as its own, not of the first year it names;
an opening stating a span of years ("entre 2014 y 2018") or a title's year keeps the first.
A count's participle or a unit's abbreviation between a count and its year does not unbind
them ("96 casos por día registrados en 2023", "9,631.4 millones de pesos (mdp) en 2008").
Sentences from the development texts (the document named before each)."""

from __future__ import annotations

from tests.extract.found import periods

from genero_etl.normalize.document import infer_period

# py_mp_victimas_violencia_familiar_anual_2025, lines 2-3
PY_2025 = [
    "",
    "Los datos abiertos de la Dirección de Transparencia y Acceso a la Información del "
    "Ministerio Público indican que la media diaria de víctimas atendidas este año también es "
    "superior a los 96 casos por día registrados en 2023, y los 86 de 2022.",
    "El mes de enero encabezó los registros de violencia familiar de 2025 al acumular 4.034 "
    "casos, seguido por febrero (3.483), marzo (3.445) y septiembre con 3.316 denuncias,",
    "Por lugar, en el departamento Central, el más poblado del país, registró la mayor cantidad "
    "de causas ingresadas con 16.784 casos.",
]

# uy_minterior_denuncias_homicidios_tobilleras_2015, line 2
UY_2015 = [
    "",
    "El delito de violencia doméstica sigue siendo el segundo más denunciado. El año pasado hubo "
    "31.172 denuncias, de las cuales 10.760 se hicieron en Montevideo. Pasaron de ser 6.853 en "
    "2005 a 29.122 en 2014, y 13% más en 2015. 20% de las denuncias son presentadas por "
    "hombres que, en su “gran mayoría”, denuncian a otros hombres. Según la directora, el "
    "porcentaje no ha variado desde 2009, cuando se creó el Observatorio Nacional.",
]


def _years(lines: list[str]) -> tuple[str, str] | None:
    found = infer_period(lines)
    return None if found is None else (found.start, found.end)


def test_a_yearly_account_opening_with_compared_years_is_of_its_own_year() -> None:
    assert _years(PY_2025) == ("2025-01-01", "2025-12-31")


def test_a_history_opening_a_report_does_not_date_it() -> None:
    assert _years(UY_2015) == ("2015-01-01", "2015-12-31")


def test_an_opening_without_a_compared_word_keeps_its_first_year() -> None:
    # mx_slp_instancia_mujer without its "En lo que va del 2020" line: nothing says 2019 is
    # a year compared with, so the first year stays the report's
    lines = [
        "Lo anterior lo informó la directora del área, María Elena Cardona Martínez. Dijo que en "
        "lo referente a casos específicos de violencia hacia la mujer, en 2019, se brindaron "
        "135 apoyos psicológicos y 162 jurídicos.",
        "La directora agregó que en 2020 el área atendió a más mujeres que nunca en sus servicios.",
    ]
    assert _years(lines) == ("2019-01-01", "2019-12-31")


def test_an_opening_stating_a_span_of_years_keeps_its_first_year() -> None:
    # ni_estado_comisarias_2014_2018: a span's last year is not the report's one year
    lines = [
        "El régimen de Nicaragua reportó a un comité del Consejo de Derechos Humanos de Naciones "
        "Unidas que entre 2014 y 2018 estableció 61 Comisarías de la Mujer y la Niñez en todo el "
        "país, información que es rechazada por organizaciones de derechos de la mujer.",
        "El pasado 27 de mayo el Estado envió un tardío informe que debió haber presentado en "
        "2013, como parte de sus obligaciones internacionales, mientras que otros lo hicieron.",
    ]
    assert _years(lines) == ("2014-01-01", "2014-12-31")


def test_a_title_year_is_the_reports_whatever_its_paragraphs_compare() -> None:
    lines = ["Informe anual 2024", *UY_2015[1:]]
    assert _years(lines) == ("2024-01-01", "2024-12-31")


def test_the_counts_of_the_opening_keep_their_own_years() -> None:
    # py_mp_victimas_violencia_familiar_anual_2025: 96 is 2023's, 86 2022's, the departments'
    # counts (no year in their sentence) none here: the document's period is given them later
    found = periods("\n".join(PY_2025[1:]), 2025)
    assert found[:2] == [(96.0, "2023-01-01", "2023-12-31"), (86.0, "2022-01-01", "2022-12-31")]
    assert found[-1] == (16784.0, None, None)


def test_a_unit_abbreviation_between_a_count_and_its_year() -> None:
    # mx_ibd_presupuesto_igualdad_2008_2017, line 4
    text = (
        "En el texto del escrito se resalta que los recursos asignados para la igualdad entre "
        "mujeres y hombres han pasado de 9,631.4 millones de pesos (mdp) en 2008 a 27,424.6 mdp "
        "en 2017, con cifras en pesos de 2017."
    )
    from genero_etl.extract.numbers import Convention

    found = periods(text, 2017, Convention.DECIMAL_POINT)
    assert found == [
        (9631400000.0, "2008-01-01", "2008-12-31"),
        (27424600000.0, "2017-01-01", "2017-12-31"),
    ]
