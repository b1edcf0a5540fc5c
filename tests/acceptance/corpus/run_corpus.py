"""Corpus acceptance: real tables from several countries, ingested and published as a user would.

    python tests/acceptance/corpus/run_corpus.py --corpus ../shared/corpus --gold tests/acceptance/corpus

For each ``<file>.yaml`` gold file whose input exists, the file is copied into a fresh
workspace, ingested and published with the command-line tool, and the published
``observations.csv`` is compared with the gold:

- ``expected``: observations a careful person would publish (value plus, where given,
  indicator, country, place, period and breakdown); ``sum: true`` items compare the sum
  of the matching published values (totals linked to their parts are not counted twice);
- ``forbidden``: numbers that must never be a published value (years, ages, codes, ids);
- ``forbidden_sheets``: sheets from which nothing may be published;
- ``sidecar``: what the user declares in ``<file>.meta.yaml`` when the file says nothing
  (its country, for a table of codes with no words);
- ``schemas``: files the user adds to the workspace's ``schemas/`` folder, read from the
  gold's own folder (a country the project does not ship: ``countries/br.yaml``, as
  docs/countries.md tells a user to);
- ``codebook``: rows ``[column, code, label]`` the user copies from the publisher's codebook:
  written as ``<file>.codebook.csv`` beside the inputs' folder and named by
  ``<file>.map.yaml`` (``codebook:``);
- ``personal``: strings (and the dd/mm/yyyy dates of a register) that must appear in no
  published file;
- ``rows``: the number of observations a careful person would publish.

Reported per file: expected matched, forbidden values published, personal data found,
published rows / expected rows. The run exits 1 only when a forbidden value or personal
data is published (or a file fails to ingest); the rest is reported.

A held-out set whose leak was measured and not yet fixed says so in ``known_leaks.yml`` beside
its gold (``forbidden``, ``personal``: the totals published, and why): the run prints the leak
on every run and exits 1 only when either total grows past it, so that the set is measured on
every run and a worse leak still stops it. No set should keep one: it is removed with the fix.
"""

from __future__ import annotations

import argparse
import csv
import os
import re
import shutil
import subprocess
import sys
import tempfile
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

DATE_DMY = re.compile(r"\b\d{1,2}/\d{1,2}/(?:19|20)\d{2}\b")
ADMIN1_CODE = re.compile(r"^[A-Z]{2}-[A-Z0-9]{1,3}$")  # ISO 3166-2: "EC-P", "CR-SJ"


def fold(text: Any) -> str:
    s = unicodedata.normalize("NFKD", str(text)).encode("ascii", "ignore").decode().lower()
    return " ".join(s.split())


@dataclass
class FileScore:
    name: str
    expected: int = 0
    matched: int = 0
    forbidden: list[str] = field(default_factory=list)
    personal: list[str] = field(default_factory=list)
    published: int = 0
    rows_expected: int = 0
    missing: list[str] = field(default_factory=list)
    error: str = ""  # ingest failed: the run fails
    refused: str = ""  # publish's gate refused invalid data: reported, nothing was published
    held: int = 0  # values a reviewer must confirm (confidence below the default threshold)
    seconds: float = 0.0

    @property
    def ratio(self) -> float:
        return self.published / self.rows_expected if self.rows_expected else float("nan")


def _sex_words() -> dict[str, str]:
    """The sexes' words (folded) -> the sex each is published as, from the shipped
    ``schemas/tabular/roles.yaml`` ``sex_words`` (words only: a letter is no sex alone)."""
    roles = Path(__file__).resolve().parents[3] / "schemas" / "tabular" / "roles.yaml"
    data = yaml.safe_load(roles.read_text(encoding="utf-8")) or {}
    beside = set(data.get("sex_beside") or [])
    return {
        fold(w): str(sex)
        for sex, forms in (data.get("sex_words") or {}).items()
        if sex not in beside
        for w in forms or []
        if len(fold(w)) > 1
    }


SEXES = _sex_words()


def fold_sex(text: str) -> str:
    """A breakdown's piece compared as the sex it names: a gold written in a file's words
    ("Mujer", "femenino") and one in the words tables publish ("mujeres") ask for one sex."""
    return SEXES.get(text, text)


def _period_bounds(period: str) -> tuple[str, str]:
    """'2017' -> whole year; '2017-03' -> month; '2017-Q2'; 'A/B' -> from A's start to B's end."""
    if "/" in period:
        a, b = period.split("/", 1)
        return _period_bounds(a)[0], _period_bounds(b)[1]
    m = re.fullmatch(r"(\d{4})-Q([1-4])", period)
    if m:
        y, q = int(m.group(1)), int(m.group(2))
        return f"{y}-{3 * q - 2:02d}-01", _month_end(y, 3 * q)
    m = re.fullmatch(r"(\d{4})-(\d{2})", period)
    if m:
        y, mo = int(m.group(1)), int(m.group(2))
        return f"{y}-{mo:02d}-01", _month_end(y, mo)
    if re.fullmatch(r"\d{4}", period):
        return f"{period}-01-01", f"{period}-12-31"
    return period, period


