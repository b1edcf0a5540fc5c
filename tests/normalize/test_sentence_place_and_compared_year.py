"""A sentence that opens with its division ("En Tucumán se registraron 40 denuncias") puts its
counts there, not in the report's own province; the year a count is compared with ("un 12 %
más que en el mismo período de 2023") is not its period; children of the victims are not
femicides."""

from __future__ import annotations

from pathlib import Path

from genero_etl.pipeline import IngestOptions, extract_document


def _read(tmp_path: Path, text: str) -> list[tuple[float | None, str, str, str, str, str]]:
    report = tmp_path / "informe.txt"
    report.write_text(text, encoding="utf-8")
    found = extract_document(report, report.name, IngestOptions()).observation_list()
    return [
        (o.value, o.indicator_id, o.admin1, o.period_start, o.period_end, o.source_locator)
        for o in found
    ]


def test_a_sentence_opened_by_its_division(tmp_path: Path) -> None:
    found = _read(
        tmp_path,
        "Informe anual 2024 de la Dirección de la Mujer de Salta\n"
        "Se atendieron 500 mujeres en la ciudad de Salta.\n"
        "En Jujuy, la fiscal informó que se dictaron 230 medidas de protección.\n"
        "En la provincia de Jujuy se dictaron 120 medidas de protección.\n"
        "En Tucumán se registraron 40 denuncias.\n",
    )
    year = ("2024-01-01", "2024-12-31")
    assert found == [
        (500.0, "personas_asistidas", "AR-A", *year, "line:2"),
        (230.0, "medidas_proteccion", "AR-Y", *year, "line:3"),
        (120.0, "medidas_proteccion", "AR-Y", *year, "line:4"),
        (40.0, "denuncias_violencia", "AR-T", *year, "line:5"),
    ]


def test_the_year_compared_with_and_the_victims_children(tmp_path: Path) -> None:
    found = _read(
        tmp_path,
        "Boletín del Observatorio de Femicidios, enero a junio de 2024\n"
        "En el primer semestre se registraron 127 femicidios en todo el país.\n"
        "Las víctimas dejaron 94 hijos e hijas menores de edad.\n"
        "La Línea 144 recibió 52.310 llamadas, un 12 % más que en el mismo período de 2023.\n",
    )
    half = ("2024-01-01", "2024-06-30")
    assert [(v, ind, start, end, line) for v, ind, _, start, end, line in found] == [
        (127.0, "femicidios", *half, "line:2"),
        (94.0, "sin_clasificar", *half, "line:3"),
        (52310.0, "llamadas_linea_atencion", *half, "line:4"),
    ]


def test_what_happened_to_the_women_counted(tmp_path: Path) -> None:
    found = _read(
        tmp_path,
        "Informe anual 2023 del Instituto Municipal de las Mujeres de Zapopan\n"
        "Se atendieron 300 mujeres y 12 mujeres ingresaron al refugio temporal.\n",
    )
    assert [(v, ind, line) for v, ind, *_, line in found] == [
        (300.0, "personas_asistidas", "line:2"),
        (12.0, "refugios_personas_alojadas", "line:2"),
    ]
