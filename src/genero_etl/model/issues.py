"""Errors as data: every problem found in an input is an Issue, never an exception."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"
    INFO = "info"


@dataclass(frozen=True, slots=True)
class Issue:
    """A located problem, with its message in Spanish and English.

    ``code`` is stable (documented in the README); messages are rendered once,
    when the issue is created, so staged and published files carry both.
    """

    code: str
    severity: Severity
    message_es: str
    message_en: str
    source_file: str = ""
    source_locator: str = ""
    observation_ids: tuple[str, ...] = field(default_factory=tuple)

    def message(self, lang: str = "es") -> str:
        return self.message_en if lang == "en" else self.message_es

    def to_dict(self) -> dict[str, Any]:
        # the fields in order, as ``dataclasses.asdict`` gives them (without its deep copy:
        # a staged issue is made a row again for every publish)
        return {
            "code": self.code,
            "severity": str(self.severity),
            "message_es": self.message_es,
            "message_en": self.message_en,
            "source_file": self.source_file,
            "source_locator": self.source_locator,
            "observation_ids": list(self.observation_ids),
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Issue:
        return cls(
            code=data["code"],
            severity=Severity(data["severity"]),
            message_es=data["message_es"],
            message_en=data["message_en"],
            source_file=data.get("source_file", ""),
            source_locator=data.get("source_locator", ""),
            observation_ids=tuple(data.get("observation_ids", ())),
        )
