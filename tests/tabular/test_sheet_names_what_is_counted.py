"""What a table counts, when its column headers do not say it: the sheet's name or the title.

Rebuilt, small, from two development sets. Chile's Programa Apoyo a Víctimas
(tests/acceptance/corpus_dev20) keeps one sheet per measure, "Ingresos", "Personas atendidas",
"Atenciones", each with its services across ("SSR | SIC | CCP | Total"): a service is a
breakdown, what is counted is the sheet's name. Guatemala's statistics office
(tests/acceptance/corpus_dev13) heads a rate's column "Tasa" under the title "Tasa de
Mortalidad Materna. Serie Histórica 2018-2021": the header names only the measure. Figures
are the real files'.
"""

from __future__ import annotations

from pathlib import Path

from tabular.staged import read, workbook

SERVICES = ["", "Comuna del delito", "SSR", "SIC", "CCP", "Total"]


def test_services_across_count_what_the_sheet_is_named(tmp_path: Path) -> None:
    path = workbook(tmp_path / "pav_concepcion.xlsx", {
        "Ingresos": [SERVICES,
                     ["1", "Concepción", 129.0, 78.0, 16.0, 223.0],
                     ["2", "Coronel", 46.0, 25.0, 6.0, 77.0],
                     ["3", "Talcahuano", 33.0, 34.0, 6.0, 73.0]],
        "Atenciones": [SERVICES,
                       ["1", "Concepción", 1307.0, 216.0, 33.0, 1556.0],
                       ["2", "Coronel", 332.0, 75.0, 11.0, 418.0],
                       ["3", "Talcahuano", 239.0, 90.0, 17.0, 346.0]],
    })  # fmt: skip
    out = read(path, country="CL")
    entered = [o for o in out if o.value == 129 and o.municipality_code == "08101"]
    assert [(o.indicator_label, o.breakdown_value) for o in entered] == [("Ingresos", "SSR")]
    sessions = [o for o in out if o.value == 1307]
    assert [(o.indicator_label, o.breakdown_value) for o in sessions] == [("Atenciones", "SSR")]
    coronel = [o for o in out if o.value == 25 and o.municipality_code == "08102"]
    assert [(o.indicator_label, o.breakdown_value) for o in coronel] == [("Ingresos", "SIC")]
    assert {o.indicator_label for o in out if o.breakdown_value == "SIC"} == {
        "Ingresos", "Atenciones"
    }  # fmt: skip
    assert not [o for o in out if o.indicator_label in {"SSR", "SIC", "CCP"}]


def test_a_header_naming_only_the_measure_takes_the_title(tmp_path: Path) -> None:
    path = workbook(tmp_path / "vitales.xlsx", {
        "1.10": [["Tasa de Mortalidad Materna. Serie Histórica 2018-2021"],
                 ["Año", "Tasa"],
                 [2021, 0.840216834], [2020, 0.759058884], [2019, 0.670564665],
                 [2018, 0.761878919],
                 ["Fuente: Estadísticas Vitales, INE."]],
        "5.15": [["Tasa Mortalidad Femenina. Serie Histórica 2018-2021"],
                 ["Año", "Tasa"],
                 [2021, 4.40481306132], [2020, 4.48916248589], [2019, 4.57352774062],
                 [2018, 4.76384059177],
                 ["Fuente: Estadísticas Vitales, INE."]],
    })  # fmt: skip
    out = read(path, country="GT")
    maternal = [o for o in out if abs(o.value - 0.670564665) < 1e-9]
    assert [(o.indicator_label, o.period_start, o.period_end) for o in maternal] == [
        ("Tasa de Mortalidad Materna. Serie Histórica 2018-2021", "2019-01-01", "2019-12-31")
    ]
    female = [o for o in out if abs(o.value - 4.48916248589) < 1e-9]
    assert [o.indicator_label for o in female] == [
        "Tasa Mortalidad Femenina. Serie Histórica 2018-2021"
    ]
    assert not [o for o in out if o.value in (2018, 2019, 2020, 2021)]


