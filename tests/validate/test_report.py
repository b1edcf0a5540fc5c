"""validate's finding as the project's problem record (``model.Issue``)."""

from __future__ import annotations

from genero_etl.model import Issue, Severity
from genero_etl.validate.report import Finding


def test_a_finding_is_viewed_as_an_issue_with_its_cell_and_hint() -> None:
    finding = Finding(
        code="constraint-minimum",
        type="constraint-error",
        file="datos.xlsx",
        sheet="Hoja1",
        row=7,
        column=3,
        field="valor",
        cell="-5",
        params={"limit": 0},
    )
    issue = finding.to_issue()
    assert isinstance(issue, Issue)
    assert (issue.code, issue.severity, issue.source_file, issue.source_locator) == (
        "constraint-minimum",
        Severity.ERROR,
        "datos.xlsx",
        "Hoja1!C7",
    )
    assert issue.message_es == (
        "La celda C7 de 'Hoja1' ('datos.xlsx') dice '-5', menor que el mínimo 0 de 'valor'. "
        "Revise el valor o su signo."
    )
    assert issue.message("en") == (
        "Cell C7 of 'Hoja1' ('datos.xlsx') says '-5', below the minimum 0 of 'valor'. "
        "Check the value or its sign."
    )
    # the same words as validate's own report
    assert issue.message_en.startswith(finding.message("en")[0])


def test_locators_of_rows_files_and_csv_cells() -> None:
    row = Finding(code="blank-row", type="blank-row", file="a.csv", row=5)
    assert row.locator == "row:5"
    assert row.to_issue().message_es == (
        "La fila 5 de 'a.csv' está vacía. Elimine las filas vacías."
    )
    whole = Finding(
        code="encoding-guessed", type="encoding-error", severity="warning", file="a.csv"
    )
    assert (whole.locator, whole.to_issue().severity) == ("", Severity.WARNING)
    assert whole.to_issue().message_en.startswith("'a.csv' is not UTF-8")
    cell = Finding(code="type-error", type="type-error", file="a.csv", row=3, column=28)
    assert cell.locator == "AB3"
