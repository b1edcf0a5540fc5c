"""A municipality written without the saint's name its official name opens with ("Tlaquepaque"
for San Pedro Tlaquepaque) is that municipality where the short form is one municipality's
alone in its state and no other place's name or everyday word (country file
``municipalities.short_prefixes``); "la capital del Estado" in a report of one state is the
state's capital municipality (country file ``admin1.capitals``), "la capital del país" is not.
Sentences from the development texts."""

from __future__ import annotations

from pathlib import Path

import pytest

from genero_etl.normalize.places import division_capital, lookup_municipality
from genero_etl.pipeline import IngestOptions, extract_document

DOCS = Path(__file__).parents[1] / "acceptance" / "texts" / "docs"


def _read(path: Path) -> list[tuple[float | None, str, str, str, str]]:
    found = extract_document(path, path.name, IngestOptions()).observation_list()
    return [(o.value, o.country, o.admin1, o.municipality_code, o.source_locator) for o in found]


@pytest.mark.parametrize(
    ("short", "expected"),
    [
        ("Tlaquepaque", [("MX-JAL", "14098")]),
        ("Huatulco", [("MX-OAX", "20413")]),
        # two municipalities of Puebla leave "Cholula": neither
        ("Cholula", []),
        # an everyday word, and the first word of Tuxtla Gutiérrez's name: neither is read
        ("Maya", []),
        ("Tuxtla", []),
        # a division's name elsewhere ("San Luis Potosí" is no "Potosí")
        ("Potosí", [("BO-P", "050101"), ("CO-NAR", "52560")]),
    ],
)
def test_short_forms(short: str, expected: list[tuple[str, str]]) -> None:
    assert [(m.admin1, m.code) for m in lookup_municipality(short)] == expected


def test_tlaquepaque_s_own_report(tmp_path: Path) -> None:
    # mx_tlaquepaque_jefas_familia_dia_madre_2023: only "Tlaquepaque" is written
    text = (DOCS / "mx_tlaquepaque_jefas_familia_dia_madre_2023.txt").read_text(encoding="utf-8")
    report = tmp_path / "informe.txt"
    report.write_text(text.split("\n", 1)[1], encoding="utf-8")
    found = _read(report)
    assert {row[1:4] for row in found} == {("MX", "MX-JAL", "14098")}
    assert [row[0] for row in found] == [1000.0, 200_000_000.0, 2_000_000.0]


def test_capitals_are_data() -> None:
    capital = division_capital("MX", "MX-SLP")
    assert capital is not None and (capital.code, capital.name) == ("24028", "San Luis Potosí")
    assert division_capital("MX", "MX-CMX") is None


def test_the_capital_of_the_state(tmp_path: Path) -> None:
    # the sentence of mx_slp_cjm_nuevo_centro, in a report of the state of Jalisco
    report = tmp_path / "informe.txt"
    report.write_text(
        "Informe de la Secretaría de Seguridad Pública del Estado de Jalisco\n"
        "De acuerdo con estimaciones de la Secretaría de Seguridad Pública, al cierre del "
        "presente ejercicio se habrá atendido más de 13 mil mujeres en la capital del Estado y "
        "al cierre de la administración más de 20 mil.\n"
        # co_bogota_sdmujer_presupuesto_2025: the country's capital is no state's
        "Se atendieron 300 mujeres en la capital del país.\n",
        encoding="utf-8",
    )
    assert _read(report) == [
        (13000.0, "MX", "MX-JAL", "14039", "line:2"),
        (20000.0, "MX", "MX-JAL", "", "line:2"),
        (300.0, "MX", "MX-JAL", "", "line:3"),
    ]


def test_no_short_form_opens_another_name() -> None:
    # the short forms are found by a set of the names' first-word runs: none kept is the
    # first words of a municipality's name in its country ("Tuxtla" of "Tuxtla Gutiérrez")
    from genero_etl.countries import registry
    from genero_etl.normalize.places import _key, _short_forms, gazetteer

    munis = list(gazetteer().by_code.values())
    # no other names given: what leaves "Tuxtla" out here is only its opening another name
    shorts = _short_forms(registry(), munis, {}, {})
    assert {m.country for m, _ in shorts} >= {"MX"}
    assert ("14098", "Tlaquepaque") in {(m.code, rest) for m, rest in shorts}
    for municipality, rest in shorts:
        k = _key(rest)
        opened = [
            m.name
            for m in munis
            if m.country == municipality.country and _key(m.name).startswith(k + " ")
        ]
        assert opened == [], (rest, opened)
    assert "tuxtla" not in {_key(rest) for _, rest in shorts}
