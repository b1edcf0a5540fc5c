"""A table row labelled by a statistic ("Mínimo", "Media", "Mediana", "Máximo") holds the
statistics of a variable, here the ages of a study's victims and authors: no number of it is
a count, so none is a value; the counts of the same table's other rows still are.

Shaped like Cuadro 16 of the Uruguayan interior ministry's study of women killed by their
partners (page 52, read from the PDF's text layer as tab-separated cells)."""

from __future__ import annotations

from genero_etl.extract.finding import DocContext
from genero_etl.extract.numbers import Convention
from genero_etl.extract.text import extract_findings
from genero_etl.model import Segment
from genero_etl.normalize.codebook import load_codebook

CODEBOOK = load_codebook()

CUADRO_16 = [
    ("Estadísticos edad del autor\tConvivían\tConviveron\tNunca convivieron", "page:52/line:3"),
    ("Casos\t124\t88\t44", "page:52/line:4"),
    ("Mínimo\t18\t20\t18", "page:52/line:5"),
    ("Media\t47\t40\t40", "page:52/line:6"),
    ("Mediana\t45\t40\t37", "page:52/line:7"),
    ("Máximo\t89\t40\t75", "page:52/line:8"),
]


def test_statistic_rows_of_ages_are_no_values() -> None:
    context = DocContext(convention=Convention.DECIMAL_COMMA, year=2017)
    segments = [Segment(text, locator) for text, locator in CUADRO_16]
    findings = extract_findings(segments, context, CODEBOOK.lexicon)
    got = [(f.value, f.locator, f.cell) for f in findings]
    # the cases of each column are read, each in its cell of line 4
    assert got == [(124, "page:52/line:4", 1), (88, "page:52/line:4", 2), (44, "page:52/line:4", 3)]
    # the ages (89 and 75 the oldest authors', 18 the youngest's) are never values
    assert not {89, 75, 47, 45, 37, 18, 20} & {f.value for f in findings}
