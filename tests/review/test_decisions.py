"""Decisions: read from the review sheet (xlsx, csv) or YAML, validated, stored, kept across ingests."""

from __future__ import annotations

import json
from pathlib import Path

from review.helpers import find_id, invoke, published_rows, staged_rows, stored

LUJAN = "raw/ar_lujan_informe_2024.txt"
CHILE = "raw/cl_plan_equidad.txt"


def _fill_sheet(path: Path, decisions: dict[str, dict[str, object]]) -> None:
    """Write decisions into review.xlsx the way a person would (openpyxl, as Excel saves)."""
    from openpyxl import load_workbook

    book = load_workbook(path)
    sheet = book["review"]
    header = [c.value for c in sheet[1]]
    filled = set()
    for row in sheet.iter_rows(min_row=2):
        oid = row[0].value
        for column, value in decisions.get(str(oid), {}).items():
            row[header.index(column)].value = value
            filled.add(oid)
    assert filled == set(decisions)
    book.save(path)


def test_sheet_decisions_are_applied_and_published(staged_ws: Path) -> None:
    ws = staged_ws
    femicide = find_id(ws, LUJAN, "line:24", 1)
    total = find_id(ws, LUJAN, "line:9", 266)
    typo = find_id(ws, LUJAN, "line:8", 1009)
    result = invoke("review", "--workspace", str(ws), "--format", "json")
    assert result.exit_code == 0, result.output
    summary = json.loads(result.stdout)
    sheet = ws / "review" / "review.xlsx"
    assert summary["sheet"] == "review/review.xlsx" and sheet.is_file()
    _fill_sheet(
        sheet,
        {
            femicide: {"decision": "aceptar"},
            total: {"decision": "rechazar", "note": "el total no suma"},
            typo: {"decision": "corregir", "new_value": "1109"},
        },
    )
    result = invoke("review", "--workspace", str(ws), "--apply", str(sheet), "--format", "json")
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["stored"] == {"accept": 1, "reject": 1, "correct": 1}
    decisions = stored(ws)
    assert decisions[typo]["changes"] == {"value": 1109.0}
    assert decisions[typo]["original"]["value"] == 1009.0
    assert decisions[total]["note"] == "el total no suma"

    assert invoke("publish", "--workspace", str(ws)).exit_code == 0
    rows = published_rows(ws, "1.0.0")
    assert total not in rows
    assert (rows[femicide]["review_status"], rows[femicide]["review_original"]) == ("confirmed", "")
    assert rows[typo]["value"] == "1109.0"
    assert rows[typo]["review_status"] == "corrected"
    assert json.loads(rows[typo]["review_original"]) == {"value": 1009}
    assert rows[typo]["value_raw"] == "1009"  # the source still says what it says
    untouched = find_id(ws, CHILE, "line:5", 85)
    assert rows[untouched]["review_status"] == "automatic"


def test_applying_the_same_sheet_twice_changes_nothing(staged_ws: Path) -> None:
    ws = staged_ws
    oid = find_id(ws, CHILE, "line:5", 240)
    yaml_file = ws / "d.yaml"
    yaml_file.write_text(
        f"decisions:\n  - observation_id: {oid}\n    decision: correct\n    value: 250\n"
        f"    period: 2023-S1\n",
        encoding="utf-8",
    )
    assert invoke("review", "--workspace", str(ws), "--apply", str(yaml_file)).exit_code == 0
    first = stored(ws)[oid]
    assert first["changes"] == {
        "value": 250.0,
        "period_start": "2023-01-01",
        "period_end": "2023-06-30",
        "period_label": "2023-S1",
    }
    # the review sheet now comes pre-filled with that decision; applying it keeps it
    assert invoke("review", "--workspace", str(ws), "--sheet", "csv").exit_code == 0
    sheet = ws / "review" / "review.csv"
    line = next(x for x in sheet.read_text(encoding="utf-8-sig").splitlines() if x.startswith(oid))
    assert line.startswith(f"{oid},corregir,250,,,,2023-S1,")
    assert invoke("review", "--workspace", str(ws), "--apply", str(sheet)).exit_code == 0
    assert stored(ws)[oid]["changes"] == first["changes"]


