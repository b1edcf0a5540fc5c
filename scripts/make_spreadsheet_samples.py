"""Write the sample spreadsheets (raw/planillas/) and test fixtures (tests/fixtures/spreadsheets/).

Made with real writers, as offices make them: openpyxl for .xlsx (title rows, merged
headers, notes, a hidden sheet, dates as serial numbers), LibreOffice (soffice) for the
.ods and .xls copies, and a Latin-1 CSV for the SESNSP file because that is what the
SESNSP publishes. Numbers are invented but plausible. Run: python scripts/make_spreadsheet_samples.py
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import random
import re
import shutil
import subprocess
import tempfile
import zipfile
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font

ROOT = Path(__file__).resolve().parent.parent
RAW = ROOT / "raw" / "planillas"
FIX = ROOT / "tests" / "fixtures" / "spreadsheets"
MONTHS = [
    "Enero",
    "Febrero",
    "Marzo",
    "Abril",
    "Mayo",
    "Junio",
    "Julio",
    "Agosto",
    "Septiembre",
    "Octubre",
    "Noviembre",
    "Diciembre",
]


def sesnsp_rows(rng: random.Random, years: tuple[int, ...] = (2024,)) -> list[list[object]]:
    municipios = [(1, "Aguascalientes", 1001, "Aguascalientes"), (8, "Chihuahua", 8037, "Juárez"),
                  (14, "Jalisco", 14039, "Guadalajara"), (14, "Jalisco", 14050, "Jocotepec")]  # fmt: skip
    delitos = [
        ("La vida y la Integridad corporal", "Feminicidio", "Feminicidio", "Con arma de fuego"),
        ("La vida y la Integridad corporal", "Feminicidio", "Feminicidio", "Con arma blanca"),
        ("La vida y la Integridad corporal", "Homicidio", "Homicidio doloso", "Con arma de fuego"),
        ("La familia", "Violencia familiar", "Violencia familiar", "Violencia familiar"),
        (
            "La libertad y la seguridad sexual",
            "Violación simple",
            "Violación simple",
            "Violación simple",
        ),
    ]
    rows: list[list[object]] = []
    for year in years:
        for ent, entidad, cve, mun in municipios:
            for bien, tipo, subtipo, modalidad in delitos:
                scale = 40 if tipo == "Violencia familiar" else 3
                rows.append(
                    [
                        year,
                        ent,
                        entidad,
                        cve,
                        mun,
                        bien,
                        tipo,
                        subtipo,
                        modalidad,
                        *[rng.randint(0, scale) for _ in MONTHS],
                    ]
                )
    return rows


SESNSP_HEADER = ["Año", "Clave_Ent", "Entidad", "Cve. Municipio", "Municipio", "Bien jurídico afectado",
                 "Tipo de delito", "Subtipo de delito", "Modalidad", *MONTHS]  # fmt: skip


def write_sesnsp(path: Path, rng: random.Random) -> None:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(SESNSP_HEADER)
    writer.writerows(sesnsp_rows(rng))
    path.write_bytes(buffer.getvalue().encode("latin-1"))


def title_rows(ws, lines: list[str], width: int) -> int:  # type: ignore[no-untyped-def]
    for i, line in enumerate(lines, 1):
        ws.cell(i, 1, line).font = Font(bold=True, size=14 if i == 1 else 11)
        ws.merge_cells(start_row=i, start_column=1, end_row=i, end_column=width)
    return len(lines) + 2  # a blank row (the logo's) between title and header


def write_linea144(path: Path, rng: random.Random) -> None:
    wb = Workbook()
    ws = wb.active
    ws.title = "Casos"
    header = ["caso_id", "fecha", "prov_residencia_persona_en_situacion_violencia", "genero_persona_en_situacion_de_violencia",
              "edad_persona_en_situacion_de_violencia", "tipo_de_violencia_fisica", "tipo_de_violencia_psicologica",
              "tipo_de_violencia_sexual", "tipo_de_violencia_economica_y_patrimonial", "tipo_de_violencia_simbolica",
              "tipo_de_violencia_domestica", "modalidad_de_violencia_institucional", "modalidad_de_violencia_laboral",
              "modalidad_de_violencia_obstetrica", "modalidad_de_violencia_mediatica", "vinculo_con_la_persona_agresora"]  # fmt: skip
    top = title_rows(
        ws,
        ["Línea 144 - Registro de llamadas", "Dirección de Géneros y Diversidad - Año 2024"],
        len(header),
    )
    for c, h in enumerate(header, 1):
        ws.cell(top, c, h).font = Font(bold=True)
    provs = ["Buenos Aires", "Córdoba", "Santa Fe", "Ciudad Autónoma de Buenos Aires"]
    vinculos = ["Pareja", "Ex pareja", "Padre", "Otro familiar", "Desconocido"]
    for i in range(60):
        r = top + 1 + i
        day = dt.date(2024, 1 + (i % 3), 1 + (i * 7) % 27)
        values: list[object] = [
            1000 + i,
            day,
            provs[i % 4],
            ["Mujer", "Mujer", "Mujer trans", "Varón"][i % 4],
            18 + (i * 5) % 50,
        ]
        values += [
            "Sí" if rng.random() < p else "No"
            for p in (0.4, 0.9, 0.15, 0.3, 0.2, 0.7, 0.05, 0.1, 0.05, 0.05)
        ]
        values.append(vinculos[i % 5])
        for c, v in enumerate(values, 1):
            cell = ws.cell(r, c, v)
            if c == 2:
                cell.number_format = "DD/MM/YYYY"
        if i == 5:
            ws.cell(r, 2, (day - dt.date(1899, 12, 30)).days)  # a date typed as its serial number
    ws.cell(top + 62, 1, "Fuente: registro propio de la Línea 144 local. Datos provisorios.")
    lists = wb.create_sheet("Listas")
    for i, p in enumerate(provs, 1):
        lists.cell(i, 1, p)
    lists.sheet_state = "hidden"
    wb.save(path)


def write_ficha(path: Path, bad_value: bool = True) -> None:
    wb = Workbook()
    ws = wb.active
    ws.title = "Hoja1"
    top = title_rows(
        ws,
        [
            "Gobierno Municipal de Juárez, Chihuahua",
            "Ficha técnica de avance - Alerta de Violencia de Género contra las Mujeres",
            "Primer trimestre 2024",
        ],
        9,
    )
    heads = [
        "Dependencia",
        "Recomendación",
        "Meta",
        "Línea de acción",
        "Avance",
        None,
        "Trimestre",
        "Evidencia",
    ]
    for c, h in enumerate(heads, 1):
        if h:
            ws.cell(top, c, h).font = Font(bold=True)
    ws.merge_cells(start_row=top, start_column=5, end_row=top, end_column=6)
    ws.cell(top + 1, 5, "Programado").font = Font(bold=True)
    ws.cell(top + 1, 6, "Realizado").font = Font(bold=True)
    for c in (1, 2, 3, 4, 7, 8):
        ws.merge_cells(start_row=top, start_column=c, end_row=top + 1, end_column=c)
    ws.cell(top, 5).alignment = Alignment(horizontal="center")
    rows = [
        (
            "Instituto Municipal de las Mujeres",
            "I. Prevención",
            "Capacitar a servidoras y servidores públicos",
            "Talleres de sensibilización en género",
            12,
            10,
            "1er trimestre",
            "Listas de asistencia",
        ),
        (
            "Dirección de Seguridad Pública",
            "II. Atención",
            "Atender reportes de violencia familiar",
            "Unidad especializada de atención",
            300,
            287,
            "1er trimestre",
            "Bitácora",
        ),
        (
            "DIF Municipal",
            "I. Prevención",
            "Campañas en escuelas",
            "Pláticas de prevención del noviazgo violento",
            20,
            "s/d" if bad_value else 18,
            "1er trimestre",
            "Fotografías",
        ),
        (
            "Dirección de Educación",
            "III. Difusión",
            "Difundir la línea de emergencia",
            "Carteles en planteles",
            150,
            150,
            "1er trimestre",
            "Oficios",
        ),
    ]
    for i, row in enumerate(rows):
        for c, v in enumerate(row, 1):
            ws.cell(top + 2 + i, c, v)
    ws.cell(
        top + 2 + len(rows) + 1,
        1,
        "Fuente: fichas técnicas entregadas por las dependencias al IMM.",
    )
    wb.save(path)


def write_poa(path: Path) -> None:
    wb = Workbook()
    ws = wb.active
    ws.title = "POA 2024"
    top = title_rows(
        ws,
        [
            "H. Ayuntamiento de Jocotepec, Jalisco",
            "Instituto Municipal de las Mujeres - Programa Operativo Anual 2024",
        ],
        8,
    )
    heads = [
        "Actividad",
        "Eje",
        "Líneas de acción",
        "Inversión",
        "Beneficiarios",
        None,
        "Periodo",
        "Temporalidad de evaluación",
    ]
    for c, h in enumerate(heads, 1):
        if h:
            ws.cell(top, c, h).font = Font(bold=True)
    ws.merge_cells(start_row=top, start_column=5, end_row=top, end_column=6)
    ws.cell(top + 1, 5, "Directos")
    ws.cell(top + 1, 6, "Indirectos")
    for c in (1, 2, 3, 4, 7, 8):
        ws.merge_cells(start_row=top, start_column=c, end_row=top + 1, end_column=c)
    rows = [
        (
            "ACTIVIDAD 1. Talleres de prevención de la violencia",
            "Prevención",
            "Talleres en escuelas y colonias",
            150000,
            1200,
            4800,
            "Enero-Diciembre 2024",
            "Trimestral",
        ),
        (
            "ACTIVIDAD 2. Atención psicológica y jurídica",
            "Atención",
            "Asesorías a mujeres en situación de violencia",
            700000,
            350,
            1050,
            "Enero-Diciembre 2024",
            "Mensual",
        ),
        (
            "ACTIVIDAD 3. Campaña 25N",
            "Prevención",
            "Difusión en medios y redes",
            80000.5,
            15000,
            45000,
            "Noviembre 2024",
            "Anual",
        ),
    ]
    for i, row in enumerate(rows):
        for c, v in enumerate(row, 1):
            ws.cell(top + 2 + i, c, v)
        ws.cell(top + 2 + i, 4).number_format = '"$"#,##0.00'
    total_row = top + 2 + len(rows)
    ws.cell(total_row, 1, "Total")
    for c in (4, 5, 6):
        letter = "DEF"[c - 4]
        ws.cell(total_row, c, f"=SUM({letter}{top + 2}:{letter}{total_row - 1})")
    ws.cell(total_row + 2, 1, "Nota: montos en pesos mexicanos; fuente: Tesorería Municipal.")
    wb.save(path)
    # Cached values for the SUM formulas, as Excel or LibreOffice would have saved them.
    cached = {f"{'DEF'[i]}{total_row}": str(sum(r[3 + i] for r in rows)) for i in range(3)}  # type: ignore[misc]
    cached["D" + str(total_row)] = str(sum(r[3] for r in rows))
    _add_cached_values(path, cached)


def _add_cached_values(path: Path, values: dict[str, str]) -> None:
    with zipfile.ZipFile(path) as zin:
        items = {n: zin.read(n) for n in zin.namelist()}
    part = "xl/worksheets/sheet1.xml"
    xml = items[part].decode("utf-8")
    for ref, value in values.items():
        xml = re.sub(
            rf'(<c r="{ref}"[^>]*>\s*<f>[^<]*</f>)(\s*<v\s*/>|\s*<v></v>)?',
            rf"\1<v>{value}</v>",
            xml,
        )
    items[part] = xml.encode("utf-8")
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for name, data in items.items():
            zout.writestr(name, data)


def write_indicadores(path: Path) -> None:
    """Annual indicator sheet: two tables on one sheet, a merged year header, a Total row, notes."""
    wb = Workbook()
    ws = wb.active
    ws.title = "Indicadores"
    top = title_rows(
        ws,
        ["Municipalidad de Luján - Dirección de Géneros y Diversidad", "Indicadores anuales 2024"],
        5,
    )
    ws.cell(top, 1, "Tabla 1. Personas asistidas por tipo de violencia").font = Font(bold=True)
    ws.cell(top + 1, 1, "Tipo de violencia")
    ws.cell(top + 1, 2, 2023)
    ws.merge_cells(start_row=top + 1, start_column=2, end_row=top + 1, end_column=3)
    ws.cell(top + 1, 4, 2024)
    ws.merge_cells(start_row=top + 1, start_column=4, end_row=top + 1, end_column=5)
    ws.merge_cells(start_row=top + 1, start_column=1, end_row=top + 2, end_column=1)
    for c, h in enumerate(["Mujeres", "Varones", "Mujeres", "Varones"], 2):
        ws.cell(top + 2, c, h)
    data = [
        ("Física", 120, 8, 135, 11),
        ("Psicológica", 310, 22, 342, 25),
        ("Económica", 45, 2, 51, 4),
    ]
    for i, row in enumerate(data):
        for c, v in enumerate(row, 1):
            ws.cell(top + 3 + i, c, v)
    ws.cell(top + 6, 1, "Total")
    for c in range(2, 6):
        ws.cell(top + 6, c, sum(r[c - 1] for r in data))  # type: ignore[misc]
    ws.cell(top + 7, 1, "Fuente: registros de atención de la Dirección.")
    t2 = top + 10
    ws.cell(t2, 1, "Tabla 2. Llamadas recibidas por mes").font = Font(bold=True)
    ws.cell(t2 + 1, 1, "Indicador")
    for m, name in enumerate(MONTHS[:6], 2):
        ws.cell(t2 + 1, m, name[:3])
    ws.cell(t2 + 2, 1, "Llamadas recibidas")
    ws.cell(t2 + 3, 1, "Denuncias acompañadas")
    for m in range(2, 8):
        ws.cell(t2 + 2, m, 40 + 3 * m)
        ws.cell(t2 + 3, m, 5 + m)
    ws.cell(t2 + 4, 1, "Nota: 2024, datos del primer semestre.")
    wb.save(path)


def soffice_convert(src: Path, fmt: str, dest: Path) -> bool:
    if shutil.which("soffice") is None:
        return False
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(
            [
                "soffice",
                "--headless",
                f"-env:UserInstallation=file://{tmp}/profile",
                "--convert-to",
                fmt,
                "--outdir",
                tmp,
                str(src),
            ],
            check=True,
            capture_output=True,
            timeout=120,
        )
        out = Path(tmp) / (src.stem + "." + fmt.split(":")[0])
        if not out.is_file():
            print("soffice could not convert", src.name, "(is libreoffice-calc installed?)")
            return False
        shutil.copy(out, dest)
    return True


def main() -> None:
    rng = random.Random(2024)
    RAW.mkdir(parents=True, exist_ok=True)
    FIX.mkdir(parents=True, exist_ok=True)
    write_sesnsp(RAW / "sesnsp_idm_2024.csv", rng)
    write_linea144(RAW / "linea144_registro_2024.xlsx", random.Random(144))
    write_ficha(RAW / "ficha_tecnica_avgm_2024_T1.xlsx")
    write_poa(RAW / "poa_2024_instituto_mujeres.xlsx")
    write_indicadores(RAW / "indicadores_anuales_2024.xlsx")
    (RAW / "ficha_tecnica_avgm_2024_T1.xlsx.meta.yaml").write_text(
        "municipality_code: '08037'\ncountry: MX\nperiod: '2024'\n", encoding="utf-8"
    )
    (RAW / "poa_2024_instituto_mujeres.xlsx.meta.yaml").write_text(
        "municipality_code: '14050'\ncountry: MX\nperiod: '2024'\ndocument_type: poa\n",
        encoding="utf-8",
    )
    (RAW / "indicadores_anuales_2024.xlsx.meta.yaml").write_text(
        "municipality_code: '06497'\ncountry: AR\n", encoding="utf-8"
    )
    for name in ("sesnsp_idm_2024.csv", "linea144_registro_2024.xlsx", "ficha_tecnica_avgm_2024_T1.xlsx",
                 "poa_2024_instituto_mujeres.xlsx", "indicadores_anuales_2024.xlsx",
                 "ficha_tecnica_avgm_2024_T1.xlsx.meta.yaml", "poa_2024_instituto_mujeres.xlsx.meta.yaml",
                 "indicadores_anuales_2024.xlsx.meta.yaml"):  # fmt: skip
        shutil.copy(RAW / name, FIX / name)
    soffice_convert(
        RAW / "indicadores_anuales_2024.xlsx", "ods", FIX / "indicadores_anuales_2024.ods"
    )
    soffice_convert(
        RAW / "ficha_tecnica_avgm_2024_T1.xlsx", "xls", FIX / "ficha_tecnica_avgm_2024_T1.xls"
    )
    # Odd CSVs as real exports come.
    text = "Indicador;Enero;Febrero;Marzo;\r\r\nLlamadas recibidas;1.234;98;s/d;\r\r\nPresupuesto ejecutado;12.500,75;9.800,5;N/A;\r\r\n"
    (FIX / "spanish_excel.csv").write_bytes(text.encode("cp1252"))
    (FIX / "bom_tab.tsv").write_bytes(
        "\ufeffIndicador\t2023\t2024\nDenuncias recibidas\t15\t=2+3\n@usuaria\t1\t2\n".encode()
    )
    (FIX / "csv_disfrazado.xlsx").write_bytes(b"Indicador,2024\nLlamadas recibidas,321\n")
    wb = Workbook()
    ws = wb.active
    ws.title = "Hoja1"
    ws["A1"], ws["B1"] = "Indicador", "Valor"
    ws["A2"], ws["B2"] = "Denuncias recibidas", 10
    ws["A3"], ws["B3"] = "Denuncias acompañadas", "=B2*2"
    wb.save(FIX / "formula_sin_valor.xlsx")
    wb = Workbook()
    ws = wb.active
    ws.title = "Hoja1"
    ws["B2"] = "Este archivo no tiene tablas, solo una nota."
    wb.save(FIX / "sin_tabla.xlsx")
    print("samples written to", RAW, "and", FIX)


if __name__ == "__main__":
    main()