def _month_end(year: int, month: int) -> str:
    import calendar

    return f"{year}-{month:02d}-{calendar.monthrange(year, month)[1]:02d}"


NOT_SUMMED = {"rate"}  # the kind of value a sum of counts leaves out (averages may add up)


def _matches(row: dict[str, str], item: dict[str, Any], *, within: bool) -> bool:
    """Does a published row carry the attributes an expected item names?"""
    if "country" in item and row.get("country", "") != item["country"]:
        return False
    if "period" in item:
        period = str(item["period"])
        start, end = row.get("period_start", ""), row.get("period_end", "")
        if period in {"", "unknown"}:
            if start:
                return False
        else:
            lo, hi = _period_bounds(period)
            if within:
                if not start or start < lo or end > hi:
                    return False
            elif (start, end) != (lo, hi):
                return False
    if "place" in item:
        wanted = item["place"]
        options = wanted if isinstance(wanted, list) else [wanted]
        here = [row.get(k, "") for k in ("admin1", "municipality_code", "municipality")]
        folded = {fold(h) for h in here if h}
        if "lugar" in row.get("breakdown_dimension", ""):  # a place no gazetteer knows, by name
            folded |= {p.strip() for p in fold(row.get("breakdown_value", "")).split("|")}
        if "national" in options:
            if row.get("admin1") or row.get("municipality") or row.get("municipality_code"):
                return False
        elif not any(fold(o) in folded for o in options):
            return False
        elif (codes := {str(o) for o in options if ADMIN1_CODE.match(str(o))}) and row.get(
            "admin1"
        ) not in codes | {""}:
            # an item naming a division by its code and its name ([EC-P, Pichincha]) is that
            # division: a row of another one matches by no homonym (Manabí's canton Pichincha)
            return False
    if "breakdown" in item:
        wanted = item["breakdown"]
        options = wanted if isinstance(wanted, list) else [wanted]
        value = fold(row.get("breakdown_value", ""))
        pieces = [p.strip() for p in value.split("|")]
        if row.get("breakdown_dimension", "").startswith(
            "lugar"
        ):  # a place by name, not a breakdown
            pieces = pieces[1:]
            value = " | ".join(pieces) or "_t"
        parts = set(pieces)
        # a piece under a sex dimension is compared as the sex it names ("mujer" asks for
        # "mujeres"); a gender identity ("genero": "FEMENINO") or any other dimension's piece
        # only as written
        names = row.get("breakdown_dimension", "").split("+")[-len(pieces) :]
        sexes = {
            fold_sex(p)
            for n, p in zip(names, pieces, strict=False)
            if len(names) == len(pieces) and n.startswith("sexo")
        }
        for o in options:
            if o == "_T":
                if value != "_t":
                    return False
            elif fold(o) not in parts and fold_sex(fold(o)) not in sexes:
                return False
    if "indicator" in item:
        wanted = item["indicator"]
        options = wanted if isinstance(wanted, list) else [wanted]
        label = fold(row.get("indicator_label", "")) + " " + fold(row.get("indicator_id", ""))
        if not any(fold(o) in label for o in options):
            return False
    return "unit" not in item or row.get("unit", "") == item["unit"]


def _value(row: dict[str, str]) -> float | None:
    try:
        return float(row["value"]) if row.get("value") not in (None, "") else None
    except ValueError:
        return None


def _close(a: float, b: float) -> bool:
    return abs(a - b) <= max(0.011, 1e-6 * abs(b))


