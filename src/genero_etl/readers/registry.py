"""A small registry of readers, filled by a decorator. No plugin magic."""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from genero_etl.errors import UnsupportedInput, UsageError
from genero_etl.model import Document

# A plain-text report of more than 20 MB is a dump, not a report; documents and
# workbooks carry images and markup, so they get more room. --max-mb overrides both.
TEXT_MAX_BYTES = 20_000_000
DOCUMENT_MAX_BYTES = 200_000_000


@dataclass(frozen=True, slots=True)
class ReadOptions:
    max_bytes: int | None = None  # None: the reader's own default
    ocr: bool = False
    # Called as (done, total) while a long document is read (PDF pages), for progress bars.
    on_progress: Callable[[int, int], None] | None = field(default=None, compare=False)

    def limit(self, default: int = DOCUMENT_MAX_BYTES) -> int:
        return self.max_bytes if self.max_bytes is not None else default


ReadFunc = Callable[[Path, str, ReadOptions], Document]


@dataclass(frozen=True, slots=True)
class Reader:
    name: str
    suffixes: tuple[str, ...]
    read: ReadFunc
    kind: str = "text"  # "text": yields a Document for text extraction


REGISTRY: dict[str, Reader] = {}

# Modules that register readers; imported on first lookup so that start-up stays fast.
_READER_MODULES = (
    "genero_etl.readers.text",
    "genero_etl.readers.word",
    "genero_etl.readers.pdf",
    "genero_etl.readers.slides",
    "genero_etl.readers.opendocument",
    "genero_etl.readers.webpage",
    "genero_etl.readers.rtf",
    "genero_etl.readers.spreadsheet",
)
_loaded = False


def reader(
    name: str, suffixes: tuple[str, ...], kind: str = "text"
) -> Callable[[ReadFunc], ReadFunc]:
    def decorate(func: ReadFunc) -> ReadFunc:
        REGISTRY[name] = Reader(name=name, suffixes=suffixes, read=func, kind=kind)
        return func

    return decorate


def _load() -> None:
    global _loaded
    if not _loaded:
        for module in _READER_MODULES:
            importlib.import_module(module)
        _loaded = True


def known_suffixes() -> list[str]:
    _load()
    return sorted({s for r in REGISTRY.values() for s in r.suffixes})


def reader_for(path: Path, name: str | None = None) -> Reader:
    _load()
    if name:
        if name not in REGISTRY:
            raise UsageError(
                "unknown-name", name=name, family="lector", known=", ".join(sorted(REGISTRY))
            )
        return REGISTRY[name]
    suffix = path.suffix.lower()
    for candidate in REGISTRY.values():
        if suffix in candidate.suffixes:
            return candidate
    raise UnsupportedInput(
        "unknown-format",
        path=str(path),
        suffix=suffix or "(sin extensión)",
        known=", ".join(known_suffixes()),
    )
