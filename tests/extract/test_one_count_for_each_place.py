"""One number said for two places or more, each of which has that many (issue 10): "Atlántico
y Valle del Cauca, cada uno con 66 feminicidios", "Antioquia y Norte de Santander, ambos con 321"
(lexicon ``counts.each_before``; ``extract/piece.py:_places_each``,
``normalize/observations.py:_each_place``): one value per place, each with its own place. Each
document case reads the real development document as the corpus runner does and fails with the
code before this round. The guards are close sentences that must stay as they were: an amount
for each person, months, platforms, persons, ages, ranges, shares, "cada uno de los", a name
that is no division of the report's country, and "cada uno" after the count ("Junín y Piura con
330 cada una"), which the golds write once as often as once per place (lexicon
``counts.each_after`` left empty)."""

from __future__ import annotations

from pathlib import Path

from .reports import corpus_document, extracted


def _placed(tmp_path: Path, name: str, line: str) -> list[tuple[float, str, str]]:
    return [
        (float(o.value), o.admin1, o.municipality_code)
        for o in corpus_document(tmp_path, name)
        if o.source_locator.split()[0] == line
    ]


def _report(tmp_path: Path, title: str, text: str) -> list[tuple[float, str, str]]:
    return [
        (float(o.value), o.admin1, o.municipality_code)
        for o in extracted(tmp_path, f"{title}\n{text}\n")
    ]


def test_each_one_before_the_count(tmp_path: Path) -> None:
    """co_defensoria_balance_feminicidios_enero_octubre_2024 (dev61), line 6: "le siguen
    Atlántico y Valle del Cauca, cada uno con 66 feminicidios"."""
    found = _placed(tmp_path, "co_defensoria_balance_feminicidios_enero_octubre_2024", "line:6")
    assert [v for v in found if v[0] == 66.0] == [(66.0, "CO-ATL", ""), (66.0, "CO-VAC", "")]


def test_each_one_with_the_noun_of_the_lists_clause_and_both(tmp_path: Path) -> None:
    """co_defensoria_feminicidios_violencias_genero_enero_mayo_2024 (dev52), line 3:
    "Cundinamarca y Valle del Cauca son los departamentos con más casos de estas violencias,
    cada uno con seis" (its noun the list's clause's); line 5: "continuando con Antioquia y
    Norte de Santander, ambos con 321"."""
    name = "co_defensoria_feminicidios_violencias_genero_enero_mayo_2024"
    found = _placed(tmp_path, name, "line:3")
    assert [v for v in found if v[0] == 6.0] == [(6.0, "CO-CUN", ""), (6.0, "CO-VAC", "")]
    assert [v[0] for v in found].count(5.0) == 1  # "cada uno" after the count: one value
    found = _placed(tmp_path, name, "line:5")
    assert [v for v in found if v[0] == 321.0] == [(321.0, "CO-ANT", ""), (321.0, "CO-NSA", "")]


def test_guards_stay_one_value_or_none(tmp_path: Path) -> None:
    title = "Informe de la Defensoría del Pueblo de Colombia, 2024"
    # an amount for each one: as before, one amount
    assert [v[0] for v in _report(
        tmp_path, title, "Bogotá y Antioquia recibieron un bono de 500 pesos cada uno."
    )] == [500.0]  # fmt: skip
    # months are periods, never places
    assert [v[0] for v in _report(
        tmp_path, title, "Los meses más violentos fueron Febrero y Abril, cada uno con siete feminicidios."
    )] == [7.0]  # fmt: skip
    # names that are no places of the report: one value
    assert _report(tmp_path, title, "WhatsApp y Facebook, con 12 denuncias cada uno.") == [
        (12.0, "", "")
    ]
    assert [v[0] for v in _report(
        tmp_path, title, "Las fiscales María y Juana atendieron 30 casos cada una."
    )] == [30.0]  # fmt: skip
    # ages, ranges and shares stay as they were
    assert _report(tmp_path, title, "María y Juana, de 15 años cada una, fueron atendidas.") == []
    assert (
        _report(tmp_path, title, "Antioquia y Putumayo registraron entre 15 y 20 casos cada uno.")
        == []
    )
    assert [v[0] for v in _report(
        tmp_path, title, "Antioquia y Putumayo registraron el 30 % y el 40 % de los casos cada uno."
    )] == [30.0, 40.0]  # fmt: skip
    # "cada uno de los ...": a whole, no list's count
    assert [v[0] for v in _report(
        tmp_path, title, "Antioquia y Putumayo tienen 12 casas cada uno de los cuales 3 son nuevas."
    )].count(12.0) == 1  # fmt: skip


def test_a_name_that_is_no_division_keeps_one_value(tmp_path: Path) -> None:
    """ "San Martín y Sullana, cada una con cinco registros": Sullana is a court seated in
    Piura, no department; the count stays one value, its place read as before (never two values
    on one place)."""
    found = _report(
        tmp_path,
        "Informe del Poder Judicial del Perú, 2025",
        "Les siguen San Martín y Sullana, cada una con cinco casos.",
    )
    assert [v[0] for v in found] == [5.0]


def test_each_one_after_the_count_stays_one_value(tmp_path: Path) -> None:
    """pe_pj_redam_inscritos_cortes_2025 (dev70), line 8: "Junín y Piura con 330 cada una" and
    co_defensoria_duplas_genero_casos_osigd_2021_2022 (dev96), line 6: "Bogotá y Chocó con 27
    casos cada uno": one value each, as the golds of the corpus mostly write them."""
    found = _placed(tmp_path, "pe_pj_redam_inscritos_cortes_2025", "line:8")
    assert [v[0] for v in found].count(330.0) == 1
    found = _placed(tmp_path, "co_defensoria_duplas_genero_casos_osigd_2021_2022", "line:6")
    assert [v[0] for v in found].count(27.0) == 1
