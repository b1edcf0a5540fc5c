"""The corpus of real text reports: complete, consistent, split as declared, and measurable."""

from __future__ import annotations

import hashlib
import json
from collections import Counter, defaultdict
from pathlib import Path

import pytest
import yaml

from acceptance import run_texts

TEXTS = Path(__file__).parent / "texts"
DOCS = sorted((TEXTS / "docs").glob("*.txt"))
GOLD = {
    p.stem: yaml.safe_load(p.read_text(encoding="utf-8")) for p in (TEXTS / "gold").glob("*.yaml")
}


def test_every_document_has_gold_and_a_part() -> None:
    names = {d.stem for d in DOCS}
    assert names == set(GOLD)
    parts = run_texts.load_split(TEXTS)
    assert set(parts) == {d.name for d in DOCS}
    assert all(GOLD[n]["seed"] == f"{n}.txt" for n in names)


def test_corpus_is_large_and_spread_enough() -> None:
    countries = {run_texts.country_of(d.name) for d in DOCS}
    values = sum(len(g["values"]) for g in GOLD.values())
    assert len(DOCS) >= 45
    assert len(countries) >= 8
    assert values >= 300
    assert all(g["place"]["country"] == run_texts.country_of(n) for n, g in GOLD.items())


@pytest.mark.parametrize("doc", DOCS, ids=lambda d: d.stem)
def test_document_is_utf8_with_its_source_first(doc: Path) -> None:
    raw = doc.read_bytes()
    text = raw.decode("utf-8")
    assert text.startswith("# fuente: http")
    assert len(raw) <= 16_000


@pytest.mark.parametrize("name", sorted(GOLD), ids=str)
def test_gold_lines_point_inside_the_document_and_never_overlap_traps(name: str) -> None:
    lines = (TEXTS / "docs" / f"{name}.txt").read_text(encoding="utf-8").splitlines()
    gold = GOLD[name]
    values = {(v["line"], float(v["value"])) for v in gold["values"]}
    traps = {(t["line"], float(t["value"])) for t in gold["traps"] or []}
    assert all(1 < line <= len(lines) and lines[line - 1].strip() for line, _ in values | traps)
    assert not values & traps


# the parts gathered after holdout2 and added_dev2, in the order they were added
LATER_PARTS = (
    "holdout3", "holdout4", "dev3", "dev4", "dev5", "holdout5", "dev6", "dev7", "holdout6",
    "dev8", "holdout7", "dev9", "holdout8", "dev10", "holdout9", "dev11", "holdout10", "dev12",
    "holdout11", "dev13", "holdout12", "dev14", "holdout13", "dev15", "holdout14", "dev16",
    "holdout15", "dev17", "holdout16", "dev18", "holdout17", "dev19", "holdout18", "dev20",
    "holdout19", "dev21", "holdout20", "dev22", "holdout21", "dev23", "holdout22",
    "dev24", "holdout23", "dev25", "holdout24", "dev26", "holdout25", "dev27", "holdout26",
    "dev28", "holdout27", "dev29", "holdout28", "dev30", "holdout29", "dev31",
    "holdout30", "dev32", "holdout31", "dev33", "holdout32",
    "dev34", "holdout33",
    "dev36", "holdout35",
    "dev35", "holdout34",
    "dev37", "holdout36",
    "dev38", "holdout37",
    "dev39", "holdout38",
    "dev40", "holdout39",
    "dev41", "holdout40",
    "dev42", "holdout41",
    "dev43", "holdout42",
    "dev44", "holdout43",
    "dev45", "holdout44",
    "dev46", "holdout45",
    "dev47", "holdout46",
    "dev48", "holdout47",
    "dev49", "holdout48",
    "dev50", "holdout49",
    "dev52", "holdout51",
    "dev51", "holdout50",
    "dev53", "holdout52",
    "dev54", "holdout53",
    "dev55", "holdout54",
    "dev56", "holdout55",
    "dev57", "holdout56",
    "dev60", "holdout59",
    "dev59", "holdout58",
    "dev58", "holdout57",
    "dev62", "holdout61",
    "dev63", "holdout62",
    "dev61", "holdout60",
    "dev64", "holdout63",
    "dev66", "holdout65",
    "dev67", "holdout66",
    "dev65", "holdout64",
    "dev68", "holdout67",
    "dev69", "holdout68",
    "dev70", "holdout69",
    "dev71", "holdout70",
    "dev72", "holdout71",
    "dev73", "holdout72",
    "dev74", "holdout73",
    "dev75", "holdout74",
    "dev76", "holdout75",
    "dev77", "holdout76",
    "dev78", "holdout77",
    "dev79", "holdout78",
    "dev80", "holdout79",
    "dev81", "holdout80",
    "dev82", "holdout81",
    "dev83", "holdout82",
    "dev84", "holdout83",
    "dev85", "holdout84",
    "dev86", "holdout85",
    "dev87", "holdout86",
    "dev88", "holdout87",
    "dev89", "holdout88",
    "dev90", "holdout89",
    "dev91", "holdout90",
    "dev92", "holdout91",
    "dev93", "holdout92",
    "dev94", "holdout93",
    "dev95", "holdout94",
    "dev96", "holdout95",
    "dev97", "holdout96",
    "dev98", "holdout97",
    "dev99", "holdout98",
    "dev100", "holdout99",
    "dev101", "holdout100",
    "dev102", "holdout101",
    "dev103", "holdout102",
    "dev104", "holdout103",
    "dev105", "holdout104",
    "dev106", "holdout105",
    "dev107", "holdout106",
)  # fmt: skip


def _names(split: dict[str, list[str]], parts: tuple[str, ...]) -> set[str]:
    """Every document name listed under any of ``parts`` of SPLIT.yaml."""
    return {name for part in parts for name in split.get(part) or []}


def _sha(name: str) -> str:
    return hashlib.sha256(name.removesuffix(".txt").encode()).hexdigest()


def test_holdout_follows_the_declared_hash_rules() -> None:
    split = yaml.safe_load((TEXTS / "SPLIT.yaml").read_text(encoding="utf-8"))
    later = set(split["added_later"])
    second = set(split["holdout2"])
    widened = set(split["added_dev"]) | set(split.get("added_dev2") or [])
    third = _names(split, LATER_PARTS)
    first = [d.name for d in DOCS if d.name not in later | second | widened | third]
    by_country: dict[str, list[str]] = defaultdict(list)
    for name in first:
        by_country[run_texts.country_of(name)].append(name)
    expected = {n for n in later if int(_sha(n), 16) % 3 == 0}
    for names in by_country.values():
        names.sort(key=_sha)
        expected |= {n for i, n in enumerate(names) if i % 3 == 1}
    parts = run_texts.load_split(TEXTS)
    assert {n for n, p in parts.items() if p == "holdout"} == expected
    assert len(first) == 53
    counts = Counter(p for n, p in parts.items() if n not in widened | third)
    assert 0.28 < counts["holdout"] / (counts["dev"] + counts["holdout"]) < 0.38
    assert all(parts[n] == "dev" for n in widened)


def test_second_holdout_comes_from_offices_and_countries_apart() -> None:
    """holdout2 holds only documents added after the first 67, with countries new to the corpus."""
    split = yaml.safe_load((TEXTS / "SPLIT.yaml").read_text(encoding="utf-8"))
    second = set(split["holdout2"])
    parts = run_texts.load_split(TEXTS)
    assert {n for n, p in parts.items() if p == "holdout2"} == second
    assert not second & set(split["added_later"])
    later_parts = _names(split, ("added_dev", "added_dev2", *LATER_PARTS))  # after holdout2
    earlier = {
        run_texts.country_of(n)
        for n, p in parts.items()
        if p != "holdout2" and n not in later_parts
    }
    new_countries = {run_texts.country_of(n) for n in second} - earlier
    assert len(second) >= 10
    assert {"PA", "HN", "SV", "NI", "PR", "CU"} <= new_countries


def _split_by_hash(
    dev: str, dev_at_least: int, holdout: str, holdout_at_least: int
) -> tuple[list[str], dict[str, str]]:
    """Two parts gathered together and split by the rule written in SPLIT.yaml before any
    extraction: ordered by the SHA-256 of their names, the 1st, 3rd, 5th... are ``dev`` and
    the 2nd, 4th... ``holdout``. Their names in that order, and every document's part."""
    dev_names, parts = _own_part(dev, dev_at_least)
    holdout_names, _ = _own_part(holdout, holdout_at_least)
    ordered = sorted(dev_names + holdout_names, key=_sha)
    assert set(dev_names) == set(ordered[0::2])
    assert set(holdout_names) == set(ordered[1::2])
    return ordered, parts


def _countries_before(parts: dict[str, str], part: str) -> Counter[str]:
    """Documents per country in the parts listed before ``part`` in ``run_texts.SPLITS`` (the
    order the parts were added in)."""
    earlier = set(run_texts.SPLITS[: run_texts.SPLITS.index(part)])
    return Counter(run_texts.country_of(n) for n, p in parts.items() if p in earlier)


def _own_part(name: str, at_least: int) -> tuple[list[str], dict[str, str]]:
    """A part of SPLIT.yaml: at least ``at_least`` distinct documents, each assigned to it by
    the runner, none in any other list of SPLIT.yaml; its names and every document's part."""
    split = yaml.safe_load((TEXTS / "SPLIT.yaml").read_text(encoding="utf-8"))
    listed = split[name]
    parts = run_texts.load_split(TEXTS)
    assert len(listed) == len(set(listed)) >= at_least
    assert {n for n, p in parts.items() if p == name} == set(listed)
    others = [set(names) for key, names in split.items() if key != name]
    assert not set(listed) & set().union(*others)
    return listed, parts


