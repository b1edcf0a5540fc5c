"""Presentations, infographics and fact sheets saved as text, met in the development corpus
(tests/acceptance/texts, part dev68): a PDF deck's table stacked one cell a line, with a chart's
axis tick printed between two of its rows ("Abr / 3,292 / 2,939 / 353 / 5,000 / May / ..."), is
read down to its last row and its total; the headings a document opens with, before its first
value ("CASOS ATENDIDOS POR VIOLENCIA FAMILIAR Y SEXUAL EN LOS CEMs A NIVEL NACIONAL"), say what
such a table's rows count under a generic heading ("N de Casos por meses"); a note's call in
parentheses glued to a word ("ATENDIDOS(1)") is no count; the Ministerio de la Mujer's former
programme ("Programa Nacional contra la Violencia Familiar y Sexual") and the plural "CEMs" are
Peru's; and a dashboard that repeats one chart's labels for groups whose names the text lost
("Víctimas por rango de edad / Total: 42 / ... / Víctimas por rango de edad / Total: 786")
gives none of those totals. Each document case reads the real document as the corpus runner
does (its source line blanked); each sentence case guards what must stay."""

from __future__ import annotations

from pathlib import Path

from .reports import corpus_facts, text_facts

CEM = "pe_mimp_cem_casos_meses_sexo_2012"


def test_a_decks_stacked_table_is_read_past_a_charts_tick_between_its_rows(
    tmp_path: Path,
) -> None:
    """pe_mimp_cem_casos_meses_sexo_2012 (dev68): the CEM's cases of 2012 by month, one cell a
    line under "Mes / Total / Femenino / Masculino"; the chart's tick "5,000" (line 29), printed
    after April's row, ended the table: the months from May on and the year's totals were
    missed, and the page had no country."""
    found = {(line, value): rest for line, value, *rest in corpus_facts(tmp_path, CEM)}
    assert found[("line:26", 3292.0)] == [
        "personas_asistidas", "PE", "", "2012-04-01", "2012-04-30"
    ]  # fmt: skip
    assert found[("line:31", 3593.0)] == [
        "personas_asistidas", "PE", "", "2012-05-01", "2012-05-31"
    ]  # fmt: skip
    assert found[("line:61", 369.0)] == [
        "personas_asistidas", "PE", "", "2012-12-01", "2012-12-31"
    ]  # fmt: skip
    assert found[("line:63", 42537.0)] == [
        "personas_asistidas", "PE", "", "2012-01-01", "2012-12-31"
    ]  # fmt: skip
    assert len([key for key in found if key[1] > 100]) == 39  # 12 months x 3 and the totals
    assert ("line:29", 5000.0) not in found  # the tick
    assert ("line:3", 1.0) not in found  # "CASOS ATENDIDOS(1)": the note's call


def test_a_stacked_tables_row_with_cells_to_spare_at_its_end_is_no_stray(
    tmp_path: Path,
) -> None:
    """A cell is left out only between two rows of the table's width: a row with a cell more
    than the others and no row after it ends the table, as before (its cells are read as no
    row's, the tick among them never as a value), and the sentence after it is read."""
    text = (
        "Mes\nTotal\nFemenino\nMasculino\n"
        "Ene\n3,775\n3,366\n409\nFeb\n3,243\n2,892\n351\nMar\n3,867\n3,413\n454\n5,000\n"
        "La oficina atendió 75 casos en marzo."
    )
    found = [(line, value) for line, value, *_ in text_facts(tmp_path, text)]
    assert found == [
        ("line:7", 3775.0), ("line:8", 3366.0), ("line:9", 409.0),
        ("line:11", 3243.0), ("line:12", 2892.0), ("line:13", 351.0),
        ("line:19", 75.0),
    ]  # fmt: skip


def test_a_note_call_in_parentheses_glued_to_a_word_is_no_count(tmp_path: Path) -> None:
    """The title of the CEM's page, "CASOS ATENDIDOS(1) POR VIOLENCIA FAMILIAR Y SEXUAL EN LOS
    CEMs A NIVEL NACIONAL", gave a value of 1; a count in parentheses after a space stays."""
    title = "CASOS ATENDIDOS(1) POR VIOLENCIA FAMILIAR Y SEXUAL EN LOS CEMs A NIVEL NACIONAL"
    assert [f for f in text_facts(tmp_path, title) if f[1] == 1.0] == []
    kept = text_facts(tmp_path, "El CEM atendió casos de violencia sexual (45) en el año 2012.")
    assert [(line, value) for line, value, *_ in kept] == [("line:2", 45.0)]


def test_a_dashboards_repeated_chart_labels_give_no_total(tmp_path: Path) -> None:
    """mx_ivm_banesvim_tablero_primer_semestre_2019 (dev68): after the half-year's victims
    (2,347, line 4) and events (3,030, line 6), eleven blocks repeat "Víctimas por rango de
    edad / Eventos por tipo de violencia / Eventos por modalidad de violencia", each over a
    "Total:" line, for offices whose names were images; their 33 totals were published."""
    found = [(line, value) for line, value, *_ in corpus_facts(
        tmp_path, "mx_ivm_banesvim_tablero_primer_semestre_2019"
    )]  # fmt: skip
    assert found == [
        ("line:4", 2347.0),
        ("line:6", 3030.0),
        ("line:8", 400.0),  # a second "Total De Víctimas", printed twice only: left alone
        ("line:10", 519.0),
        ("line:44", 22.0),  # "Víctimas por tipo de violencia", printed once
        ("line:46", 22.0),
    ]


def test_the_other_half_years_dashboard(tmp_path: Path) -> None:
    """mx_ivm_banesvim_tablero_segundo_semestre_2018 (dev68): the same template, five blocks;
    the victims (3,326) and events (3,327) stay, the blocks' 17 totals go."""
    found = [(line, value) for line, value, *_ in corpus_facts(
        tmp_path, "mx_ivm_banesvim_tablero_segundo_semestre_2018"
    )]  # fmt: skip
    assert found == [("line:5", 3326.0), ("line:7", 3327.0), ("line:9", 1.0)]


def test_a_repeated_label_under_a_name_of_its_own_keeps_its_numbers(tmp_path: Path) -> None:
    """Where each repeated label follows a name of its own (a municipality), its numbers are
    that group's and stay."""
    text = (
        "Municipio de Xalapa\nMujeres atendidas\nTotal: 45\n"
        "Municipio de Córdoba\nMujeres atendidas\nTotal: 30\n"
        "Municipio de Orizaba\nMujeres atendidas\nTotal: 12\n"
    )
    found = [(line, value) for line, value, *_ in text_facts(tmp_path, text)]
    assert found == [("line:4", 45.0), ("line:7", 30.0), ("line:10", 12.0)]
