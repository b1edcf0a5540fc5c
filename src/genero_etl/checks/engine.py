"""The one check engine: domain rules declared as data, rule kinds registered by decorator.

A *rule* (``schemas/rules/*.yaml``) names a *kind*, the table it applies to, the stages it
runs at and its parameters. A *kind* is a small function ``(rule, table) -> list[Hit]`` over
a :class:`RuleTable`, a columnar view that each caller provides:

- at ingest, the observations of one document (``checks.ingest``: hits become warnings
  with the catalogue's message and quality flags on the rows involved);
- in ``validate`` and publish gates, any validated table (``validate.rules``: hits become
  findings with the rule's severity and message).

Adding a kind is one function decorated with :func:`kind` in ``checks/kinds/``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from dataclasses import field as dc_field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

if TYPE_CHECKING:
    import numpy as np
    from numpy.typing import NDArray

STAGES = ("ingest", "validate")


@dataclass(frozen=True, slots=True)
class Rule:
    id: str
    kind: str
    table: str
    severity: str
    params: dict[str, Any] = dc_field(default_factory=dict)
    message: dict[str, str] = dc_field(default_factory=dict)
    hint: dict[str, str] = dc_field(default_factory=dict)
    stages: tuple[str, ...] = ("validate",)
    flag: str = ""  # quality flag set at ingest on the rows a hit involves
    placeholders: dict[str, str] = dc_field(default_factory=dict)  # message name -> kind param

    def message_params(self, params: dict[str, Any]) -> dict[str, Any]:
        """The kind's params plus the names this rule's message uses for them."""
        out = dict(params)
        for name, source in self.placeholders.items():
            if source in params:
                out[name] = params[source]
        return out


@dataclass(slots=True)
class Hit:
    """One thing a rule found: the row and field it is about, the rows involved, the values."""

    row: int
    field: str
    params: dict[str, Any] = dc_field(default_factory=dict)
    rows: tuple[int, ...] = ()  # every row involved (flagged at ingest); () means (row,)
    seq: int = -1  # reading order (first row involved) for document issues; -1: ``row``

    @property
    def involved(self) -> tuple[int, ...]:
        return self.rows or (self.row,)

    @property
    def order(self) -> int:
        return self.row if self.seq < 0 else self.seq


class RuleTable(Protocol):
    """What a kind may ask of a table. Arrays have one entry per row."""

    @property
    def n_rows(self) -> int: ...

    def has(self, name: str) -> bool: ...

    def numeric(self, name: str) -> tuple[NDArray[np.float64], NDArray[np.bool_]] | None:
        """Values as float64 and where they are present and typed; None: no such number."""

    def text(self, name: str) -> tuple[NDArray[Any], NDArray[np.bool_]] | None:
        """Canonical text of the values and where they are present; None: no such field."""

    def truth(self, name: str) -> NDArray[np.bool_] | None:
        """Where a boolean field is true; None: no such field."""

    def key_codes(self, names: tuple[str, ...]) -> tuple[NDArray[np.int64], NDArray[np.bool_]]:
        """Equal keys give equal codes, numbered by first appearance; and all-missing rows."""

    def skipped(self) -> NDArray[np.bool_]:
        """Rows no rule looks at (blank rows)."""

    def cell(self, row: int, name: str) -> Any:
        """The cell as written, for messages."""

    def row_number(self, row: int) -> int:
        """The row as people count it in the file."""

    def written(self, name: str) -> Any:
        """A field's cells as written (an Arrow array of text, or a list)."""

    def earlier(self, rule_id: str) -> dict[tuple[str, ...], int] | None:
        """For a piece of a larger table: the keys of the rows before it (cells as written,
        in the rule's field order) and the row number of the first holding each; None
        for a whole table."""

    def other(self, name: str) -> RuleTable | None:
        """Another table of the same package (``in_reference``)."""

    @property
    def base_dirs(self) -> list[Path]:
        """Folders searched, in order, for reference files named by rules."""


KindFn = Callable[[Rule, RuleTable], list[Hit]]
KINDS: dict[str, KindFn] = {}
MIN_ROWS: dict[str, int] = {}  # kind -> the fewest rows it can find anything in


def kind(name: str, min_rows: int = 1) -> Callable[[KindFn], KindFn]:
    """Register a rule kind under ``name``; ``min_rows``: below, it is not run (a kind
    that compares rows, e.g. duplicates or parts and their total, needs 2)."""

    def register(fn: KindFn) -> KindFn:
        KINDS[name] = fn
        MIN_ROWS[name] = min_rows
        return fn

    return register


def _registered() -> dict[str, KindFn]:
    import genero_etl.checks.kinds  # noqa: F401  (fills KINDS)

    return KINDS


def kind_names() -> list[str]:
    return sorted(_registered())


def run_rule(rule: Rule, table: RuleTable) -> list[Hit]:
    """Apply one rule to one table; a table with fewer rows than its kind compares gives
    nothing (an empty one never gives anything), unless it is a piece of a larger table told
    the keys of the rows before it (``RuleTable.earlier``): its one row may repeat one."""
    kinds = _registered()
    fewest = max(1, MIN_ROWS.get(rule.kind, 1))
    if table.n_rows < fewest and not (table.n_rows and table.earlier(rule.id)):
        return []
    return kinds[rule.kind](rule, table)


# --- rules as data -------------------------------------------------------------------------

_TOP = ("id", "kind", "table", "severity", "message", "hint", "stage", "flag", "placeholders")


def default_rules_dir() -> Path:
    from genero_etl.resources import default_schemas_dir

    return default_schemas_dir() / "rules"


