"""The HTML review report: self-contained, and working in a real headless browser."""

from __future__ import annotations

import json
import os
import re
from collections import Counter
from pathlib import Path

from genero_etl.review.staged import DEFAULT_MIN_CONFIDENCE
from review.browser import chromium, console_errors, load
from review.helpers import break_staged, find_id, invoke, staged_rows

LUJAN = "raw/ar_lujan_informe_2024.txt"
HOSTILE = 'Texto </script><script>document.title="x"</script> con 19 casos & <b>negrita</b>'


def _write_report(ws: Path, *args: str) -> Path:
    result = invoke("review", "--workspace", str(ws), "--format", "json", *args)
    assert result.exit_code == 0, result.output
    summary = json.loads(result.stdout)
    return ws / summary["html"]


def test_report_is_one_self_contained_file(staged_ws: Path) -> None:
    page = _write_report(staged_ws)
    html = page.read_text(encoding="utf-8")
    assert not re.search(r"<(script|img|iframe)[^>]+src=|<link\b|@import|url\(", html, re.I)
    assert "http://" not in html.replace("http://www.w3.org/2000/svg", "")
    assert "https://" not in html
    data = json.loads(
        re.search(r'<script id="data" type="application/json">(.*?)</script>', html, re.S)[1]
    )  # type: ignore[index]
    rows = staged_rows(staged_ws)
    assert data["meta"]["rows"] == len(rows)
    ids = data["columns"]["observation_id"]
    femicide = find_id(staged_ws, LUJAN, "line:24", 1)
    at = ids.index(femicide)
    assert data["columns"]["value"][at] == 1
    assert data["dict"]["source_file"][data["columns"]["source_file"][at]] == LUJAN
    assert data["columns"]["source_locator"][at] == "line:24"
    assert {i["code"] for i in data["issues"]} >= {"parts-mismatch", "percentage-mismatch"}
    english = _write_report(staged_ws, "--lang", "en").read_text(encoding="utf-8")
    assert "<title>Review of staged data</title>" in english and '<html lang="en">' in english
    assert "The parts (40 + 189) add up to 229, but the stated total is 266." in english


def test_report_in_headless_chromium(staged_ws: Path, tmp_path: Path) -> None:
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import Select

    ws = staged_ws
    hostile = find_id(ws, LUJAN, "line:10", 19)
    break_staged(ws, hostile, source_text=HOSTILE, value_raw="19")
    rejected = find_id(ws, LUJAN, "line:16", 108)
    fixed = find_id(ws, LUJAN, "line:15", 51)
    doubtful = find_id(ws, LUJAN, "line:24", 1)
    break_staged(ws, doubtful, confidence=0.45)  # one value the confidence model doubts
    (ws / "d.yaml").write_text(
        f"- {{observation_id: {rejected}, decision: reject}}\n"
        f"- {{observation_id: {fixed}, decision: correct, value: 52, indicator_id: personas_asistidas}}\n",
        "utf-8",
    )
    assert invoke("review", "--workspace", str(ws), "--apply", str(ws / "d.yaml")).exit_code == 0
    page = _write_report(ws)
    rows = staged_rows(ws)
    per_indicator = Counter(str(r["indicator_id"]) for r in rows)
    with chromium() as driver:
        seconds = load(driver, page)
        assert seconds < 10
        assert console_errors(driver) == []
        assert driver.title == "Revisión de datos preparados"  # the hostile text ran nothing

        def hits() -> int:
            return int(driver.find_element(By.ID, "count").get_attribute("data-hits"))

        assert hits() == len(rows)
        Select(driver.find_element(By.ID, "f-indicator")).select_by_value("femicidios")
        assert hits() == per_indicator["femicidios"]
        shown = [
            tr.get_attribute("data-id")
            for tr in driver.find_elements(By.CSS_SELECTOR, "#values tbody tr[data-id]")
        ]
        assert (
            find_id(ws, LUJAN, "line:24", 1) in shown and len(shown) == per_indicator["femicidios"]
        )
        driver.find_element(By.ID, "reset").click()
        search = driver.find_element(By.ID, "search")
        search.send_keys("negrita")
        assert hits() == 1
        row = driver.find_element(By.CSS_SELECTOR, f'tr[data-id="{hostile}"]')
        assert row.find_element(By.TAG_NAME, "mark").text == "19"
        assert "</script>" in row.text and "<b>negrita</b>" in row.text  # shown as text
        driver.find_element(By.ID, "reset").click()
        Select(driver.find_element(By.ID, "f-status")).select_by_value("rejected")
        assert hits() == 1
        assert driver.find_element(By.CSS_SELECTOR, f'tr[data-id="{rejected}"] .status-rejected')
        Select(driver.find_element(By.ID, "f-status")).select_by_value("corrected")
        assert hits() == 1
        row = driver.find_element(By.CSS_SELECTOR, f'tr[data-id="{fixed}"]')
        assert "→ 52" in row.text and "indicator_id → personas_asistidas" in row.text
        driver.find_element(By.ID, "reset").click()
        driver.find_element(By.ID, "f-low").click()
        low = [r for r in rows if float(str(r["confidence"])) < DEFAULT_MIN_CONFIDENCE]
        assert doubtful in {str(r["observation_id"]) for r in low} and hits() == len(low)
        first = driver.find_element(By.CSS_SELECTOR, "#values tbody tr[data-id]")
        assert "retenido hasta revisarlo" in first.text
        driver.save_screenshot(str(tmp_path / "values.png"))
        driver.find_element(By.ID, "tab-btn-charts").click()
        Select(driver.find_element(By.ID, "chart-indicator")).select_by_value(
            "personas_capacitadas_genero"
        )
        bars = driver.find_elements(By.CSS_SELECTOR, "#charts svg rect")
        assert len(bars) >= 4  # by period, by place, and total/parts pairs
        labels = [t.text for t in driver.find_elements(By.CSS_SELECTOR, "#charts svg text")]
        assert "266" in labels and "229" in labels  # Luján line 9: total 266, parts 40 + 189
        shot = tmp_path / "charts.png"
        driver.save_screenshot(str(shot))
        assert console_errors(driver) == []
    keep = os.environ.get("GENERO_ETL_SCREENSHOTS")  # CI can keep them as artifacts
    for name in ("values.png", "charts.png"):
        png = (tmp_path / name).read_bytes()
        assert png[:8] == b"\x89PNG\r\n\x1a\n" and len(png) > 10_000
        if keep:
            Path(keep).mkdir(parents=True, exist_ok=True)
            (Path(keep) / f"review-{name}").write_bytes(png)
