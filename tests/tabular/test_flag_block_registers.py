"""A register whose types, modalities and places are 0/1 columns marked several to a row is
counted by them, one multi-valued breakdown (class E of tests/acceptance/TABLE_MISSES.md).

Modelled on the register of Jalisco's specialised units (tests/acceptance/corpus_dev43: one
attention a row, "Unidad | Mes | Folio | Fecha", then twenty 0/1 columns under bare words,
"S/V" where no violence was found): each flag column is counted by the rows that mark it,
under its header, by the register's own unit and month; the attentions themselves are
counted; a unit named by its municipality is placed there, a unit no gazetteer knows
("UMEA") is a 'unidad' of the declared state; the month column counts each attention, never
the year of its date (one typed in another month, one blank); a flag one attention alone
marks in the whole register is not published, and no flag is read as a sex, a measure or a
street. The rows below are written for the test (folios and dates made up).
"""

from __future__ import annotations

from pathlib import Path

from tests.tabular.staged import read, write

FLAGS = ["Psicológica", "Física", "Sexual", "Familiar", "Política de Género", "Casa", "Calle"]
UNITS = ["Ameca", "El Grullo", "UMEA"]


def _register() -> str:
    lines = ["Unidad,Mes,Folio,Fecha," + ",".join(FLAGS)]
    n = 0
    for unit in UNITS:
        for month, name in ((1, "Enero"), (2, "Febrero")):
            for i in range(8):
                n += 1
                date = f"2022-{month:02d}-{10 + i:02d}"
                if n == 3:
                    date = ""  # a blank date: still January's
                if n == 4:
                    date = "2022-03-02"  # a date typed in another month: still January's
                fisica = "1" if i < 3 + month else "0"
                psico = "S/V" if n == 5 else "1"  # no violence found
                politica = "1" if n == 1 else "0"  # one attention alone: not published
                casa = "1" if i % 2 else "0"
                calle = "1" if i == 0 else "0"
                lines.append(
                    f"{unit},{name},{n},{date},{psico},{fisica},0,1,{politica},{casa},{calle}"
                )
    return "\n".join(lines) + "\n"


def _rows(tmp_path: Path) -> list:
    path = write(tmp_path, "atenciones_unidades.csv", _register())
    return read(path, country="MX", admin1="MX-JAL")


def test_attentions_counted_by_unit_and_month_column(tmp_path: Path) -> None:
    rows = _rows(tmp_path)
    assert {r.extraction_method for r in rows} == {"table.register"}
    totals = {
        (r.municipality or r.breakdown_value, r.period_start[:7]): r.value
        for r in rows
        if r.breakdown_dimension in {"_T", "unidad"}
    }
    assert totals == {(u, m): 8.0 for u in UNITS for m in ("2022-01", "2022-02")}
    umea = [r for r in rows if r.breakdown_dimension == "unidad"]
    assert umea and {(r.admin1, r.municipality) for r in umea} == {("MX-JAL", "")}
    assert all(r.confidence > 0.5 for r in rows)  # no unit held as an unknown place


def test_each_flag_counted_by_the_rows_that_mark_it(tmp_path: Path) -> None:
    rows = _rows(tmp_path)
    flags = {
        (r.municipality or r.breakdown_value.split(" | ")[0], r.period_start[:7],
         r.breakdown_value.split(" | ")[-1]): r.value
        for r in rows
        if r.breakdown_dimension in {"marca", "unidad+marca"}
    }  # fmt: skip
    assert flags[("Ameca", "2022-01", "Física")] == 4.0
    assert flags[("UMEA", "2022-02", "Física")] == 5.0
    assert flags[("Ameca", "2022-01", "Psicológica")] == 7.0  # "S/V" counts no flag
    assert flags[("El Grullo", "2022-01", "Psicológica")] == 8.0
    assert flags[("Ameca", "2022-02", "Casa")] == 4.0
    assert flags[("UMEA", "2022-01", "Calle")] == 1.0
    assert flags[("Ameca", "2022-01", "Familiar")] == 8.0
    assert not any(k[2] == "Política de Género" for k in flags)  # one attention alone
    assert not any(k[2] == "Sexual" for k in flags)  # marked by none
    assert not any(r.breakdown_dimension.startswith("sexo") for r in rows)
    # the flags are no values of their own
    assert {r.breakdown_dimension for r in rows} <= {"_T", "unidad", "marca", "unidad+marca"}


def test_months_agreeing_with_their_dates_keep_their_reading(tmp_path: Path) -> None:
    text = _register().replace(",,", ",2022-01-12,").replace("2022-03-02", "2022-01-13")
    rows = read(write(tmp_path, "atenciones_unidades.csv", text), country="MX", admin1="MX-JAL")
    totals = [r for r in rows if r.breakdown_dimension in {"_T", "unidad"}]
    assert totals and sum(r.value for r in totals) == 48.0
