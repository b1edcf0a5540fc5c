"""Accountability and management reports of women's offices, met in the development corpus
(tests/acceptance/texts, part dev50): a centre's cost said after its neighbourhood ("en la
Colonia Kennedy a un valor superior a los 87 millones de lempiras", read as the street's
number), a term's second bound with its noun elided ("en un plazo mínimo de 8 meses y un
máximo de 10"), people a project "beneficiaron a" or "se beneficiarán" (no indicator before)
and people a programme or a centre is meant for ("serán beneficiadas un total de 47 mil
mujeres", "Se pretende atender a no menos de 45 mil mujeres al año": targets). Each document
case reads the real document as the corpus runner does (its source line blanked) and asserts
the line, the number, the indicator and the kind of what is extracted; each sentence case
guards what must stay."""

from __future__ import annotations

from pathlib import Path

from .reports import extracted

DOCS = Path(__file__).parents[1] / "acceptance" / "texts" / "docs"

Row = tuple[str, float, str | None, str]


def _read(tmp_path: Path, name: str) -> list[Row]:
    """Line, value, indicator and kind of every value of the corpus document ``name``."""
    text = (DOCS / f"{name}.txt").read_text(encoding="utf-8")
    return _text(tmp_path, "\n" + text.split("\n", 1)[1], f"{name}.txt")


def _text(tmp_path: Path, text: str, name: str = "x.txt") -> list[Row]:
    return [
        (o.source_locator.split()[0], float(o.value), o.indicator_id, o.value_kind)
        for o in extracted(tmp_path, text, name)
    ]


def _values(found: list[Row]) -> set[tuple[str, float]]:
    return {(line, value) for line, value, _, _ in found}


def test_an_amount_after_a_neighbourhood_is_no_street_number(tmp_path: Path) -> None:
    """hn_ciudad_mujer_centros_costo_licitacion_2017 (dev50): "se inauguró en Tegucigalpa en
    la Colonia Kennedy a un valor superior a los 87 millones de lempiras" is the centre's cost
    (the 87 was taken for the street's number and lost); the second centre's cost stays, and
    so does the term of the works, none of it a value ("en un plazo mínimo de 8 meses y un
    máximo de 10": the 10 was a value)."""
    found = _read(tmp_path, "hn_ciudad_mujer_centros_costo_licitacion_2017")
    assert ("line:5", 87000000.0, "presupuesto_genero", "budget") in found
    assert ("line:5", 120000000.0, "presupuesto_genero", "budget") in found
    assert ("line:3", 10.0) not in _values(found)
    assert ("line:3", 8.0) not in _values(found)


def test_a_count_after_a_neighbourhood_and_a_clause_is_read(tmp_path: Path) -> None:
    """ "en la colonia Kennedy y atendió a 870 mujeres": a clause joined to the place ends the
    address; a dwelling's and a street's numbers are no values still."""
    found = _text(
        tmp_path, "\nEl centro se inauguró en la colonia Kennedy y atendió a 870 mujeres.\n"
    )
    assert ("line:2", 870.0) in _values(found)
    found = _text(
        tmp_path,
        "\nLa oficina queda en la calle Corrientes 1234 y atendió a 50 mujeres.\n"
        "En la colonia Jardines de los Álamos 45 se atendieron 12 mujeres.\n",
    )
    assert _values(found) == {("line:2", 50.0), ("line:3", 12.0)}
    found = _text(tmp_path, "\nLa víctima vive en la colonia Kennedy, bloque 14, casa 22.\n")
    assert found == []


def test_an_elided_terms_bound_is_a_duration(tmp_path: Path) -> None:
    """ "un plazo mínimo de 8 meses y un máximo de 10": the 10 is months; a count said with
    its noun after such a term stays."""
    found = _text(
        tmp_path,
        "\nLas obras se harán en un plazo mínimo de 8 meses y un máximo de 10.\n"
        "En 8 meses la oficina atendió a 40 mujeres.\n",
    )
    assert _values(found) == {("line:3", 40.0)}


