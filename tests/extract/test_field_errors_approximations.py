"""Approximate values the text says are approximate (field errors of the development parts,
issue 10): a projected amount "que ronda los ¢1.500 millones", a cue before the count's verb
("aproximadamente fueron 510 casos"), "casi un 23%" and "un promedio de" before a count of a span up to now
("en lo que va del año un promedio de dos mil denuncias"), which is a rough count of that span;
an average per month or one said without such a span stays an average, not approximate."""

from __future__ import annotations

from pathlib import Path

from tests.extract.reports import extracted


def _approximate(tmp_path: Path, text: str) -> dict[float, tuple[bool, str]]:
    return {o.value: (o.approximate, o.value_kind) for o in extracted(tmp_path, text)}


def test_a_projected_amount_that_hovers_around_is_approximate(tmp_path: Path) -> None:
    # cr_imas_inamu_avanzamos_mujeres_graduadas_2022, line 9 (dev50)
    found = _approximate(
        tmp_path,
        "53 mil graduadas de “Avanzamos Mujeres” abren paso a la igualdad de género en todo el "
        "país\n"
        "Adicionalmente, en este año, 5.075 mujeres ya se encuentran matriculadas para iniciar la "
        "capacitación del primer semestre de este año, con una inversión proyectada que ronda los "
        "¢1.500 millones.\n",
    )
    assert found[1_500_000_000.0] == (True, "budget")
    assert found[5075.0][0] is False


def test_the_cue_before_the_verb_of_the_count(tmp_path: Path) -> None:
    # gt_demi_quetzaltenango_2010, lines 2 and 3 (dev3)
    found = _approximate(
        tmp_path,
        "La Defensoría de la Mujer Indígena (DEMI), de Quetzaltenango, atendió 925 casos de "
        "mujeres indígenas durante el 2010.\n"
        "Natividad Batz, delegada regional de la DEMI, dijo que aproximadamente fueron 510 casos "
        "de asesorías y orientaciones, lo que constituye un trabajo bastante fuerte.\n",
    )
    assert found[510.0][0] is True
    assert found[925.0][0] is False


def test_an_average_of_a_span_up_to_now_is_a_rough_count(tmp_path: Path) -> None:
    # mx_aguascalientes_fge_denuncias_violencia_genero, line 2 (dev6); pe_puno_cem_casos_violencia
    # _incremento, line 3 (dev20); gt_demi_san_marcos_asesorias_mujeres, line 4 (dev53)
    found = _approximate(
        tmp_path,
        "La Fiscalía General del Estado (FGE) concentra en lo que va del año un promedio de dos "
        "mil denuncias formales por violencia de género; entre las víctimas se encuentran mujeres "
        "violentadas por sus propias parejas.\n"
        "Soledad Zapana Herrera, coordinadora del centro de emergencia mujer Puno, informó que de "
        "enero a la fecha se registró un promedio de 5 mil casos de violencia familiar contra la "
        "mujer y el grupo familiar a nivel regional.\n"
        "En lo que va del año se ha dado asesoría a un promedio de 150 mujeres, aseguró la "
        "representante.\n",
    )
    assert found[2000.0][0] is True
    assert found[5000.0][0] is True
    assert found[150.0][0] is True


def test_an_average_per_month_or_without_a_span_stays_exact(tmp_path: Path) -> None:
    # do_procuraduria_linea_vida_reportes_2018, line 7 (dev12); py_minmujer_linea137_cuarentena
    # _2020, line 7 (dev16)
    found = _approximate(
        tmp_path,
        "Puntualizó que a través de ese servicio, que ahora se denomina Centro de Contacto Línea "
        "Vida, se reportan un promedio de 300 cada mes.\n"
        "Si antes teníamos un promedio de 17 llamadas de usuarias, ahora tenemos 20, indicó "
        "Pavón.\n",
    )
    assert found[300.0] == (False, "average")
    assert found[17.0] == (False, "average")


def test_almost_and_an_article_before_a_share(tmp_path: Path) -> None:
    # ar_la_pampa_observatorio_genero_boletin_2021, line 5 (dev13)
    found = _approximate(
        tmp_path,
        "Teniendo en cuenta la caratulación de los legajos del año 2021 se puede observar que el "
        "26,5% fueron lesiones, casi un 23% amenazas, 10% hechos violentos sin especificar, más "
        "del 8% abusos sexuales, un 0,1% grooming y un 32,4% fueron situaciones que no se pueden "
        "encuadrar en otra parte.\n",
    )
    assert found[23.0][0] is True
    assert found[26.5][0] is False
    assert found[10.0][0] is False
