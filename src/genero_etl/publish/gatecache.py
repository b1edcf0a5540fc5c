"""The gate's reports of pieces, kept between publishes: a piece whose bytes have not changed
is not validated again.

A piece's report is a function of what its `validate` run reads: the bytes of every file put
in the run's scratch package (the piece with its header, and the tables checked with it), the
run's resources as described (schemas, dialects, declared hashes), where the piece starts in
the whole file (rows and lines are numbered from there), and the code and knowledge doing the
checking (every file of the installed package, the shipped schemas and rules, and the
workspace's ``schemas/``). The sha256 of all of these names the report in
``.genero-etl/cache/gate/<sha256>.json``; the report is stored with the scratch folder's path
replaced by a placeholder and said with the version's path when used, so a stored and a
fresh report read the same. A file that cannot be read back as a report (cut short, edited,
of another shape) is ignored and the piece validated again. Files are written atomically
(a temporary file renamed), and after a gate the reports it did not use are removed, so the
folder holds one version's pieces.

A piece is checked apart from where it stands (``validate.read.RawTable.relative``): its rows
and lines counted from the piece, and each row a rule's message names written as a mark (a row
of the piece, or the n-th key the rows before it hold), so its report does not depend on where
the piece starts or on where the earlier keys were first seen, and a piece whose bytes have
not changed keeps its report when rows before it are added or removed. ``placed`` numbers the
report as in the whole file (rows, lines, the rows ``unique-error`` names, the marks) when it
is used, fresh or stored. A piece whose bytes hold a NUL character (which a mark begins with)
is checked where it stands, as before, and its report is not stored.

``GENERO_ETL_GATE_CACHE=0`` turns the cache off.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import math
import operator
import os
import tempfile
from collections.abc import Iterable
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from genero_etl.publish.csvtable import JoinedCsv
    from genero_etl.publish.pieces import Piece
    from genero_etl.validate.report import Report

CACHE_ENV = "GENERO_ETL_GATE_CACHE"
PLACEHOLDER = "\x00scratch\x00"  # where the scratch folder's path was
_FORMAT = 4  # the stored shape; a change of it makes older files unreadable, so ignored


def enabled() -> bool:
    return os.environ.get(CACHE_ENV, "").strip() not in ("0", "no", "false", "off")


def folder(ws_root: Path) -> Path:
    return ws_root / ".genero-etl" / "cache" / "gate"


def _digest_files(paths: Iterable[Path], digest: Any, root: Path) -> None:
    for path in sorted(paths):
        if path.is_file() and "__pycache__" not in path.parts:
            digest.update(f"{path.relative_to(root).as_posix()}\0".encode())
            digest.update(file_sha256(path).encode() + b"\0")


@cache
def _code_sha256(package: Path, schemas: Path) -> str:
    digest = hashlib.sha256()
    for root in (package, schemas):
        digest.update(f"{root.name}\0".encode())
        _digest_files(root.rglob("*"), digest, root)
    return digest.hexdigest()


def environment(ws_root: Path) -> str:
    """The sha256 of the checking code and knowledge, and of the workspace's schemas."""
    import genero_etl
    from genero_etl.resources import default_schemas_dir

    digest = hashlib.sha256(
        _code_sha256(Path(genero_etl.__file__).parent, default_schemas_dir()).encode()
    )
    schemas = ws_root / "schemas"
    if schemas.is_dir():
        _digest_files(schemas.rglob("*"), digest, schemas)
    return digest.hexdigest()


def file_sha256(path: Path | JoinedCsv) -> str:
    """The sha256 of a file's bytes."""
    digest = hashlib.sha256()
    _update(digest, path, 0, None)
    return digest.hexdigest()


def _update(digest: Any, path: Path | JoinedCsv, start: int, end: int | None) -> None:
    """Add a file's bytes from ``start`` to ``end`` (None: its end) to ``digest``."""
    from genero_etl.publish.csvtable import open_bytes

    with open_bytes(path) as handle:
        handle.seek(start)
        left = None if end is None else end - start
        while left is None or left > 0:
            block = handle.read(1 << 24 if left is None else min(left, 1 << 24))
            if not block:
                break
            digest.update(block)
            if left is not None:
                left -= len(block)