def score_rows(rows: list[dict[str, str]], gold: dict[str, Any], score: FileScore) -> None:
    links = ("parent_observation_id", "other_total_observation_id")  # a crosstab cell has two
    parents = {r.get(k, "") for r in rows for k in links} - {""}
    expected = list(gold.get("expected") or [])
    score.expected = len(expected)
    for item in expected:
        target = float(item["value"])
        if item.get("sum"):
            # a sum adds counts: a rate beside them (the same offence per 100,000
            # inhabitants) is never added to them, unless the item names its unit
            chosen = [
                r
                for r in rows
                if _matches(r, item, within=True)
                and ("unit" in item or r.get("value_kind", "") not in NOT_SUMMED)
            ]
            ids = {r["observation_id"] for r in chosen}
            leaves = [
                r
                for r in chosen
                if not (r["observation_id"] in parents and _has_child_in(r, chosen, ids))
            ]
            total = sum(v for r in leaves if (v := _value(r)) is not None)
            ok = _close(total, target)
            shown = f"sum {total:g}"
        else:
            ok = any(
                (v := _value(r)) is not None
                and _close(v, target)
                and _matches(r, item, within=False)
                for r in rows
            )
            shown = "absent"
        if ok:
            score.matched += 1
        else:
            score.missing.append(f"{_describe(item)} -> {shown}")
    forbidden = {float(v) for v in gold.get("forbidden") or []}
    for r in rows:
        v = _value(r)
        if v is not None and any(_close(v, f) for f in forbidden):
            score.forbidden.append(
                f"{r.get('source_locator')} {r.get('value')} ({r.get('indicator_id')})"
            )
    for sheet in gold.get("forbidden_sheets") or []:
        for r in rows:
            if r.get("source_locator", "").startswith(f"{sheet}!"):
                score.forbidden.append(
                    f"{r.get('source_locator')} {r.get('value')} (sheet {sheet})"
                )


def _has_child_in(row: dict[str, str], chosen: list[dict[str, str]], ids: set[str]) -> bool:
    oid = row["observation_id"]
    return (
        any(
            oid in (c.get("parent_observation_id"), c.get("other_total_observation_id"))
            for c in chosen
        )
        and oid in ids
    )


def _describe(item: dict[str, Any]) -> str:
    keys = ("value", "indicator", "place", "period", "breakdown")
    return ", ".join(f"{k}={item[k]}" for k in keys if k in item) + (
        " (sum)" if item.get("sum") else ""
    )


def scan_personal(folder: Path, gold: dict[str, Any], score: FileScore) -> None:
    strings = [str(s) for s in gold.get("personal") or []]
    dates = bool(gold.get("register"))
    for path in sorted(folder.rglob("*")):
        if not path.is_file() or path.suffix not in {".csv", ".json"}:
            continue
        text = path.read_text(encoding="utf-8", errors="replace")
        for s in strings:
            if s in text:
                score.personal.append(f"{path.name}: {s!r}")
        if dates:
            for m in DATE_DMY.finditer(text):
                score.personal.append(f"{path.name}: date {m.group(0)}")
                break


HELD_BELOW = 0.6  # publish's default review.min_confidence


def published_rows(published: Path) -> list[dict[str, str]]:
    """The observations of the last version published, as rows: its whole CSV, or its 10 MB
    pieces read as one table when it is held as pieces (a table past the piece limit)."""
    import io

    from genero_etl.publish.csvtable import table_csv

    versions = (
        sorted(p.parent for p in published.rglob("datapackage.json")) if published.exists() else []
    )
    table = table_csv(versions[-1]) if versions else None
    if table is None:
        return []
    raw = table.open("rb") if isinstance(table, Path) else table.open()
    with io.TextIOWrapper(raw, encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def run_file(
    source: Path, gold: dict[str, Any], python: str, gold_dir: Path | None = None
) -> FileScore:
    import time

    score = FileScore(source.name, rows_expected=int(gold.get("rows") or 0))
    started = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="corpus-") as tmp:
        ws = Path(tmp)
        (ws / "raw").mkdir()
        shutil.copy(source, ws / "raw" / source.name)
        if gold.get("sidecar"):  # what the user declares once, when the file itself says nothing
            sidecar = ws / "raw" / f"{source.name}.meta.yaml"
            sidecar.write_text(yaml.safe_dump(gold["sidecar"]), encoding="utf-8")
        for name in gold.get("schemas") or []:  # what the user adds to the workspace
            target = ws / "schemas" / name
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy((gold_dir or Path(".")) / "schemas" / name, target)
        if gold.get("codebook"):  # the codes' labels, copied by the user from the codebook
            # beside the folder of inputs, not in it: it is not a file to ingest
            with (ws / f"{source.name}.codebook.csv").open("w", newline="") as out:
                csv.writer(out).writerows([["column", "code", "label"], *gold["codebook"]])
            (ws / "raw" / f"{source.name}.map.yaml").write_text(
                f"version: 1\ncodebook: ../{source.name}.codebook.csv\n", encoding="utf-8"
            )
        # The reviewer accepts everything the tool found (threshold 0), so what is scored is
        # what the tool extracted; how much of it a person must confirm at the default
        # threshold is reported as `held`.
        (ws / "genero-etl.yaml").write_text("review:\n  min_confidence: 0.0\n", encoding="utf-8")
        env = dict(os.environ)
        for cmd in (["ingest"], ["publish"]):
            done = subprocess.run(
                [python, "-m", "genero_etl", *cmd, "--workspace", str(ws), "--format", "json"],
                capture_output=True,
                text=True,
                env=env,
                check=False,
            )
            if cmd == ["publish"] and done.returncode == 1:  # the gate caught invalid values
                score.refused = done.stderr.strip()[-300:]
                break
            if done.returncode not in (0, 5):
                score.error = f"{cmd[0]} exit {done.returncode}: {done.stderr.strip()[-300:]}"
                break
        published = ws / "published"
        rows = published_rows(published)
        score.published = len(rows)
        score.held = sum(1 for r in rows if float(r.get("confidence") or 0) < HELD_BELOW)
        score_rows(rows, gold, score)
        if published.exists():
            scan_personal(published, gold, score)
    score.seconds = time.monotonic() - started
    return score


