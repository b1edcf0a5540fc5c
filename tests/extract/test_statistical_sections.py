"""Statistical sections of reports saved from PDF or a data page to text, met in the development
corpus (tests/acceptance/texts, part dev76): a share going from one level to another with its
percent sign written once, after the second level ("pasó del 14 al 17 por ciento"), is a
percentage at both levels, never a count at the first; a budget table's amount column whose
heading carries its money in brackets ("Programas Monto ($)") makes each row's last number an
amount, even when the row's label runs over two lines; a table by month saved as one line
("Masc. Fem. Indet. ENERO 309 26 1 FEBRERO 282 23 2 ...") is read row by row, each count under
its column and in its month. Each document case reads the real
document as the corpus runner does (its source line blanked); each sentence case guards what
must stay."""

from __future__ import annotations

from pathlib import Path

from genero_etl.extract.lexicon import SpanishLexicon, default_lexicon
from genero_etl.extract.text import _month_rows_of, month_table_parts, words_last_amount

from .reports import corpus_document, extracted


def test_a_share_from_one_level_to_another_is_a_percentage_at_both(tmp_path: Path) -> None:
    """gt_dialogos_renap_inacif_pnc_defunciones_agresion_2022 (dev76): "su porcentaje respecto
    al total de muertes pasó del 14 al 17 por ciento durante el primer semestre entre los años
    2020-2022" (line 6) gave 14 as deaths of women (unit victimas), 17 as a percentage."""
    found = corpus_document(tmp_path, "gt_dialogos_renap_inacif_pnc_defunciones_agresion_2022")
    line6 = [(o.value, o.unit) for o in found if o.source_locator.split()[0] == "line:6"]
    assert line6 == [(14.0, "%"), (17.0, "%")]


def test_counts_from_one_level_to_another_stay_counts(tmp_path: Path) -> None:
    """The same document's "De 306 mujeres se pasó a 341 (11% de incremento)" (line 9): two
    counts of women, their rise's percentage apart."""
    found = corpus_document(tmp_path, "gt_dialogos_renap_inacif_pnc_defunciones_agresion_2022")
    line9 = {o.value: o.unit for o in found if o.source_locator.split()[0] == "line:9"}
    assert line9[306.0] != "%"
    assert line9[341.0] != "%"


def test_a_level_with_its_own_percent_sign_and_a_range_stay_as_they_were(tmp_path: Path) -> None:
    """A first level written with its own sign keeps it; a count going to a share is no share
    ("de 40 a 17 %" reads a count of the first only when its words say so: not touched here)."""
    found = extracted(
        tmp_path,
        "\nEn Guatemala el porcentaje de mujeres pasó del 14% al 17% en 2022.\n",
    )
    assert [(o.value, o.unit) for o in found] == [(14.0, "%"), (17.0, "%")]


def test_a_budget_tables_amounts_under_a_bracketed_money_heading(tmp_path: Path) -> None:
    """cl_sernam_antofagasta_cuenta_publica_presupuesto_2015 (dev76): under "Programas Monto
    ($)" (line 15), "la Reproducción 47.014.000" (line 17), "Participación 26.400.000" (line 19)
    and "Programa 4 a 7 36.750.000" (line 20) were of no indicator and no currency, the second
    people taking part in activities."""
    found = corpus_document(tmp_path, "cl_sernam_antofagasta_cuenta_publica_presupuesto_2015")
    rows = [
        (o.source_locator.split()[0], o.value, o.indicator_id, o.unit, o.admin1)
        for o in found
        if o.source_locator.split()[0] in {"line:17", "line:19", "line:20"}
    ]
    assert rows == [
        ("line:17", 47014000.0, "presupuesto_genero", "CLP", "CL-AN"),
        ("line:19", 26400000.0, "presupuesto_genero", "CLP", "CL-AN"),
        ("line:20", 36750000.0, "presupuesto_genero", "CLP", "CL-AN"),
    ]


