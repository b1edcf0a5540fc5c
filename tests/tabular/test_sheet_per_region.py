"""A report with one sheet per region, the region named only in its title block
("Veracruz de Ignacio de la Llave, 2019"): the shape of SESNSP's incidence report
(instrument CNSP/38/15). A small workbook with made-up figures of that shape."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

from genero_etl.model.arrow import table_rows
from genero_etl.normalize.document import Overrides
from genero_etl.pipeline import IngestOptions, extract_document

MONTHS = ["Enero", "Febrero", "Marzo"]


def _sheet(book, name: str, region: str, base: int) -> None:  # type: ignore[no-untyped-def]
    sheet = book.create_sheet(name)
    sheet.append([None, "SECRETARIADO EJECUTIVO DEL SISTEMA NACIONAL DE SEGURIDAD PÚBLICA"])
    sheet.append([None, "CENTRO NACIONAL DE INFORMACIÓN"])
    sheet.append([])
    sheet.append([None, "Incidencia delictiva del fuero común1/"])
    sheet.append([None, f"{region}, 2019"])
    sheet.append([None, "Bien jurídico afectado", "Clave", "Tipo de delito", *MONTHS, "Total"])
    lines = [("La vida y la Integridad", "1.1", "Homicidio"), (None, "1.5", "Feminicidio"),
             ("La familia", "5.1", "Violencia familiar")]  # fmt: skip
    for n, (good, code, offence) in enumerate(lines):
        months = [base + 10 * n + m for m in range(3)]
        sheet.append([None, good, code, offence, *months, sum(months)])


def _rows(path: Path, country: str) -> list[SimpleNamespace]:
    """The country declared (a small table says too little to tell it), no region."""
    options = IngestOptions(overrides=Overrides(country=country))
    staged = extract_document(path, path.name, options)
    return [SimpleNamespace(**r) for r in table_rows(staged.table())]


def test_each_sheet_takes_the_region_its_title_names(tmp_path: Path) -> None:
    from openpyxl import Workbook

    book = Workbook()
    book.remove(book.active)
    _sheet(book, "Nacional", "Nacional", 500)
    _sheet(book, "30. Ver", "Veracruz de Ignacio de la Llave", 20)
    _sheet(book, "14. Jal", "Jalisco", 40)
    path = tmp_path / "CNSP-Delitos-2019.xlsx"
    book.save(path)
    out = _rows(path, "MX")
    femicides = {
        (o.admin1, o.period_start): o.value
        for o in out
        if o.breakdown_value == "Feminicidio" and o.period_end[5:7] == o.period_start[5:7]
    }
    assert femicides[("MX-VER", "2019-03-01")] == 32  # 20 + 10 + 2
    assert femicides[("MX-JAL", "2019-01-01")] == 50
    assert femicides[("", "2019-02-01")] == 511  # the national sheet names no region
    ver = next(o for o in out if o.admin1 == "MX-VER" and o.value == 32)
    assert ver.source_locator.startswith("30. Ver!") and ver.country == "MX"


def test_the_countrys_own_name_in_a_title_is_no_region(tmp_path: Path) -> None:
    """'Guatemala, 2019' over a table of Guatemala is the country, not its department."""
    path = tmp_path / "denuncias_2019.xlsx"
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.title = "datos"
    sheet.append(["Ministerio Público"])
    sheet.append(["Guatemala, 2019"])
    sheet.append(["Delito", "Enero", "Febrero"])
    sheet.append(["Femicidio", 12, 15])
    sheet.append(["Violencia contra la mujer", 900, 950])
    book.save(path)
    out = _rows(path, "GT")
    femicide = next(o for o in out if o.value == 15)
    assert femicide.country == "GT" and femicide.admin1 == ""
    assert femicide.period_start == "2019-02-01"
