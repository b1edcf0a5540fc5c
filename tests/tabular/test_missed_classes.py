"""Classes of values the development table sets still missed, each on the real cells of a file
that misses it.

- A register whose column of offences holds several kinds of crime (Panamá's Ministerio
  Público, `corpus_dev23/pa_mp_homicidios_victimas_2017_2022.csv`: "tipo_crimen" Homicidio or
  Femicidio) counts each kind apart, under the indicator its own name gives (femicides) or,
  where it names none, unclassified under its own words ("Homicidio": women's and men's);
  never one count of all its crimes. A register whose kinds all name one indicator, or of
  one kind, is counted as before.
- "No informó" (Puerto Rico's women's ombudsman, `corpus_dev38/pr_opm_victimas_genero_2020_2026.xlsx`)
  is the source's unknown, like "No informa" and "No informado": read as unknown wherever a
  mechanism sets unknowns aside (a column's sex codes, its places), and its count still
  published under the words the source wrote, as every unknown of a breakdown is.
"""

from __future__ import annotations

from pathlib import Path

from tests.tabular.staged import read, write
from tests.tabular.test_words_register_and_case_numbers import PANAMA


def _totals(out: list) -> list:
    return [o for o in out if o.breakdown_dimension in {"_T", "lugar"}]


def test_a_register_of_two_crimes_counts_each_apart(tmp_path: Path) -> None:
    # corpus_dev23/pa_mp_homicidios_victimas_2017_2022.csv: its header, January 2017's 22
    # homicides and January 2020's first 6 femicides
    out = read(write(tmp_path, "homicidios.csv", PANAMA), country="PA")
    totals = _totals(out)
    femicides = [o for o in totals if o.indicator_id == "femicidios"]
    assert sum(o.value for o in femicides) == 6
    assert {o.indicator_label for o in femicides} == {"Femicidio"}
    assert {o.period_start[:4] for o in femicides} == {"2020"}
    # the homicides of women and men are no indicator of women: unclassified, named by the
    # register's own word, never counted with the femicides
    homicides = [o for o in totals if o.indicator_label == "Homicidio"]
    assert {o.indicator_id for o in homicides} == {"sin_clasificar"}
    assert sum(o.value for o in homicides) == 22
    assert {(o.admin1, o.value) for o in homicides} == {("PA-8", 11), ("PA-10", 9), ("PA-4", 2)}
    # each crime's breakdowns are its own: the two women among January 2017's homicides...
    women = [o for o in out if o.breakdown_dimension == "sexo" and o.breakdown_value == "Femenino"]
    assert {o.indicator_label.split(":")[0] for o in women} == {"Homicidio"}
    assert sum(o.value for o in women) == 4
    # ...and the crime is no breakdown of itself
    assert not [o for o in out if "tipo_delito" in o.breakdown_dimension]
    # each crime's parts link to its own totals, never to the other crime's
    ids = {o.observation_id: o for o in out}
    for o in out:
        parent = ids.get(o.parent_observation_id or "")
        if parent is not None:
            assert parent.indicator_id == o.indicator_id


def test_a_register_of_one_crime_is_counted_whole(tmp_path: Path) -> None:
    # the same register's femicides alone (each written four times): one kind of crime, the
    # register counted as its rows under the indicator its column names, never split
    lines = PANAMA.splitlines()
    only = "\n".join([lines[0], *[x for x in lines if x.startswith("Femicidio")] * 4]) + "\n"
    out = read(write(tmp_path, "registro.csv", only), country="PA")
    assert sum(o.value for o in _totals(out)) == 24
    assert {o.indicator_id for o in out} == {"femicidios"}
    assert {o.indicator_label.split(":")[0] for o in out} == {"Femicidios / feminicidios"}
