"""Panic buttons, helplines and shelters, met in the development corpus (tests/acceptance/texts,
part dev48): a device's size and weight ("de menos de 20 centímetros y su peso es de 75
gramos"), a shelter a region lacks ("no cuenta con un hogar de refugio temporal"), a line
named again by its number ("se posicione la 1572 como violencia contra la mujer"), a fall
written with its article ("disminuyó el 75 por ciento de las denuncias") and calls counted
with the masculine noun ("más de dos mil llamados por día"). Each document case reads the real
document as the corpus runner does (its source line blanked) and asserts the line, the number
and the indicator of what is published, and that what was read wrongly before is gone; each
sentence case guards what must stay."""

from __future__ import annotations

from pathlib import Path

from .reports import extracted

DOCS = Path(__file__).parents[1] / "acceptance" / "texts" / "docs"

Row = tuple[str, float, str | None]


def _read(tmp_path: Path, name: str) -> list[Row]:
    """Line, value and indicator of every value of the corpus document ``name``."""
    text = (DOCS / f"{name}.txt").read_text(encoding="utf-8")
    return _text(tmp_path, "\n" + text.split("\n", 1)[1], f"{name}.txt")


def _text(tmp_path: Path, text: str, name: str = "x.txt") -> list[Row]:
    observations = extracted(tmp_path, text, name)
    return [(o.source_locator.split()[0], float(o.value), o.indicator_id) for o in observations]


def test_a_devices_size_and_weight_are_no_counts(tmp_path: Path) -> None:
    """cr_inamu_boton_panico_dispositivos_2016 (dev48): "Es un dispositivo pequeño, de menos de
    20 centímetros y su peso es de 75 gramos" measures the button (both were values); the
    femicides and the 45 devices working stay."""
    found = _read(tmp_path, "cr_inamu_boton_panico_dispositivos_2016")
    values = {(line, value) for line, value, _ in found}
    assert ("line:4", 20.0) not in values
    assert ("line:4", 75.0) not in values
    assert ("line:7", 14.0) in values
    assert ("line:7", 27.0) in values
    assert ("line:9", 45.0) in values


def test_a_facility_a_place_does_not_have_is_no_count_of_one(tmp_path: Path) -> None:
    """pe_mimp_hogares_refugio_temporal_2019 (dev48): "El Callao es la única región que
    lamentablemente no cuenta con un hogar de refugio temporal" has none (it was read as one
    shelter); the 49 shelters and who runs them stay."""
    found = _read(tmp_path, "pe_mimp_hogares_refugio_temporal_2019")
    values = {(line, value) for line, value, _ in found}
    assert ("line:6", 1.0) not in values
    assert {("line:5", v) for v in (49.0, 24.0, 14.0)} <= values
    assert ("line:2", 100.0, "femicidios") in found


def test_a_line_named_again_by_its_number_is_no_count(tmp_path: Path) -> None:
    """gt_mp_linea_1572_llamadas_pandemia_2020 (dev48): "Creemos muy muy importante que se
    posicione la 1572 como violencia contra la mujer" names the prosecutors' line (it was 1,572
    calls), and "disminuyó el 75 por ciento de las denuncias" is a fall (it was a value); the
    more than 50 thousand calls stay, with their indicator."""
    found = _read(tmp_path, "gt_mp_linea_1572_llamadas_pandemia_2020")
    assert found == [("line:3", 50000.0, "llamadas_linea_atencion")]


def test_calls_counted_with_the_masculine_noun(tmp_path: Path) -> None:
    """ar_inam_linea_144_llamados_renovacion (dev48): "La línea 144 ... recibe más de dos mil
    llamados por día" is read (it was missed), a figure per day of no indicator (a rate is no
    count of its period: the texts README's conventions); the line's number stays out."""
    found = _read(tmp_path, "ar_inam_linea_144_llamados_renovacion")
    assert ("line:2", 2000.0, "sin_clasificar") in found
    assert ("line:2", 200000.0, "llamadas_linea_atencion") in found
    assert all(value != 144.0 for _, value, _ in found)


def test_what_must_stay(tmp_path: Path) -> None:
    """One shelter a municipality has ("cuenta con un albergue"), a level a count reached
    ("aumentaron a 300 denuncias"), a count after "hay" ("Hay 800 dispositivos") and a count in
    kilometres' company ("recorrieron 40 kilómetros y atendieron a 120 mujeres") keep their
    values; the kilometres stay out."""
    found = _text(
        tmp_path,
        "\nEn 2023 el municipio cuenta con un albergue para mujeres.\n"
        "Las denuncias aumentaron a 300 denuncias en 2023.\n"
        "Hay 800 dispositivos en manos de mujeres.\n"
        "Las brigadas recorrieron 40 kilómetros y atendieron a 120 mujeres.\n",
    )
    values = {(line, value) for line, value, _ in found}
    assert ("line:2", 1.0) in values
    assert ("line:3", 300.0) in values
    assert ("line:4", 800.0) in values
    assert ("line:5", 120.0) in values
    assert ("line:5", 40.0) not in values


def test_guatemalas_public_defence_and_its_line_place_the_figures(tmp_path: Path) -> None:
    """gt_idpp_linea_1571_asistencia_legal_llamadas (dev48): "El Instituto de la Defensa Pública
    Penal (IDPP) ... al 1571" names no country, but the public defence and its line are
    Guatemala's (its calls had no country); gt_mp_linea_1572_ocho_mil_llamadas (dev48): "la
    línea 1572 del Ministerio Público" weighs against the "Policía Nacional Civil (PNC)" that
    El Salvador also has (its figures were put in El Salvador)."""
    text = (DOCS / "gt_idpp_linea_1571_asistencia_legal_llamadas.txt").read_text(encoding="utf-8")
    observations = extracted(tmp_path, "\n" + text.split("\n", 1)[1], "gt_idpp.txt")
    assert {(o.source_locator.split()[0], float(o.value), o.country) for o in observations} >= {
        ("line:4", 38000.0, "GT"),
        ("line:4", 15200.0, "GT"),
    }
    text = (DOCS / "gt_mp_linea_1572_ocho_mil_llamadas.txt").read_text(encoding="utf-8")
    (tmp_path / "mp").mkdir()
    observations = extracted(tmp_path / "mp", "\n" + text.split("\n", 1)[1], "gt_mp.txt")
    assert ("line:3", 8371.0) in {
        (o.source_locator.split()[0], float(o.value)) for o in observations
    }
    assert all(o.country != "SV" for o in observations)