def test_third_holdout_is_a_part_of_its_own_from_many_countries() -> None:
    """holdout3 is listed once, in no other list, and spreads over offices of many countries."""
    third, _ = _own_part("holdout3", 17)
    assert len({run_texts.country_of(n) for n in third}) >= 7
    assert sum(len(GOLD[n.removesuffix(".txt")]["values"]) for n in third) >= 130


def test_fourth_holdout_is_a_part_of_its_own_from_offices_and_countries_apart() -> None:
    """holdout4 is listed once, in no other list, spreads over many countries and brings one the
    earlier parts lack (VE), with gold values and traps for every country it holds."""
    fourth, parts = _own_part("holdout4", 20)
    countries = {run_texts.country_of(n) for n in fourth}
    earlier = set(_countries_before(parts, "holdout4"))
    assert len(countries) >= 15
    assert "VE" in countries - earlier
    gold = [GOLD[n.removesuffix(".txt")] for n in fourth]
    assert sum(len(g["values"]) for g in gold) >= 150
    assert sum(len(g["traps"] or []) for g in gold) >= 100


def test_third_development_part_is_its_own_and_leans_on_the_least_covered_countries() -> None:
    """dev3 is listed once, in no other list, and most of its documents come from the countries the
    earlier parts have fewest texts of, with values and traps to measure."""
    third_dev, parts = _own_part("dev3", 20)
    before = _countries_before(parts, "dev3")
    least = {c for c, k in before.items() if k <= 11}
    countries = [run_texts.country_of(n) for n in third_dev]
    assert sum(c in least for c in countries) >= 0.6 * len(countries)
    gold = [GOLD[n.removesuffix(".txt")] for n in third_dev]
    assert sum(len(g["values"]) for g in gold) >= 100
    assert sum(len(g["traps"] or []) for g in gold) >= 80


def test_fourth_development_part_is_its_own_and_spread_over_countries() -> None:
    """dev4 is listed once, in no other list, spreads over at least eight countries and brings
    values and traps to measure."""
    fourth_dev, _ = _own_part("dev4", 20)
    assert len({run_texts.country_of(n) for n in fourth_dev}) >= 8
    gold = [GOLD[n.removesuffix(".txt")] for n in fourth_dev]
    assert sum(len(g["values"]) for g in gold) >= 100
    assert sum(len(g["traps"] or []) for g in gold) >= 80


def test_fifth_development_part_is_its_own_and_leans_on_the_least_covered_countries() -> None:
    """dev5 is listed once, in no other list, spreads over at least ten countries, most of its
    documents from the countries the earlier parts have fewest texts of, with values and traps."""
    fifth_dev, parts = _own_part("dev5", 20)
    countries = [run_texts.country_of(n) for n in fifth_dev]
    assert len(set(countries)) >= 10
    before = _countries_before(parts, "dev5")
    least = {c for c, k in before.items() if k <= 15}
    assert sum(c in least for c in countries) >= 0.6 * len(countries)
    gold = [GOLD[n.removesuffix(".txt")] for n in fifth_dev]
    assert sum(len(g["values"]) for g in gold) >= 70
    assert sum(len(g["traps"] or []) for g in gold) >= 100


def test_fifth_holdout_is_a_part_of_its_own_spread_over_countries() -> None:
    """holdout5 is listed once, in no other list, spreads over at least six countries and brings
    values and traps to measure; its documents were gathered after dev5."""
    fifth, _ = _own_part("holdout5", 12)
    assert len({run_texts.country_of(n) for n in fifth}) >= 6
    gold = [GOLD[n.removesuffix(".txt")] for n in fifth]
    assert sum(len(g["values"]) for g in gold) >= 90
    assert sum(len(g["traps"] or []) for g in gold) >= 60


def test_sixth_development_part_is_its_own_and_spread_over_countries() -> None:
    """dev6 is listed once, in no other list, spreads over at least eight countries and brings
    values and traps to measure, many of them by department, province or police area."""
    sixth_dev, _ = _own_part("dev6", 15)
    assert len({run_texts.country_of(n) for n in sixth_dev}) >= 8
    gold = [GOLD[n.removesuffix(".txt")] for n in sixth_dev]
    assert sum(len(g["values"]) for g in gold) >= 200
    assert sum(len(g["traps"] or []) for g in gold) >= 100
    assert sum(1 for g in gold for v in g["values"] if v.get("admin1")) >= 40


def test_seventh_development_part_and_sixth_holdout_follow_their_hash_rule() -> None:
    """dev7 and holdout6 are each listed once, in no other list; ordered by the SHA-256 of their
    names, the 1st, 3rd, 5th... are dev7 and the 2nd, 4th... holdout6 (the rule written in
    SPLIT.yaml before any extraction); together they spread over at least six countries."""
    ordered, _ = _split_by_hash("dev7", 8, "holdout6", 8)
    assert len({run_texts.country_of(n) for n in ordered}) >= 6
    gold = [GOLD[n.removesuffix(".txt")] for n in ordered]
    assert sum(len(g["values"]) for g in gold) >= 80
    assert sum(len(g["traps"] or []) for g in gold) >= 100


def test_eighth_development_part_and_seventh_holdout_follow_their_hash_rule() -> None:
    """dev8 and holdout7 are each listed once, in no other list; ordered by the SHA-256 of their
    names, the 1st, 3rd, 5th... are dev8 and the 2nd, 4th... holdout7 (the rule written in
    SPLIT.yaml before any extraction); they come from at least five countries, all among those
    the earlier parts have fewest texts of."""
    ordered, parts = _split_by_hash("dev8", 7, "holdout7", 7)
    countries = {run_texts.country_of(n) for n in ordered}
    before = _countries_before(parts, "dev8")
    assert len(countries) >= 5
    assert all(before[c] <= 20 for c in countries)
    gold = [GOLD[n.removesuffix(".txt")] for n in ordered]
    assert sum(len(g["values"]) for g in gold) >= 70
    assert sum(len(g["traps"] or []) for g in gold) >= 100


@pytest.mark.parametrize(
    ("dev", "dev_n", "holdout", "holdout_n", "most_before", "values", "traps"),
    [("dev9", 8, "holdout8", 8, 17, 120, 100), ("dev10", 6, "holdout9", 5, 16, 45, 25)],
)
def test_later_development_and_holdout_parts_follow_their_hash_rule(
    dev: str, dev_n: int, holdout: str, holdout_n: int, most_before: int, values: int, traps: int
) -> None:
    """dev9/holdout8 and dev10/holdout9 are each listed once, in no other list; ordered by the
    SHA-256 of their names, the 1st, 3rd, 5th... are the dev part and the 2nd, 4th... the
    holdout (the rule written in SPLIT.yaml before any extraction); they come from at least five
    countries, most of their documents from countries the earlier parts have at most
    ``most_before`` texts of."""
    ordered, parts = _split_by_hash(dev, dev_n, holdout, holdout_n)
    countries = [run_texts.country_of(n) for n in ordered]
    before = _countries_before(parts, dev)
    assert len(set(countries)) >= 5
    assert sum(before[c] <= most_before for c in countries) >= 0.6 * len(countries)
    gold = [GOLD[n.removesuffix(".txt")] for n in ordered]
    assert sum(len(g["values"]) for g in gold) >= values
    assert sum(len(g["traps"] or []) for g in gold) >= traps


def test_eleventh_development_part_and_tenth_holdout_follow_their_hash_rule() -> None:
    """dev11 and holdout10 are each listed once, in no other list; ordered by the SHA-256 of their
    names, the 1st, 3rd, 5th... are dev11 and the 2nd, 4th... holdout10 (the rule written in
    SPLIT.yaml before any extraction); they come from offices whose addresses the earlier parts
    lack, in at least three countries, and are rich in numbers that are not values."""
    ordered, parts = _split_by_hash("dev11", 5, "holdout10", 5)
    countries = [run_texts.country_of(n) for n in ordered]
    before = _countries_before(parts, "dev11")
    assert set(countries) == {"AR", "CO", "MX"}
    assert all(before[c] > 0 for c in countries)
    gold = [GOLD[n.removesuffix(".txt")] for n in ordered]
    assert sum(len(g["values"]) for g in gold) == 60
    assert sum(len(g["traps"] or []) for g in gold) == 35


def test_twelfth_development_part_and_eleventh_holdout_follow_their_hash_rule() -> None:
    """dev12 and holdout11 are each listed once, in no other list; ordered by the SHA-256 of their
    names, the 1st, 3rd, 5th... are dev12 and the 2nd, 4th... holdout11 (the rule written in
    SPLIT.yaml before any extraction); they come from ten countries, none of them among those the
    earlier parts have most texts of (MX, AR, PE)."""
    ordered, parts = _split_by_hash("dev12", 9, "holdout11", 8)
    countries = [run_texts.country_of(n) for n in ordered]
    before = _countries_before(parts, "dev12")
    assert set(countries) == {"BO", "CR", "CU", "DO", "GT", "HN", "PA", "PY", "SV", "UY"}
    assert all(0 < before[c] <= 25 for c in countries)
    gold = [GOLD[n.removesuffix(".txt")] for n in ordered]
    assert sum(len(g["values"]) for g in gold) == 148
    assert sum(len(g["traps"] or []) for g in gold) == 118


