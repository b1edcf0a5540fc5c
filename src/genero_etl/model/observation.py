"""One row per value: the observation, its place, its period and its source."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field, fields
from typing import Any


@dataclass(frozen=True, slots=True)
class Place:
    country: str = ""  # ISO 3166-1 alpha-2
    admin1: str = ""  # ISO 3166-2
    admin1_name: str = ""
    municipality: str = ""
    municipality_code: str = ""  # INEGI / INDEC / CUT, as text
    method: str = ""  # metadata | cli | inferred | ""

    def merged(self, other: Place) -> Place:
        """Fields set in ``other`` win; the rest are kept."""
        values = {f.name: getattr(other, f.name) or getattr(self, f.name) for f in fields(Place)}
        return Place(**values)


@dataclass(frozen=True, slots=True)
class Period:
    start: str = ""  # ISO date
    end: str = ""
    label: str = ""  # as written in the source

    @property
    def known(self) -> bool:
        return bool(self.start and self.end)


OBSERVATION_COLUMNS: tuple[str, ...] = (
    "observation_id",
    "indicator_id",
    "indicator_label",
    "theme",
    "value",
    "value_text",
    "value_raw",
    "unit",
    "value_kind",
    "approximate",
    "lower_bound",
    "country",
    "admin1",
    "municipality",
    "municipality_code",
    "office",
    "period_start",
    "period_end",
    "period_label",
    "breakdown_dimension",
    "breakdown_value",
    "parent_observation_id",
    "other_total_observation_id",
    "activity",
    "source_file",
    "source_sha256",
    "source_locator",
    "source_text",
    "extraction_method",
    "confidence",
    "quality_flags",
)


@dataclass(slots=True)
class Observation:
    observation_id: str
    indicator_id: str
    indicator_label: str
    theme: str
    value: float | None
    unit: str
    value_kind: str
    source_file: str
    source_sha256: str
    source_locator: str
    source_text: str
    extraction_method: str
    confidence: float
    value_text: str = ""
    value_raw: str = ""
    approximate: bool = False
    lower_bound: bool = False
    country: str = ""
    admin1: str = ""
    municipality: str = ""
    municipality_code: str = ""
    office: str = ""
    period_start: str = ""
    period_end: str = ""
    period_label: str = ""
    breakdown_dimension: str = "_T"
    breakdown_value: str = "_T"
    parent_observation_id: str = ""
    other_total_observation_id: str = ""  # a crosstab cell's second total (row or column)
    activity: str = ""
    quality_flags: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        return {name: data[name] for name in OBSERVATION_COLUMNS}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Observation:
        return cls(**{name: data[name] for name in OBSERVATION_COLUMNS if name in data})


@dataclass(slots=True)
class SourceRecord:
    """One ingested file, as published in the ``sources`` table."""

    source_file: str
    source_sha256: str
    bytes: int
    format: str
    encoding: str
    place: Place
    period: Period
    office: str
    observations: int
    reader: str
    ingested_with: str

    def to_dict(self) -> dict[str, Any]:
        return {
            "source_file": self.source_file,
            "source_sha256": self.source_sha256,
            "bytes": self.bytes,
            "format": self.format,
            "encoding": self.encoding,
            "country": self.place.country,
            "admin1": self.place.admin1,
            "municipality": self.place.municipality,
            "municipality_code": self.place.municipality_code,
            "place_method": self.place.method,
            "office": self.office,
            "period_start": self.period.start,
            "period_end": self.period.end,
            "period_label": self.period.label,
            "observations": self.observations,
            "reader": self.reader,
            "ingested_with": self.ingested_with,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> SourceRecord:
        return cls(
            source_file=data["source_file"],
            source_sha256=data["source_sha256"],
            bytes=data["bytes"],
            format=data["format"],
            encoding=data["encoding"],
            place=Place(
                country=data["country"],
                admin1=data["admin1"],
                municipality=data["municipality"],
                municipality_code=data["municipality_code"],
                method=data["place_method"],
            ),
            period=Period(data["period_start"], data["period_end"], data["period_label"]),
            office=data["office"],
            observations=data["observations"],
            reader=data["reader"],
            ingested_with=data["ingested_with"],
        )