def test_decisions_survive_reingest_and_a_stale_one_is_reported(staged_ws: Path) -> None:
    ws = staged_ws
    kept = find_id(ws, LUJAN, "line:24", 1)
    corrected = find_id(ws, LUJAN, "line:15", 51)
    gone = find_id(ws, CHILE, "line:5", 85)
    decisions = ws / "decisions.csv"
    decisions.write_text(
        "observation_id;decision;new_value;new_indicator_id\n"
        f"{kept};accept;;\n{corrected};correct;52;\n{gone};reject;;\n",
        encoding="utf-8",
    )
    assert invoke("review", "--workspace", str(ws), "--apply", str(decisions)).exit_code == 0
    # the Chilean report changes (one more line): its ids change, Luján's do not
    report = ws / CHILE
    report.write_text(report.read_text(encoding="utf-8") + "Se dictaron 3 charlas.\n", "utf-8")
    assert invoke("ingest", "--workspace", str(ws)).exit_code == 0
    result = invoke("publish", "--workspace", str(ws), "--format", "json")
    assert result.exit_code == 0, result.output
    out = json.loads(result.stdout)
    assert out["review"]["stale_decisions"] == [gone]
    assert gone in result.stderr and "ya no tiene observación" in result.stderr
    rows = published_rows(ws, "1.0.0")
    assert rows[kept]["review_status"] == "confirmed"
    assert (rows[corrected]["value"], rows[corrected]["review_status"]) == ("52.0", "corrected")
    # the stale decision is still stored, and the rejected value's new reading is published
    assert stored(ws)[gone]["original"]["source_locator"] == "line:5"
    new_85 = [r for r in rows.values() if r["source_file"] == CHILE and r["value"] == "85.0"]
    assert len(new_85) == 1 and new_85[0]["review_status"] == "automatic"
    # the person is pointed at the observation that now reads the same
    assert f"hoy se lee igual en {new_85[0]['observation_id']} (line:5)" in result.stderr
    # review says it too, in English when asked
    result = invoke("review", "--workspace", str(ws), "--format", "json", "--lang", "en")
    [stale] = json.loads(result.stdout)["stale"]
    assert (stale["observation_id"], stale["now_reads_the_same"]) == (
        gone,
        new_85[0]["observation_id"],
    )
    assert "no longer has an observation" in result.stderr
    # and undo clears it
    undo = ws / "undo.yaml"
    undo.write_text(f"- observation_id: {gone}\n  decision: deshacer\n", encoding="utf-8")
    assert invoke("review", "--workspace", str(ws), "--apply", str(undo)).exit_code == 0
    assert gone not in stored(ws)


def test_bad_corrections_are_refused_and_nothing_changes(staged_ws: Path) -> None:
    ws = staged_ws
    a = find_id(ws, LUJAN, "line:24", 1)
    b = find_id(ws, LUJAN, "line:16", 108)
    c = find_id(ws, CHILE, "line:5", 12)
    good = ws / "good.yaml"
    good.write_text(f"- {{observation_id: {a}, decision: accept}}\n", encoding="utf-8")
    assert invoke("review", "--workspace", str(ws), "--apply", str(good)).exit_code == 0
    before = (ws / ".genero-etl" / "decisions.json").read_bytes()
    bad = ws / "bad.csv"
    bad.write_text(
        "observation_id,decision,new_value,new_indicator_id,new_municipality_code\n"
        f"{a},reject,,,\n"
        f"{b},correct,ciento ocho,,\n"
        f"{c},corregir,,capacitaciones_inventadas,\n"
        f"{c},corregir,,,99999\n"
        f"{c},quizas,,,\n"
        "o0000000000000000,correct,3,,\n"
        "o1111111111111111,accept,,,\n",
        encoding="utf-8",
    )
    result = invoke("review", "--workspace", str(ws), "--apply", str(bad))
    assert result.exit_code == 2
    err = result.stderr
    assert "6 problemas" in err and "no se guardó ninguna decisión" in err
    assert "fila 3, value: 'ciento ocho' no es un número" in err
    assert "fila 4, indicator_id: el indicador 'capacitaciones_inventadas' no está" in err
    assert "fila 5, municipality_code: '99999' no está en el catálogo oficial de CL" in err
    assert "fila 6: 'quizas' no es una decisión" in err
    assert "fila 7: no hay ninguna observación preparada con id o0000000000000000" in err
    assert "fila 8: no hay ninguna observación preparada con id o1111111111111111" in err
    assert (ws / ".genero-etl" / "decisions.json").read_bytes() == before
    result = invoke("review", "--workspace", str(ws), "--apply", str(bad), "--lang", "en")
    assert "row 3, value: 'ciento ocho' is not a number." in result.stderr