def test_a_sheet_named_by_its_number_or_by_default_names_nothing() -> None:
    from types import SimpleNamespace

    from genero_etl.tabular.semantic import _sheet_label

    def view(title: str, sheet: str) -> SimpleNamespace:
        return SimpleNamespace(table=SimpleNamespace(title=title), sheet=sheet)

    assert _sheet_label(view("", "Hoja1")) == ""  # type: ignore[arg-type]
    assert _sheet_label(view("", "Sheet 2")) == ""  # type: ignore[arg-type]
    assert _sheet_label(view("", "3.4")) == ""  # type: ignore[arg-type]
    assert _sheet_label(view("", "2022")) == ""  # type: ignore[arg-type]
    assert _sheet_label(view("", "Ingresos")) == "Ingresos"  # type: ignore[arg-type]
    assert _sheet_label(view("Femicidios 2016", "Hoja1")) == "Femicidios 2016"  # type: ignore[arg-type]


def test_a_sheet_of_the_other_sheets_totals_side_by_side_is_read_once(tmp_path: Path) -> None:
    from tabular.staged import rows, staged_file

    path = workbook(tmp_path / "pav_concepcion.xlsx", {
        "Ingresos": [SERVICES,
                     ["1", "Concepción", 129.0, 78.0, 16.0, 223.0],
                     ["2", "Coronel", 46.0, 25.0, 6.0, 77.0],
                     ["3", "Talcahuano", 33.0, 34.0, 6.0, 73.0]],
        "Personas atendidas": [SERVICES,
                               ["1", "Concepción", 150.0, 78.0, 16.0, 244.0],
                               ["2", "Coronel", 48.0, 25.0, 6.0, 79.0],
                               ["3", "Talcahuano", 38.0, 34.0, 6.0, 78.0]],
        "Atenciones": [SERVICES,
                       ["1", "Concepción", 1307.0, 216.0, 33.0, 1556.0],
                       ["2", "Coronel", 332.0, 75.0, 11.0, 418.0],
                       ["3", "Talcahuano", 239.0, 90.0, 17.0, 346.0]],
        "Totales": [["", "Comuna del delito", "Ingresos", "Personas atendidas", "Atenciones"],
                    ["1", "Concepción", 223.0, 244.0, 1556.0],
                    ["2", "Coronel", 77.0, 79.0, 418.0],
                    ["3", "Talcahuano", 73.0, 78.0, 346.0]],
    })  # fmt: skip
    staged = staged_file(path, country="CL")
    skipped = [i for i in staged.issues if i.code == "sheet-copy-skipped"]
    assert len(skipped) == 1 and "'Totales' repite" in skipped[0].message_es
    out = rows(staged)
    assert not [o for o in out if o.source_locator.startswith("Totales!")]
    concepcion = [o for o in out if o.municipality_code == "08101" and o.value == 223]
    # the Total column of the sheet counts what its services do
    assert [(o.indicator_label, o.breakdown_value) for o in concepcion] == [("Ingresos", "_T")]
    assert sorted(o.value for o in out if o.indicator_label == "Atenciones" and o.municipality_code == "08102") == [11, 75, 332, 418]  # fmt: skip


def test_who_attended_a_birth_over_its_values_is_a_breakdown(tmp_path: Path) -> None:
    path = workbook(tmp_path / "vitales.xlsx", {
        "1.5": [["Porcentaje de Nacimientos por tipo de asistencia recibida. Serie Histórica 2018-2022"],
                ["Año", "Asistencia recibida"],
                [None, "Médica", "Paramédica", "Comadrona", "Empírica", "Ninguna", "Ignorado"],
                [2021, 68.79260840970132, 0.3021883302573671, 26.548823841297526,
                 1.025933727172902, 0.41112678872023384, 2.919318902850653],
                [2020, 68.8944116854038, 0.27285089621701464, 26.575560062365923,
                 0.9516077980844754, 0.36604808740607014, 2.939521470522725],
                ["Fuente: Estadísticas Vitales, INE."]],
    })  # fmt: skip
    out = read(path, country="GT")
    midwife = [o for o in out if abs(o.value - 26.575560062365923) < 1e-9]
    assert [(o.breakdown_dimension, o.breakdown_value, o.period_start) for o in midwife] == [
        ("asistencia_parto", "Comadrona", "2020-01-01")
    ]
    doctor = [o for o in out if abs(o.value - 68.79260840970132) < 1e-9]
    assert [(o.breakdown_dimension, o.breakdown_value, o.period_start) for o in doctor] == [
        ("asistencia_parto", "Médica", "2021-01-01")
    ]