def key(environment: str, resources: list[Any], contents: dict[str, str], where: Any) -> str:
    """The name of a run's report: what the run reads (``contents``: each scratch file's
    relative path and the sha256 of its bytes) and where its piece starts."""
    text = json.dumps(
        [_FORMAT, environment, resources, sorted(contents.items()), where],
        sort_keys=True,
        ensure_ascii=False,
    )
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def dump(report: Report) -> str | None:
    """The report as JSON text, or None when JSON would not give it back as it is."""
    return dumped(report)[0]


def dumped(report: Report) -> tuple[str | None, bool]:
    """The report as JSON text (None when JSON would not give it back as it is), and whether
    every value in it is ``_plain`` (then reading the text gives back the report's very
    values and types, dictionaries in key order: ``said_in`` can stand for ``load``).

    Each file's findings are written by one ``json.dumps`` of their list (the same text as
    one finding at a time, joined by ", "): a finding of plain values (``_plain_finding``)
    is not read back; a list holding another is written and checked one finding at a time,
    as before. Memory holds the report, its findings as dictionaries and the text."""
    from genero_etl.validate.report import Finding

    parts = ['{"files": [']
    plain = True
    names = [f.name for f in dataclasses.fields(Finding)]
    for number, file_report in enumerate(report.files):
        head = {f.name: getattr(file_report, f.name) for f in dataclasses.fields(file_report)}
        head.pop("findings")
        text = _same_back(head)
        if text is None:
            return None, False
        plain = plain and _plain(head)
        parts.append((", " if number else "") + text[:-1] + ', "findings": ')
        # its fields as they are (``asdict`` copies each value, deeply)
        fields = operator.attrgetter(*names)
        rows = [dict(zip(names, fields(finding), strict=True)) for finding in file_report.findings]
        if all(_plain_finding(row) for row in rows):
            try:
                text = json.dumps(rows, ensure_ascii=False, sort_keys=True, allow_nan=False)
            except (TypeError, ValueError):
                return None, False
        else:  # what JSON would not give back stops here
            plain = False
            texts = [_same_back(row) for row in rows]
            if any(t is None for t in texts):
                return None, False
            text = "[" + ", ".join(t for t in texts if t is not None) + "]"
        del rows
        parts.append(text + "}")
    seconds = _same_back({"seconds": report.seconds})
    if seconds is None:
        return None, False
    parts.append("], " + seconds[1:])
    return "".join(parts), plain and _plain(report.seconds)


def _plain_finding(row: dict[str, Any]) -> bool:
    """``_plain`` for a finding's fields, the common case (scalars, and parameters that are
    text or numbers) checked without a call per value."""
    for value in row.values():
        kind = type(value)
        if kind in _SCALARS:
            continue
        if kind is dict:
            for key, item in value.items():
                if type(key) is not str or (type(item) not in _SCALARS and not _plain(item)):
                    return False
            continue
        if not _plain(value):
            return False
    return True


_SCALARS = frozenset((str, int, bool, type(None)))  # JSON gives each back as it was (types)


def _plain(value: Any) -> bool:
    """Whether JSON gives ``value`` back equal and of the same types: text, whole numbers,
    booleans, None, finite floats, and lists and dictionaries (text keys) of those."""
    kind = type(value)
    if kind in _SCALARS:
        return True
    if kind is float:
        return math.isfinite(value)
    if kind is dict:
        return all(type(k) is str and _plain(v) for k, v in value.items())
    if kind is list:
        return all(_plain(v) for v in value)
    return False


def _same_back(data: dict[str, Any]) -> str | None:
    """``data`` as JSON text, or None when reading it back gives something else (read back
    only when it holds values other than ``_plain`` ones: a finding of text and numbers, as
    most are, is written once and not parsed again)."""
    try:
        text = json.dumps(data, ensure_ascii=False, sort_keys=True, allow_nan=False)
        return text if _plain(data) or json.loads(text) == data else None
    except (TypeError, ValueError):
        return None


def load(text: str) -> Report:
    from genero_etl.validate.report import FileReport, Finding, Report

    data = json.loads(text)
    files = [
        FileReport(**{**f, "findings": [Finding(**x) for x in f["findings"]]})
        for f in data["files"]
    ]
    return Report(files=files, seconds=float(data["seconds"]))


