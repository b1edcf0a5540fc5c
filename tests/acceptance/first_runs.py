"""The first, untuned runs of the development parts added with their gold before any extraction.

    python tests/acceptance/first_runs.py            # record every part below again

The development parts named in ``FIRST_RUNS`` below (``dev3`` on) were each committed with
their gold before the extractor ever ran on them, then measured once with the code named below
(``texts/README.md`` gives those first figures). Their observations from that code are the only
out-of-sample errors the development parts have: the extraction of today was tuned on them.
``calibrate_texts.py`` fits the confidence on both. Recording takes each commit's ``src`` and
``schemas`` (``git archive``) into a scratch directory and extracts the part's documents with that
code, in a child process, on the document as ``run_texts.py`` reads it (the source line blanked).
The rows hold what :func:`genero_etl.normalize.observations.confidence_features` reads and what
the gold is matched on; they are written to ``texts/first_runs/<part>.jsonl``.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
TEXTS = Path(__file__).parent / "texts"
OUT = TEXTS / "first_runs"
# part -> the commit whose code first ran on it (texts/README.md, "first run")
FIRST_RUNS = {
    "dev3": "4a4f404",
    "dev4": "58b687e",
    "dev5": "0911fff",
    "dev6": "095a794",
    "dev7": "7281e39",
    "dev8": "075d76d",
    "dev9": "c86e878",
    "dev10": "6c92d75",
    "dev11": "468c90e",
    "dev12": "e603bca",
    "dev13": "a6af506",
    "dev14": "1ef5c1e",
    "dev15": "0367139",
    "dev16": "fa4dd82",
    "dev17": "c0e064d",
    "dev18": "aade1b3",
    "dev19": "352a044",
    "dev20": "047f211",
    "dev21": "b0c51b2",
    "dev22": "8be3ea9",
    "dev23": "7c56ab9",
    "dev24": "40aa27a",
    "dev25": "3c226a7",
    "dev26": "0eeb4b9",
    "dev27": "ca91768",
    "dev28": "fbbb7b1",
    "dev29": "ce56f19",
    "dev30": "b481415",
    "dev31": "d5ce0b9",
    "dev32": "43250fd",
    "dev33": "a2b24fa",
    "dev34": "8b06b71",
    "dev35": "012f84c",
    "dev36": "ad62f3c",
    "dev37": "248559a",
    "dev38": "1d93000",
    "dev39": "f593ebc",
    "dev40": "90d5ed5",
    "dev41": "172f5cf",
    "dev42": "6b7db3f",
    "dev43": "463a5e7",
    "dev44": "1d831b2",
    "dev45": "f484086",
    "dev46": "09d87d7",
    "dev47": "76fb328",
    "dev48": "1987067",
    "dev49": "c270002",
    "dev50": "70bdf29",
    "dev52": "9a43133",
    "dev51": "7c89b62",
    "dev53": "04c58e0",
    "dev54": "fd53579",
    "dev55": "68050c1",
    "dev56": "b1588f5",
    "dev57": "1729843",
    "dev60": "37e147f",
    "dev59": "1bcc920",
    "dev58": "d02d42c",
    "dev62": "a1d9ff3",
    "dev63": "6e29c1f",
    "dev61": "e04fb996",
    "dev64": "9de5064",
    "dev66": "8265b70",
    "dev67": "30016f3",
    "dev65": "f9290ff",
    "dev68": "2eae3b1",
    "dev69": "ef35a031",
    "dev70": "95559a4",
    "dev71": "720e927",
    "dev72": "9ea5119",
    "dev73": "3b8bd94",
    "dev74": "18f8011",
    "dev75": "c9a374f",
    "dev76": "0168d71",
    "dev77": "549158b",
    "dev78": "032a3941",
    "dev79": "31dbedb",
    "dev80": "644d96ad",
    "dev81": "90fa3fda",
    "dev82": "d6f01a4",
    "dev83": "faae377",
    "dev84": "f1939cb",
    "dev85": "c67818f6",
    "dev86": "1c63dd6a",
    "dev87": "8f63ab5c",
    "dev88": "64088263",
    "dev89": "d2242475",
    "dev90": "e8a49419",
    "dev91": "82b2c73e",
    "dev92": "101f0532",
    "dev93": "bd59df10",
    "dev94": "2bbaedcf",
    "dev95": "c690b29b",
    "dev96": "48483d01",
    "dev97": "96f1f438",
    "dev98": "b158f938",
    "dev99": "9c300ecf",
    "dev100": "2f3df46d",
    "dev101": "74dceb78",
    "dev102": "74e01568",
    "dev103": "6b6d6b09",
    "dev104": "b736e7a5",
    "dev105": "7b483479",
    "dev106": "0afa4701",
    "dev107": "ea33d152",
}
FIELDS = (
    "extraction_method", "quality_flags", "indicator_label", "value_raw", "unit", "value_kind",
    "approximate", "lower_bound", "parent_observation_id", "value", "breakdown_value",
    "indicator_id", "source_locator", "confidence", "source_text",
)  # fmt: skip

_CHILD = """
import json, sys, tempfile
from pathlib import Path
import yaml
from genero_etl.pipeline import IngestOptions, extract_document
texts, part, fields = Path(sys.argv[1]), sys.argv[2], sys.argv[3].split(",")
names = set(yaml.safe_load((texts / "SPLIT.yaml").read_text(encoding="utf-8"))[part])
scratch = Path(tempfile.mkdtemp())
for gold in sorted((texts / "gold").glob("*.yaml")):
    name = str(yaml.safe_load(gold.read_text(encoding="utf-8"))["seed"])
    if name not in names:
        continue
    text = (texts / "docs" / name).read_text(encoding="utf-8")
    if text.startswith("# fuente:"):
        text = "\\n" + text.split("\\n", 1)[1]
    doc = scratch / name
    doc.write_text(text, encoding="utf-8")
    for o in extract_document(doc, doc.name, IngestOptions()).observation_list():
        row = {f: getattr(o, f) for f in fields}
        row["quality_flags"] = list(row["quality_flags"] or [])
        print(json.dumps({"doc": name, **row}, ensure_ascii=False, default=str))
"""


def record(part: str, commit: str) -> Path:
    with tempfile.TemporaryDirectory(prefix="first-run-") as scratch:
        archive = subprocess.run(
            ["git", "-C", str(ROOT), "archive", commit, "src", "schemas"],
            check=True,
            capture_output=True,
        ).stdout
        with tarfile.open(fileobj=__import__("io").BytesIO(archive)) as tar:
            tar.extractall(scratch, filter="data")
        env = {**os.environ, "PYTHONPATH": str(Path(scratch) / "src")}
        out = subprocess.run(
            [sys.executable, "-c", _CHILD, str(TEXTS), part, ",".join(FIELDS)],
            check=True,
            capture_output=True,
            text=True,
            env=env,
            cwd=scratch,
        ).stdout
    path = OUT / f"{part}.jsonl"
    path.write_text(out, encoding="utf-8")
    return path


def load(part: str) -> list[dict[str, object]]:
    path = OUT / f"{part}.jsonl"
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


def main() -> int:
    for part, commit in FIRST_RUNS.items():
        path = record(part, commit)
        print(f"{part} at {commit}: {len(load(part))} observations -> {path.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