def test_thirteenth_development_part_and_twelfth_holdout_follow_their_hash_rule() -> None:
    """dev13 and holdout12 are each listed once, in no other list; ordered by the SHA-256 of their
    names, the 1st, 3rd, 5th... are dev13 and the 2nd, 4th... holdout12 (the rule written in
    SPLIT.yaml before any extraction); kinds of report the corpus had few of (annual reports and
    accounts of women's institutes and ministries, observatories' bulletins, gender budgets,
    training and alert reports) from six countries already in it."""
    ordered, parts = _split_by_hash("dev13", 9, "holdout12", 8)
    countries = [run_texts.country_of(n) for n in ordered]
    before = _countries_before(parts, "dev13")
    assert set(countries) == {"AR", "DO", "GT", "MX", "PE", "UY"}
    assert all(before[c] > 0 for c in countries)
    gold = [GOLD[n.removesuffix(".txt")] for n in ordered]
    assert sum(len(g["values"]) for g in gold) == 127
    assert sum(len(g["traps"] or []) for g in gold) == 84


def test_fourteenth_development_part_and_thirteenth_holdout_follow_their_hash_rule() -> None:
    """dev14 and holdout13 are each listed once, in no other list; ordered by the SHA-256 of their
    names, the 1st, 3rd, 5th... are dev14 and the 2nd, 4th... holdout13 (the rule written in
    SPLIT.yaml before any extraction); municipal, cantonal, departmental, provincial and state
    offices (women's secretariats and institutes, rights boards, a family court, SernamEG
    centres) of five countries already in the corpus, none of them national."""
    ordered, parts = _split_by_hash("dev14", 6, "holdout13", 6)
    countries = [run_texts.country_of(n) for n in ordered]
    before = _countries_before(parts, "dev14")
    assert set(countries) == {"AR", "CL", "CO", "EC", "MX"}
    assert all(before[c] > 0 for c in countries)
    gold = [GOLD[n.removesuffix(".txt")] for n in ordered]
    assert all(g["place"].get("admin1") for g in gold)
    assert sum(len(g["values"]) for g in gold) == 39
    assert sum(len(g["traps"] or []) for g in gold) == 20


def test_fifteenth_development_part_and_fourteenth_holdout_follow_their_hash_rule() -> None:
    """dev15 and holdout14 are each listed once, in no other list; ordered by the SHA-256 of their
    names, the 1st, 3rd, 5th... are dev15 and the 2nd, 4th... holdout14 (the rule written in
    SPLIT.yaml before any extraction); courts and judicial gender offices, prosecutors, women's
    offices and ministries of nine countries already in the corpus, most of them those it has
    least of."""
    ordered, parts = _split_by_hash("dev15", 8, "holdout14", 8)
    countries = [run_texts.country_of(n) for n in ordered]
    before = _countries_before(parts, "dev15")
    assert set(countries) == {"AR", "BO", "CR", "DO", "GT", "HN", "NI", "PY", "VE"}
    assert all(before[c] > 0 for c in countries)
    gold = [GOLD[n.removesuffix(".txt")] for n in ordered]
    assert sum(len(g["values"]) for g in gold) == 106
    assert sum(len(g["traps"] or []) for g in gold) == 62


def test_sixteenth_development_part_and_fifteenth_holdout_follow_their_hash_rule() -> None:
    """dev16 and holdout15 are each listed once, in no other list; ordered by the SHA-256 of their
    names, the 1st, 3rd, 5th... are dev16 and the 2nd, 4th... holdout15 (the rule written in
    SPLIT.yaml before any extraction); statistics offices' notes, helpline reports, ministries',
    police and prosecutors' statistical releases and a budget execution note, from thirteen
    countries already in the corpus, all of them national."""
    ordered, parts = _split_by_hash("dev16", 8, "holdout15", 8)
    countries = [run_texts.country_of(n) for n in ordered]
    before = _countries_before(parts, "dev16")
    assert set(countries) == {
        "AR", "BO", "CO", "CR", "CU", "EC", "MX", "PE", "PR", "PY", "SV", "UY", "VE",
    }  # fmt: skip
    assert all(before[c] > 0 for c in countries)
    gold = [GOLD[n.removesuffix(".txt")] for n in ordered]
    assert not any(g["place"].get("admin1") for g in gold)
    assert sum(len(g["values"]) for g in gold) == 109
    assert sum(len(g["traps"] or []) for g in gold) == 173


def test_seventeenth_development_part_and_sixteenth_holdout_follow_their_hash_rule() -> None:
    """dev17 and holdout16 are each listed once, in no other list; ordered by the SHA-256 of their
    names, the 1st, 3rd, 5th... are dev17 and the 2nd, 4th... holdout16 (the rule written in
    SPLIT.yaml before any extraction); national statistics offices' survey notes on violence
    against women from seven countries already in the corpus, most with no value at all (their
    prevalences, samples and population estimates are traps), three with an office's counts."""
    ordered, parts = _split_by_hash("dev17", 7, "holdout16", 6)
    countries = [run_texts.country_of(n) for n in ordered]
    before = _countries_before(parts, "dev17")
    assert set(countries) == {"BO", "CL", "DO", "EC", "MX", "PE", "UY"}
    assert all(before[c] > 0 for c in countries)
    gold = [GOLD[n.removesuffix(".txt")] for n in ordered]
    assert not any(g["place"].get("admin1") for g in gold)
    assert sum(len(g["values"]) for g in gold) == 28
    assert sum(not g["values"] for g in gold) == 9
    assert sum(len(g["traps"] or []) for g in gold) == 232


def test_eighteenth_development_part_and_seventeenth_holdout_follow_their_hash_rule() -> None:
    """dev18 and holdout17 are each listed once, in no other list; ordered by the SHA-256 of their
    names, the 1st, 3rd, 5th... are dev18 and the 2nd, 4th... holdout17 (the rule written in
    SPLIT.yaml before any extraction); ombudsmen, prosecutors' family units, police and forensic
    records and women's offices of the seven countries the corpus had fewest texts of."""
    ordered, parts = _split_by_hash("dev18", 8, "holdout17", 8)
    countries = [run_texts.country_of(n) for n in ordered]
    before = _countries_before(parts, "dev18")
    assert set(countries) == {"BO", "CU", "HN", "NI", "PA", "PR", "SV"}
    assert all(before[c] > 0 for c in countries)
    gold = [GOLD[n.removesuffix(".txt")] for n in ordered]
    assert sum(len(g["values"]) for g in gold) == 67
    assert sum(len(g["traps"] or []) for g in gold) == 75


def test_nineteenth_development_part_and_eighteenth_holdout_follow_their_hash_rule() -> None:
    """dev19 and holdout18 are each listed once, in no other list; ordered by the SHA-256 of their
    names, the 1st, 3rd, 5th... are dev19 and the 2nd, 4th... holdout18 (the rule written in
    SPLIT.yaml before any extraction); municipal legal services, provincial and state women's
    offices, health ministries and a district prosecutor of eight of the least covered countries."""
    ordered, parts = _split_by_hash("dev19", 8, "holdout18", 8)
    countries = [run_texts.country_of(n) for n in ordered]
    before = _countries_before(parts, "dev19")
    assert set(countries) == {"BO", "CU", "DO", "HN", "NI", "PA", "SV", "VE"}
    assert all(before[c] > 0 for c in countries)
    gold = [GOLD[n.removesuffix(".txt")] for n in ordered]
    assert sum(len(g["values"]) for g in gold) == 73
    assert sum(len(g["traps"] or []) for g in gold) == 56


def test_twentieth_development_part_and_nineteenth_holdout_follow_their_hash_rule() -> None:
    """dev20 and holdout19 are each listed once, in no other list; ordered by the SHA-256 of their
    names, the 1st, 3rd, 5th... are dev20 and the 2nd, 4th... holdout19 (the rule written in
    SPLIT.yaml before any gold or extraction); provincial women's offices, women's ministries'
    budgets and services, CEMs and prosecutors of six countries the corpus already holds."""
    ordered, parts = _split_by_hash("dev20", 7, "holdout19", 6)
    countries = [run_texts.country_of(n) for n in ordered]
    before = _countries_before(parts, "dev20")
    assert set(countries) == {"AR", "CL", "CO", "EC", "PE", "PY"}
    assert all(before[c] > 0 for c in countries)
    gold = [GOLD[n.removesuffix(".txt")] for n in ordered]
    assert sum(len(g["values"]) for g in gold) == 68
    assert sum(len(g["traps"] or []) for g in gold) == 65


def test_twenty_first_development_part_and_twentieth_holdout_follow_their_hash_rule() -> None:
    """dev21 and holdout20 are each listed once, in no other list; ordered by the SHA-256 of their
    names, the 1st, 3rd, 5th... are dev21 and the 2nd, 4th... holdout20 (the rule written in
    SPLIT.yaml before any gold or extraction); municipal helplines, women's institutes, a credit
    programme and national services of eight countries the corpus already holds."""
    ordered, parts = _split_by_hash("dev21", 8, "holdout20", 8)
    countries = [run_texts.country_of(n) for n in ordered]
    before = _countries_before(parts, "dev21")
    assert set(countries) == {"AR", "CU", "EC", "MX", "NI", "PA", "UY", "VE"}
    assert all(before[c] > 0 for c in countries)
    gold = [GOLD[n.removesuffix(".txt")] for n in ordered]
    assert sum(len(g["values"]) for g in gold) == 99
    assert sum(len(g["traps"] or []) for g in gold) == 75


