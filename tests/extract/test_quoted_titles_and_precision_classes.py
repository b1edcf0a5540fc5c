"""Classes of false values and wrong labels met in the development corpus (tests/acceptance/
texts), each read on its real document as the corpus runner reads it (its source line blanked):
the line, the number, the indicator, the place and the period of what is published, that what
was read wrongly before is gone, and a sentence case for what must stay."""

from __future__ import annotations

from pathlib import Path

from .reports import corpus_document, extracted, facts

Row = tuple[str, float, str, str, str, str, str]


def _read(tmp_path: Path, name: str) -> list[Row]:
    return facts(corpus_document(tmp_path, name))


def _text(tmp_path: Path, text: str) -> list[Row]:
    return facts(extracted(tmp_path, "\n" + text + "\n"))


def test_a_reports_quoted_title_gives_no_count_its_indicator(tmp_path: Path) -> None:
    """hn_onv_unah_muertes_violentas_mujeres_enero_octubre_2023 (dev35): under the line "El
    informe “Muerte Violenta de Mujeres y Femicidios” presentado el viernes", the municipalities'
    counts "Distrito Central (83), San Pedro Sula (20), ..." took femicides from the report's
    name, which names both the violent deaths and the femicides it covers: they were published
    as femicides with the confidence of a named count. A name in quotes says what a report
    covers, not what a count under it counts; the counts stay values, unlabelled."""
    found = _read(tmp_path, "hn_onv_unah_muertes_violentas_mujeres_enero_octubre_2023")
    line7 = [
        (v, ind, country, start, end)
        for w, v, ind, country, _, start, end in found
        if w == "line:7"
    ]
    assert (83.0, "sin_clasificar", "HN", "2023-01-01", "2023-12-31") in line7
    assert [v for v, *_ in line7] == [83.0, 20.0, 13.0, 13.0, 9.0, 7.0, 7.0, 7.0, 6.0, 6.0, 51.4]
    assert not [v for v, ind, *_ in line7 if ind == "femicidios"]
    # the women killed "de forma homicida" keep their own words' indicator
    assert ("line:3", 333.0, "homicidios_mujeres", "HN", "", "2023-01-01", "2023-10-31") in found
    # a heading that names femicides without quotes still gives the counts under it theirs
    named = _text(
        tmp_path,
        "El informe de Femicidios presentado el viernes.\n"
        "Los municipios con mayor incidencia son: Choloma (13) y Tocoa (7).",
    )
    assert [(w, v, ind) for w, v, ind, *_ in named] == [
        ("line:3", 13.0, "femicidios"),
        ("line:3", 7.0, "femicidios"),
    ]
    quoted = _text(
        tmp_path,
        "El informe “Muerte Violenta de Mujeres y Femicidios” presentado el viernes.\n"
        "Los municipios con mayor incidencia son: Choloma (13) y Tocoa (7).",
    )
    assert [(w, v, ind) for w, v, ind, *_ in quoted] == [
        ("line:3", 13.0, "sin_clasificar"),
        ("line:3", 7.0, "sin_clasificar"),
    ]


def test_a_percentage_change_whose_verb_is_left_out_is_no_value(tmp_path: Path) -> None:
    """pa_mp_feminicidios_muertes_violentas_primer_trimestre_2022 (dev35): "Los casos de mujeres
    víctimas de feminicidio subieron un 20 % y los de muerte violenta un 100 %": the first
    percentage is a change, and so is the second, its verb ("subieron") left out and its thing
    named before it ("y los de ..."); the 100 % was published as a share."""
    found = _read(tmp_path, "pa_mp_feminicidios_muertes_violentas_primer_trimestre_2022")
    assert not [v for w, v, *_ in found if w == "line:2"]
    assert ("line:3", 6.0, "femicidios", "PA", "", "", "") in found
    same = _text(
        tmp_path,
        "Las denuncias de violencia doméstica subieron un 20 % y las de violencia sexual un "
        "35 % en 2022 en Panamá.",
    )
    assert same == []
    # a share of a whole after the change stays a value
    share = _text(
        tmp_path,
        "Las denuncias de violencia doméstica subieron un 20 % en 2022 y el 45 % de los casos "
        "ocurrió en Colón, Panamá.",
    )
    assert [(w, v, country, admin1) for w, v, _, country, admin1, *_ in share] == [
        ("line:2", 45.0, "PA", "PA-3")
    ]
