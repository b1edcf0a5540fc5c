"""Precision and recall of text extraction on the corpus of real reports in ``texts/``.

    python tests/acceptance/run_texts.py                 # every part, with per-country lines
    python tests/acceptance/run_texts.py --split dev --details

Each document in ``texts/docs`` was saved from a public source (its address is on line 1) and
has a gold file in ``texts/gold`` written by reading it; ``texts/SPLIT.yaml`` assigns it to
``dev``, ``holdout``, ``holdout2``, ``holdout3``, ``holdout4``, ``dev3``, ``dev4``, ``dev5``,
``holdout5``, ``dev6``, ``dev7``, ``holdout6``, ``dev8``, ``holdout7``, ``dev9``,
``holdout8``, ``dev10``, ``holdout9``, ``dev11``, ``holdout10``, ``dev12``, ``holdout11``,
``dev13``, ``holdout12``, ``dev14``, ``holdout13``, ``dev15``, ``holdout14``, ``dev16``,
``holdout15``, ``dev17``, ``holdout16``, ``dev18``, ``holdout17``, ``dev19``, ``holdout18``,
``dev20`` or ``holdout19`` (the last thirty-six: documents from further offices and countries,
added with their gold before the extractor was run on them; ``dev3`` to ``dev20`` are development
parts, the others are held out).
Scoring reuses ``score_seed`` from ``run_acceptance.py``: an extracted value matches a gold
value on the same line with the same number. The run measures, it does not judge: it exits 0 whatever the
numbers (2 only when a file is missing).

The last three columns are what publish would actually put on a portal: ``pub`` counts the
observations at or above ``review.min_confidence`` (the workspace default, or ``--min-confidence``;
lower ones are withheld by the publish gate until reviewed), ``pubP`` is the share of those that
are gold values, ``pubR`` the share of gold values among them.

``--details`` lists misses, false values, traps and wrong indicators, for the development parts
(``dev``, ``dev3`` to ``dev20``) only:
the held-out parts are reported as totals, never error by error, so that no rule is tuned on
them.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import tempfile
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from acceptance.run_acceptance import SeedScore, _line, score_seed
from genero_etl.model.observation import Observation
from genero_etl.normalize.codebook import UNCLASSIFIED
from genero_etl.normalize.country_guess import infer_country
from genero_etl.normalize.places import (
    capitalised_runs,
    gazetteer,
    lookup_admin1,
    lookup_municipality,
)
from genero_etl.pipeline import IngestOptions, extract_document
from genero_etl.workspace import ReviewConfig

TEXTS = Path(__file__).parent / "texts"
SPLITS = (
    "dev",
    "holdout",
    "holdout2",
    "holdout3",
    "holdout4",
    "dev3",
    "dev4",
    "dev5",
    "holdout5",
    "dev6",
    "dev7",
    "holdout6",
    "dev8",
    "holdout7",
    "dev9",
    "holdout8",
    "dev10",
    "holdout9",
    "dev11",
    "holdout10",
    "dev12",
    "holdout11",
    "dev13",
    "holdout12",
    "dev14",
    "holdout13",
    "dev15",
    "holdout14",
    "dev16",
    "holdout15",
    "dev17",
    "holdout16",
    "dev18",
    "holdout17",
    "dev19",
    "holdout18",
    "dev20",
    "holdout19",
    "dev21",
    "holdout20",
    "dev22",
    "holdout21",
    "dev23",
    "holdout22",
    "dev24",
    "holdout23",
    "dev25",
    "holdout24",
    "dev26",
    "holdout25",
    "dev27",
    "holdout26",
    "dev28",
    "holdout27",
    "dev29",
    "holdout28",
    "dev30",
    "holdout29",
    "dev31",
    "holdout30",
    "dev32",
    "holdout31",
    "dev33",
    "holdout32",
    "dev34",
    "holdout33",
    "dev36",
    "holdout35",
    "dev35",
    "holdout34",
    "dev37",
    "holdout36",
    "dev38",
    "holdout37",
    "dev39",
    "holdout38",
    "dev40",
    "holdout39",
    "dev41",
    "holdout40",
    "dev42",
    "holdout41",
    "dev43",
    "holdout42",
    "dev44",
    "holdout43",
    "dev45",
    "holdout44",
    "dev46",
    "holdout45",
    "dev47",
    "holdout46",
    "dev48",
    "holdout47",
    "dev49",
    "holdout48",
    "dev50",
    "holdout49",
    "dev52",
    "holdout51",
    "dev51",
    "holdout50",
    "dev53",
    "holdout52",
    "dev54",
    "holdout53",
    "dev55",
    "holdout54",
    "dev56",
    "holdout55",
    "dev57",
    "holdout56",
    "dev60",
    "holdout59",
    "dev59",
    "holdout58",
    "dev58",
    "holdout57",
    "dev62",
    "holdout61",
    "dev63",
    "holdout62",
    "dev61",
    "holdout60",
    "dev64",
    "holdout63",
    "dev66",
    "holdout65",
    "dev67",
    "holdout66",
    "dev65",
    "holdout64",
    "dev68",
    "holdout67",
    "dev69",
    "holdout68",
    "dev70",
    "holdout69",
    "dev71",
    "holdout70",
    "dev72",
    "holdout71",
    "dev73",
    "holdout72",
    "dev74",
    "holdout73",
    "dev75",
    "holdout74",
    "dev76",
    "holdout75",
    "dev77",
    "holdout76",
    "dev78",
    "holdout77",
    "dev79",
    "holdout78",
    "dev80",
    "holdout79",
    "dev81",
    "holdout80",
    "dev82",
    "holdout81",
    "dev83",
    "holdout82",
    "dev84",
    "holdout83",
    "dev85",
    "holdout84",
    "dev86",
    "holdout85",
    "dev87",
    "holdout86",
    "dev88",
    "holdout87",
    "dev89",
    "holdout88",
    "dev90",
    "holdout89",
    "dev91",
    "holdout90",
    "dev92",
    "holdout91",
    "dev93",
    "holdout92",
    "dev94",
    "holdout93",
    "dev95",
    "holdout94",
    "dev96",
    "holdout95",
    "dev97",
    "holdout96",
    "dev98",
    "holdout97",
    "dev99",
    "holdout98",
    "dev100",
    "holdout99",
    "dev101",
    "holdout100",
    "dev102",
    "holdout101",
    "dev103",
    "holdout102",
    "dev104",
    "holdout103",
    "dev105",
    "holdout104",
    "dev106",
    "holdout105",
    "dev107",
    "holdout106",
)
# parts whose errors may be listed and tuned on
TUNABLE = (
    "dev", "dev3", "dev4", "dev5", "dev6", "dev7", "dev8", "dev9", "dev10", "dev11", "dev12",
    "dev13", "dev14", "dev15", "dev16", "dev17", "dev18", "dev19", "dev20", "dev21",
    "dev22", "dev23", "dev24", "dev25", "dev26", "dev27", "dev28", "dev29", "dev30", "dev31",
    "dev32",
    "dev33",
    "dev34",
    "dev36",
    "dev35",
    "dev37",
    "dev38",
    "dev39",
    "dev40",
    "dev41",
    "dev42",
    "dev43",
    "dev44",
    "dev45",
    "dev46",
    "dev47",
    "dev48",
    "dev49",
    "dev50",
    "dev52",
    "dev51",
    "dev53",
    "dev54",
    "dev55",
    "dev56",
    "dev57",
    "dev60",
    "dev59",
    "dev58",
    "dev62",
    "dev63",
    "dev61",
    "dev64",
    "dev66",
    "dev67",
    "dev65",
    "dev68",
    "dev69",
    "dev70",
    "dev71",
    "dev72",
    "dev73",
    "dev74",
    "dev75",
    "dev76",
    "dev77",
    "dev78",
    "dev79",
    "dev80",
    "dev81",
    "dev82",
    "dev83",
    "dev84",
    "dev85",
    "dev86",
    "dev87",
    "dev88",
    "dev89",
    "dev90",
    "dev91",
    "dev92",
    "dev93",
    "dev94",
    "dev95",
    "dev96",
    "dev97",
    "dev98",
    "dev99",
    "dev100",
    "dev101",
    "dev102",
    "dev103",
    "dev104",
    "dev105",
    "dev106",
    "dev107",
)  # fmt: skip


@dataclass
class Tally:
    """Sums over a group of documents."""

    docs: int = 0
    gold: int = 0
    extracted: int = 0
    matched: int = 0
    indicator_ok: int = 0
    indicator_judged: int = 0
    traps: int = 0
    trap_gold: int = 0
    field_errors: int = 0
    published: int = 0  # at or above review.min_confidence: what the publish gate lets through
    published_matched: int = 0
    pushdown: int = 0  # national figures given a division their own line does not name
    # matched values whose gold names an indicator and which came out under another one (not
    # unclassified): a true number under a wrong label, the worst indicator error
    indicator_wrong: int = 0

    def add(
        self,
        score: SeedScore,
        trap_gold: int,
        published: tuple[int, int] = (0, 0),
        pushdown: int = 0,
    ) -> None:
        self.pushdown += pushdown
        self.published += published[0]
        self.published_matched += published[1]
        self.docs += 1
        self.gold += score.gold
        self.extracted += score.extracted
        self.matched += score.matched
        self.indicator_ok += score.indicator_ok
        # a gold value without an indicator says nothing about classification
        unjudged = sum(1 for w in score.wrong_indicator if w.endswith("!= None"))
        self.indicator_judged += score.matched - unjudged
        self.indicator_wrong += sum(
            1
            for w in score.wrong_indicator
            if not w.endswith("!= None") and f": {UNCLASSIFIED} != " not in w
        )
        self.traps += len(score.traps_hit)
        self.trap_gold += trap_gold
        self.field_errors += len(score.field_errors)

    @property
    def precision(self) -> float:
        return self.matched / self.extracted if self.extracted else 1.0

    @property
    def recall(self) -> float:
        return self.matched / self.gold if self.gold else 1.0

    @property
    def published_precision(self) -> float:
        return self.published_matched / self.published if self.published else 1.0

    @property
    def published_recall(self) -> float:
        return self.published_matched / self.gold if self.gold else 1.0

    def row(self, label: str) -> str:
        ind = self.indicator_ok / self.indicator_judged if self.indicator_judged else 1.0
        return (
            f"{label:14} {self.docs:4} {self.gold:5} {self.extracted:5} {self.matched:5} "
            f"{self.precision:6.3f} {self.recall:6.3f} {ind:6.3f} {self.traps:3}/{self.trap_gold:<3} {self.field_errors:6} "
            f"{self.published:5} {self.published_precision:6.3f} {self.published_recall:6.3f} "
            f"{self.pushdown:8} {self.indicator_wrong:9}"
        )

    def as_dict(self) -> dict[str, Any]:
        return {
            "docs": self.docs,
            "gold": self.gold,
            "extracted": self.extracted,
            "matched": self.matched,
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "indicator_ok": self.indicator_ok,
            "indicator_judged": self.indicator_judged,
            "traps_extracted": self.traps,
            "traps_listed": self.trap_gold,
            "field_errors": self.field_errors,
            "published": self.published,
            "published_matched": self.published_matched,
            "published_precision": round(self.published_precision, 4),
            "published_recall": round(self.published_recall, 4),
            "pushdown": self.pushdown,
            "indicator_wrong": self.indicator_wrong,
        }


def load_split(texts: Path) -> dict[str, str]:
    """Document file name -> its part (``dev`` or one of the held-out parts)."""
    data = yaml.safe_load((texts / "SPLIT.yaml").read_text(encoding="utf-8")) or {}
    parts: dict[str, str] = {}
    for part in SPLITS:
        for name in data.get(part) or []:
            if name in parts:
                raise ValueError(f"{name} is in more than one part of SPLIT.yaml")
            parts[str(name)] = part
    return parts


def country_of(name: str) -> str:
    """The ISO country code that starts every document's name (``mx_...`` -> ``MX``)."""
    return name.split("_", 1)[0].upper()