def test_twenty_second_development_part_and_twenty_first_holdout_follow_their_hash_rule() -> None:
    """dev22 and holdout21 are each listed once, in no other list; ordered by the SHA-256 of their
    names, the 1st, 3rd, 5th... are dev22 and the 2nd, 4th... holdout21 (the rule written in
    SPLIT.yaml before any gold or extraction); gender divisions' budgets, training reports,
    Ciudad Mujer's services, a seed-capital programme and a social audit of seven countries."""
    ordered, parts = _split_by_hash("dev22", 7, "holdout21", 6)
    countries = [run_texts.country_of(n) for n in ordered]
    before = _countries_before(parts, "dev22")
    assert set(countries) == {"CR", "DO", "EC", "GT", "PA", "SV", "UY"}
    assert all(before[c] > 0 for c in countries)
    gold = [GOLD[n.removesuffix(".txt")] for n in ordered]
    assert sum(len(g["values"]) for g in gold) == 29
    assert sum(len(g["traps"] or []) for g in gold) == 37


def test_twenty_third_development_part_and_twenty_second_holdout_follow_their_hash_rule() -> None:
    """dev23 and holdout22 are each listed once, in no other list; ordered by the SHA-256 of their
    names, the 1st, 3rd, 5th... are dev23 and the 2nd, 4th... holdout22 (the rule written in
    SPLIT.yaml before any gold or extraction); CEMs, municipal women's institutes and programmes,
    protection boards, a justice centre's shelters, a police station and a campaign of ten
    countries the corpus already holds."""
    ordered, parts = _split_by_hash("dev23", 6, "holdout22", 6)
    countries = [run_texts.country_of(n) for n in ordered]
    before = _countries_before(parts, "dev23")
    assert set(countries) == {"AR", "CL", "CR", "DO", "EC", "GT", "MX", "NI", "PE", "VE"}
    assert all(before[c] > 0 for c in countries)
    gold = [GOLD[n.removesuffix(".txt")] for n in ordered]
    assert sum(len(g["values"]) for g in gold) == 35
    assert sum(len(g["traps"] or []) for g in gold) == 41


def test_twenty_fourth_development_part_and_twenty_third_holdout_follow_their_hash_rule() -> None:
    """dev24 and holdout23 are each listed once, in no other list; ordered by the SHA-256 of their
    names, the 1st, 3rd, 5th... are dev24 and the 2nd, 4th... holdout23 (the rule written in
    SPLIT.yaml before any gold or extraction); texts dense in numbers that are no value (laws,
    votes, other bodies' budgets, evacuation shelters, an NGO's study and observatory) from ten
    countries the corpus already holds."""
    ordered, parts = _split_by_hash("dev24", 10, "holdout23", 9)
    countries = [run_texts.country_of(n) for n in ordered]
    before = _countries_before(parts, "dev24")
    assert set(countries) == {"BO", "CO", "EC", "GT", "HN", "MX", "NI", "PA", "PE", "SV"}
    assert all(before[c] > 0 for c in countries)
    gold = [GOLD[n.removesuffix(".txt")] for n in ordered]
    assert sum(len(g["values"]) for g in gold) == 64
    assert sum(len(g["traps"] or []) for g in gold) == 92


def test_twenty_fifth_development_part_and_twenty_fourth_holdout_follow_their_hash_rule() -> None:
    """dev25 and holdout24 are each listed once, in no other list; ordered by the SHA-256 of their
    names, the 1st, 3rd, 5th... are dev25 and the 2nd, 4th... holdout24 (the rule written in
    SPLIT.yaml before any gold or extraction); prosecutors, courts, budgets and spending, ankle
    monitors, an ombudsman and training of twelve countries the corpus already holds."""
    ordered, parts = _split_by_hash("dev25", 10, "holdout24", 10)
    countries = [run_texts.country_of(n) for n in ordered]
    before = _countries_before(parts, "dev25")
    assert set(countries) == {
        "BO", "CR", "CU", "DO", "GT", "HN", "NI", "PA", "PY", "SV", "UY", "VE",
    }  # fmt: skip
    assert all(before[c] > 0 for c in countries)
    gold = [GOLD[n.removesuffix(".txt")] for n in ordered]
    assert sum(len(g["values"]) for g in gold) == 118
    assert sum(len(g["traps"] or []) for g in gold) == 129


def test_twenty_sixth_development_part_and_twenty_fifth_holdout_follow_their_hash_rule() -> None:
    """dev26 and holdout25 are each listed once, in no other list; ordered by the SHA-256 of their
    names, the 1st, 4th, 7th, 10th, 13th and 16th are holdout25 and the others dev26 (the rule
    written in SPLIT.yaml before any gold or extraction); offices of Mexico, Central America and
    the Caribbean."""
    dev_names, parts = _own_part("dev26", 10)
    holdout_names, _ = _own_part("holdout25", 6)
    ordered = sorted(dev_names + holdout_names, key=_sha)
    assert set(holdout_names) == set(ordered[0::3])
    assert set(dev_names) == set(ordered) - set(ordered[0::3])
    assert (len(dev_names), len(holdout_names)) == (10, 6)
    countries = {run_texts.country_of(n) for n in ordered}
    assert countries == {"DO", "GT", "HN", "MX", "NI", "PA", "PR", "SV"}
    before = _countries_before(parts, "dev26")
    assert all(before[c] > 0 for c in countries)
    gold = [GOLD[n.removesuffix(".txt")] for n in ordered]
    assert sum(len(g["values"]) for g in gold) == 92
    assert sum(len(g["traps"] or []) for g in gold) == 61


