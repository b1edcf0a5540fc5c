"""The observations CSV in pieces a portal accepts, listed in the data package instead of it.

CKAN, the portal software of most Latin-American open-data sites, refuses an upload above
``ckan.max_resource_size``, 10 MB by default (CKAN's ``config_declaration.yaml``: "The
maximum in megabytes a resources upload can be"; CKAN multiplies it by 1024²). A version
whose ``data/observations.csv`` is larger than ``piece_limit()`` (that default, or
``GENERO_ETL_CSV_PIECE_MB``; 0 never splits) is also written as pieces
``data/observations-csv/observations-00001.csv``, ...: each the header and the exact bytes of
a run of whole records, in table order, at most the limit (a single record larger than it
makes a piece of its own). ``datapackage.json`` then lists one CSV resource per piece, with
the table's schema, in place of the whole CSV; the portals (CKAN, DCAT) list what the
package lists. The whole CSV stays in the version folder, unlisted, for the tools that read
a version as one table (the publish gate, CHANGES.md and README.md, ``genero-etl diff``).
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO

from genero_etl.publish.csvtable import PIECES_DIR as PIECES_DIR
from genero_etl.publish.csvtable import WHOLE as WHOLE
from genero_etl.publish.csvtable import JoinedCsv, open_bytes, size_of, source
from genero_etl.publish.csvtable import declared as _declared
from genero_etl.publish.csvtable import table_csv as table_csv
from genero_etl.publish.pieces import record_end_blocks

if TYPE_CHECKING:
    pass

PIECE_MB = 10  # CKAN's default ckan.max_resource_size
PIECE_ENV = "GENERO_ETL_CSV_PIECE_MB"  # overrides PIECE_MB (0: never split)
_COPY = 16 * 1024**2


def piece_limit() -> int:
    """The largest CSV listed as one resource, in bytes (0: no limit)."""
    configured = os.environ.get(PIECE_ENV, "").strip()
    try:
        megabytes = float(configured) if configured else float(PIECE_MB)
    except ValueError:
        megabytes = float(PIECE_MB)
    return max(0, int(megabytes * 1024**2))


def cuts(path: Path | JoinedCsv, limit: int) -> list[tuple[int, int]]:
    """Byte ranges ``(start, end)`` of whole records, each with the header at most
    ``limit`` bytes (or one record); empty when the file is within the limit. The file is
    read block by block: memory holds one block's record ends, whatever its size."""
    import numpy as np

    if not limit or size_of(path) <= limit:
        return []
    ranges: list[tuple[int, int]] = []
    header = start = -1
    best = -1  # the last record end seen within the limit of the piece being made
    for ends, _ in record_end_blocks(path, _COPY):
        if header < 0:
            if not len(ends):
                continue
            header = start = int(ends[0])
            ends = ends[1:]
        budget = start + limit - header
        while len(ends):
            at = int(np.searchsorted(ends, budget, side="right"))
            if at == len(ends):  # every end of the block fits: read on
                best = int(ends[-1])
                break
            end = int(ends[at - 1]) if at else (best if best > start else int(ends[0]))
            ranges.append((start, end))
            start, best = end, -1
            budget = start + limit - header
            ends = ends[ends > start]
    if best > start:
        ranges.append((start, best))
    return ranges


def split(
    folder: Path,
    limit: int | None = None,
    previous: Path | None = None,
    copied: list[tuple[int, int, int]] | None = None,
) -> dict[str, tuple[int, str]]:
    """Write the pieces of ``folder/data/observations.csv`` when it is above ``limit``
    (default ``piece_limit()``); their ``rel -> (bytes, sha256)``, empty when not split.

    A piece with the bytes of the same piece of the ``previous`` version (as its
    ``datapackage.json`` declares it, the file still of that size) is hard-linked from it
    (copied where links fail) instead of written (not with ``GENERO_ETL_PARTITION_REUSE=0``).
    ``copied`` says which bytes of this CSV are the previous one's (``(start, previous
    start, length)``, from ``publish.csvcopy``): a piece cut there as the previous version
    cut it is known to be that piece, neither read nor hashed (``_Known``)."""
    import hashlib

    from genero_etl.publish.build import Kept, place
    from genero_etl.publish.reuse import enabled

    whole = source(folder / WHOLE)  # the file, or the rows written and the bytes kept joined
    limit = piece_limit() if limit is None else limit
    before = _declared(previous) if previous is not None and enabled() else {}
    known = _Known.of(whole, previous, before, copied, limit) if copied else None
    ranges = known.cuts() if known is not None else cuts(whole, limit)
    if not ranges:
        return {}
    written: dict[str, tuple[int, str]] = {}
    target = folder / PIECES_DIR
    target.mkdir(parents=True, exist_ok=True)
    with open_bytes(whole) as reading:
        header = reading.read(ranges[0][0])
        for number, (start, end) in enumerate(ranges, start=1):
            rel = f"{PIECES_DIR}/observations-{number:05d}.csv"
            size = len(header) + end - start
            same = known.found.get((start, end)) if known is not None else None
            if same is not None and previous is not None:  # the bytes of a previous piece
                old_size, old_sha = before[same[0]]
                place(Kept(previous / same[0], old_size, old_sha), folder / rel)
                written[rel] = (old_size, old_sha)
                continue
            old = before.get(rel)
            if old is not None and previous is not None and old[0] == size:
                digest = hashlib.sha256(header)
                for block in _blocks(reading, start, end):
                    digest.update(block)
                if digest.hexdigest() == old[1]:
                    place(Kept(previous / rel, size, old[1]), folder / rel)
                    written[rel] = (size, old[1])
                    continue
            digest = hashlib.sha256(header)  # hashed as written, not read back
            with open(folder / rel, "wb") as out:
                out.write(header)
                for block in _blocks(reading, start, end):
                    out.write(block)
                    digest.update(block)
            written[rel] = (size, digest.hexdigest())
    return written


