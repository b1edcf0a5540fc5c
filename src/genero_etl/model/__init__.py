"""The indicator model: plain dataclasses, no I/O, imports nothing else of genero_etl."""

from genero_etl.model.document import Document, Segment
from genero_etl.model.issues import Issue, Severity
from genero_etl.model.observation import Observation, Period, Place, SourceRecord

__all__ = [
    "Document",
    "Issue",
    "Observation",
    "Period",
    "Place",
    "Segment",
    "Severity",
    "SourceRecord",
]