# Development and held-out parts gathered together since dev27: (dev part, its documents,
# held-out part, its documents, their countries, gold values, traps). Ordered by the SHA-256 of
# their names, the first documents are the held-out part's and the others the development
# part's (the rule written in SPLIT.yaml before any gold or extraction).
PAIRED_PARTS = [
    # helplines, prosecutors, family commissariats, protection services and police units of
    # eight South American countries the corpus already holds
    ("dev27", 10, "holdout26", 6, {"AR", "BO", "CL", "CO", "EC", "PE", "PY", "UY"}, 162, 109),
    # courts, police, interior ministries, prosecutors' open data, a credit programme and
    # municipal and regional women's services of the eight countries the corpus holds least of
    ("dev28", 8, "holdout27", 6, {"CL", "CR", "CU", "NI", "PR", "PY", "UY", "VE"}, 89, 99),
    # an ombudsman's reports on missing women and femicides, courts' councils and supreme
    # courts, women's justice centres, a national secretariat's programme and a prosecutor
    # general, of six countries
    ("dev29", 8, "holdout28", 6, {"AR", "BO", "EC", "HN", "MX", "PE"}, 164, 70),
    # a national human-rights commissioner and an ombudsman's observatory, a supreme court's
    # domestic-violence office and a provincial judiciary, a departmental women's secretariat,
    # a prosecutors' unit and a planning ministry's index, of six countries
    ("dev30", 8, "holdout29", 6, {"AR", "CO", "CR", "DO", "HN", "PA"}, 139, 104),
    # prosecutors, women's centres and stations, budgets, a training and ankle monitors of the
    # countries the corpus has least of
    ("dev31", 8, "holdout30", 6, {"BO", "CU", "EC", "GT", "NI", "SV", "UY", "VE"}, 36, 57),
    # municipal, departmental and provincial women's offices, justice centres, an alert app
    # and helpline calls of MX, AR, CL, CO and PE
    ("dev32", 8, "holdout31", 5, {"AR", "CL", "CO", "MX", "PE"}, 78, 56),
    # police units against violence, prosecutors, an ombudswoman, courts, forensic doctors,
    # shelters and women's centres of nine of the countries the corpus has least of
    ("dev33", 8, "holdout32", 6, {"BO", "CU", "DO", "GT", "HN", "PR", "PY", "SV", "VE"}, 87, 61),
    # budgets per programme, Ley Micaela trainings and progress on gender-violence alerts
    ("dev34", 9, "holdout33", 6, {"AR", "MX", "PE", "PY"}, 113, 98),
    # excerpts of long formal reports: yearly accounts, a term's and a first year's reports, a
    # half-year balance of an action plan, replies to human-rights bodies, a monthly table
    ("dev36", 7, "holdout35", 5, {"AR", "CO", "CR", "CU", "DO", "GT", "MX", "PA", "SV", "VE"}, 152, 54),
    # gender observatories, judiciaries' femicide registries, prosecutors' femicide counts by
    # department, relation and age group, an emergency line and ankle monitors of nine countries
    ("dev35", 8, "holdout34", 5, {"AR", "BO", "CR", "DO", "EC", "HN", "PA", "PY", "UY"}, 236, 133),
    # helplines and emergency lines, ankle monitors and electronic bracelets, shelters
    ("dev37", 7, "holdout36", 5, {"AR", "CL", "DO", "HN", "MX", "PA", "PE", "PY", "UY"}, 77, 58),
    # periodic accounts of provincial, regional, departmental and municipal women's offices and
    # gender units: a regional director's column, a women's police station's month, municipal
    # institutes' quarters and half-years, a congressional hearing of a national programme
    ("dev38", 7, "holdout37", 5, {"AR", "CL", "CO", "CR", "MX", "NI", "PE", "PR", "VE"}, 34, 57),
    # protection orders and protective measures: courts', prosecutors' and family commissariats'
    # orders, panic-button apps, dual devices and ankle monitors, police rounds and stations
    ("dev39", 7, "holdout38", 5, {"AR", "CL", "CO", "DO", "MX", "PE", "UY"}, 63, 53),
    # health services' care of women in violence (clinics, rooms and gender units, attentions and
    # cases, emergency kits) and programmes for the economic autonomy of women leaving violence
    # (rent subsidies, transitional housing, monthly supports, Ciudad Mujer, entrepreneurs)
    ("dev40", 8, "holdout39", 6,
     {"AR", "CR", "DO", "EC", "GT", "MX", "PA", "PE", "PY", "SV", "UY", "VE"}, 97, 45),
    # prevention work (workshops and talks in schools, community promoters, people sensitised)
    # and trafficking in persons (victims rescued, detected, attended and sheltered, complaints
    # on trafficking lines, prosecutors' operations) of ministries, prosecutors and municipalities
    ("dev41", 7, "holdout40", 5, {"AR", "BO", "CL", "CO", "HN", "MX", "PE", "PY"}, 66, 32),
    # violence against women in politics (complaints to electoral bodies and tribunals, registries
    # of people sanctioned), digital violence (Ley Olimpia, cyber police, prosecutors' units and a
    # misdemeanour court) and workplace sexual harassment in the public administration
    ("dev42", 10, "holdout41", 6, {"AR", "BO", "EC", "HN", "MX", "PE"}, 129, 68),
    # girls and adolescents and the families of femicide victims: births and pregnancies of
    # girls and adolescents, sexual violence against girls attended by child-protection offices,
    # and reparations, pensions and bonos for children orphaned by femicide
    ("dev43", 9, "holdout42", 6,
     {"AR", "BO", "EC", "GT", "HN", "MX", "PE", "PY", "UY"}, 121, 123),
    # gender violence and sexual harassment in universities and schools (university gender units,
    # education ministries), in public transport and public space (metro and bus systems, women's
    # secretariats and ministries, prosecutors) and a police force's internal inspectorate
    ("dev44", 8, "holdout43", 6, {"AR", "CL", "CO", "EC", "GT", "MX", "PE", "SV"}, 120, 71),
    # the ten countries the corpus had least of: Justice departments, prosecutors' bulletins and
    # femicide counts, a State's report to the CEDAW, a helpline and a women's ombudsman, police
    # women's stations, an interior ministry's yearly accounts and a judiciary's statistics
    ("dev45", 10, "holdout44", 6,
     {"CL", "CR", "CU", "NI", "PA", "PR", "PY", "SV", "UY", "VE"}, 181, 115),
    # yearly and statistical reports of national bodies: prosecutors' femicide cases by stage and
    # convictions, monthly statistical reports, a forensic institute's autopsies and yearly
    # Forensis, university violence observatories' bulletins and a women's ministry's shelters
    ("dev46", 8, "holdout45", 6, {"BO", "CO", "DO", "EC", "GT", "HN", "PA"}, 116, 152),
    # sub-national offices: departmental, regional and municipal women's secretariats,
    # institutes, offices and services and a regional ombudsman's office, where the place of a
    # figure (city, department or region, another region, country) and each block's period matter
    ("dev47", 8, "holdout46", 5, {"CO", "EC", "GT", "MX", "PE", "SV", "UY", "VE"}, 103, 61),
    # protection and response services: panic buttons and alert devices, helplines and
    # emergency lines, a court for urgent protection measures, and shelters (casas de acogida,
    # temporary shelters) of women's ministries and institutes, prosecutors and an ombudsman
    # (the Dominican shelters' text taken out of holdout47: its address is holdout45's)
    ("dev48", 8, "holdout47", 5,
     {"AR", "BO", "CR", "GT", "MX", "NI", "PA", "PE", "PR"}, 57, 57),
    # statistical bulletins with many figures per paragraph: prosecutors' statistics, a
    # half-year report, police statistics, a forensic institute's report, national and state
    # 911 emergency calls by kind and by state, complaints and protection measures
    ("dev49", 7, "holdout48", 5,
     {"BO", "CL", "CO", "DO", "HN", "MX", "PY", "SV"}, 93, 107),
    # accountability and management reports of women's offices: a women's institute's training
    # programme and its investment, municipal institutes' yearly and quarterly reports, women's
    # ministries' bonuses, missions and budgets, Ciudad Mujer's costs, federal funds, a project
    # of economic empowerment and a public account ceremony without figures
    ("dev50", 8, "holdout49", 6,
     {"CL", "CR", "DO", "HN", "MX", "PR", "SV", "UY", "VE"}, 69, 57),
    # observatories outside the executive: an ombudsman's femicide observatory, ombudsmen's
    # reports on missing women, femicides and gender-violence cases, a public university's
    # violence observatory, a human-rights ombudsman and a Congress bench reading police data,
    # and civil-society observatories whose own counts are traps
    ("dev52", 7, "holdout51", 5,
     {"AR", "CL", "CO", "EC", "GT", "HN", "MX", "PE", "SV"}, 76, 128),
    # what officials say: heads of government's and ministers' speeches, monthly reports of a
    # gender-violence alert, a president's goals, a minister's interview and a vice-president's
    # figures, mixing levels (nation, state, city), periods and targets
    ("dev51", 8, "holdout50", 6, {"CL", "CO", "DO", "MX", "PE"}, 62, 73),
    # programmes for rural, indigenous and Afro-descendant women: a women's ministry's rural
    # strategy, an indigenous peoples' institute's budget for indigenous women's houses, homicides
    # of indigenous-language speakers, rural women's programmes of an agriculture ministry and a
    # First Lady's office, and an indigenous women's ombudsman's regional offices
    ("dev53", 7, "holdout52", 4, {"CO", "GT", "MX", "PE", "PY"}, 64, 41),
    # budgets and spending on women and gender-violence programmes: a federal budget's
    # gender annex, a commission's and a shelters' network's shelter budgets, a district's
    # gender budget tracer, municipal women's offices' budgets, the cuts of a national gender
    # budget, transfers for women's emergency centres, shelters' agreements and a women's
    # ministry's approved budget
    ("dev54", 8, "holdout53", 4, {"AR", "CL", "CO", "EC", "MX", "PE"}, 50, 69),
    # missing women and girls and sexual violence against girls: search alerts (Isabel-Claudina,
    # Alba-Keneth, Amber) and their activations, people reported missing, births to girls under 15
    # and marriages of minors, as prosecutors, a forensic institute, health ministries, a birth
    # register and a statistics office count them
    ("dev55", 8, "holdout54", 4, {"CO", "CR", "GT", "MX", "PA", "PE"}, 108, 113),
    # what courts and prosecutors decide: judiciaries' femicide trials, sentences, acquittals and
    # protection measures, prosecutors' convictions, charges and yearly accounts, an ombudsman's
    # and a state-of-justice report's reading of the cases' outcomes (prison terms are traps)
    ("dev56", 7, "holdout55", 4,
     {"CR", "DO", "EC", "GT", "HN", "MX", "PE", "SV"}, 97, 89),
    # programmes for men who used violence (a province's and a state's centres, a national
    # programme and a regional centre, an attorney general's centre) and municipal and district
    # offices' psychological and legal care of women
    ("dev57", 6, "holdout56", 3, {"AR", "CL", "CO", "DO", "MX"}, 32, 31),
    # sexual violence and the health sector's answer: health ministries' clinics for victims,
    # the emergency kit and its reach, legal interruptions of pregnancy (after rape among the
    # grounds), forensic institutes' and a prosecution service's forensic examinations, and
    # prosecutors' complaints of rape and of sexual abuse of children
    ("dev60", 8, "holdout59", 4,
     {"AR", "BO", "CL", "CR", "EC", "GT", "NI", "PE", "PY"}, 123, 94),
    # violence against LGBTI+ people and against migrant and refugee women: prosecutors' counts
    # of transfemicides, travesticides and killings of LGBTI+ people, ombudsmen's counts and
    # cases brought to court, a state office's complaints of discrimination, an ombudsman's
    # gender-violence cases of migrant women, migrant women attended at a border and foreign
    # women among those a women's service attended
    ("dev59", 8, "holdout58", 4, {"AR", "CL", "CO", "HN", "MX", "PE"}, 85, 73),
    # trainings, workshops and awareness campaigns of women's offices: a province's and a
    # municipality's workshop in a school, a regional office's certified monitors, a city's course
    # for women leaders, a department's workshops, a women's ministry's training of its specialists
    # and its prevention in the regions, a state's public servants trained, a law presented to
    # departmental referents, awareness days, 16 days of activism and two courses for women
    ("dev58", 8, "holdout57", 4,
     {"AR", "CL", "CO", "CR", "DO", "MX", "PE", "PY", "UY"}, 42, 44),
    # municipal and provincial/state gender offices' accounts: municipal women's institutes'
    # reports and units (some under a gender-violence alert), a state's progress on its alert and
    # its municipalities without reports, municipal and district shelters and protection homes,
    # a regional women's service's first months and the provinces' Ley Micaela adherence
    ("dev62", 9, "holdout61", 4, {"AR", "CL", "CO", "EC", "MX", "PE"}, 61, 35),
    # Central America and the Caribbean: a women's ministry's shelters, helpline and observatory,
    # a women's institute's violent deaths, femicides, shelters and women attended, a women's
    # ministry's femicide counts beside the prosecutors', a women's institute on the emergency
    # line's calls and a femicide count, a statistics institute's murders and domestic-violence
    # incidents by police area, a prosecutors' portal's complaints beside unpaid support centres,
    # and a police women's commissariat's weekly complaints
    ("dev63", 8, "holdout62", 4, {"CR", "DO", "GT", "NI", "PA", "PR"}, 82, 59),
    # femicides and violent deaths of women as public offices count them: ombudsmen's gender
    # teams and reports, prosecution services' yearly and departmental counts, a women's
    # ministry's observatory, a supreme court's femicide register, a university's violence
    # observatory, and an office's figure beside a civil-society counter's (the counter's a trap)
    ("dev61", 8, "holdout60", 4,
     {"AR", "BO", "CO", "EC", "HN", "MX", "PA", "PE", "PY"}, 99, 54),
    # judiciaries and prosecutors of the Southern Cone and the Andes: a supreme court's domestic
    # violence office, a provincial high court's complaints and measures, a superior court's
    # protection measures, courts' cases and indictments, prosecutors' charges and convictions
    # for sexual offences, femicides and convictions, courts requested and circuits of courts
    ("dev64", 7, "holdout63", 3, {"AR", "BO", "PE", "PY", "UY", "VE"}, 127, 57),
    # national surveys and statistics institutes on violence against women: survey prevalences
    # by type, age group and area beside administrative records (INDEC's RUCVM, the Ministerio
    # del Interior's complaints, women murdered, a prosecutor's femicides by month and department)
    ("dev66", 9, "holdout65", 4, {"AR", "BO", "DO", "MX", "PE", "PY", "SV", "UY"}, 86, 152),
    # the COVID-19 lockdowns and violence against women: helpline and emergency-call surges,
    # complaints and femicides during quarantine, written with changes in per cent, per-day and
    # per-week figures and day counts of the lockdown (traps), of ten countries
    ("dev67", 9, "holdout66", 5,
     {"AR", "BO", "CL", "CO", "GT", "HN", "MX", "PE", "PY", "UY"}, 75, 99),
    # the police and security ministries' own figures: complaints, arrests and detainees for
    # domestic and gender violence, emergency-line calls (911, 105) about violence against
    # women, a police force's women's unit, of eight countries
    ("dev65", 8, "holdout64", 4, {"AR", "BO", "CL", "DO", "EC", "MX", "PE", "PY"}, 73, 98),
    # presentations, infographics and fact sheets saved as text: a deck's monthly table and
    # chart, a dashboard's unlabelled totals, slides' notes, numbered lists of states, an
    # infographic's chart of daily averages, tables of contents and phone lists (page numbers,
    # list markers, axis ticks and year headings are traps)
    ("dev68", 7, "holdout67", 4, {"AR", "CO", "DO", "MX", "PE", "PY"}, 79, 267),
    # national reports to international bodies on women's rights and violence: the openings of
    # periodic reports, replies and follow-up information to CEDAW, answers and country reports of
    # the MESECVI, a prosecution service's table in a reply to a UN committee, a UPR follow-up and
    # national femicides beside CEPAL's (articles, paragraphs, sessions, laws and years are traps)
    ("dev69", 8, "holdout68", 4,
     {"BO", "CU", "DO", "EC", "GT", "HN", "MX", "PA", "VE"}, 49, 129),
    # economic and patrimonial violence and women's economic rights: registers of child-support
    # debtors (Redam and its provincial equivalents, by year, list and court), child-support
    # suits and agreements, complaints of economic violence, credits and housing subsidies for
    # women leaving violence, land titles for women (shares, hectares, amounts in pesos)
    ("dev70", 8, "holdout69", 4, {"AR", "BO", "CL", "GT", "MX", "PE", "PY"}, 97, 73),
    # long documents' apparatus as other offices print it: tables of contents with page numbers
    # and leaders, slide footers and slide numbers, section numbers, footnote calls glued to
    # words, running headers ("PÁGINA 1/2"), lettered lists, a chapter and page number of a
    # scanned spread, around real figures (page, slide, section and footnote numbers are traps)
    ("dev71", 7, "holdout70", 3, {"CL", "CO", "HN", "MX", "PE"}, 18, 157),
    # legislatures' texts citing violence figures: bills' explanatory statements, committee
    # reports, points of agreement and congress and assembly press releases quoting statistics
    # offices, police, prosecutors and surveys (law, article, bill, session and vote numbers
    # are traps; the body quoted, not the legislature, gives the place)
    ("dev72", 8, "holdout71", 4, {"BO", "CO", "EC", "MX", "PE", "SV"}, 43, 81),
    # violence against older women and women with disabilities as public offices count them:
    # elder-abuse units and lines (Chile's SENAMA, Buenos Aires City), forensic and prosecutors'
    # counts of violence against older people, the CEM's cases of people with disabilities;
    # ages, age bounds, shares of a population, laws' and lines' numbers are traps
    ("dev73", 7, "holdout72", 4, {"AR", "CL", "CO", "CR", "MX", "PE"}, 62, 77),
    # sexual and reproductive health services of health ministries and women's offices: legal
    # interruptions of pregnancy (ILE, IVE) and their consultations, post-rape care (NOM-046,
    # the emergency kit), adolescent-pregnancy prevention (ENIA, PIPENA): implants, counselling,
    # friendly services; gestational weeks, ages and age bands, a norm's numbers, falls in per
    # cent and survey prevalences are traps
    ("dev74", 8, "holdout73", 4, {"AR", "CL", "CR", "EC", "MX", "PE", "PY", "UY"}, 80, 103),
    # access to justice for women and women deprived of liberty: public defenders' gender units
    # and free legal aid, women held, mothers living with their children in prison, women held
    # without sentence; sentence lengths, units' and prisons' numbers, age limits and ranges
    # are traps
    ("dev75", 9, "holdout74", 4, {"AR", "BO", "CL", "EC", "MX", "PE", "PY", "UY"}, 83, 70),
    # statistical sections of reports saved from PDF or a data page to text: tables flattened
    # into lines (a row label then its numbers, headings on lines before, totals, a percentage
    # column beside the counts), charts' data labels and legends left as loose numbers, summary
    # figures and their notes (axis ticks, legends, rates, rises, glued cells and a percentage
    # taken as a count are traps)
    ("dev76", 7, "holdout75", 4, {"AR", "CL", "CO", "GT", "HN", "MX", "PE", "PY", "SV", "UY"}, 146, 143),
    # the latest yearly figures (2023-2025) of women's offices, observatories, prosecutors and
    # police of the countries the corpus had least of (Puerto Rico, Cuba, Venezuela, Costa Rica,
    # El Salvador, Uruguay): complaints, people charged, sentences, femicides, homicides of women;
    # civil-society observatories' counts (corrected after the first run), dates, ages,
    # sentences' years, daily averages and lines' numbers are traps
    ("dev77", 8, "holdout76", 4, {"CR", "CU", "PR", "SV", "UY", "VE"}, 26, 172),
    # replies of public offices to access-to-information requests and transparency portals'
    # notes on gender-violence figures: prosecutors' and courts' counts given on request, a
    # transparency council's and a court's rulings on a women's service's causes, a police's
    # reserve; folios, file and role numbers, laws' articles and the dates are traps
    ("dev78", 7, "holdout77", 3, {"CL", "HN", "MX", "SV", "UY"}, 34, 70),
    # short public posts and press notes of women's offices, prosecutors and police: one or a
    # few real counts each among dates, hours, phone lines and WhatsApp numbers, protocols' and
    # laws' numbers (all traps), derived daily averages and a projection
    ("dev79", 6, "holdout78", 3, {"AR", "BO", "CO", "MX", "PE", "PY"}, 31, 65),
    # national and local care systems as women's offices and social ministries report them:
    # care centres, places, children and carers served and trained, goals and budgets among
    # survey shares, hours of time use, children's ages, laws' numbers and an audit's sample
    ("dev80", 7, "holdout79", 4, {"CL", "CO", "CR", "DO", "EC", "MX", "PA", "PE"}, 89, 59),
    # women's political participation as electoral bodies, legislatures and women's offices
    # count it: candidates and women elected per election and place, complaints of political
    # harassment and violence, among shares, seat totals, quotas, laws' numbers and years (traps)
    ("dev81", 8, "holdout80", 4, {"BO", "CO", "CR", "DO", "EC", "GT", "HN", "MX", "PE", "PY"}, 153, 95),
    # statistical annexes, bulletins and tables of long reports saved from PDF to text: running
    # headers and page numbers, contents, rows of a place or year then its counts, numbered
    # rows, totals rows; a civil-society count by department and every page number are traps
    ("dev82", 7, "holdout81", 3, {"BO", "CO", "CR", "HN", "MX", "PE"}, 223, 221),
    # public procurement, agreements and resolutions of women's offices and gender-violence
    # programmes: amounts transferred or contracted per programme and place, centres and women
    # agreed, among tenders', files', decrees' and resolutions' numbers, dates, articles and
    # deadlines in days (all traps), a cap per transfer and ranges of savings
    ("dev83", 9, "holdout82", 4, {"AR", "CL", "CO", "DO", "EC", "GT", "MX", "PE", "UY"}, 56, 74),
    # child-support debts and registers of alimony debtors, complaints of failing to pay
    # maintenance: registered debtors, debts and amounts owed (pesos), shares of men and women,
    # by region and year, among officials' names, laws', decrees' and articles' numbers, days
    # of default, estimates and changes (all traps)
    ("dev84", 8, "holdout83", 4, {"AR", "CL", "CO", "MX"}, 90, 54),
    # gender-equality seals and certifications of workplaces and women's entrepreneurship
    # programmes: certified or recognised companies and workplaces, seed capital and its
    # amounts, programmes' target beneficiaries; norms' codes, decrees' numbers, ceilings per
    # project, shares quoted, dates and durations are traps
    ("dev85", 7, "holdout84", 4, {"CL", "CO", "CR", "MX", "PE", "SV", "UY"}, 33, 39),
    # obstetric violence and complaints about the care of women in health services, maternal
    # deaths as health ministries and ombudsmen count them: complaints to human-rights and
    # medical-arbitration bodies, an ombudsman's claims and cases, maternal deaths by state,
    # institution and nationality; survey shares, ratios' bases, epidemiological weeks, ages,
    # reports' and letters' numbers and years are traps
    ("dev86", 7, "holdout85", 4, {"AR", "DO", "GT", "MX", "PE", "PY"}, 80, 82),
    # sexual violence in armed conflicts and reparations to the victims: victims' units and
    # registers, transitional-justice bodies, reparation programmes and prosecutors: victims
    # registered, paid and accredited, amounts paid, cases, sentences and convictions; laws',
    # decrees', cases' and agreements' numbers, dates, spans of years and ages are traps
    ("dev87", 8, "holdout86", 4, {"AR", "CO", "GT", "PE", "SV"}, 109, 57),
    # women in the police, the armed forces, the judiciary and the public service as the
    # institutions count them, and their gender units' work: officers, judges, prosecutors,
    # senior managers, promotions and admissions by sex with their shares, complaints a gender
    # unit investigates; a court's seats, seats in dispute, a newspaper's own count, a
    # survey's shares, rate bases, laws' numbers, dates and years are traps
    ("dev88", 8, "holdout87", 4, {"AR", "CL", "CO", "CR", "DO", "MX", "PE"}, 89, 71),
    # violet points, safe points and campaigns at festivals, carnivals, concerts, sport events
    # and on 8 March and 25 November: consultations and legal advice given, people reached and
    # aimed at, materials handed out, care centres and points; advice's and lists' numbers,
    # helplines' numbers, dates, times, years and a survey's share are traps
    ("dev89", 8, "holdout88", 4, {"AR", "BO", "CL", "CO", "DO", "MX", "PE"}, 45, 57),
    # land titles, housing and property for women and rural credit to women: titles, deeds,
    # hectares and homes handed to women, housing subsidies to women leaving violence, women
    # enrolled and paid by a housing line, credits and amounts lent by public banks; amounts per
    # woman, ranges of one credit, interest rates, a procedure's cost, derived averages,
    # durations, ages, dates and years are traps
    ("dev90", 8, "holdout89", 4, {"AR", "CL", "CO", "EC", "MX", "NI", "PE", "PY"}, 90, 43),
    # gender offices, prosecutors, courts and police of the countries the corpus has least of
    # (CU, CR, NI, PA, PR): cases attended, women killed and femicides, arrests, complaints,
    # people charged and convicted, participants and shares of a register, among dates,
    # years, laws' numbers, changes, age bands, 911 and durations (all traps)
    ("dev91", 7, "holdout90", 4, {"CR", "CU", "NI", "PA", "PR"}, 43, 44),
    # child marriage and early unions, and the prevention of adolescent pregnancy: marriages
    # with a minor registered by civil registries (by state and department), pregnancies and
    # births to girls and adolescents from health ministries' and statistics offices' registers
    # (by region, age and area), their shares of the registers, care units, trainings and
    # participants of national and state strategies; falls and rises, shares of a population,
    # rates' bases, ages and age bands, laws', decrees' and articles' numbers, dates and years
    # are traps
    ("dev92", 8, "holdout91", 4, {"AR", "BO", "CO", "DO", "EC", "GT", "HN", "MX", "PA", "PE", "SV"}, 111, 147),
    # women human rights defenders, women journalists and environmental defenders (CO, GT,
    # HN, MX, PE): people protected by mechanisms by sex and state, attacks, threats and
    # killings counted by ombudsmen and prosecutors, risk evaluations, protection measures,
    # complaints and budgets, among years, dates, changes, a universe of journalists and a
    # ratio (all traps)
    ("dev93", 8, "holdout92", 4, {"CO", "GT", "HN", "MX", "PE"}, 93, 45),
    # women's health services run by women's offices, municipalities and health ministries:
    # mammograms, Pap tests and other screening, mobile units, women attended and benefited,
    # talks' participants, a campaign's reach, psychological care and therapeutic groups of
    # women in violence; dates, years, ages, laws' numbers, bus lines, a price, durations and
    # a country's yearly incidence quoted as a general fact are traps
    ("dev94", 8, "holdout93", 4, {"CL", "DO", "EC", "HN", "MX", "PE", "PY"}, 66, 65),
    # indigenous, Afro-descendant, rural and migrant women: interpreters of indigenous
    # languages a judiciary provided, women an indigenous women's ombudsman advised, rural
    # women benefited and trained by agriculture ministries' programmes, subsidies and budgets
    # for rural women's organisations and projects (by department), cases of foreign women a
    # women's ministry's centres attended, femicides; years, dates, ages, general facts about
    # the population and a language's variants are traps
    ("dev95", 8, "holdout94", 4, {"CL", "CO", "CR", "EC", "GT", "MX", "PE", "SV"}, 70, 21),
    # violence against LGBTI people and the services of sexual-diversity offices: an
    # ombudsman's cases of violence against people of diverse sexual orientation and gender
    # identity and their breakdowns, complaints of discrimination, public servants trained,
    # talks' participants, trans people entering the State under a quota, and gender-identity
    # changes registered by civil registries; years, dates, ages, laws', decrees' and articles'
    # numbers, a legal quota's 1 %, witnesses and durations of a procedure are traps
    ("dev96", 8, "holdout95", 4, {"AR", "BO", "CL", "CO", "EC", "MX", "UY"}, 91, 63),
    # trainings of public servants on gender and violence against women (AR, CL, CO, MX, PE,
    # PY, UY): people trained under Ley Micaela in a province's police and security forces,
    # police, carabineros, justices of the peace and officials trained or certified by women's
    # offices, a diploma course's trainees, trainings held and planned, a police's complaints
    # and a women's ministry's centres and cases; laws', decrees' and standards' numbers,
    # hours, modules and sessions of a course, dates and years are traps
    ("dev97", 8, "holdout96", 4, {"AR", "CL", "CO", "MX", "PE", "PY", "UY"}, 28, 33),
    # comprehensive sexuality education and the prevention of gender violence in schools (AR,
    # CL, CO, EC, MX, PE, UY): teachers trained and to be trained by education ministries and
    # municipal committees, students, teachers and families reached by women's ministries'
    # school strategies and campaigns, schools, regions and municipalities covered, youth
    # monitors certified, actions held; laws' numbers, dates, years, hours, sessions, a
    # group's size restating its whole, street numbers and a telephone are traps
    ("dev98", 8, "holdout97", 4, {"AR", "CL", "CO", "EC", "MX", "PE", "UY"}, 40, 43),
    # the gender offices of the countries the corpus holds least of (CR, CU, NI, PA, PR, SV,
    # VE): femicides, attempted femicides and violent deaths of women by a Ministerio Público
    # and a judiciary's observatory, people attended in the FMC's houses and a municipal
    # women's office's day of care, credits to women, federal and state grants to services;
    # percentage changes, a law's number, dates, years and a TV channel's number are traps
    ("dev99", 7, "holdout98", 3, {"CR", "CU", "NI", "PA", "PR", "SV", "VE"}, 63, 26),
    # legal abortion and the interruption of pregnancy as health ministries and services count
    # it, and pregnancies of girls after sexual violence (AR, BO, CL, CR, CU, EC, MX, PA, PR,
    # PY, SV, UY): voluntary and legal interruptions, consultations, grounds and providers, a
    # sexual-health line's calls, therapeutic abortions, objecting obstetricians, menstrual
    # regulations, births and pregnancies of girls and complaints of sexual violence; ages,
    # gestational weeks, a norm's and a law's numbers, a line's number, changes, survey shares,
    # rates per thousand, dates and years are traps
    ("dev102", 8, "holdout101", 4,
     {"AR", "BO", "CL", "CR", "CU", "EC", "MX", "PA", "PR", "PY", "SV", "UY"}, 107, 124),
    # dating violence and violence among adolescents and young people (AR, BO, CL, CR, EC, PY,
    # UY): young people's calls to a national line, adolescents and students in workshops and
    # talks of women's offices and a youth institute, campaigns' participants and targets,
    # trainers and young people trained, talks planned, a prosecutor's complaints of relaciones
    # impropias and the share reaching an accusation, schools visited and cases detected; years,
    # dates, times, ages, laws' numbers, the line 144, written rates, percentage increases and a
    # campaign's days are traps
    ("dev103", 7, "holdout102", 4, {"AR", "BO", "CL", "CR", "EC", "PY", "UY"}, 32, 49),
    # women's community networks and community promoters against gender violence (BO, CL, DO,
    # EC, GT, MX, NI, PE, PY, SV): promoters, monitors, defenders and facilitators trained,
    # certified or to be trained by women's offices, the police, a family ministry, a
    # prefecture, a municipality and NGOs, participants in their meetings, counselling
    # delegations, networks and campaigns, survivors attended, a prefect's femicides and a
    # project's investment; years, ages, durations, written rates, a neighbourhood's number, a
    # civil-society body's count quoted and the workshops of each campaign are traps
    ("dev104", 8, "holdout103", 4,
     {"BO", "CL", "DO", "EC", "GT", "MX", "NI", "PE", "PY", "SV"}, 37, 21),
    # the municipal and local women's offices of the countries the corpus holds least of (BO,
    # DO, EC, GT, HN, NI, PY, SV, UY): complaints and cases of municipal legal services (SLIM),
    # a province's and a municipality's trainings and people trained, a forum's and talks'
    # participants, women in municipal gardens and classes, community defenders formed, a
    # departmental government's gender-violence services and the women and consultations they
    # attended, a mobile service's people attended and services in four municipalities, a
    # shelter's women, femicides of a municipality and of the country, agricultural packages;
    # years, dates, ages, districts' numbers, a range of cases and a sum's "más de 100%" are
    # traps
    ("dev105", 7, "holdout104", 3,
     {"BO", "DO", "EC", "GT", "HN", "NI", "PY", "SV", "UY"}, 64, 27),
    # gender-violence alerts and emergency declarations on violence against women (AR, EC, MX,
    # PE, PR, PY, UY): an executive order's domestic-violence cases, an emergency committee's
    # housing vouchers, women murdered and those killed by partners, care centres created and
    # women sheltered under a provincial emergency law, a legislature's femicides, orphans and
    # shares, an alert's municipalities, workshops' progress and students, grants, budgets and
    # municipal targets, ankle monitors to be bought, femicide victims by department, daily and
    # weekly averages, cases, femicides, attempts and CEM attentions in a state of emergency;
    # years, dates, laws', orders' and decrees' numbers, a helpline, written rates and the
    # regions of a lockdown are traps
    ("dev106", 8, "holdout105", 4, {"AR", "EC", "MX", "PE", "PR", "PY", "UY"}, 53, 56),
    # sexual violence and abuse against girls and adolescent girls as child-protection bodies
    # count it (AR, BO, CL, CO, CR, EC, GT, MX, PE, PY, SV): a provincial Senaf's requests for
    # intervention and its child sexual abuse cases, the Defensoría de la Niñez's victims under
    # the State's protection and their rates per thousand, the CONNA's violations of sexual
    # violence, a state DIF's files, protection measures and children attended, a municipal
    # Codeni's complaints, a national ministry's DEMUNA members trained, a municipal DNA's
    # complaints and points of attention, the PGN's children rescued, the PANI's files by
    # region, the ICBF's restoration processes, a cantonal council's offences and a DEMUNA's
    # cases and budgets per child; years, dates, ages, phones, a law's number, percentage rises,
    # ranges and written rates are traps
    ("dev107", 8, "holdout106", 4,
     {"AR", "BO", "CL", "CO", "CR", "EC", "GT", "MX", "PE", "PY", "SV"}, 77, 66),
    # cash transfers, grants, pensions and economic support to women leaving violence and to
    # the children orphaned by femicide (AR, CL, CO, CR, GT, MX, PE): people who accessed
    # Acompañar, children paid under Ley Brisa and Chile's reparation law, indirect victims of
    # feminicide and women leaving shelters supported, orphans assisted, the money set aside
    # or paid, SernamEG's femicides; what each person receives, laws' and resolutions'
    # numbers, ages, durations, dates, years, hypothetical costs and another body's counts
    # are traps
    ("dev100", 8, "holdout99", 4, {"AR", "CL", "CO", "CR", "GT", "MX", "PE"}, 60, 69),
    # menstrual dignity and menstrual health programmes and women's hygiene and dignity kits
    # (AR, CL, CO, CR, MX, PA, PY, SV, UY): kits, menstrual cups, packages of pads and other
    # supplies delivered by municipalities, women's offices, education and health ministries
    # and UN agencies with them, people and pupils benefited, schools and municipalities
    # reached, days of menstrual dignity held and planned, a programme's budget and a law's
    # yearly budgets; years, dates, laws', articles' and a ruling's numbers, ages, helplines,
    # what each kit or package holds and figures quoted as general facts are traps
    ("dev101", 8, "holdout100", 4, {"AR", "CL", "CO", "CR", "MX", "PA", "PY", "SV", "UY"}, 56, 49),
]  # fmt: skip