def test_people_a_project_benefits_are_its_beneficiaries(tmp_path: Path) -> None:
    """mx_nuevo_laredo_inmujer_informe_trimestral_2024 (dev50): "los nueve proyectos especiales
    que beneficiaron a 2 mil 835 personas" are its beneficiaries (no indicator before);
    "redoblarán esfuerzos a beneficio de las mujeres" (the noun) makes no count a
    beneficiaries' one: the people sensitised in talks are not; the projects themselves are no
    beneficiaries."""
    found = _read(tmp_path, "mx_nuevo_laredo_inmujer_informe_trimestral_2024")
    assert ("line:11", 2835.0, "beneficiarios_directos", "observed") in found
    assert ("line:9", 50.0, "capacitaciones_realizadas", "observed") in found
    assert [row[2] for row in found if row[:2] == ("line:9", 3368.0)] != ["beneficiarios_directos"]
    found = _text(
        tmp_path,
        "\nSe expusieron los 9 proyectos especiales que beneficiaron a 2 mil 835 personas.\n",
    )
    assert ("line:2", 2835.0, "beneficiarios_directos", "observed") in found
    assert [row[2] for row in found if row[:2] == ("line:2", 9.0)] != ["beneficiarios_directos"]


def test_people_a_project_or_centre_is_meant_for_are_targets(tmp_path: Path) -> None:
    """sv_isdemu_conamype_empoderamiento_economico_2024, cl_seremi_mujer_aysen_presupuesto_2025
    and hn_ciudad_mujer_centros_costo_licitacion_2017 (dev50): "Se beneficiarán 5,600
    salvadoreñas directamente", "serán beneficiadas un total de 47 mil mujeres" and "Se
    pretende atender a no menos de 45 mil mujeres al año" are what is meant, not what was
    done (the last two were observed counts)."""
    found = _read(tmp_path, "sv_isdemu_conamype_empoderamiento_economico_2024")
    assert ("line:4", 5600.0, "beneficiarios_directos", "target") in found
    assert ("line:3", 10225000.0, "presupuesto_genero", "budget") in found
    found = _read(tmp_path, "cl_seremi_mujer_aysen_presupuesto_2025")
    assert ("line:6", 47000.0, "beneficiarios_directos", "target") in found
    found = _read(tmp_path, "hn_ciudad_mujer_centros_costo_licitacion_2017")
    assert [row[3] for row in found if row[:2] == ("line:5", 45000.0)] == ["target"]
    found = _text(tmp_path, "\nEl programa benefició a 320 mujeres.\n")
    assert ("line:2", 320.0, "beneficiarios_directos", "observed") in found


def test_a_count_followed_by_de_and_a_province_is_that_provinces(tmp_path: Path) -> None:
    """cr_imas_inamu_avanzamos_mujeres_graduadas_2022 (dev50): "Asimismo, 6.927 de Limón, 5.072
    de San José, 2.768 de Heredia, 2.633 de Cartago y 1.694 de Alajuela": each count is the
    province named right after it (each took the province before it, the first none); the
    regions that are no province give none, and "12 en San José y 5 en Alajuela" stays."""
    text = (DOCS / "cr_imas_inamu_avanzamos_mujeres_graduadas_2022.txt").read_text(encoding="utf-8")
    found = extracted(tmp_path, "\n" + text.split("\n", 1)[1])
    places = {(o.source_locator.split()[0], float(o.value)): o.admin1 for o in found}
    assert places[("line:7", 6927.0)] == "CR-L"
    assert places[("line:7", 5072.0)] == "CR-SJ"
    assert places[("line:7", 2768.0)] == "CR-H"
    assert places[("line:7", 2633.0)] == "CR-C"
    assert places[("line:7", 1694.0)] == "CR-A"
    assert places[("line:7", 10268.0)] == ""
    found = extracted(
        tmp_path,
        "Costa Rica\nParticiparon 6.927 mujeres de Limón y 5.072 de San José. "
        "Se registraron 12 casos en San José y 5 en Alajuela.\n",
    )
    assert [(float(o.value), o.admin1) for o in found] == [
        (6927.0, "CR-L"),
        (5072.0, "CR-SJ"),
        (12.0, "CR-SJ"),
        (5.0, "CR-A"),
    ]