def _texts_of(source: Any, field: str) -> Any:
    """One column of a CSV as text ('' for an empty cell)."""
    import pyarrow as pa
    import pyarrow.csv as pacsv

    convert = pacsv.ConvertOptions(
        column_types={field: pa.string()},
        include_columns=[field],
        strings_can_be_null=False,
        quoted_strings_can_be_null=False,
    )
    read = pacsv.ReadOptions(use_threads=False)
    return pacsv.read_csv(source, read_options=read, convert_options=convert).column(field)


def _texts(path: Path, field: str) -> list[str]:
    return [str(v) for v in _texts_of(str(path), field).to_pylist()]


def _inside(value: str) -> str:
    """A text as ``dump`` writes it inside a JSON string (not ASCII-escaped)."""
    return json.dumps(value, ensure_ascii=False)[1:-1]


def said(text: str, scratch: str, shown: str) -> str:
    """``text`` (a report as JSON) with one path replaced by another, inside its strings."""
    return text.replace(_inside(scratch), _inside(shown))


def said_in(report: Report, scratch: str, shown: str) -> Report:
    """The report ``load`` gives from ``said(said(text, scratch, PLACEHOLDER), PLACEHOLDER,
    shown)``, ``text`` its ``dumped`` form of plain values only, made from the report itself
    (changed in place) rather than parsed: each text with ``scratch`` said as ``shown``
    (through the placeholder, as stored), each dictionary in key order."""

    def swap(value: Any) -> Any:
        kind = type(value)
        if kind is str:
            if scratch in value or PLACEHOLDER in value:
                return value.replace(scratch, PLACEHOLDER).replace(PLACEHOLDER, shown)
            return value
        if kind is dict:
            return {swap(k): swap(v) for k, v in sorted(value.items())}
        if kind is list:
            return [swap(v) for v in value]
        return value

    from genero_etl.validate.report import FileReport, Finding

    # every field, as ``dumped`` writes every field (numbers and None come back as they are)
    heads = [f.name for f in dataclasses.fields(FileReport) if f.name != "findings"]
    names = [f.name for f in dataclasses.fields(Finding)]
    for file_report in report.files:
        for name in heads:
            setattr(file_report, name, swap(getattr(file_report, name)))
        for finding in file_report.findings:  # ``swap`` inlined for its text and scalars
            for name in names:
                value = getattr(finding, name)
                kind = type(value)
                if kind is str:
                    if scratch in value or PLACEHOLDER in value:
                        setattr(finding, name, swap(value))
                elif kind is dict or kind is list:
                    setattr(finding, name, swap(value))
    report.seconds = float(report.seconds)
    return report


_MARK = None


def _marks() -> Any:
    global _MARK
    if _MARK is None:
        import re

        _MARK = re.compile("\x00([re])([0-9]+)\x01([^\x00]*)\x00")
    return _MARK


def placed(
    report: Report, resource: str, first_row: int, first_line: int, earlier: list[int]
) -> Report:
    """A piece's report checked apart from where it stands (``RawTable.relative``), numbered
    as in the whole file, in place: the piece's first row is row ``first_row`` and starts on
    line ``first_line``, and the n-th key the rows before it hold (``Piece.earlier``) was first
    seen on row ``earlier[n]``. Only the findings of the piece's table move; a finding of a
    file's encoding (its line in the piece, as a piece checked where it stands says it too)
    and one of no row stay as they are."""
    rows = first_row - 2
    lines = first_line - 2
    mark = _marks()

    def number(found: Any) -> str:
        n = int(found.group(2))
        value = n + rows if found.group(1) == "r" else earlier[n]
        return format(value, found.group(3))

    def swap(value: Any) -> Any:
        kind = type(value)
        if kind is str:
            return mark.sub(number, value) if "\x00" in value else value
        if kind is dict:
            return {k: swap(v) for k, v in value.items()}
        if kind is list:
            return [swap(v) for v in value]
        return value

    for file_report in report.files:
        if file_report.resource != resource:
            continue
        for finding in file_report.findings:
            if finding.row is not None and finding.type != "encoding-error":
                finding.row += rows
                if finding.line is not None:
                    finding.line += lines
                if finding.type == "unique-error" and type(finding.params.get("other_row")) is int:
                    finding.params["other_row"] += rows
            params = finding.params
            for name, value in params.items():
                if type(value) is str:
                    if "\x00" in value:
                        params[name] = mark.sub(number, value)
                elif type(value) is not int:
                    params[name] = swap(value)
    return report