def _line_text(doc: Path, locator: str) -> str:
    """The document's text at a ``line:N ...`` entry, for reading a dev error in context."""
    head = locator.split()[0]
    if not head.startswith("line:"):
        return ""
    number = int(head.split(":")[1])
    lines = doc.read_text(encoding="utf-8").splitlines()
    return lines[number - 1].strip()[:160] if 0 < number <= len(lines) else ""


def print_details(doc: Path, score: SeedScore) -> None:
    for label, items in (
        ("miss", score.missing),
        ("false", score.spurious),
        ("trap", score.traps_hit),
        ("indicator", score.wrong_indicator),
        ("field", score.field_errors),
    ):
        for item in items:
            print(f"    {label}: {item}\n        | {_line_text(doc, item)}")


@cache
def _scratch() -> tempfile.TemporaryDirectory[str]:
    return tempfile.TemporaryDirectory(prefix="texts-")  # removed when the run ends


def _without_source_line(doc: Path) -> Path:
    """The document as an office wrote it: the corpus' first line ("# fuente: URL", where it
    was found) is blanked, keeping every other line's number, so that the address's words
    give the extractor no context a real report would not have."""
    text = doc.read_text(encoding="utf-8")
    if not text.startswith("# fuente:"):
        return doc
    copy = Path(_scratch().name) / doc.name
    copy.write_text("\n" + text.split("\n", 1)[1] if "\n" in text else "", encoding="utf-8")
    return copy


