"""A help line named by its number after "la", calls called "telefonemas" and a shelter named by
whom it houses, met in the development corpus (tests/acceptance/texts, part dev37): "el
Instituto Provincial de Género y Diversidad Sexual responsable de la 144" (the line, not 144
calls); "El personal capacitado ha tomado 76 mil 455 telefonemas" (calls, not people trained);
"la casa para mujeres en situación de violencia “Mercedes Sandoval” ... ingresaron 43 mujeres"
(women sheltered, not people attended). Each document case reads the real document as the
corpus runner does (its source line blanked) and asserts the line, the number, the indicator, the
place and the period of what is published, and that what was read wrongly before is gone; each
sentence case guards what must stay."""

from __future__ import annotations

from pathlib import Path

from .reports import corpus_facts as _read
from .reports import text_facts as _text


def test_a_line_named_by_its_number_after_la_is_no_count(tmp_path: Path) -> None:
    """ar_pba_linea_144_llamados_2018 (dev37): "Los datos corresponden al Instituto Provincial
    de Género y Diversidad Sexual responsable de la 144" published 144 calls; a well-known line's
    number after "la" names the line, as after "el", "del" and "al"."""
    found = _read(tmp_path, "ar_pba_linea_144_llamados_2018")
    assert not [row for row in found if row[0] == "line:3"]
    assert (
        "line:2",
        21000.0,
        "llamadas_linea_atencion",
        "AR",
        "AR-B",
        "2018-01-01",
        "2018-12-31",
    ) in found
    assert (
        "line:2",
        12400.0,
        "llamadas_linea_atencion",
        "AR",
        "AR-B",
        "2017-01-01",
        "2017-12-31",
    ) in found
    # the country's femicides in a provincial text stay national
    assert ("line:4", 34.0, "femicidios", "AR", "", "2018-01-01", "2018-12-31") in found
    assert _text(
        tmp_path, "El Instituto, responsable de la 144, atendió 5.200 llamadas en 2019."
    ) == [("line:2", 5200.0, "llamadas_linea_atencion", "", "", "2019-01-01", "2019-12-31")]
    # the same number counting calls is still a value
    assert _text(tmp_path, "Durante 2019 la línea recibió 144 llamadas de mujeres.") == [
        ("line:2", 144.0, "llamadas_linea_atencion", "", "", "2019-01-01", "2019-12-31")
    ]


def test_telefonemas_are_calls(tmp_path: Path) -> None:
    """mx_cdmx_semujeres_linea_sos_765_mayo_2023 (dev37): "El personal capacitado ha tomado 76 mil
    455 telefonemas, de los cuales 59 mil 589 fueron considerados de emergencia" published both
    under people trained in gender ("personal capacitado"); "telefonemas" are calls."""
    found = _read(tmp_path, "mx_cdmx_semujeres_linea_sos_765_mayo_2023")
    line4 = {(v, ind, country) for w, v, ind, country, *_ in found if w == "line:4"}
    assert line4 == {
        (76455.0, "llamadas_linea_atencion", "MX"),
        (59589.0, "llamadas_linea_atencion", "MX"),
        (3064.0, "agresores_detenidos", "MX"),
    }
    assert not [row for row in found if row[2] == "personas_capacitadas_genero"]


def test_a_shelter_named_by_whom_it_houses_shelters_its_women(tmp_path: Path) -> None:
    """py_minmujer_sos_mujer_137_casa_mercedes_sandoval_2014 (dev37): "En lo que se refiere a la
    casa para mujeres en situación de violencia “Mercedes Sandoval”, de enero a diciembre de 2014
    ingresaron 43 mujeres y 60 hijos" published the 43 women under people attended; the house for
    women in a situation of violence is a shelter."""
    found = _read(tmp_path, "py_minmujer_sos_mujer_137_casa_mercedes_sandoval_2014")
    assert (
        "line:9",
        43.0,
        "refugios_personas_alojadas",
        "PY",
        "",
        "2014-01-01",
        "2014-12-31",
    ) in found
    assert (
        "line:3",
        12139.0,
        "llamadas_linea_atencion",
        "PY",
        "",
        "2014-01-01",
        "2014-12-31",
    ) in found
    # the regional centres' women and cases are still people attended
    attended = {v for w, v, ind, *_ in found if ind == "personas_asistidas"}
    assert {202.0, 512.0, 432.0, 275.0} <= attended
    assert 43.0 not in attended
    assert _text(
        tmp_path, "La casa para mujeres víctimas de violencia recibió a 25 mujeres en 2020."
    ) == [("line:2", 25.0, "refugios_personas_alojadas", "", "", "2020-01-01", "2020-12-31")]
    assert _text(tmp_path, "El centro de atención atendió 512 mujeres en 2014.") == [
        ("line:2", 512.0, "personas_asistidas", "", "", "2014-01-01", "2014-12-31")
    ]
