"""Observatories outside the executive, met in the development corpus (tests/acceptance/texts,
part dev52): a civil-society body named after the verb that reports its count ("informó este
martes la no gubernamental Fundación Aldea"), a women's organisation's own count ("La
Organización de Mujeres Salvadoreñas por la Paz (Ormusa) registró") and a rights centre's
share ("según el Centro de Derechos de Mujeres") are no office's values; a national
university's observatory is a public body whose counts are ("El Observatorio de la Violencia
de la Universidad Nacional Autónoma de Honduras (OV-UNAH) reportó 297 muertes violentas de
mujeres y femicidios": the joint count of violent deaths and femicides, not femicides alone);
a change's noun before "en un" and its percentage ("una disminución en la tasa de muertes
violentas en un 13.2%") is a change. Each document case reads the real document as the corpus
runner does (its source line blanked) and asserts line, value, indicator, country, division
and period; each sentence case guards what must stay."""

from __future__ import annotations

from pathlib import Path

from .reports import corpus_facts, text_facts


def _lines(found: list[tuple[object, ...]], line: str) -> set[float]:
    return {f[1] for f in found if f[0] == line}  # type: ignore[misc]


def test_a_national_universitys_observatory_counts_the_joint_deaths(tmp_path: Path) -> None:
    """hn_ov_unah_muertes_violentas_mujeres_2022_oacnudh (dev52): the UNAH observatory's 297
    violent deaths of women and femicides of 2022 (lost: "universidad" made the observatory
    another body) are `muertes_mujeres_violencia` (they were read as femicides), the 330 of
    2021 beside them a value; the fall of the death rates "en un 13.2% ... y 14.7%" is a
    change, and the NGO's "Más del 90 por ciento ... según el Centro de Derechos de Mujeres"
    no value (both were)."""
    found = corpus_facts(tmp_path, "hn_ov_unah_muertes_violentas_mujeres_2022_oacnudh")
    assert (
        "line:6",
        297.0,
        "muertes_mujeres_violencia",
        "HN",
        "",
        "2022-01-01",
        "2022-12-31",
    ) in found
    assert _lines(found, "line:6") == {297.0, 330.0}
    assert _lines(found, "line:3") == set()
    assert _lines(found, "line:7") == set()
    assert ("line:2", 50.0, "femicidios", "HN", "", "2023-01-01", "2023-12-31") in found


def test_a_private_university_and_femicides_alone_stay_as_they_were(tmp_path: Path) -> None:
    """A university not named national is still another body; femicides counted alone keep
    their indicator; a share beside a change's noun stays a value."""
    found = text_facts(
        tmp_path,
        "Según la Universidad Centroamericana, el 40% de las mujeres sufrió violencia.\n"
        "La Fiscalía registró 35 femicidios en 2022.\n"
        "Hubo un aumento de las denuncias; el 62% de los casos fue atendido en 2022.\n",
    )
    assert _lines(found, "line:2") == set()
    assert ("line:3", 35.0, "femicidios", "", "", "2022-01-01", "2022-12-31") in found
    assert _lines(found, "line:4") == {62.0}


def test_a_civil_society_body_named_after_its_verb_quotes_its_count(tmp_path: Path) -> None:
    """ec_aldea_mapa_femicidios_anual_2023 (dev52): "Ecuador registró 321 asesinatos de mujeres
    ..., informó este martes la no gubernamental Fundación Aldea" and its quote "... al menos
    187 hijos e hijas ...”, indicó la organización" are the NGO's counts, no value (the 321 was
    published as women killed)."""
    found = corpus_facts(tmp_path, "ec_aldea_mapa_femicidios_anual_2023")
    assert _lines(found, "line:2") == set()
    assert 187.0 not in _lines(found, "line:3")


def test_an_office_named_after_its_verb_keeps_its_count(tmp_path: Path) -> None:
    """The same order with an office after the verb, or a verb with a number before a body,
    leaves the count the office's."""
    found = text_facts(
        tmp_path,
        "En 2023 se registraron 118 femicidios en el país, informó este martes la Fiscalía.\n"
        "El ministerio informó 45 casos atendidos con la fundación en 2023.\n",
    )
    assert ("line:2", 118.0, "femicidios", "", "", "2023-01-01", "2023-12-31") in found
    assert 45.0 in _lines(found, "line:3")


def test_a_womens_organisation_registers_its_own_count(tmp_path: Path) -> None:
    """sv_ormusa_observatorio_feminicidios_2023 (dev52): "La Organización de Mujeres
    Salvadoreñas por la Paz (Ormusa) registró un total de 46 feminicidios ocurridos en 2023,
    según un monitoreo de medios" is the organisation's count, no value (it was published as
    femicides)."""
    found = corpus_facts(tmp_path, "sv_ormusa_observatorio_feminicidios_2023")
    assert _lines(found, "line:2") == set()


def test_paragraphs_between_two_that_name_the_body_quote_it(tmp_path: Path) -> None:
    """sv_ormusa_observatorio_feminicidios_2023 (dev52): the two paragraphs of Ormusa's counts
    by perpetrator and by department, between its lead and "Los meses más violentos según
    Ormusa", and the two between that one and "... de Ormusa" again, quote the organisation
    (46, 23, 21, 13, 16 and 20 were published)."""
    found = corpus_facts(tmp_path, "sv_ormusa_observatorio_feminicidios_2023")
    assert found == []


def test_an_offices_paragraphs_far_from_the_quoted_body_stay(tmp_path: Path) -> None:
    """More than three paragraphs between two that name the body: the office's own counts in
    between are its values."""
    found = text_facts(
        tmp_path,
        "La Asociación de Mujeres Libres (Amul) registró 30 femicidios en 2023.\n"
        "La Fiscalía recibió 1.200 denuncias en 2023.\n"
        "El ministerio atendió a 800 mujeres en 2023.\n"
        "La línea recibió 950 llamadas en 2023.\n"
        "La policía entregó 40 botones antipánico en 2023.\n"
        "Amul pidió más presupuesto.",
    )
    assert _lines(found, "line:2") == set()
    assert [f[0] for f in found] == ["line:3", "line:4", "line:5", "line:6"]
    assert ("line:3", 1200.0, "denuncias_violencia", "", "", "2023-01-01", "2023-12-31") in found
