"""The workspace: where raw reports, schema overrides, staged data and published packages live.

<workspace>/
  raw/                  the reports (never modified)
  schemas/              optional overrides of the shipped schemas and codebook
  genero-etl.yaml       optional dataset metadata (name, title, publisher, licence)
  .genero-etl/staging/  what `ingest` found, one JSON file per report
  published/<dataset>/<version>/   what `publish` wrote
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from genero_etl.errors import UsageError

CONFIG_NAME = "genero-etl.yaml"
DATASET_NAME = re.compile(r"^[a-z0-9_-]{2,100}$")


@dataclass(slots=True)
class DatasetConfig:
    name: str = "indicadores-genero"
    title: str = "Indicadores de las oficinas municipales de género"
    description: str = (
        "Valores de indicadores (capacitaciones, atenciones, femicidios, presupuesto, avance de la "
        "alerta de género, ...) extraídos de los informes que publican las oficinas municipales de "
        "género, con su lugar, periodo y la oración de la que salió cada valor."
    )
    publisher: str = ""
    contact_email: str = ""
    license_name: str = "CC-BY-4.0"
    license_title: str = "Creative Commons Attribution 4.0"
    license_path: str = "https://creativecommons.org/licenses/by/4.0/"
    keywords: list[str] = field(
        default_factory=lambda: ["género", "violencia de género", "igualdad", "municipios"]
    )
    periodicity: str = "R/P1Y"
    homepage: str = ""
    base_url: str = ""  # where the portal will serve published/ (absolute download URLs)
    owner_org: str = ""  # CKAN organisation
    maintainer: str = ""  # defaults to the publisher
    maintainer_email: str = ""  # defaults to contact_email
    super_themes: list[str] = field(default_factory=lambda: ["SOCI", "JUST"])  # DCAT-AR

    @classmethod
    def from_dict(cls, data: dict[str, Any], where: str = "dataset") -> DatasetConfig:
        check_keys(data, set(cls.__dataclass_fields__), where)
        return cls(**data)


@dataclass(slots=True)
class PortalConfig:
    """The ``ckan:`` section: where to push. The token is better left to CKAN_API_TOKEN."""

    url: str = ""
    api_token: str = ""

    @classmethod
    def from_dict(cls, data: dict[str, Any], where: str = "ckan") -> PortalConfig:
        check_keys(data, set(cls.__dataclass_fields__), where)
        return cls(**{k: str(v) for k, v in data.items()})


@dataclass(frozen=True, slots=True)
class ReviewConfig:
    """``review:``: what publish withholds until a person has looked at it."""

    min_confidence: float = 0.75  # ambiguous numbers, unlabelled and unclassified values fall below


# The sections of genero-etl.yaml and the settings each one holds.
SECTIONS: dict[str, Any] = {"dataset": DatasetConfig, "ckan": PortalConfig, "review": ReviewConfig}


def check_keys(data: dict[str, Any], known: set[str], where: str) -> None:
    """An unknown key is a typo until proven otherwise: name it and the closest known key."""
    import difflib

    for key in data:
        if key in known:
            continue
        name = f"{where}.{key}" if where else str(key)
        close = difflib.get_close_matches(str(key), sorted(known), n=1, cutoff=0.6)
        if close:
            suggestion = f"{where}.{close[0]}" if where else close[0]
            raise UsageError(
                "config-unknown-key-close", path=CONFIG_NAME, key=name, suggestion=suggestion
            )
        raise UsageError(
            "config-unknown-key", path=CONFIG_NAME, key=name, known=", ".join(sorted(known))
        )


@dataclass(frozen=True, slots=True)
class Workspace:
    root: Path

    @property
    def raw(self) -> Path:
        return self.root / "raw"

    @property
    def schemas(self) -> Path:
        return self.root / "schemas"

    @property
    def published(self) -> Path:
        return self.root / "published"

    @property
    def staging(self) -> Path:
        return self.root / ".genero-etl" / "staging"

    def display(self, path: Path) -> str:
        """A path as users should see it: relative to the workspace when inside it."""
        try:
            return path.resolve().relative_to(self.root.resolve()).as_posix()
        except ValueError:
            return str(path)

    def config_data(self) -> dict[str, Any]:
        """``genero-etl.yaml`` as a mapping of sections ({} when absent); unknown keys fail."""
        path = self.root / CONFIG_NAME
        if not path.is_file():
            return {}
        import yaml

        try:
            data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        except yaml.YAMLError as err:
            raise UsageError(
                "metadata-invalid", path=str(path), reason=str(err).splitlines()[0]
            ) from None
        if not isinstance(data, dict):
            raise UsageError(
                "metadata-invalid", path=str(path), reason="se esperaba un mapa clave: valor"
            )
        if "dataset" not in data:  # the dataset's keys at the top level (older form)
            sections = {k: v for k, v in data.items() if k in SECTIONS}
            sections["dataset"] = {k: v for k, v in data.items() if k not in SECTIONS}
            data = sections
        check_keys(data, set(SECTIONS), "")
        for name, section in data.items():
            if not isinstance(section, dict):
                raise UsageError(
                    "metadata-invalid", path=str(path), reason=f"'{name}' debe ser un mapa"
                )
            check_keys(section, set(SECTIONS[name].__dataclass_fields__), name)
        return data

    def portal(self) -> PortalConfig:
        return PortalConfig.from_dict(self.config_data().get("ckan", {}))

    def dataset(self, override_name: str | None = None) -> DatasetConfig:
        config = DatasetConfig.from_dict(self.config_data().get("dataset", {}))
        if override_name:
            config.name = override_name
        if not DATASET_NAME.match(config.name):
            raise UsageError("bad-dataset-name", name=config.name)
        return config
