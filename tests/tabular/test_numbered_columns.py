"""Columns numbered 18, 17 ... 1 under no word that says what they number: held back.

Rebuilt, small, from the fifteenth development set (tests/acceptance/corpus_dev15): Mexico's
Boletín Epidemiológico exported as "tipo" | "year" | 18 | 17 | ... | 1, the weeks of each
row's year newest first, with nothing but the file's name ("..._semana_...") saying they are
weeks. Read as data, the first row made the table a register (14 rows a year counted as 14)
or its numbers states by their code (18: Nayarit). Figures are the real file's.
"""

from __future__ import annotations

from pathlib import Path

from genero_etl.readers.grid import load_csv
from genero_etl.tabular import layout
from tabular.staged import rows, staged_file, write

WEEKS = ",".join(str(w) for w in range(18, 0, -1))


def test_a_sheet_of_bare_numbered_columns_publishes_nothing_and_says_why(tmp_path: Path) -> None:
    path = write(tmp_path, "boletin_enfermedades.csv", (
        f'"tipo","year",{WEEKS}\n'
        '"Asma",2020,"1 396","1 590","2 098","3 077","2 790","3 511","4 055","4 769","5 017",'
        '"5 157","5 219","5 241","6 388","7 289","7 487","6 864","6 379","5 540"\n'
        '"Diabetes Tipo I",2020,29,32,36,34,39,54,38,71,71,69,86,87,62,105,68,77,77,42\n'
        '"Asma",2017,"3 672","3 779","4 248","3 813","4 669","5 410","4 952","5 404","5 345",'
        '"5 359","5 884","5 539","5 652","6 027","6 340","6 073","6 047","5 026"\n'
    ))  # fmt: skip
    staged = staged_file(path, country="MX")
    assert rows(staged) == []
    held = [i for i in staged.issues if i.code == "sheet-numbered-columns"]
    assert len(held) == 1 and "de 18 a 1" in held[0].message_es


def test_numbered_columns_are_told_from_rows_of_counts() -> None:
    def grid(text: str) -> object:
        return load_csv(text.encode(), "t.csv").grids[0]

    assert layout.numbered_columns(grid(f"tipo,year,{WEEKS}\nAsma,2020,1,2,3\n")) == ("18", "1")  # type: ignore[arg-type]
    assert layout.numbered_columns(grid("Región,1,2,3,4,5,6,7\nNorte,4,5,6,7,8,9,10\n")) == (
        "1",
        "7",
    )  # type: ignore[arg-type]
    # a header of words over counts, counts that do not run to 1, or too few columns
    assert layout.numbered_columns(grid("Región,Casos,Tasa\nNorte,1,2\n")) is None  # type: ignore[arg-type]
    assert layout.numbered_columns(grid("Norte,4,5,6,7,8,9,10\n")) is None  # type: ignore[arg-type]
    assert layout.numbered_columns(grid("Norte,1,2,3,4\n")) is None  # type: ignore[arg-type]
    assert layout.numbered_columns(grid("Norte,1,2,3,5,6,7\n")) is None  # type: ignore[arg-type]