def test_place_and_indicator_corrections_resolve_from_the_catalogues(staged_ws: Path) -> None:
    ws = staged_ws
    oid = find_id(ws, CHILE, "line:5", 12)
    path = ws / "d.yaml"
    path.write_text(
        f"- observation_id: {oid}\n  decision: corregir\n  new_municipality_code: '13101'\n"
        "  new_indicator_id: personas_asistidas\n  new_breakdown: sexo=mujeres\n",
        encoding="utf-8",
    )
    result = invoke("review", "--workspace", str(ws), "--apply", str(path))
    assert result.exit_code == 0, result.output
    assert invoke("publish", "--workspace", str(ws)).exit_code == 0
    row = published_rows(ws, "1.0.0")[oid]
    assert (row["municipality_code"], row["municipality"], row["admin1"]) == (
        "13101",
        "Santiago",
        "CL-RM",
    )
    assert (row["indicator_id"], row["breakdown_dimension"], row["breakdown_value"]) == (
        "personas_asistidas",
        "sexo",
        "mujeres",
    )
    original = json.loads(row["review_original"])
    assert original["municipality_code"] == "05101" and original["indicator_id"] == (
        "capacitaciones_realizadas"
    )
    # a code a spreadsheet turned into a number gets its leading zero back
    path.write_text(
        f"- {{observation_id: {oid}, decision: corregir, municipality_code: 5101}}\n", "utf-8"
    )
    assert invoke("review", "--workspace", str(ws), "--apply", str(path)).exit_code == 0
    assert stored(ws)[oid]["changes"]["municipality_code"] == "05101"


def test_typed_values_follow_the_country_convention(staged_ws: Path) -> None:
    ws = staged_ws
    lujan = find_id(ws, LUJAN, "line:8", 1009)  # Argentina: 1.109 is a thousand and more
    jocotepec = find_id(ws, "raw/mx_jocotepec_poa_2024.txt", "line:8", 30000)  # Mexico
    sheet = ws / "d.csv"
    sheet.write_text(
        f'observation_id,decision,new_value\n{lujan},corregir,1.109\n{jocotepec},corregir,"31,500.50"\n',
        encoding="utf-8",
    )
    assert invoke("review", "--workspace", str(ws), "--apply", str(sheet)).exit_code == 0
    decisions = stored(ws)
    assert decisions[lujan]["changes"] == {"value": 1109.0}
    assert decisions[jocotepec]["changes"] == {"value": 31500.5}
    sheet.write_text(f'observation_id,decision,new_value\n{lujan},corregir,"1,109"\n', "utf-8")
    result = invoke("review", "--workspace", str(ws), "--apply", str(sheet))
    assert result.exit_code == 2
    assert "fila 2, value: '1,109' puede leerse como 1109 o como 1.109" in result.stderr
    assert stored(ws)[lujan]["changes"] == {"value": 1109.0}  # unchanged