@pytest.mark.parametrize(
    ("dev", "dev_count", "holdout", "holdout_count", "countries", "values", "traps"),
    PAIRED_PARTS,
    ids=[row[0] for row in PAIRED_PARTS],
)
def test_paired_development_and_holdout_parts_follow_their_hash_rule(
    dev: str,
    dev_count: int,
    holdout: str,
    holdout_count: int,
    countries: set[str],
    values: int,
    traps: int,
) -> None:
    """Each part is listed once, in no other list; the first ``holdout_count`` documents by
    the SHA-256 of their names are the held-out part, the rest the development part; every
    country of theirs was in the corpus before them; their gold holds the values and traps
    counted when it was committed."""
    dev_names, parts = _own_part(dev, dev_count)
    holdout_names, _ = _own_part(holdout, holdout_count)
    ordered = sorted(dev_names + holdout_names, key=_sha)
    assert set(holdout_names) == set(ordered[:holdout_count])
    assert set(dev_names) == set(ordered[holdout_count:])
    found = [run_texts.country_of(n) for n in ordered]
    before = _countries_before(parts, dev)
    assert set(found) == countries
    assert all(before[c] > 0 for c in found)
    gold = [GOLD[n.removesuffix(".txt")] for n in ordered]
    assert sum(len(g["values"]) for g in gold) == values
    assert sum(len(g["traps"] or []) for g in gold) == traps