def _head_of(file_report: Any) -> dict[str, Any]:
    """A table's report without its findings, their number by code and severity instead."""
    from collections import Counter

    findings = file_report.findings
    tally = Counter((f.code, f.severity) for f in findings)
    return {
        "file": file_report.file,
        "resource": file_report.resource,
        "schema": file_report.schema,
        "rows": file_report.rows,
        "checks": list(file_report.checks),
        "tally": [[code, severity, n] for (code, severity), n in sorted(tally.items())],
        "rowless": sum(1 for f in findings if f.row is None),
    }


def _head_entry(entry: Any) -> bool:
    """Whether a stored table's head has the shape ``_head_of`` writes."""
    if not isinstance(entry, dict):
        return False
    texts = all(type(entry.get(k)) is str for k in ("file", "resource", "schema"))
    numbers = type(entry.get("rows")) is int and type(entry.get("rowless")) is int
    checks = isinstance(entry.get("checks"), list) and all(type(c) is str for c in entry["checks"])
    tally = isinstance(entry.get("tally"), list) and all(
        isinstance(t, list)
        and len(t) == 3
        and type(t[0]) is str
        and type(t[1]) is str
        and type(t[2]) is int
        for t in entry["tally"]
    )
    return texts and numbers and checks and tally


def traces(text: str, path: str) -> bool:
    """Whether ``text`` (a report as JSON) still says ``path`` somewhere."""
    return _inside(path) in text