def test_review_sheet_never_carries_a_formula(staged_ws: Path) -> None:
    from review.helpers import break_staged

    ws = staged_ws
    oid = find_id(ws, LUJAN, "line:24", 1)
    break_staged(ws, oid, source_text='=HYPERLINK("http://example.invalid","1")')
    assert invoke("review", "--workspace", str(ws), "--sheet", "csv").exit_code == 0
    text = (ws / "review" / "review.csv").read_text(encoding="utf-8-sig")
    assert "'=HYPERLINK(" in text and ",=HYPERLINK(" not in text
    assert invoke("review", "--workspace", str(ws)).exit_code == 0
    from python_calamine import CalamineWorkbook

    rows = (
        CalamineWorkbook.from_path(str(ws / "review" / "review.xlsx"))
        .get_sheet_by_name("review")
        .to_python()
    )
    header = rows[0]
    row = next(r for r in rows if r[0] == oid)
    assert row[header.index("source_text")] == '=HYPERLINK("http://example.invalid","1")'
    assert row[header.index("value")] == 1 and row[header.index("source_locator")] == "line:24"


def test_min_confidence_must_be_between_0_and_1(staged_ws: Path) -> None:
    (staged_ws / "genero-etl.yaml").write_text("review:\n  min_confidence: 75\n", "utf-8")
    result = invoke("publish", "--workspace", str(staged_ws))
    assert result.exit_code == 2 and "review.min_confidence" in result.stderr


def test_yaml_select_decides_every_matching_value_one_by_one(staged_ws: Path) -> None:
    ws = staged_ws
    lujan_rows = [
        r
        for r in staged_rows(ws)
        if r["source_file"] == LUJAN and r["indicator_id"] == "femicidios"
    ]
    path = ws / "bulk.yaml"
    path.write_text(
        "decisions:\n"
        f"  - select: {{source_file: {LUJAN}, indicator_id: femicidios}}\n"
        "    decision: aceptar\n"
        "    note: leído con la oficina\n",
        encoding="utf-8",
    )
    result = invoke("review", "--workspace", str(ws), "--apply", str(path), "--format", "json")
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["stored"] == {"accept": len(lujan_rows)}
    decisions = stored(ws)
    assert {r["observation_id"] for r in lujan_rows} == set(decisions)
    assert {d["note"] for d in decisions.values()} == {"leído con la oficina"}
    path.write_text(
        "- select: {source_file: raw/no_existe.txt}\n  decision: reject\n"
        "- select: {source_text: hola}\n  decision: reject\n",
        encoding="utf-8",
    )
    result = invoke("review", "--workspace", str(ws), "--apply", str(path))
    assert result.exit_code == 2
    assert "fila 1: ningún valor preparado cumple source_file=raw/no_existe.txt" in result.stderr
    assert "fila 2: 'select' necesita un mapa de columnas (source_text no sirve)" in result.stderr


def test_a_suppressed_small_count_cannot_be_corrected_into_a_number(tmp_path: Path) -> None:
    import shutil

    raw = tmp_path / "raw"
    raw.mkdir()
    source = (
        Path(__file__).resolve().parents[2] / "raw" / "planillas" / "linea144_registro_2024.xlsx"
    )
    shutil.copy(source, raw / source.name)
    assert invoke("ingest", "--workspace", str(tmp_path)).exit_code == 0
    hidden = [
        r for r in staged_rows(tmp_path) if "suppressed_small_count" in str(r["quality_flags"])
    ]
    assert hidden and hidden[0]["value"] == "" and hidden[0]["value_text"] == "<3"
    oid = hidden[0]["observation_id"]
    path = tmp_path / "d.yaml"
    path.write_text(f"- {{observation_id: {oid}, decision: correct, value: 2}}\n", "utf-8")
    result = invoke("review", "--workspace", str(tmp_path), "--apply", str(path))
    assert result.exit_code == 2
    assert "fila 1, value: este recuento se publica oculto ('<3')" in result.stderr
    assert not (tmp_path / ".genero-etl" / "decisions.json").exists()
