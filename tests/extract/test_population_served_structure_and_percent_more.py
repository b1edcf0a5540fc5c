"""Numbers that are a service's population, an office's organisation chart or a percentage's
change, met in the development corpus (tests/acceptance/texts, parts dev29 and dev24): "tiene un
universo de atención de un millón 708 mil 576 mujeres que habitan en los municipios", "se busca
atender a más de 734 mil mujeres de los municipios", "que en total eran 19 direcciones", "un
alarmante 41 % más en desapariciones". Each case reads the real document as the corpus runner does
(its source line blanked) and asserts the line and the number of what is published, and that the
number read wrongly before is gone."""

from __future__ import annotations

from pathlib import Path

from .reports import extracted

DOCS = Path(__file__).parents[1] / "acceptance" / "texts" / "docs"


def _read(tmp_path: Path, name: str) -> list[tuple[str, float, str | None]]:
    """Line, value and indicator of every value of the corpus document ``name``."""
    text = (DOCS / f"{name}.txt").read_text(encoding="utf-8")
    observations = extracted(tmp_path, "\n" + text.split("\n", 1)[1], f"{name}.txt")
    return [(o.source_locator.split()[0], float(o.value), o.indicator_id) for o in observations]


def _on(found: list[tuple[str, float, str | None]], line: int) -> list[float]:
    return [value for where, value, _ in found if where == f"line:{line}"]


def test_the_women_a_centre_covers_are_its_population_not_its_work(tmp_path: Path) -> None:
    """mx_edomex_ciudad_mujeres_atenciones (dev29): "tiene un universo de atención de un millón
    708 mil 576 mujeres que habitan en los municipios" and "se busca atender a más de 734 mil
    mujeres de los municipios del Valle de Toluca" are the people of the area each centre covers
    (``never_values.population_served``, ``population_reached_for``); the centres' 19 mil
    attentions stay."""
    found = _read(tmp_path, "mx_edomex_ciudad_mujeres_atenciones")
    assert _on(found, 4) == []
    assert _on(found, 5) == []
    assert ("line:3", 19000.0, "personas_asistidas") in found


def test_an_office_s_directorates_are_its_structure_not_a_count(tmp_path: Path) -> None:
    """pa_mides_proyecto_elimina_ministerio_mujer_2025 (dev24): "no contaba con todas las
    direcciones que debía tener, que en total eran 19 direcciones, pero a la fecha solo contaban
    con 5 o 6 direcciones" is the ministry's organisation chart (``never_values.own_structure``);
    nothing of the text is a value."""
    found = _read(tmp_path, "pa_mides_proyecto_elimina_ministerio_mujer_2025")
    assert _on(found, 20) == []
    assert found == []


def test_a_percentage_then_mas_en_is_a_change(tmp_path: Path) -> None:
    """pe_defensoria_feminicidios_enero_junio_2025 (dev29): "un incremento del 31 % en los casos
    de mujeres adultas y un alarmante 41 % más en desapariciones de niñas" states two changes
    (``changes.after_percent``: "más en"); June's share of girls among the complaints (67 %) and
    the half-year's femicides stay."""
    found = _read(tmp_path, "pe_defensoria_feminicidios_enero_junio_2025")
    assert 41.0 not in _on(found, 4)
    assert 31.0 not in _on(found, 4)
    assert 67.0 in _on(found, 6)
    assert ("line:2", 78.0, "femicidios") in found