class Cache:
    """The gate's stored reports for one publish; ``used`` names those read or written."""

    def __init__(self, ws_root: Path) -> None:
        self.folder = folder(ws_root)
        self.on = enabled()
        self.environment = environment(ws_root) if self.on else ""
        self.used: set[str] = set()
        self.hits = 0
        self.misses = 0
        self._files: dict[Path | JoinedCsv, str] = {}
        self._columns: dict[tuple[Path, str], set[str]] = {}
        # known of a piece without reading it again (``pieces.Memo``), or read once
        self.pieces: dict[tuple[Path | JoinedCsv, int, int], str] = {}
        self.distinct: dict[tuple[Path | JoinedCsv, int, int, str], list[str]] = {}

    def file_sha256(self, path: Path | JoinedCsv) -> str:
        """A whole file's sha256, read once per publish (a table checked with every piece)."""
        if path not in self._files:
            self._files[path] = file_sha256(path)
        return self._files[path]

    def held(self, path: Path | JoinedCsv, piece: Piece, field: str, table: Path, key: str) -> str:
        """Which of a piece's values of ``field`` the ``key`` column of ``table`` holds (text
        as written), as a sha256: all a one-field foreign key between text fields reads."""
        import io

        import pyarrow.compute as pc

        if (table, key) not in self._columns:
            self._columns[table, key] = set(_texts(table, key))
        distinct = self.distinct.get((path, piece.start, piece.end, field))
        if distinct is None:
            from genero_etl.publish.csvtable import open_bytes

            with open_bytes(path) as handle:
                data = handle.read(piece.header_end)
                handle.seek(piece.start)
                data += handle.read(piece.end - piece.start)
            distinct = [str(v) for v in pc.unique(_texts_of(io.BytesIO(data), field)).to_pylist()]
            del data
            self.distinct[path, piece.start, piece.end, field] = distinct
        present = sorted(v for v in distinct if v in self._columns[table, key])
        digest = hashlib.sha256(f"{len(distinct)}\0".encode())
        for value in present:
            digest.update(value.encode("utf-8") + b"\0")
        return "held:" + digest.hexdigest()

    def piece_sha256(self, path: Path | JoinedCsv, piece: Piece) -> str:
        """The sha256 of what a piece's scratch file holds: the header, then its rows."""
        known = self.pieces.get((path, piece.start, piece.end))
        if known is None:
            digest = hashlib.sha256()
            _update(digest, path, 0, piece.header_end)
            _update(digest, path, piece.start, piece.end)
            known = self.pieces[path, piece.start, piece.end] = digest.hexdigest()
        return known

    def get(self, name: str) -> str | None:
        """The stored report's text (placeholders in it), or None. Whether the text reads
        as a report is for the caller to find (``load``), once."""
        if not self.on:
            return None
        try:
            text = self._stored(name)
        except (OSError, ValueError, TypeError, KeyError, AttributeError):
            self.misses += 1
            return None
        self.used.add(name)
        self.hits += 1
        return text

    def head(self, name: str, shown: str) -> dict[str, Any] | None:
        """What the stored report's first line says: ``seconds``, and ``files``, of each of
        its tables its file, resource, schema, rows, checks, ``tally`` ([code, severity,
        count] of its findings) and ``rowless`` (how many have no row), its paths said with
        ``shown``, without reading the findings; None when that line is not there or the
        file's size is not the one it declares."""
        if not self.on:
            return None
        try:
            with open(self.folder / f"{name}.json", "rb") as handle:
                line = handle.readline()
                size = os.fstat(handle.fileno()).st_size
            head = json.loads(said(line.decode("utf-8"), PLACEHOLDER, shown))
            files = head.get("files")
            if head.get("key") != name or not isinstance(files, list) or not files:
                return None
            if type(head.get("bytes")) is not int or head["bytes"] != size - len(line):
                return None  # cut short or written otherwise
            if type(head.get("seconds")) not in (int, float):
                return None
            for entry in files:
                if not _head_entry(entry):
                    return None
        except (OSError, ValueError, TypeError, KeyError, AttributeError):
            return None
        self.used.add(name)
        self.hits += 1
        found: dict[str, Any] = head
        return found

    def text(self, name: str) -> str:
        """A stored report's text (placeholders in it), which ``head`` said was there: its
        findings read when they are shown. Raises ``RuntimeError`` when it is no longer
        readable (removed or changed since)."""
        try:
            text = self._stored(name)
        except (OSError, ValueError, TypeError, KeyError, AttributeError) as error:
            raise RuntimeError(
                f"the gate's stored report {name} changed while in use; publish again "
                f"with {CACHE_ENV}=0"
            ) from error
        return text

    def _stored(self, name: str) -> str:
        """A stored report's text after its first line, which must name it; raises
        ``OSError`` or ``ValueError`` when it is not there or names another."""
        stored = (self.folder / f"{name}.json").read_text(encoding="utf-8")
        line, _, text = stored.partition("\n")
        del stored
        if json.loads(line).get("key") != name or not text:
            raise ValueError(name)
        return text

    def unreadable(self, name: str) -> None:
        """A stored report ``get`` gave that does not read as a report: counted as missed."""
        self.used.discard(name)
        self.hits -= 1
        self.misses += 1

    def put(self, name: str, text: str, report: Report | None = None, scratch: str = "") -> None:
        """Store a report's text: a first line naming it (with ``report``, the report the
        text holds, what ``head`` reads: its tables and their findings' counts, the path
        ``scratch`` said as the placeholder), then the text as it is (not quoted inside
        another JSON text: no second copy of it is made)."""
        if not self.on:
            return
        self.used.add(name)
        data = text.encode("utf-8")
        first: dict[str, Any] = {"key": name}
        if report is not None:
            first["files"] = [_head_of(f) for f in report.files]
            first["seconds"] = report.seconds
            first["bytes"] = len(data)
        line = json.dumps(first, ensure_ascii=False, sort_keys=True)
        if scratch:
            line = said(line, scratch, PLACEHOLDER)
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            handle, temporary = tempfile.mkstemp(prefix=".tmp.", dir=self.folder)
            with os.fdopen(handle, "wb") as out:
                out.write(line.encode("utf-8") + b"\n")
                out.write(data)
            del data
            os.replace(temporary, self.folder / f"{name}.json")
        except OSError:
            return  # a cache that cannot be written only costs time

    def prune(self) -> None:
        """Remove the stored reports this publish did not use (and stray temporary files)."""
        if not self.on or not self.folder.is_dir():
            return
        for path in self.folder.iterdir():
            if path.name.startswith(".tmp.") or (
                path.suffix == ".json" and path.stem not in self.used
            ):
                path.unlink(missing_ok=True)