def published_score(
    observations: list[Observation], gold: dict[str, Any], min_confidence: float
) -> tuple[int, int]:
    """(published, of which gold values): the observations the publish gate lets through
    (confidence at or above ``min_confidence``), matched to the gold as ``score_seed`` does."""
    remaining: dict[tuple[int, float], int] = {}
    for g in gold.get("values") or []:
        key = (int(g["line"]), float(g["value"]))
        remaining[key] = remaining.get(key, 0) + 1
    published = matched = 0
    for o in observations:
        if o.confidence < min_confidence:
            continue
        published += 1
        key = (_line(o.source_locator) or -1, float(o.value if o.value is not None else "nan"))
        if remaining.get(key, 0) > 0:
            remaining[key] -= 1
            matched += 1
    return published, matched


# The gold's first comment line, written before any extraction, says the document's scope:
# "# Dominican Republic, national: ..." (exactly "national:", not "national and by ...")
_NATIONAL_HEADER = re.compile(r"^#\s*[^:,\n]+,\s*national:")


def is_national(gold_file: Path) -> bool:
    """Whether the gold file's first line says the document is national."""
    first = gold_file.read_text(encoding="utf-8").split("\n", 1)[0]
    return bool(_NATIONAL_HEADER.match(first))


def line_names_division(line: str, country: str, iso: str) -> bool:
    """Whether a line names the division ``iso`` of ``country`` through the project's own
    gazetteer and country data: its name or an alias, a municipality that lies in it, or its
    ``admin1.evidence`` (an office, a law, a demonym, a city) or abbreviation."""
    gaz = gazetteer()
    for cc, kind, code in infer_country([line]).places:
        if cc != country:
            continue
        if kind in {"admin1", "admin1_evidence", "abbreviation"} and code == iso:
            return True
        held = gaz.by_code.get((cc, code)) if kind == "municipality" else None
        if held is not None and held.admin1 == iso:
            return True
    for words in capitalised_runs(line):
        for start in range(len(words)):
            for end in range(len(words), start, -1):
                name = " ".join(words[start:end])
                if any(a.iso == iso for a in lookup_admin1(name, country)):
                    return True
                if any(m.admin1 == iso for m in lookup_municipality(name, country)):
                    return True
    return False