def report(scores: list[FileScore]) -> str:
    lines = [
        "| file | matched | forbidden | personal | published/expected rows | held for review | s |",
        "|---|---|---|---|---|---|---|",
    ]
    for s in scores:
        matched = f"{s.matched}/{s.expected}" + (
            f" ({100 * s.matched / s.expected:.0f} %)" if s.expected else ""
        )
        ratio = (
            f"{s.published}/{s.rows_expected} = {s.ratio:.2f}"
            if s.rows_expected
            else f"{s.published}/-"
        )
        name = s.name + (f" ERROR {s.error}" if s.error else "")
        name += f" REFUSED BY THE PUBLISH GATE: {s.refused}" if s.refused else ""
        lines.append(
            f"| {name} | {matched} | {len(s.forbidden)} | {len(s.personal)} | {ratio} "
            f"| {s.held} | {s.seconds:.0f} |"
        )
    total_e = sum(s.expected for s in scores)
    total_m = sum(s.matched for s in scores)
    lines.append(
        f"| **all** | {total_m}/{total_e} ({100 * total_m / max(total_e, 1):.0f} %) | "
        f"{sum(len(s.forbidden) for s in scores)} | {sum(len(s.personal) for s in scores)} | | "
        f"{sum(s.held for s in scores)} | |"
    )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    here = Path(__file__).resolve().parent
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=here.parents[2].parent / "shared" / "corpus")
    parser.add_argument("--gold", type=Path, default=here)
    parser.add_argument("--only", default="", help="run only files whose name contains this")
    parser.add_argument(
        "-v", "--verbose", action="store_true", help="list what is missing or forbidden"
    )
    args = parser.parse_args(argv)
    scores: list[FileScore] = []
    for gold_path in sorted(args.gold.glob("*.yaml")):
        gold = yaml.safe_load(gold_path.read_text(encoding="utf-8")) or {}
        source = args.corpus / str(gold.get("file", gold_path.stem))
        if args.only and args.only not in source.name:
            continue
        if not source.exists():
            print(f"skipped (not found): {source}", file=sys.stderr)
            continue
        score = run_file(source, gold, sys.executable, args.gold)
        scores.append(score)
        print(
            f"{score.name}: {score.matched}/{score.expected} matched, {len(score.forbidden)} forbidden, "
            f"{len(score.personal)} personal, rows {score.published}/{score.rows_expected}",
            file=sys.stderr,
        )
        if args.verbose:
            for m in score.missing:
                print(f"    missing: {m}", file=sys.stderr)
            for f in score.forbidden[:20]:
                print(f"    FORBIDDEN: {f}", file=sys.stderr)
            for p in score.personal[:20]:
                print(f"    PERSONAL: {p}", file=sys.stderr)
    print(report(scores))
    forbidden = sum(len(s.forbidden) for s in scores)
    personal = sum(len(s.personal) for s in scores)
    known = known_leaks(args.gold)
    if known and (forbidden or personal):
        print(
            f"KNOWN LEAK, NOT FIXED: {forbidden} forbidden values and {personal} personal data "
            f"published (recorded in {args.gold.name}/known_leaks.yml: {known['forbidden']} and "
            f"{known['personal']}; the run fails if either grows)",
            file=sys.stderr,
        )
    failed = leaks_fail(forbidden, personal, known) or any(s.error for s in scores)
    return 1 if failed else 0


def known_leaks(gold: Path) -> dict[str, int]:
    """A set's measured, unfixed leak (``known_leaks.yml``), or {} when it has none."""
    path = gold / "known_leaks.yml"
    if not path.exists():
        return {}
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    return {"forbidden": int(data.get("forbidden", 0)), "personal": int(data.get("personal", 0))}


def leaks_fail(forbidden: int, personal: int, known: dict[str, int]) -> bool:
    """Whether a run's leak fails it: any leak, or, for a set with a known leak, more of
    either kind than it records."""
    return forbidden > known.get("forbidden", 0) or personal > known.get("personal", 0)


if __name__ == "__main__":
    sys.exit(main())
