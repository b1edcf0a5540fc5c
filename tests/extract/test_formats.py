"""The same values from every format: a report's two-column table keeps its values when a
.docx or .pdf turns each tab into a space."""

from __future__ import annotations

from pathlib import Path

import pytest

from genero_etl.extract.text import spaced_rows_as_cells

REPORT = """Informe de avance del primer semestre 2022, Municipio de Juárez, Chihuahua.
Se atendieron 1,250 mujeres en situación de violencia.
Total de recomendaciones impactadas por categoría AVGM 2022

Modalidad de Violencia:

Violencia Femicida\t9
Violencia Familiar\t7
Violencia Docente\t4
Violencia Laboral\t2

Eje transversal:

Políticas públicas desde igualdad\t8
Acceso a la justicia\t2
"""


def _values(path: Path) -> list[tuple[float, str, str]]:
    from genero_etl.pipeline import extract_file  # type: ignore[attr-defined,unused-ignore]

    return [(o.value, o.indicator_id, o.breakdown_value) for o in extract_file(path)]


def test_docx_one_paragraph_per_line_gives_the_plain_text_values(tmp_path: Path) -> None:
    from docx import Document as Docx

    plain = tmp_path / "informe.txt"
    plain.write_text(REPORT, encoding="utf-8")
    made = Docx()
    for line in REPORT.splitlines():
        made.add_paragraph(line)
    made.save(str(tmp_path / "informe.docx"))
    expected = _values(plain)
    # nine recommendations in the category, a count: no "%" follows the number
    assert (9.0, "recomendaciones_avgm_atendidas", "Violencia Femicida") in expected
    assert len(expected) == 7
    assert _values(tmp_path / "informe.docx") == expected


@pytest.mark.parametrize(
    ("lines", "cells"),
    [
        (["Modalidad:", "Violencia Femicida 9", "Violencia Laboral 2"],
         ["Modalidad:", "Violencia Femicida\t9", "Violencia Laboral\t2"]),
        (["Eje transversal:", "Acceso a la justicia 2", "Participación ciudadana 7", "Fin."],
         ["Eje transversal:", "Acceso a la justicia\t2", "Participación ciudadana\t7", "Fin."]),
        # one row alone is a sentence, not a table
        (["Dirección:", "Mitre 178"], ["Dirección:", "Mitre 178"]),
        # without a heading ending in ":" the lines stay as written
        (["Violencia Femicida 9", "Violencia Laboral 2"], ["Violencia Femicida 9", "Violencia Laboral 2"]),
        # a line with its own label and colon is not a bare row
        (["Resultados:", "Talleres: 45", "Charlas: 12"], ["Resultados:", "Talleres: 45", "Charlas: 12"]),
        (["Cobertura:", "Urbana 45 %", "Rural 55 %"], ["Cobertura:", "Urbana\t45 %", "Rural\t55 %"]),
    ],
)  # fmt: skip
def test_spaced_rows_become_cells(lines: list[str], cells: list[str]) -> None:
    pieces = [(f"line:{i}", line) for i, line in enumerate(lines, 1)]
    assert [text for _, text in spaced_rows_as_cells(pieces)] == cells