def test_no_two_documents_come_from_one_address() -> None:
    """A page saved twice under two names would sit in two parts: a held-out text tuned on."""
    by_address: dict[str, list[str]] = defaultdict(list)
    for doc in DOCS:
        first = doc.read_text(encoding="utf-8").splitlines()[0]
        by_address[first.removeprefix("# fuente:").strip().rstrip("/")].append(doc.name)
    assert {a: n for a, n in by_address.items() if len(n) > 1} == {}


def _tiny_corpus(root: Path) -> Path:
    (root / "docs").mkdir(parents=True)
    (root / "gold").mkdir()
    (root / "docs" / "ar_tiny.txt").write_text(
        "# fuente: https://example.org/informe\nEn 2024 se atendieron 45 mujeres.\n",
        encoding="utf-8",
    )
    (root / "docs" / "cl_tiny.txt").write_text(
        "# fuente: https://example.org/otro\nLa oficina realizó 12 talleres.\n",
        encoding="utf-8",
    )
    for name, value in (("ar_tiny", 45), ("cl_tiny", 12)):
        gold = {
            "seed": f"{name}.txt",
            "place": {"country": name[:2].upper()},
            "values": [{"line": 2, "value": value}],
            "traps": [{"line": 2, "value": 2024}] if name == "ar_tiny" else [],
        }
        (root / "gold" / f"{name}.yaml").write_text(yaml.safe_dump(gold), encoding="utf-8")
    (root / "SPLIT.yaml").write_text(
        "dev:\n  - ar_tiny.txt\nholdout:\n  - cl_tiny.txt\n", encoding="utf-8"
    )
    return root