def pushdown_count(
    doc: Path, observations: list[Observation], gold: dict[str, Any], national: bool
) -> list[str]:
    """Matched values of a national document (``is_national``) that the gold gives no
    first-level division (neither its place nor the value) and that come out with one their
    own source line does not name (``line_names_division``): a national figure pushed down to
    a division, unseen by the field checks, which only judge fields the gold sets."""
    if not national:
        return []
    place = gold.get("place") or {}
    remaining: dict[tuple[int, float], list[dict[str, Any]]] = {}
    for g in gold.get("values") or []:
        remaining.setdefault((int(g["line"]), float(g["value"])), []).append(g)
    lines = doc.read_text(encoding="utf-8").splitlines()
    pushed: list[str] = []
    for o in observations:
        key = (_line(o.source_locator) or -1, float(o.value if o.value is not None else "nan"))
        bucket = remaining.get(key)
        if not bucket:
            continue
        g = bucket.pop(0)
        if g.get("admin1", place.get("admin1")) or not o.admin1:
            continue
        text = lines[key[0] - 1] if 0 < key[0] <= len(lines) else ""
        if not line_names_division(text, o.country, o.admin1):
            pushed.append(f"{o.source_locator} {o.value_raw}: admin1={o.admin1!r}")
    return pushed


def run(
    texts: Path, split: str, details: bool, min_confidence: float | None = None
) -> tuple[dict[str, Tally], dict[tuple[str, str], Tally]]:
    threshold = ReviewConfig().min_confidence if min_confidence is None else min_confidence
    parts = load_split(texts)
    by_part: dict[str, Tally] = {}
    by_country: dict[tuple[str, str], Tally] = {}
    for gold_file in sorted((texts / "gold").glob("*.yaml")):
        gold = yaml.safe_load(gold_file.read_text(encoding="utf-8"))
        name = str(gold["seed"])
        part = parts.get(name)
        if part is None:
            raise ValueError(f"{name} is in no part of SPLIT.yaml")
        if split != "all" and part != split:
            continue
        doc = texts / "docs" / name
        if not doc.is_file():
            raise FileNotFoundError(doc)
        plain = _without_source_line(doc)
        score = score_seed(plain, gold)
        observations = extract_document(plain, plain.name, IngestOptions()).observation_list()
        published = published_score(observations, gold, threshold)
        pushed = pushdown_count(plain, observations, gold, is_national(gold_file))
        traps = len(gold.get("traps") or [])
        tallies = [by_part.setdefault(part, Tally()), by_part.setdefault("all", Tally())]
        if split == "all" and part not in TUNABLE:
            tallies.append(by_part.setdefault("held-out", Tally()))
        tallies.append(by_country.setdefault((part, country_of(name)), Tally()))
        for tally in tallies:
            tally.add(score, traps, published, len(pushed))
        if details and part in TUNABLE:
            print(
                f"{name}: gold={score.gold} found={score.extracted} matched={score.matched} "
                f"traps={len(score.traps_hit)}"
            )
            print_details(doc, score)
            for item in pushed:
                print(f"    pushdown: {item}\n        | {_line_text(doc, item)}")
    return by_part, by_country


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--texts", type=Path, default=TEXTS)
    parser.add_argument("--split", choices=(*SPLITS, "all"), default="all")
    parser.add_argument(
        "--details",
        action="store_true",
        help="list each development document's misses and false values",
    )
    parser.add_argument("--json", type=Path, help="also write the scores here")
    parser.add_argument(
        "--min-confidence",
        type=float,
        help="the publish gate's threshold for the pub columns (default: review.min_confidence)",
    )
    args = parser.parse_args(argv)
    try:
        by_part, by_country = run(args.texts, args.split, args.details, args.min_confidence)
    except (OSError, ValueError) as exc:
        print(f"text corpus not usable: {exc}", file=sys.stderr)
        return 2
    print(
        f"{'part':14} {'docs':>4} {'gold':>5} {'found':>5} {'match':>5} "
        f"{'P':>6} {'R':>6} {'ind.ok':>6} traps   fields {'pub':>5} {'pubP':>6} {'pubR':>6} pushdown ind.wrong"
    )
    for part in (*SPLITS, "held-out", "all"):
        if part not in by_part or (part in ("all", "held-out") and args.split != "all"):
            continue
        print(by_part[part].row(part))
        for (p, country), tally in sorted(by_country.items()):
            if p == part:
                print(tally.row(f"  {country}"))
    if args.json:
        args.json.write_text(
            json.dumps(
                {
                    "parts": {k: v.as_dict() for k, v in by_part.items()},
                    "countries": {f"{p}/{c}": v.as_dict() for (p, c), v in by_country.items()},
                },
                indent=2,
            ),
            encoding="utf-8",
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