class _Known:
    """The cuts of a CSV whose byte ranges ``copied`` are the previous version's CSV's.

    Cutting is greedy from the header's end: each piece ends at the last record end within
    the limit (or at the first, for a record alone above it). Where a piece would start at
    the previous version's bytes, exactly where a previous piece started, and those bytes
    run past the previous piece's end and past the limit (or to the end of both files), the
    record ends it sees are the previous piece's, so it ends where that piece ended and holds
    its bytes (the headers being equal). Elsewhere the records are read from the file, one
    piece at a time; the cuts are those of ``cuts``."""

    def __init__(
        self,
        whole: Path | JoinedCsv,
        copied: list[tuple[int, int, int]],
        starts: dict[int, tuple[int, str]],
        header: int,
        limit: int,
        sizes: tuple[int, int],
    ) -> None:
        self.whole = whole
        self.copied = copied  # (start, previous start, length), in order
        self.starts = starts  # previous piece start -> (its end, its rel)
        self.header = header
        self.limit = limit
        self.size, self.previous_size = sizes
        self.found: dict[tuple[int, int], tuple[str, int]] = {}  # range -> (previous rel, end)

    @classmethod
    def of(
        cls,
        whole: Path | JoinedCsv,
        previous: Path | None,
        declared: dict[str, tuple[int, str]],
        copied: list[tuple[int, int, int]],
        limit: int,
    ) -> _Known | None:
        if previous is None or not declared or not limit:
            return None
        old = table_csv(previous)
        if old is None:
            return None
        pieces = sorted(declared.items(), key=lambda item: (len(item[0]), item[0]))
        spans = _ranges(old, [v for _, v in pieces])
        try:
            with open_bytes(whole) as new_file, open_bytes(old) as old_file:
                new_head, old_head = new_file.read(1 << 20), old_file.read(1 << 20)
            sizes = (size_of(whole), size_of(old))
        except OSError:
            return None
        if spans is None or not spans:
            return None
        header = spans[0][0]
        if new_head[:header] != old_head[:header]:  # another header: no piece is the same
            return None
        starts = {s: (e, rel) for (rel, _), (s, e) in zip(pieces, spans, strict=True)}
        return cls(whole, copied, starts, header, limit, sizes)

    def cuts(self) -> list[tuple[int, int]]:
        """The pieces' byte ranges, as ``cuts`` gives them."""
        import bisect

        if self.size <= self.limit:
            return []
        budget = self.limit - self.header
        firsts = [c[0] for c in self.copied]
        ranges: list[tuple[int, int]] = []
        start = self.header
        while start < self.size:
            end = None
            at = bisect.bisect_right(firsts, start) - 1
            if at >= 0:
                new, old, length = self.copied[at]
                if start < new + length:
                    old_start = old + start - new
                    piece = self.starts.get(old_start)
                    if piece is not None:
                        old_end, rel = piece
                        run = old + length - old_start  # bytes the same from here
                        to_ends = new + length == self.size and old + length == self.previous_size
                        if old_end - old_start <= run and (run > budget or to_ends):
                            end = start + old_end - old_start
                            self.found[start, end] = (rel, old_end)
            if end is None:
                end = self._cut(start, budget)
            ranges.append((start, end))
            start = end
        return ranges

    def _cut(self, start: int, budget: int) -> int:
        """The end of the piece starting at ``start``, read from the file."""
        best = -1
        for ends, _ in record_end_blocks(self.whole, min(_COPY, budget + 1), start):
            within = ends[ends - start <= budget]
            if len(within):
                best = int(within[-1])
            if len(within) < len(ends):  # an end past the limit: the piece ends before it
                return best if best > start else int(ends[0])
        return best


def _blocks(source: BinaryIO, start: int, end: int) -> Iterator[bytes]:
    source.seek(start)
    left = end - start
    while left > 0:
        block = source.read(min(_COPY, left))
        if not block:
            return
        yield block
        left -= len(block)