def test_runner_reports_each_part_and_country_apart(tmp_path: Path) -> None:
    root = _tiny_corpus(tmp_path / "texts")
    out = tmp_path / "scores.json"
    assert run_texts.main(["--texts", str(root), "--json", str(out)]) == 0
    scores = json.loads(out.read_text(encoding="utf-8"))
    assert scores["parts"]["dev"]["gold"] == 1
    assert scores["parts"]["dev"]["traps_listed"] == 1
    assert scores["parts"]["holdout"]["gold"] == 1
    assert scores["parts"]["all"]["docs"] == 2
    assert set(scores["countries"]) == {"dev/AR", "holdout/CL"}
    dev = scores["parts"]["dev"]
    assert (dev["extracted"], dev["matched"], dev["precision"], dev["recall"]) == (1, 1, 1.0, 1.0)
    assert dev["traps_extracted"] == 0


def test_runner_counts_only_the_part_asked_for(tmp_path: Path) -> None:
    root = _tiny_corpus(tmp_path / "texts")
    out = tmp_path / "scores.json"
    assert run_texts.main(["--texts", str(root), "--split", "holdout", "--json", str(out)]) == 0
    scores = json.loads(out.read_text(encoding="utf-8"))
    assert set(scores["parts"]) == {"holdout", "all"}
    assert scores["parts"]["holdout"]["docs"] == 1
    assert set(scores["countries"]) == {"holdout/CL"}


def test_runner_refuses_a_document_outside_the_split(tmp_path: Path) -> None:
    root = _tiny_corpus(tmp_path / "texts")
    (root / "SPLIT.yaml").write_text("dev:\n  - ar_tiny.txt\n", encoding="utf-8")
    assert run_texts.main(["--texts", str(root)]) == 2


def test_runner_counts_what_the_publish_gate_lets_through(tmp_path: Path) -> None:
    # both tiny values are counts found by their noun, at confidence 0.98 (confidence.yaml)
    root = _tiny_corpus(tmp_path / "texts")
    out = tmp_path / "scores.json"
    assert run_texts.main(["--texts", str(root), "--json", str(out)]) == 0  # 0.6 by default
    parts = json.loads(out.read_text(encoding="utf-8"))["parts"]
    held = parts["held-out"]
    assert (held["docs"], held["published"], held["published_matched"]) == (1, 1, 1)
    assert (held["published_precision"], held["published_recall"]) == (1.0, 1.0)
    assert (
        run_texts.main(["--texts", str(root), "--json", str(out), "--min-confidence", "0.99"]) == 0
    )
    dev = json.loads(out.read_text(encoding="utf-8"))["parts"]["dev"]
    assert (dev["extracted"], dev["matched"], dev["published"]) == (1, 1, 0)
    assert (dev["published_precision"], dev["published_recall"]) == (1.0, 0.0)
