"""The one message catalogue: every code used in src/ exists, in both languages, with the
same placeholders, and the codes the docs list are the catalogue's."""

from __future__ import annotations

import ast
import re
import string
from pathlib import Path

import pytest

from genero_etl import messages
from genero_etl.messages import codes, entry, render, render_with_hint, texts
from genero_etl.validate.messages import FAILURES, FINDINGS, key

ROOT = Path(__file__).resolve().parents[1]
SRC = ROOT / "src" / "genero_etl"
CODE = re.compile(r"^[a-z][a-z0-9]*(?:-[a-zA-Z0-9]+)+$")
# Functions whose first argument is a catalogue code.
RENDERERS = {
    "render", "render_message", "issue", "make_issue", "render_with_hint", "render_failure",
    "entry", "word", "Text",
}  # fmt: skip


def _name(node: ast.expr) -> str:
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        return node.attr
    return ""


def _error_classes(trees: list[ast.Module]) -> set[str]:
    """Names of every exception class of the project (GeneroEtlError and its subclasses)."""
    found = {"GeneroEtlError"}
    grew = True
    while grew:
        grew = False
        for tree in trees:
            for node in ast.walk(tree):
                if (
                    isinstance(node, ast.ClassDef)
                    and node.name not in found
                    and any(_name(b) in found for b in node.bases)
                ):
                    found.add(node.name)
                    grew = True
    return found


def _used_codes() -> tuple[dict[str, str], dict[str, str], dict[str, str]]:
    """(literal codes, f-string prefixes, validate finding codes) -> where they are used."""
    files = sorted(SRC.rglob("*.py"))
    trees = [ast.parse(f.read_text(encoding="utf-8")) for f in files]
    errors = _error_classes(trees)
    literal: dict[str, str] = {}
    prefixes: dict[str, str] = {}
    findings: dict[str, str] = {}
    for path, tree in zip(files, trees, strict=True):
        where = str(path.relative_to(SRC))
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            name = _name(node.func)
            args: list[ast.expr] = []
            if name in RENDERERS or name in errors:
                args = node.args[:1]
            elif name == "__init__" and _name(getattr(node.func, "value", node.func)) == "":
                args = node.args[:1]  # super().__init__("code", ...)
            elif name == "Problem":
                args = node.args[2:3]
            elif name in ("Finding", "_finding"):
                code = next((k.value for k in node.keywords if k.arg == "code"), None)
                if code is None and name == "_finding" and len(node.args) > 1:
                    code = node.args[1]
                if isinstance(code, ast.Constant) and isinstance(code.value, str):
                    findings[code.value] = f"{where}:{node.lineno}"
                continue
            for arg in args:
                if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
                    if CODE.match(arg.value):
                        literal[arg.value] = f"{where}:{node.lineno}"
                elif isinstance(arg, ast.JoinedStr) and arg.values:
                    head = arg.values[0]
                    if isinstance(head, ast.Constant) and isinstance(head.value, str):
                        prefixes[head.value] = f"{where}:{node.lineno}"
    return literal, prefixes, findings


def test_the_scan_finds_codes_of_every_area() -> None:
    literal, prefixes, findings = _used_codes()
    # one of each kind of use: render, issue, an exception, a review problem, validate
    assert literal["path-not-found"] and literal["staged-dropped"]
    assert literal["mapping-no-match"] and literal["review-no-id"]
    assert literal["ingest-files-read"] and literal["validate-report-junit-line"]
    assert "ckan-plan-" in prefixes
    assert {"blank-row", "hash-count", "schema-not-found"} <= set(findings)
    assert len(literal) > 150


def test_every_code_used_in_src_is_in_the_catalogue() -> None:
    literal, prefixes, findings = _used_codes()
    known = set(codes())
    missing = {c: w for c, w in literal.items() if c not in known and key(c) not in known}
    assert missing == {}
    assert {p: w for p, w in prefixes.items() if not any(c.startswith(p) for c in known)} == {}
    assert {c: w for c, w in findings.items() if c not in FINDINGS} == {}


def test_validate_codes_resolve_to_catalogue_entries() -> None:
    known = set(codes())
    assert [c for c in (*FINDINGS, *FAILURES) if key(c) not in known] == []
    # a code another area uses with other words is prefixed; one with the same words is shared
    assert key("encoding-guessed") == "validate-encoding-guessed"
    assert render("encoding-guessed", path="a.csv", encoding="cp1252").endswith(".")
    assert key("path-not-found") == "path-not-found"
    assert FAILURES["path-not-found"] == entry("path-not-found")[:2]


def _fields(template: str) -> set[str]:
    names = {f for _, f, _, _ in string.Formatter().parse(template) if f is not None}
    # "{type_es}"/"{type_en}": the same value said in each language
    return {re.sub(r"_(?:es|en)$", "", re.split(r"[.\[]", n)[0]) for n in names}