def test_only_an_amount_heading_with_its_money_in_brackets_opens_a_table_of_amounts() -> None:
    """The bracket is set aside only when it holds no number: a heading's count in brackets or
    a row's label stays what it was."""
    assert words_last_amount("Programas Monto ($)")
    assert words_last_amount("Unidad Importe (US$)")
    assert not words_last_amount("Programas Monto (2015)")
    assert not words_last_amount("Programa 4 a 7 36.750.000")
    assert not words_last_amount("Casos atendidos (%)")


def test_a_table_by_month_saved_as_one_line_is_read_row_by_row(tmp_path: Path) -> None:
    """sv_iml_homicidios_mes_sexo_2015 (dev76): "1.1 TABLA POR MES DEL HECHO Y SEXO DE VICTIMA.
    AÑO 2015 (6656) Masc. Fem. Indet. ENERO 309 26 1 FEBRERO 282 23 2 MARZO 448 32 4 ...
    DICIEMBRE 529 56 0 total 6072 573 11" (line 2): the abbreviations' periods cut it into
    sentences, a month before a count read as a date ("ENERO 26", "1 FEBRERO"), and of each row
    only its first count was kept, most of them with the year's period."""
    found = corpus_document(tmp_path, "sv_iml_homicidios_mes_sexo_2015")
    rows = {
        (o.value, o.period_start, o.period_end)
        for o in found
        if o.source_locator.split()[0] == "line:2"
    }
    assert {
        (309.0, "2015-01-01", "2015-01-31"),
        (26.0, "2015-01-01", "2015-01-31"),
        (23.0, "2015-02-01", "2015-02-28"),
        (63.0, "2015-06-01", "2015-06-30"),
        (849.0, "2015-08-01", "2015-08-31"),
        (69.0, "2015-08-01", "2015-08-31"),
        (56.0, "2015-12-01", "2015-12-31"),
        (6072.0, "2015-01-01", "2015-12-31"),
        (573.0, "2015-01-01", "2015-12-31"),
    } <= rows


def test_only_three_rows_of_months_in_capitals_under_their_headings_make_a_table() -> None:
    """Two rows, months in lower case, numbers between the rows or headings with digits leave
    the paragraph as written."""
    lexicon = default_lexicon()
    table = "Masc. Fem. ENERO 309 26 FEBRERO 282 23 MARZO 448 32 total 1039 81"
    parts = month_table_parts(table, lexicon)
    assert [p[1] for p in parts if p[2]] == [
        "\tMasc.\tFem.",
        "ENERO\t309\t26",
        "FEBRERO\t282\t23",
        "MARZO\t448\t32",
        "total\t1039\t81",
    ]
    for text in (
        "Masc. Fem. ENERO 309 26 FEBRERO 282 23",
        "En enero 309 26 febrero 282 23 marzo 448 32 casos",
        "Masc. Fem. ENERO 309 26 FEBRERO 282 23 (ver 4) MARZO 448 32",
        "2014 2015 ENERO 309 26 FEBRERO 282 23 MARZO 448 32",
    ):
        assert month_table_parts(text, lexicon) == [(0, text, False)]


def test_the_months_rows_are_read_once_per_lexicon_and_follow_the_lexicon_asked() -> None:
    """sv_iml_homicidios_mes_sexo_2015, line 2 (the table by month above): the same parts
    each time the shipped lexicon is asked; a lexicon without month names, asked in between,
    finds no table, and the shipped one finds it again."""
    docs = Path(__file__).resolve().parents[1] / "acceptance" / "texts" / "docs"
    line = (docs / "sv_iml_homicidios_mes_sexo_2015.txt").read_text(encoding="utf-8")
    line = line.splitlines()[1]
    lexicon = default_lexicon()
    parts = month_table_parts(line, lexicon)
    table = [p[1] for p in parts if p[2]]
    assert "ENERO\t309\t26\t1" in table and "total\t6072\t573\t11" in table
    assert _month_rows_of(lexicon) is _month_rows_of(lexicon)
    without = SpanishLexicon({**lexicon.data, "months": {}}, lexicon.sources)
    assert month_table_parts(line, without) == [(0, line, False)]
    assert month_table_parts(line, lexicon) == parts
