"""Chilean communes written as their offices write them, where SUBDERE's CUT list of 2018
(the gazetteer the project ships) keeps an older spelling.

Rebuilt from the Programa Apoyo a Víctimas' table of electoral district 27
(``tests/acceptance/corpus_dev48``, ``cl_pav_ingresos_atenciones_comuna_distrito_27_aysen.xlsx``):
its sheet "Ingresos" as written, a rank in the first column under no header, "Comuna del
delito", the services "SSR", "SIC", "CCP", "Total" and a "Total" row. "Coyhaique" is the CUT's
"Coihaique" (11101) and "Aysén" the commune the CUT writes "Aisén" (11201), whose name is also
the region's: both are published as their commune, with its code, never as a place no
catalogue knows. The other spellings the country file adds (Paihuano, Llay Llay, Marchigüe,
Trehuaco) are the names INE and the programme's own clean-up write.
"""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

import openpyxl
import pytest

from genero_etl.model.arrow import table_rows
from genero_etl.normalize.document import Overrides
from genero_etl.normalize.places import lookup_municipality
from genero_etl.pipeline import IngestOptions, extract_document

HEADER = [None, "Comuna del delito", "SSR", "SIC", "CCP", "Total"]
ROWS = [
    [1.0, "Coyhaique", 387, 6, 0, 393],
    [2.0, "Aysén", 36, 1, 0, 37],
    [3.0, "Chile Chico", 3, 0, 0, 3],
    [4.0, "Cisnes", 3, 0, 0, 3],
    [5.0, "Lago Verde", 3, 0, 0, 3],
    [6.0, "Tortel", 2, 0, 0, 2],
    [7.0, "Cochrane", 1, 0, 0, 1],
    [8.0, "Río Ibáñez", 1, 0, 0, 1],
    [9.0, "Total", 436, 7, 0, 443],
]


def _out(tmp_path: Path) -> tuple[list[SimpleNamespace], set[str]]:
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Ingresos"
    for row in [HEADER, *ROWS]:
        sheet.append(row)
    path = tmp_path / "cl_pav_ingresos_atenciones_comuna_distrito_27_aysen.xlsx"
    book.save(path)
    staged = extract_document(path, path.name, IngestOptions(overrides=Overrides(country="CL")))
    return [SimpleNamespace(**r) for r in table_rows(staged.table())], {
        i.code for i in staged.issues
    }


def test_coyhaique_and_aysen_are_their_communes(tmp_path: Path) -> None:
    out, codes = _out(tmp_path)
    ssr = {
        o.municipality_code: float(o.value)
        for o in out
        if o.source_locator.startswith("Ingresos!C")
    }
    assert ssr["11101"] == 387  # "Coyhaique"
    assert ssr["11201"] == 36  # "Aysén", the commune, never the region
    assert ssr["11402"] == 1  # "Río Ibáñez", as before
    assert all(o.admin1 == "CL-AI" for o in out if o.municipality_code)
    assert not [o for o in out if "lugar" in o.breakdown_dimension]
    assert "table-place-unmatched" not in codes


@pytest.mark.parametrize(
    ("name", "code"),
    [("Coyhaique", "11101"), ("Aysén", "11201"), ("Paihuano", "04105"),
     ("Llay Llay", "05703"), ("Llay-Llay", "05703"), ("Marchigüe", "06204"),
     ("Trehuaco", "16207")],
)  # fmt: skip
def test_the_spellings_in_use_name_their_cut_commune(name: str, code: str) -> None:
    found = lookup_municipality(name, country="CL")
    assert [m.code for m in found] == [code]


def test_the_cut_spellings_still_name_their_communes() -> None:
    # guard: the CUT's own names are kept
    for name, code in [("Coihaique", "11101"), ("Aisén", "11201"), ("Paiguano", "04105"),
                       ("Llaillay", "05703"), ("Marchihue", "06204"), ("Treguaco", "16207")]:  # fmt: skip
        assert [m.code for m in lookup_municipality(name, country="CL")] == [code]