@pytest.mark.parametrize("code", codes())
def test_entry_has_both_languages_with_the_same_placeholders(code: str) -> None:
    es, en, hint_es, hint_en = entry(code)
    assert es.strip() and en.strip()
    assert _fields(es) == _fields(en)
    assert bool(hint_es) == bool(hint_en)
    assert _fields(hint_es) == _fields(hint_en)


def test_render_and_hint_in_both_languages() -> None:
    params = {"where": "La celda B3", "cell": "-5", "limit": 0, "field": "valor"}
    assert render_with_hint("constraint-minimum", "es", params) == (
        "La celda B3 dice '-5', menor que el mínimo 0 de 'valor'",
        "Revise el valor o su signo.",
    )
    message, hint = render_with_hint("constraint-minimum", "en", params | {"where": "Cell B3"})
    assert message == "Cell B3 says '-5', below the minimum 0 of 'valor'"
    assert hint == "Check the value or its sign."
    # an entry without a hint, and a missing parameter rendered empty
    assert render_with_hint("file-empty", "en", {}) == (
        "File '' is empty (0 bytes): there is nothing to read.",
        "",
    )


def test_texts_of_a_page_are_one_prefix_of_the_catalogue() -> None:
    page_es, page_en = texts("review-page-", "es"), texts("review-page-", "en")
    assert page_es["title"] == "Revisión de datos preparados"
    assert page_en["title"] == "Review of staged data"
    assert set(page_es) == set(page_en)
    help_en = texts("review-sheet-help-", "en")
    assert help_en["name"] == "help" and help_en["0"] == "How to review"


def _documented(text: str, heading: str) -> set[str]:
    """Codes in backticks in the first column of the table under ``heading``."""
    section = text.split(heading + "\n", 1)[1].split("\n#", 1)[0]
    found: set[str] = set()
    for line in section.splitlines():
        if line.startswith("| `"):
            found |= set(re.findall(r"`([^`]+)`", line.split("|")[1]))
    return found


def test_codes_documented_in_validate_md_are_validates_codes() -> None:
    from genero_etl.validate.rules import default_rules_dir, load_rules

    docs = (ROOT / "docs" / "validate.md").read_text(encoding="utf-8")
    documented = _documented(docs, "## Códigos")
    rule_ids = {r.id for r in load_rules(default_rules_dir())}
    assert documented - set(FINDINGS) - rule_ids == set()
    assert set(FINDINGS) - {"rule-error"} - documented == set()


def test_codes_documented_in_the_readme_are_in_the_catalogue() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    heading = "### Controles de consistencia (advertencias en `quality_issues`, nunca fatales)"
    documented = _documented(readme, heading)
    assert "parts-mismatch" in documented
    assert documented - set(codes()) == set()


def test_the_catalogue_is_one_module_for_every_area() -> None:
    # validate's, review's and the commands' words are entries of the same table
    table = messages._MESSAGES
    assert {"type-error", "validate-file-empty", "review-page-title", "ingest-files-read"} <= set(
        table
    )


def test_a_finding_added_to_validates_view_still_renders(monkeypatch: pytest.MonkeyPatch) -> None:
    """An entry added to validate/messages.py rather than to the catalogue renders (and the
    test above, validate codes -> catalogue entries, fails until it is moved)."""
    from genero_etl.validate import messages as validate_messages

    new = ("{where}: '{cell}' no vale", "{where}: '{cell}' is not valid", "Corríjalo.", "Fix it.")
    monkeypatch.setitem(validate_messages.FINDINGS, "cell-not-valid", new)
    assert validate_messages.render_finding(
        "cell-not-valid", "en", {"where": "A1", "cell": "x"}
    ) == (
        "A1: 'x' is not valid",
        "Fix it.",
    )
    assert [c for c in validate_messages.FINDINGS if not messages.known(key(c))] == [
        "cell-not-valid"
    ]
    # a rule id (workspace rule) has no entry: it renders as rule-error, with the rule's words
    params = {"where": "B2", "detail": "fuera de rango", "detail_en": "out of range"}
    assert validate_messages.render_finding("my-rule", "en", params)[0] == "B2: out of range"


def test_a_reason_is_said_in_the_language_of_its_message() -> None:
    from genero_etl.errors import UsageError
    from genero_etl.messages import Text

    err = UsageError(
        "bad-option", option="--max-errors", value="-1", reason=Text("reason-zero-or-more")
    )
    assert err.message("es") == "Opción no válida --max-errors='-1': debe ser 0 o más."
    assert err.message("en") == "Invalid option --max-errors='-1': must be 0 or more."
    choices = Text("reason-one-of", {"choices": "decimal_comma, decimal_point"})
    assert render("bad-option", "en", option="number_convention", value="x", reason=choices) == (
        "Invalid option number_convention='x': use one of: decimal_comma, decimal_point."
    )