def _invalid(path: Path, reason: str) -> Exception:
    """A rules file that cannot be read or declares a rule the engine cannot run (exit 2)."""
    from genero_etl.errors import UsageError

    return UsageError("rules-invalid", path=str(path), reason=reason)


def _stages(raw: dict[str, Any], path: Path) -> tuple[str, ...]:
    stage = raw.get("stage", "validate")
    stages = tuple(stage) if isinstance(stage, list) else (stage,)
    if not stages or any(s not in STAGES for s in stages):
        raise _invalid(path, f"regla '{raw['id']}': stage debe ser {' o '.join(STAGES)}")
    return tuple(str(s) for s in stages)


def _rule(raw: Any, path: Path) -> Rule:
    known = _registered()
    if not isinstance(raw, dict) or raw.get("kind") not in known or not raw.get("id"):
        raise _invalid(
            path, f"regla {raw!r}: necesita 'id' y 'kind' (uno de {', '.join(sorted(known))})"
        )
    severity = raw.get("severity", "error")
    if severity not in ("error", "warning"):
        raise _invalid(path, f"regla '{raw['id']}': severity debe ser error o warning")
    return Rule(
        id=str(raw["id"]),
        kind=str(raw["kind"]),
        table=str(raw.get("table", "observations")),
        severity=severity,
        params={k: v for k, v in raw.items() if k not in _TOP},
        message=dict(raw.get("message") or {}),
        hint=dict(raw.get("hint") or {}),
        stages=_stages(raw, path),
        flag=str(raw.get("flag", "")),
        placeholders={str(k): str(v) for k, v in (raw.get("placeholders") or {}).items()},
    )


def _rule_files(directory: Path) -> Iterable[tuple[Path, dict[str, Any]]]:
    import yaml

    from genero_etl.resources import load_yaml

    if not directory.is_dir():
        return
    for path in sorted(directory.glob("*.y*ml")):
        try:
            data = load_yaml(path.read_text(encoding="utf-8")) or {}
        except (OSError, yaml.YAMLError) as err:
            raise _invalid(path, str(err)) from None
        yield path, data if isinstance(data, dict) else {}


def load_rules(directory: Path) -> list[Rule]:
    """Every rule of every ``*.yaml`` in ``directory``; a malformed file is refused."""
    return [
        _rule(raw, path) for path, data in _rule_files(directory) for raw in data.get("rules", [])
    ]


def load_rule_set(workspace_rules: Path | None, stage: str) -> list[Rule]:
    """The rules that run at ``stage``: the shipped ones, then the workspace's.

    A workspace's rules of a stage replace the shipped rules of that stage, unless their
    file says ``extend: true``: then they are added, and one with a shipped rule's id
    replaces it in its place.
    """
    shipped = [r for r in load_rules(default_rules_dir()) if stage in r.stages]
    own: list[Rule] = []
    replace = False
    if workspace_rules is not None and workspace_rules.resolve() != default_rules_dir().resolve():
        for path, data in _rule_files(workspace_rules):
            rules = [_rule(raw, path) for raw in data.get("rules", [])]
            rules = [r for r in rules if stage in r.stages]
            own.extend(rules)
            replace |= bool(rules) and not data.get("extend", False)
    if replace:
        return own
    mine = {r.id: r for r in own}
    shipped_ids = {r.id for r in shipped}
    return [mine.get(r.id, r) for r in shipped] + [r for r in own if r.id not in shipped_ids]


# --- helpers shared by kinds ---------------------------------------------------------------


def row_mask(rule: Rule, table: RuleTable) -> NDArray[np.bool_]:
    """The rows a rule looks at: ``when`` (field equals one of the values), ``unless`` (it
    does not) and ``present`` (these fields have a value)."""
    import numpy as np

    mask = np.ones(table.n_rows, dtype=bool)
    for key, wanted in (("when", True), ("unless", False)):
        for name, expected in (rule.params.get(key) or {}).items():
            text = table.text(name)
            if text is None:
                if wanted:
                    return np.zeros(table.n_rows, dtype=bool)
                continue
            values, ok = text
            allowed = expected if isinstance(expected, list) else [expected]
            inside = ok & np.isin(values, np.asarray([str(a) for a in allowed], dtype=object))
            mask &= inside if wanted else ~inside
    for name in rule.params.get("present") or []:
        number = table.numeric(name)
        found = number if number is not None else table.text(name)
        if found is None:
            return np.zeros(table.n_rows, dtype=bool)
        mask &= found[1]
    return mask


def rule_texts(rule: Rule, values: dict[str, Any]) -> tuple[str, str]:
    """The rule's message in Spanish and English; a rule without one whose id is a code of
    the message catalogue (the shipped ingest rules) says what the catalogue says."""
    from genero_etl.messages import codes, render

    if not rule.message and rule.id in codes():
        return render(rule.id, "es", **values), render(rule.id, "en", **values)
    es = rule.message.get("es", rule.id)
    return fill(es, values), fill(rule.message.get("en", es), values)


def number_text(x: float | None) -> str:
    """A number as people write it: 229, 35.3 (never 229.0)."""
    if x is None:
        return "?"
    return str(int(x)) if float(x).is_integer() else f"{x:g}"


class _Keep(dict[str, Any]):
    """Values for ``fill``: a name not among them stays as written."""

    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


def fill(template: str, values: dict[str, Any]) -> str:
    """``template`` with the values it names; an unknown name stays as written."""
    try:
        return template.format_map(_Keep(values))
    except (ValueError, IndexError):
        return template