def declared_pieces(version: Path) -> list[tuple[int, str]]:
    """The CSV pieces a version declares, in order: ``(bytes, sha256)`` each."""
    found = _declared(version)
    return [found[rel] for rel in sorted(found, key=lambda r: (len(r), r))]


def unchanged_ranges(
    previous: Path, folder: Path, files: dict[str, tuple[int, str]]
) -> tuple[list[tuple[int, int]], list[tuple[int, int]]] | None:
    """The byte ranges of rows, in each whole observations CSV, that are not in a piece
    whose bytes (header included) equal a piece of the other version: ``(previous version's,
    this one's)``, in file order; None when either version has no pieces or its pieces do
    not add up to its whole CSV (then nothing can be skipped).

    The rows of two equal pieces are the same rows, cell for cell, under the same header:
    where ids are unique in both versions (a version that passed the gate's primary key), a
    comparison of the versions need read only the ranges returned (``review.diff``)."""

    def in_order(item: tuple[str, tuple[int, str]]) -> tuple[int, str]:
        return len(item[0]), item[0]  # observations-99999.csv before observations-100000.csv

    old_pieces = sorted(_declared(previous).items(), key=in_order)
    new_pieces = sorted(
        ((rel, v) for rel, v in files.items() if rel.startswith(PIECES_DIR + "/")), key=in_order
    )
    if not old_pieces or not new_pieces:
        return None
    old_table, new_table = table_csv(previous), table_csv(folder)
    if old_table is None or new_table is None:
        return None
    old_ranges = _ranges(old_table, [v for _, v in old_pieces])
    new_ranges = _ranges(new_table, [v for _, v in new_pieces])
    if old_ranges is None or new_ranges is None:
        return None
    left: dict[str, int] = {}
    for _, (_, sha) in old_pieces:
        left[sha] = left.get(sha, 0) + 1
    new_read: list[tuple[int, int]] = []
    matched: dict[str, int] = {}
    for (_, (_, sha)), span in zip(new_pieces, new_ranges, strict=True):
        if left.get(sha, 0) > 0:  # one old piece for one new piece
            left[sha] -= 1
            matched[sha] = matched.get(sha, 0) + 1
        else:
            new_read.append(span)
    old_read: list[tuple[int, int]] = []
    for (_, (_, sha)), span in zip(old_pieces, old_ranges, strict=True):
        if matched.get(sha, 0) > 0:
            matched[sha] -= 1
        else:
            old_read.append(span)
    return _joined(old_read), _joined(new_read)


def piece_spans(
    whole: Path | JoinedCsv, pieces: list[tuple[int, str]]
) -> list[tuple[int, int]] | None:
    """Each piece's records as a byte range of the whole CSV (``pieces``: their sizes and
    hashes, in order), or None when the sizes do not add up to the whole file."""
    return _ranges(whole, pieces)


def _ranges(whole: Path | JoinedCsv, pieces: list[tuple[int, str]]) -> list[tuple[int, int]] | None:
    """Each piece's rows as a byte range of the whole CSV (a piece is the header and a run
    of its records, in order), or None when the sizes do not add up to the whole file."""
    try:
        size = size_of(whole)
        header = next(iter(record_end_blocks(whole, 1 << 20)))[0]
    except (OSError, StopIteration):
        return None
    if not len(header):
        return None
    start = int(header[0])
    spans: list[tuple[int, int]] = []
    for piece_size, _ in pieces:
        end = start + piece_size - int(header[0])
        if end <= start:
            return None
        spans.append((start, end))
        start = end
    return spans if start == size else None


def _joined(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Adjacent ranges as one."""
    joined: list[tuple[int, int]] = []
    for start, end in spans:
        if joined and joined[-1][1] == start:
            joined[-1] = (joined[-1][0], end)
        else:
            joined.append((start, end))
    return joined


def piece_resources(
    resources: list[dict[str, Any]], files: dict[str, tuple[int, str]]
) -> list[dict[str, Any]]:
    """The package's resources with the whole observations CSV replaced by its pieces (when
    ``files`` has pieces): the same schema, dialect and encoding, each piece's own path,
    bytes and hash, named ``observations-00001``, ..."""
    pieces = sorted(rel for rel in files if rel.startswith(PIECES_DIR + "/"))
    if not pieces:
        return resources
    result: list[dict[str, Any]] = []
    for resource in resources:
        if resource.get("path") != WHOLE:
            result.append(resource)
            continue
        for number, rel in enumerate(pieces, start=1):
            size, sha = files[rel]
            title = str(resource.get("title") or "observations")
            result.append(
                {
                    **resource,
                    "name": Path(rel).stem,
                    "path": rel,
                    "title": f"{title} ({number}/{len(pieces)})",
                    "bytes": size,
                    "hash": f"sha256:{sha}",
                }
            )
    return result
