"""The one pass over the staged rows (``publish.scans``): the coverage, each partition's files
and flagged ids, the withheld values and the decisions found, as the three passes it
replaces gave them, and kept per staged file: publishing again reads the changed file only."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from genero_etl.knowledge import Knowledge
from genero_etl.pipeline import IngestOptions, ingest_paths
from genero_etl.publish import gates, reuse, scans
from genero_etl.publish.build import PARTITION_ENV, build, observations_coverage
from genero_etl.publish.package import publish
from genero_etl.review.decisions import Decision, save_decisions
from genero_etl.stage import read_staged_for_publish
from genero_etl.workspace import Workspace

from .files import folder_bytes

CONFIDENCE = 0.9  # above some of the sample reports' values: some are withheld


def _configure(ws: Path) -> None:
    (ws / "genero-etl.yaml").write_text(
        f"review:\n  min_confidence: {CONFIDENCE}\n", encoding="utf-8"
    )


def _three_passes(ws: Workspace) -> tuple[object, dict[str, object], list[dict], set[str]]:
    """What the passes before ``scans`` found: ``build``'s coverage, ``reuse``'s membership
    and the gate's scan (every file read, no store)."""
    staged = read_staged_for_publish(ws)
    built = build(staged, Knowledge.of(ws.schemas))
    stream = built.tables["observations"]
    counts = [int(s.count) for s in staged if s.count]
    membership = reuse._membership(stream, counts)
    gate = gates.Gate(False, CONFIDENCE)
    found = gates._scan(stream.columns(gates._SCANNED), gates._decisions(ws), gate)
    return built.coverage, membership, gate.withheld, found


def _one_pass(ws: Workspace) -> scans.Scans:
    staged = read_staged_for_publish(ws)
    built = build(staged, Knowledge.of(ws.schemas), covered=False)
    decisions = gates._decisions(ws)
    result = scans.scan(ws, built.tables["observations"], CONFIDENCE, decisions, gates._stored(ws))
    assert result is not None
    assert result.coverage() == observations_coverage(built)
    return result


def _change_juarez(root: Path) -> None:
    path = root / "raw" / "mx_juarez_avgm_2022.md"
    text = path.read_text(encoding="utf-8")
    assert "impactaron 18" in text
    path.write_text(text.replace("impactaron 18", "impactaron 19"), encoding="utf-8")
    assert all(f.ok for f in ingest_paths([root / "raw"], Workspace(root), IngestOptions()).files)


def test_one_pass_finds_what_the_three_passes_found_and_keeps_it_per_file(
    staged_ws: Path,
) -> None:
    _configure(staged_ws)
    ws = Workspace(staged_ws)
    withheld_id = None
    coverage, membership, withheld, found = _three_passes(ws)
    assert withheld and not found  # some values below 0.9, no decision yet
    withheld_id = withheld[0]["observation_id"]
    save_decisions(ws, {withheld_id: Decision(withheld_id, "accept")})
    coverage, membership, withheld, found = _three_passes(ws)
    assert found == {withheld_id}
    assert coverage.countries == ("AR", "CL", "MX") and coverage.start and coverage.end

    first = _one_pass(ws)
    assert (first.read, first.reused) == (4, 0)  # the four reports, read once
    assert first.coverage() == coverage
    assert first.partitions() == membership
    assert first.withheld() == withheld
    assert withheld_id not in [w["observation_id"] for w in first.withheld()]
    assert set(first.decided()) == found

    again = _one_pass(ws)  # nothing changed: nothing read
    assert (again.read, again.reused) == (0, 4)
    assert again.entries == first.entries and again.withheld() == withheld

    _change_juarez(staged_ws)
    coverage, membership, withheld, found = _three_passes(ws)
    changed = _one_pass(ws)
    assert (changed.read, changed.reused) == (1, 3)  # the changed report alone
    assert changed.coverage() == coverage
    assert changed.partitions() == membership
    assert changed.withheld() == withheld and set(changed.decided()) == found
    juarez = [w for w in changed.withheld() if w["source_file"].endswith("mx_juarez_avgm_2022.md")]
    assert juarez  # the changed report has values withheld: found from its new rows
    assert juarez == [w for w in withheld if w["source_file"].endswith("mx_juarez_avgm_2022.md")]


def test_a_changed_setting_or_decision_reads_every_file_again(staged_ws: Path) -> None:
    _configure(staged_ws)
    ws = Workspace(staged_ws)
    first = _one_pass(ws)
    assert first.read == 4 and first.withheld()
    oid = first.withheld()[-1]["observation_id"]
    save_decisions(ws, {oid: Decision(oid, "reject")})
    decided = _one_pass(ws)
    assert (decided.read, decided.reused) == (4, 0)
    assert decided.decided() == [oid]
    assert oid not in [w["observation_id"] for w in decided.withheld()]
    # a store cut short is not read: every file read again, the same results
    path = scans.store_path(staged_ws)
    path.write_bytes(path.read_bytes()[:100])
    damaged = _one_pass(ws)
    assert damaged.read == 4 and damaged.entries == decided.entries
    stored = json.loads(path.read_text(encoding="utf-8"))
    assert len(stored["files"]) == 4


def test_publish_again_with_the_kept_scans_equals_a_publish_without(
    staged_ws: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv(PARTITION_ENV, "1")  # partitioned: the partitions' files matter
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    _configure(staged_ws)
    ws = Workspace(staged_ws)
    publish(ws)
    _change_juarez(staged_ws)
    scratch = tmp_path / "scratch"
    shutil.copytree(staged_ws, scratch)
    scans.store_path(scratch).unlink()
    read: list[int] = []
    real = scans._read

    def counted(stream, chosen, *args):  # type: ignore[no-untyped-def]
        read.append(len(chosen))
        return real(stream, chosen, *args)

    monkeypatch.setattr(scans, "_read", counted)
    again = publish(ws)
    plain = publish(Workspace(scratch))
    assert read == [1, 4]  # publishing again read the changed report; without a store, all
    assert again.gate.withheld == plain.gate.withheld and again.gate.withheld
    ours, theirs = folder_bytes(again.path), folder_bytes(plain.path)
    assert list(ours) == list(theirs)
    for rel, data in theirs.items():
        assert ours[rel] == data, rel


def test_flagged_duplicates_are_placed_in_their_partitions(staged_ws: Path) -> None:
    """A report copied with one line more: its values are duplicates of the original's
    (another source sha256), flagged, and each flagged id is found in its partition."""
    original = staged_ws / "raw" / "mx_jocotepec_poa_2024.txt"
    text = original.read_text(encoding="utf-8")
    (staged_ws / "raw" / "mx_jocotepec_copia_2024.txt").write_text(text + "\n", "utf-8")
    ws = Workspace(staged_ws)
    assert all(f.ok for f in ingest_paths([ws.raw], ws, IngestOptions()).files)
    staged = read_staged_for_publish(ws)
    built = build(staged, Knowledge.of(ws.schemas))
    stream = built.tables["observations"]
    assert stream.flagged is not None and len(stream.flagged) >= 2
    counts = [int(s.count) for s in staged if s.count]
    membership = reuse._membership(stream, counts)
    flagged = {oid for _, ids in membership.values() for oid in ids}
    assert flagged == set(stream.flagged.to_pylist())
    result = scans.scan(ws, stream, CONFIDENCE, {}, b"")
    assert result is not None and result.read == 5
    assert result.partitions() == membership
    assert {oid for ids in result.flagged.values() for oid in ids} == flagged
