"""A municipality of the report's division named in a count's clause is that count's place,
not the city of the report's dateline; a figure of the whole division or of the country stays
at its level; a list of places, a name both of the division and of a municipality, or a city
where a service sits leave the report's place."""

from __future__ import annotations

from pathlib import Path

import pytest

from genero_etl.model import Place
from genero_etl.pipeline import IngestOptions, extract_document

Row = tuple[float | None, str, str, str, str, str, str]


def _read(tmp_path: Path, text: str) -> list[Row]:
    report = tmp_path / "informe.txt"
    report.write_text(text, encoding="utf-8")
    found = extract_document(report, report.name, IngestOptions()).observation_list()
    return [
        (
            o.value,
            o.country,
            o.admin1,
            o.municipality,
            o.period_start,
            o.period_end,
            o.source_locator,
        )
        for o in found
    ]


YEAR = ("2024-01-01", "2024-12-31")


def test_the_places_a_report_from_zapopan_names(tmp_path: Path) -> None:
    found = _read(
        tmp_path,
        "Atenciones a mujeres en el área metropolitana\n"
        "Zapopan, Jal. - La Secretaría de Igualdad Sustantiva entre Mujeres y Hombres informó "
        "las atenciones brindadas durante 2024 en los Centros de Justicia para las Mujeres.\n"
        "En Guadalajara se atendieron 340 mujeres; en Tonalá, 120.\n"
        "El Centro de Justicia de Zapopan brindó 215 asesorías jurídicas.\n"
        "En todo el estado se registraron 1,250 atenciones.\n"
        "A nivel nacional se registraron 3,000 atenciones.\n",
    )
    assert found == [
        (340.0, "MX", "MX-JAL", "Guadalajara", *YEAR, "line:3"),
        (120.0, "MX", "MX-JAL", "Tonalá", *YEAR, "line:3"),
        (215.0, "MX", "MX-JAL", "Zapopan", *YEAR, "line:4"),
        (1250.0, "MX", "MX-JAL", "", *YEAR, "line:5"),
        (3000.0, "MX", "", "", *YEAR, "line:6"),
    ]


def test_places_after_the_counts(tmp_path: Path) -> None:
    found = _read(
        tmp_path,
        "Informe 2024 de la Secretaría de Igualdad Sustantiva de Jalisco\n"
        "Zapopan, Jal. - La Secretaría informó las atenciones brindadas durante 2024.\n"
        "Se atendieron 95 mujeres en Tonalá, 64 en Guadalajara y 30 en Zapopan.\n"
        "Se registraron 410 atenciones en todo el estado.\n",
    )
    assert found == [
        (95.0, "MX", "MX-JAL", "Tonalá", *YEAR, "line:3"),
        (64.0, "MX", "MX-JAL", "Guadalajara", *YEAR, "line:3"),
        (30.0, "MX", "MX-JAL", "Zapopan", *YEAR, "line:3"),
        (410.0, "MX", "MX-JAL", "", *YEAR, "line:4"),
    ]


def test_what_leaves_the_report_s_place(tmp_path: Path) -> None:
    found = _read(
        tmp_path,
        "Informe anual 2024 del Instituto Municipal de las Mujeres de Zapopan\n"
        "Zapopan, Jal. - El Instituto informó las atenciones brindadas durante 2024.\n"
        # two places of a list: neither is the count's
        "En Guadalajara y Tonalá se atendieron 460 mujeres.\n"
        # where a service sits
        "La Línea Mujer, con sede en Guadalajara, recibió 500 llamadas.\n",
    )
    assert found == [
        (460.0, "MX", "MX-JAL", "Zapopan", *YEAR, "line:3"),
        (500.0, "MX", "MX-JAL", "Zapopan", *YEAR, "line:4"),
    ]


def test_a_region_named_as_such_is_the_region(tmp_path: Path) -> None:
    found = _read(
        tmp_path,
        "Nuevo Centro Emergencia Mujer en Máncora, 2023\n"
        "Máncora, Piura.- El Ministerio de la Mujer inauguró en 2023 el Centro Emergencia Mujer "
        "de Máncora.\n"
        "En la región Piura hay 18 Centros Emergencia Mujer.\n",
    )
    assert [(v, admin1, town, line) for v, _, admin1, town, _, _, line in found] == [
        (18.0, "PE-PIU", "", "line:3"),
    ]


def test_a_clause_read_again_in_a_report_of_another_division(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The places a clause names are remembered per clause and report place: "En Tonalá" is
    Jalisco's Tonalá in a report of Zapopan and Chiapas's in one of Tuxtla Gutiérrez, and a
    clause met again in a report of the same place is not read again."""
    from genero_etl.normalize import observations

    read: list[str] = []
    mentions_in = observations._mentions_in

    def counted(clause: str, document: Place) -> list[Place]:
        read.append(clause)
        return mentions_in(clause, document)

    monkeypatch.setattr(observations, "_mentions_in", counted)
    observations._LOCAL_MENTIONS.clear()
    line = "En Tonalá se atendieron 120 mujeres durante 2024.\n"
    jalisco = "Zapopan, Jal. - El Instituto Municipal de las Mujeres de Zapopan informó.\n"
    chiapas = "Tuxtla Gutiérrez, Chis. - La Secretaría de Igualdad de Género de Chiapas informó.\n"
    assert [(v, admin1, town) for v, _, admin1, town, *_ in _read(tmp_path, jalisco + line)] == [
        (120.0, "MX-JAL", "Tonalá")
    ]
    assert [(v, admin1, town) for v, _, admin1, town, *_ in _read(tmp_path, chiapas + line)] == [
        (120.0, "MX-CHP", "Tonalá")
    ]
    assert read.count("En Tonalá se atendieron ") == 2
    assert [(v, admin1, town) for v, _, admin1, town, *_ in _read(tmp_path, jalisco + line)] == [
        (120.0, "MX-JAL", "Tonalá")
    ]
    assert read.count("En Tonalá se atendieron ") == 2  # the first report's answer, remembered
