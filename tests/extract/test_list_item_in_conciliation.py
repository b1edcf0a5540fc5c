"""A list of complaints by municipality whose items say what became of the cases ("8 con medida
de aseguramiento y ocho en conciliación en Salazar de las Palmas, 6 en Toledo"): the number in
words "en conciliación" is one more item of the count before it, and the list goes on after it.
The line is from a Colombian department's women's secretariat (Norte de Santander, 2012)."""

from __future__ import annotations

from pathlib import Path

from genero_etl.extract.finding import DocContext, Finding
from genero_etl.extract.numbers import Convention
from genero_etl.extract.text import extract_findings
from genero_etl.model import Segment
from genero_etl.normalize.codebook import load_codebook
from genero_etl.pipeline import IngestOptions, extract_document

CODEBOOK = load_codebook()

LINE = (
    "Según reporte de las Fiscalías a nivel seccional se han logrado conocer 208 denuncias por "
    "violencia sexual en Norte de Santander, 277 casos de violencia intrafamiliar en Los Patios, "
    "146 en Villa del Rosario, 13 en Herrán, 8 con medida de aseguramiento y ocho en conciliación "
    "en Salazar de las Palmas, 6 en Toledo y 1 en Bucarasica."
)


def findings(text: str) -> list[Finding]:
    context = DocContext(convention=Convention.DECIMAL_COMMA, year=2012)
    segments = [Segment(line, f"line:{n}") for n, line in enumerate(text.split("\n"), 1)]
    return extract_findings(segments, context, CODEBOOK.lexicon)


def test_a_number_in_words_in_conciliation_is_one_more_item_and_the_list_goes_on() -> None:
    found = findings(LINE)
    assert [(f.value, f.value_raw, f.locator) for f in found] == [
        (208.0, "208", "line:1"),
        (277.0, "277", "line:1"),
        (146.0, "146", "line:1"),
        (13.0, "13", "line:1"),
        (8.0, "8", "line:1"),
        (8.0, "ocho", "line:1"),
        (6.0, "6", "line:1"),
        (1.0, "1", "line:1"),
    ]
    # the items after "277 casos de violencia intrafamiliar" count what it counts (the last one,
    # after "y", is kept for its own label and read as their sibling when normalised)
    assert {f.noun_phrase for f in found[2:7]} == {found[1].noun_phrase}


def test_every_item_of_the_list_is_a_complaint_of_violence(tmp_path: Path) -> None:
    doc = tmp_path / "norte_santander.txt"
    doc.write_text(LINE + "\n", encoding="utf-8")
    staged = extract_document(doc, doc.name, IngestOptions())
    observations = staged.observation_list()
    assert [(o.value, o.indicator_id, o.source_locator) for o in observations] == [
        (v, "denuncias_violencia", "line:1") for v in (208, 277, 146, 13, 8, 8, 6, 1)
    ]


def test_a_number_in_words_in_conciliation_with_no_count_before_it_stays_out() -> None:
    assert findings("El juez dejó a las partes y dos en conciliación hasta la audiencia.") == []
