"""Readers: the only code that opens raw files. Each turns one file into a Document.

Readers register themselves in :data:`REGISTRY` with :func:`reader`; lookup is by an
explicit name first, file suffix second, and an unknown name or suffix is an error that
lists the known ones.
"""

from genero_etl.readers.registry import (
    REGISTRY,
    Reader,
    ReadOptions,
    known_suffixes,
    reader,
    reader_for,
)

__all__ = ["REGISTRY", "ReadOptions", "Reader", "known_suffixes", "reader", "reader_for"]
