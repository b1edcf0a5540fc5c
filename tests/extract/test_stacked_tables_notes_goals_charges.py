"""A table stacked one cell a line, a month's header with a note's call, a row's total that
reads as a year, a row labelled by an article's number, a campaign's goal said with "tuvo como
meta", and people linked to trial with "a proceso" left unsaid, met in the development corpus
(tests/acceptance/texts, part dev36, excerpts of long formal reports): Panama's Ministerio
Público's table of offences against the family order by month ("TIPO DE DELITO / TOTAL / ENE /
... / ABR (2) / ... / Capítulo I - Violencia Doméstica / 13866 / 1576 / ..."); the Dominican
women's ministry's campaign in Puerto Plata ("tuvo como meta impactar en la provincia de Puerto
Plata 24,000 personas"); Mexico City's attorney general's account of 2023 ("mil 317 personas
fueron vinculadas por violencia familiar"). Each document case reads the real document as the
corpus runner does (its source line blanked) and asserts the line, the number, the indicator,
the place and the period of what is published; each sentence case guards what must stay."""

from __future__ import annotations

from pathlib import Path

from genero_etl.model import Observation

from .reports import CORPUS_DOCS, corpus_document, extracted, facts

DOCS = CORPUS_DOCS

Row = tuple[str, float, str | None, str, str, str | None, str | None]


def _rows(observations: list[Observation]) -> list[Row]:
    return facts(observations)


def _read(tmp_path: Path, name: str) -> list[Row]:
    """Line, value, indicator, country, first-level division and period of every value of the
    corpus document ``name``, its source line blanked."""
    return facts(corpus_document(tmp_path, name))


def test_a_table_stacked_one_cell_a_line_is_read_by_rows(tmp_path: Path) -> None:
    """pa_mp_delitos_orden_familiar_mensual_tabla (dev36): each number alone on its line is
    read under its row's label and points at its own line (none was read before); the
    report names no country and no year, so none is given; the notes' calls "(2)" of "ABR (2)"
    and the title line are no values; the totals of two rows that read as years (2070, 1980)
    are no row's period."""
    found = _read(tmp_path, "pa_mp_delitos_orden_familiar_mensual_tabla")
    by_line = {(line, value): (country, start) for line, value, _, country, _, start, _ in found}
    assert by_line[("line:18", 16327.0)] == ("", "")  # the table's total
    assert by_line[("line:32", 1576.0)] == ("", "")  # domestic violence, January
    assert by_line[("line:45", 1576.0)] == ("", "")  # article 200's row repeats it
    assert by_line[("line:72", 202.0)] == ("", "")  # "Art.202 - Maltrato al Menor (1, 2)"
    assert by_line[("line:87", 0.0)] == ("", "")  # "Art.204 ...", April
    assert len(found) == 70
    assert not [f for f in found if f[0] in {"line:2", "line:9", "line:12", "line:14"}]
    assert not [f for f in found if f[5]]


def test_a_stacked_table_with_its_year_and_country_gives_each_cell_its_month(
    tmp_path: Path,
) -> None:
    """The same shape in a report that names its year and country: each cell is its row's
    count for its column's month of that year, in that country; the row's total is the year's,
    and a total that reads as a year stays a count of its row."""
    text = (
        "En Panamá, el Ministerio Público registró las denuncias por delitos contra el orden "
        "jurídico familiar del año 2021.\nTIPO DE DELITO\nTOTAL\nENE\nFEB\nMAR (1)\n"
        "Violencia Doméstica\n3600\n1300\n1200\n1100\n"
        "Maltrato al Menor (1)\n2021\n700\n650\n671\n"
    )
    found = _rows(extracted(tmp_path, text))
    got = {(line, value): (country, start, end) for line, value, _, country, _, start, end in found}
    assert got[("line:9", 1300.0)] == ("PA", "2021-01-01", "2021-01-31")
    assert got[("line:11", 1100.0)] == ("PA", "2021-03-01", "2021-03-31")
    assert got[("line:14", 700.0)] == ("PA", "2021-01-01", "2021-01-31")
    assert ("line:6", 1.0) not in got  # "MAR (1)": a note's call
    assert all(end != "2021-12-31" or start == "2021-01-01" for _, start, end in got.values())


def test_numbers_one_a_line_without_column_titles_stay_as_they_are(tmp_path: Path) -> None:
    """Lines of single numbers under no column titles are no stacked table: nothing is joined,
    and a month's note in lower case in running text is no call ("en enero (3)" counts)."""
    text = "Casos\n12\n15\nLa oficina atendió en enero (3) casos de violencia.\n"
    found = _rows(extracted(tmp_path, text))
    assert ("line:4", 3.0) in {(line, value) for line, value, *_ in found}


def test_a_goal_said_with_its_verb_is_a_target(tmp_path: Path) -> None:
    """do_minmujer_puerta_a_puerta_puerto_plata_meta (dev36): "La jornada ... tuvo como meta
    impactar en la provincia de Puerto Plata 24,000 personas" is the campaign's goal (it was
    read as people reached)."""
    text = (DOCS / "do_minmujer_puerta_a_puerta_puerto_plata_meta.txt").read_text(encoding="utf-8")
    observations = extracted(
        tmp_path, "\n" + text.split("\n", 1)[1], "do_minmujer_puerta_a_puerta_puerto_plata_meta.txt"
    )
    goal = [o for o in observations if float(o.value) == 24000.0]
    assert [
        (o.source_locator.split()[0], o.value_kind, o.indicator_id, o.admin1) for o in goal
    ] == [("line:6", "target", "personas_alcanzadas_campanas", "DO-18")]


def test_a_reached_count_stays_observed(tmp_path: Path) -> None:
    """What a campaign did reach stays observed: "La jornada impactó a 24,000 personas"."""
    found = extracted(tmp_path, "En Santiago, la jornada impactó a 24,000 personas en 2023.\n")
    assert [o.value_kind for o in found if float(o.value) == 24000.0] == ["observed"]


def test_people_linked_to_trial_for_an_offence_are_charged(tmp_path: Path) -> None:
    """mx_cdmx_fiscal_recuento_anual_2023 (dev36): "De ese universo, mil 317 personas fueron
    vinculadas por violencia familiar" counts people linked to trial ("a proceso" left unsaid),
    in 2023 (it was left unclassified); the convictions keep their label."""
    found = _read(tmp_path, "mx_cdmx_fiscal_recuento_anual_2023")
    got = {
        (line, value): (indicator, start, end) for line, value, indicator, _, _, start, end in found
    }
    assert got[("line:5", 1317.0)] == ("agresores_detenidos", "2023-01-01", "2023-12-31")
    assert got[("line:7", 2914.0)] == ("sentencias_condenatorias", "2023-01-01", "2023-12-31")


def test_people_linked_by_kinship_are_no_charges(tmp_path: Path) -> None:
    """ "vinculadas por" counts charges only before an offence: "12 personas vinculadas por
    parentesco con la víctima" are relatives."""
    found = extracted(
        tmp_path, "En 2023 se identificó a 12 personas vinculadas por parentesco con la víctima.\n"
    )
    assert "agresores_detenidos" not in {o.indicator_id for o in found}
