"""The workspace: where raw reports, schema overrides, staged data and published packages live.

<workspace>/
  raw/                  the reports (never modified)
  schemas/              optional overrides of the shipped schemas and codebook
  genero-etl.yaml       optional dataset metadata (name, title, publisher, licence)
  .genero-etl/staging/  what `ingest` found: one dataset, Parquet parts + manifest.json
  published/<dataset>/<version>/   what `publish` wrote
"""

from __future__ import annotations

import os
import re
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import lru_cache
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

    # Measured on real reports (tests/acceptance/calibrate_texts.py): text values below 0.6 are
    # right less than half the time; tables read by their roles sit at 0.64-0.74 and were right.
    min_confidence: float = 0.6


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


@lru_cache(maxsize=4096)
def _resolved(folder: Path) -> Path:
    """A folder's real path, once per run (10,000 files of one folder share it)."""
    return folder.resolve()


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
            # The folder resolved, the name kept: a symlink is shown as itself, not its target.
            absolute = path.absolute()
            inside = (_resolved(absolute.parent) / absolute.name).relative_to(_resolved(self.root))
            shown = inside.as_posix()
        except (ValueError, OSError, RuntimeError):  # outside, unreadable, a symlink loop
            shown = str(path)
        # A name that is not UTF-8 is shown (and published) with U+FFFD where bytes were.
        return shown.encode("utf-8", "surrogateescape").decode("utf-8", "replace")

    def config_data(self) -> dict[str, Any]:
        """``genero-etl.yaml`` as a mapping of sections ({} when absent); unknown keys fail."""
        path = self.root / CONFIG_NAME
        if not path.is_file():
            return {}
        try:
            text = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as err:
            raise UsageError("metadata-invalid", path=str(path), reason=str(err)) from None
        data = load_yaml(text, str(path)) or {}
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


LOCK_WAIT_SECONDS = float(os.environ.get("GENERO_ETL_LOCK_WAIT", "120"))


@contextmanager
def workspace_lock(ws: Workspace, wait: float | None = None) -> Iterator[None]:
    """Hold the workspace for one ingest or publish (an fcntl lock, released on exit or kill).

    A second run waits up to ``wait`` seconds (``GENERO_ETL_LOCK_WAIT``, 120 by default),
    then fails with ``workspace-busy``: concurrent runs never interleave their writes.
    """
    import fcntl

    from genero_etl.errors import OutputUnwritable, WorkspaceBusy

    wait = LOCK_WAIT_SECONDS if wait is None else wait
    lock_path = ws.root / ".genero-etl" / "lock"
    try:
        lock_path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(lock_path, os.O_RDWR | os.O_CREAT, 0o644)
    except OSError as err:
        raise OutputUnwritable(
            "output-unwritable", path=str(lock_path.parent), reason=err.strerror or str(err)
        ) from None
    try:
        deadline = time.monotonic() + wait
        while True:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() >= deadline:
                    raise WorkspaceBusy(
                        "workspace-busy", path=ws.display(ws.root), seconds=wait
                    ) from None
                time.sleep(0.1)
        yield
    finally:
        os.close(fd)  # closing the descriptor releases the lock


MAX_YAML_NODES = 100_000
MAX_YAML_BYTES = 1_000_000


def _expanded_nodes(node: Any, memo: dict[int, int]) -> int:
    """How many nodes the document has once every alias is expanded (shared nodes counted
    each time they are used), computed without expanding anything."""
    import yaml

    key = id(node)
    if key in memo:
        return memo[key]
    memo[key] = 1  # a recursive alias counts once, not forever
    total = 1
    if isinstance(node, yaml.SequenceNode):
        total += sum(_expanded_nodes(child, memo) for child in node.value)
    elif isinstance(node, yaml.MappingNode):
        total += sum(_expanded_nodes(k, memo) + _expanded_nodes(v, memo) for k, v in node.value)
    memo[key] = min(total, 10 * MAX_YAML_NODES)
    return memo[key]


def load_yaml(text: str, display: str) -> Any:
    """YAML loaded safely and bounded: only plain data, and at most ``MAX_YAML_NODES``
    nodes once aliases are expanded (a "billion laughs" file is refused, not expanded)."""
    import yaml

    if len(text) > MAX_YAML_BYTES:
        raise UsageError("metadata-invalid", path=display, reason="más de 1 MB")
    try:
        root = yaml.compose(text, Loader=yaml.SafeLoader)
        if root is not None and _expanded_nodes(root, {}) > MAX_YAML_NODES:
            raise UsageError(
                "metadata-invalid",
                path=display,
                reason=f"los alias de YAML se expanden a más de {MAX_YAML_NODES} valores",
            )
        return yaml.safe_load(text)
    except yaml.YAMLError as err:
        raise UsageError(
            "metadata-invalid", path=display, reason=str(err).splitlines()[0]
        ) from None
