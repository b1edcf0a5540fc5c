"""An NGO named right after its kind of body, centres called by their acronyms and the offences of
a violence law, met in the development corpus (tests/acceptance/texts, part dev31): "La
Organización no Gubernamental Utopix informó ..." then a quote closed by "directora de Utopix";
"45 SPI se encuentran operativos", "el país cuenta con 17 Caimus"; "30 víctimas mortales de
feminicidio, mientras que ... se reportaron 11.963 casos de delitos enmarcados en la Ley N° 348".
Each document case reads the real document as the corpus runner does (its source line blanked)
and asserts the line, the number and the indicator of what is published, and that the number read
wrongly before is gone; each sentence case guards what must stay."""

from __future__ import annotations

from pathlib import Path

from genero_etl.normalize.codebook import load_codebook

from .reports import extracted

DOCS = Path(__file__).parents[1] / "acceptance" / "texts" / "docs"
CODEBOOK = load_codebook()


def _read(tmp_path: Path, name: str) -> list[tuple[str, float, str | None]]:
    """Line, value and indicator of every value of the corpus document ``name``."""
    text = (DOCS / f"{name}.txt").read_text(encoding="utf-8")
    return _text(tmp_path, "\n" + text.split("\n", 1)[1], f"{name}.txt")


def _text(tmp_path: Path, text: str, name: str = "x.txt") -> list[tuple[str, float, str | None]]:
    observations = extracted(tmp_path, text, name)
    return [(o.source_locator.split()[0], float(o.value), o.indicator_id) for o in observations]


def test_an_ngo_named_after_its_kind_is_quoted_by_that_name_later(tmp_path: Path) -> None:
    """ve_instituto_mujer_zulia_denuncias_2025 (dev31): "La Organización no Gubernamental Utopix
    informó que ... 19 femicidios" names the NGO; two paragraphs on, a quote "... 19 posibles
    femicidios ... y 10 casos de femicidios de venezolanas en el exterior ..." closed by
    "detalló ... directora de Utopix" is its count too: no value on that line (the 10 was read
    as femicides). The state institute's own complaints stay."""
    found = _read(tmp_path, "ve_instituto_mujer_zulia_denuncias_2025")
    assert [(w, v) for w, v, _ in found if w == "line:10"] == []
    assert [(w, v) for w, v, _ in found if w == "line:8"] == []
    assert ("line:3", 600.0, "denuncias_violencia") in found
    assert ("line:3", 366.0, "denuncias_violencia") in found


def test_an_ordinary_capitalised_word_after_ong_is_no_alias(tmp_path: Path) -> None:
    """ "la ONG Mujeres ... informó" names no alias "Mujeres" (lexicon ``sources.not_a_name``):
    a later sentence of an office with that word keeps its count."""
    text = (
        "\nLa ONG Mujeres en Red informó que hubo 12 femicidios en el año.\n"
        "El Instituto de las Mujeres atendió a 340 mujeres en el trimestre.\n"
    )
    found = _text(tmp_path, text)
    assert ("line:3", 340.0) in [(w, v) for w, v, _ in found]


def test_centres_called_by_their_acronyms_are_centres(tmp_path: Path) -> None:
    """ec_sdh_servicio_proteccion_integral_operativo_2020 and gt_agn_caimus_centros_cobertura_2024
    (dev31): "Actualmente, 45 SPI se encuentran operativos a nivel nacional" and "el país cuenta
    con 17 Caimus distribuidos" count centres (centros_atencion), not things unclassified."""
    assert ("line:5", 45.0, "centros_atencion") in _read(
        tmp_path, "ec_sdh_servicio_proteccion_integral_operativo_2020"
    )
    assert ("line:3", 17.0, "centros_atencion") in _read(
        tmp_path, "gt_agn_caimus_centros_cobertura_2024"
    )


def test_cases_of_offences_under_a_law_are_complaints_not_the_femicides_before(
    tmp_path: Path,
) -> None:
    """bo_ald_santa_cruz_casa_acogida_modificacion_presupuestaria (dev31): "Bolivia había
    registrado 30 víctimas mortales de feminicidio, mientras que en el primer trimestre de 2022
    se reportaron 11.963 casos de delitos enmarcados en la Ley N° 348": the cases are the law's
    offences on record (denuncias_violencia); they were read as femicides from the clause
    before. The femicides stay femicides."""
    found = _read(tmp_path, "bo_ald_santa_cruz_casa_acogida_modificacion_presupuestaria")
    assert ("line:5", 11963.0, "denuncias_violencia") in found
    assert ("line:5", 30.0, "femicidios") in found
    assert CODEBOOK.classify("casos de delitos tipificados").id == "denuncias_violencia"
    assert CODEBOOK.classify("casos de delitos").id != "denuncias_violencia"
