"""An issue as a row (``Issue.to_dict``): every field, in the dataclass's order, the same
JSON text as ``dataclasses.asdict`` gave with the severity as text and the ids as a list."""

from __future__ import annotations

import json
from dataclasses import asdict, fields

from genero_etl.model.issues import Issue, Severity


def _as_before(issue: Issue) -> dict[str, object]:
    data = asdict(issue)
    data["severity"] = str(issue.severity)
    data["observation_ids"] = list(issue.observation_ids)
    return data


def test_an_issue_as_a_row_holds_every_field_in_order() -> None:
    issue = Issue(
        "parts-sum",
        Severity.WARNING,
        "Las partes suman 12, el total dice 13",
        "The parts add up to 12, the total says 13",
        "raw/mx_juarez_avgm_2022.md",
        "line 14",
        ("obs-1", "obs-2"),
    )
    row = issue.to_dict()
    assert list(row) == [f.name for f in fields(Issue)]
    assert row["severity"] == "warning" and type(row["severity"]) is str
    assert row["observation_ids"] == ["obs-1", "obs-2"]
    assert json.dumps(row, ensure_ascii=False) == json.dumps(_as_before(issue), ensure_ascii=False)
    assert Issue.from_dict(row) == issue
    bare = Issue("no-period", Severity.ERROR, "Sin periodo", "No period")
    assert (
        bare.to_dict()
        == _as_before(bare)
        == {
            "code": "no-period",
            "severity": "error",
            "message_es": "Sin periodo",
            "message_en": "No period",
            "source_file": "",
            "source_locator": "",
            "observation_ids": [],
        }
    )
