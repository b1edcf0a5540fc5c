"""What a workspace knows: the shipped knowledge with the workspace's ``schemas/`` over it.

One ``Knowledge`` per workspace, made by ``Knowledge.of(workspace_schemas)``: it is kept while the
files under ``workspace_schemas`` keep their names, sizes and modification times, and made anew
(with every loader's cache emptied) when one of them changes, so a new run sees an edited
file. Each kind is read the first time it is asked for, then kept.

The override rule (docs/ARCHITECTURE.md, "Where knowledge lives"): a workspace file with the
same path as a shipped one replaces it; a folder of YAML files adds to the shipped folder,
and an entry with a shipped entry's id (indicator, template name, rule id, country code)
replaces that entry. The exceptions are listed in the same table.

Worker processes receive the path, never the object: ``Knowledge.of`` in each worker
rebuilds the same knowledge from the same files.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any

from genero_etl.resources import forget_workspace_files

if TYPE_CHECKING:
    from genero_etl.checks.engine import Rule
    from genero_etl.countries import CountryRegistry
    from genero_etl.extract.lexicon import SpanishLexicon
    from genero_etl.normalize.codebook import Codebook
    from genero_etl.normalize.privacy import Policy
    from genero_etl.tabular.lexicon import RoleLexicon
    from genero_etl.tabular.templates import Template

Stamp = tuple[tuple[str, int, int], ...]

_known: dict[Path | None, Knowledge] = {}


def _stamp(workspace_schemas: Path | None) -> Stamp:
    """Each file under ``workspace_schemas``: its relative path, size and modification time."""
    if workspace_schemas is None:
        return ()
    found: list[tuple[str, int, int]] = []
    for path in sorted(p for p in workspace_schemas.rglob("*") if p.is_file()):
        st = path.stat()
        found.append((str(path.relative_to(workspace_schemas)), st.st_size, st.st_mtime_ns))
    return tuple(found)


def _usable(workspace_schemas: Path | None) -> Path | None:
    if workspace_schemas is None or not workspace_schemas.is_dir():
        return None
    return workspace_schemas


@dataclass(frozen=True, eq=False)
class Knowledge:
    """The codebook, lexicons, templates, rules, table schemas, countries and privacy policy
    in use for one workspace (``workspace_schemas``; ``None``: only the shipped ones)."""

    workspace_schemas: Path | None
    stamp: Stamp = field(default=(), repr=False)

    @classmethod
    def of(cls, workspace_schemas: Path | None = None) -> Knowledge:
        """The knowledge of a workspace's ``schemas/``; the same object while its files
        are unchanged. A folder that does not exist counts as no workspace."""
        folder = _usable(workspace_schemas)
        stamp = _stamp(folder)
        known = _known.get(folder)
        if known is not None and known.stamp == stamp:
            return known
        if known is not None:
            forget_workspace_files()  # an edited file: read everything again
        made = cls(folder, stamp)
        _known[folder] = made
        return made

    @classmethod
    def shipped(cls) -> Knowledge:
        return cls.of(None)

    @cached_property
    def codebook(self) -> Codebook:
        from genero_etl.normalize.codebook import load_codebook

        return load_codebook(self.workspace_schemas)

    @cached_property
    def lexicon(self) -> SpanishLexicon:
        """The Spanish words text extraction keys on (``schemas/lexicon/*.yaml``)."""
        from genero_etl.extract.lexicon import load_lexicon

        return load_lexicon(self.workspace_schemas)

    @cached_property
    def roles(self) -> RoleLexicon:
        """The words that give a table column its role (``schemas/tabular/roles.yaml``)."""
        from genero_etl.tabular.lexicon import load_lexicon

        return load_lexicon(self.workspace_schemas)

    @cached_property
    def templates(self) -> dict[str, Template]:
        from genero_etl.tabular.templates import load_templates

        return load_templates(self.workspace_schemas)

    def template(self, name: str) -> Template:
        """A template by name; an unknown name is a usage error listing the known ones."""
        from genero_etl.tabular.templates import get_template

        return get_template(name, self.workspace_schemas)

    def rules(self, stage: str) -> tuple[Rule, ...]:
        """The check rules that run at ``stage`` (``ingest``, ``validate``)."""
        found = self._rules.get(stage)
        if found is None:
            found = self._rules[stage] = self._load_rules(stage)
        return found

    @cached_property
    def _rules(self) -> dict[str, tuple[Rule, ...]]:
        return {}

    def _load_rules(self, stage: str) -> tuple[Rule, ...]:
        if stage == "ingest":
            from genero_etl.checks.ingest import ingest_rules

            return ingest_rules(self.workspace_schemas)
        from genero_etl.checks.engine import load_rule_set

        return tuple(load_rule_set(self.rules_dir, stage))

    @property
    def rules_dir(self) -> Path | None:
        return self.workspace_schemas / "rules" if self.workspace_schemas is not None else None

    def table_schema(self, name: str) -> dict[str, Any]:
        """The Table Schema of a published table (``schemas/<name>.schema.json``)."""
        from genero_etl.model.arrow import table_schema

        return table_schema(name, self.workspace_schemas)

    @cached_property
    def countries(self) -> CountryRegistry:
        from genero_etl.countries import load_countries

        return load_countries(self.workspace_schemas)

    @cached_property
    def privacy(self) -> Policy:
        """The privacy screen's rules, with the national IDs of these countries."""
        from genero_etl.normalize.privacy import policy_for

        return policy_for(self.workspace_schemas)

    @cached_property
    def fingerprint(self) -> str:
        """A hash of every workspace file's path and bytes (they change what is extracted)."""
        import hashlib

        digest = hashlib.sha256()
        if self.workspace_schemas is not None:
            for rel, _size, _mtime in self.stamp:
                digest.update(os.fsencode(rel) + b"\0")
                digest.update(hashlib.sha256((self.workspace_schemas / rel).read_bytes()).digest())
        return digest.hexdigest()

    def activate(self) -> Knowledge:
        """Make these countries the ones the module-level lookups use
        (``genero_etl.countries.registry``, the privacy screen), and return self."""
        from genero_etl.countries import use_workspace

        use_workspace(self.workspace_schemas)
        return self
