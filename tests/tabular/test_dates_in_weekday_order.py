"""A register whose dates were written in two orders, as in the twentieth development set
(tests/acceptance/corpus_dev20): Colombia's police homicides of January-May 2017, where a
spreadsheet turned every date it could read into its own month-first date ("03/06/2017" is
6 March, a Monday) and left the others as day-first text ("17/03/2017"). The weekday column
beside the date ("Lunes") tells the orders apart, so every case falls in January-May; with no
weekday column the dates are read as written.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from tests.tabular.staged import read, write

HEADER = "Fecha,Departamento,Municipio,Día,Sexo,Cantidad"

# real rows of the police's file (24 month-first dates, 14 day-first ones)
ROWS = [
    "01/06/2017,ANTIOQUIA,AMAGÁ,Viernes,MASCULINO,1",
    "01/07/2017,CESAR,EL PASO,Sábado,MASCULINO,1",
    "01/08/2017,CUNDINAMARCA,BOGOTÁ D.C. (CT),Domingo,MASCULINO,1",
    "01/09/2017,CAUCA,MIRANDA,Lunes,MASCULINO,1",
    "01/10/2017,HUILA,AGRADO,Martes,MASCULINO,1",
    "01/12/2017,ANTIOQUIA,CAICEDO,Jueves,MASCULINO,1",
    "02/06/2017,BOLÍVAR,CARTAGENA (CT),Lunes,MASCULINO,1",
    "02/07/2017,CAUCA,GUAPI,Martes,MASCULINO,1",
    "02/08/2017,NORTE DE SANTANDER,TIBÚ,Miércoles,MASCULINO,1",
    "02/10/2017,CAUCA,EL TAMBO,Viernes,MASCULINO,1",
    "02/11/2017,HUILA,NEIVA (CT),Sábado,MASCULINO,1",
    "02/12/2017,CUNDINAMARCA,BOGOTÁ D.C. (CT),Domingo,MASCULINO,1",
    "03/06/2017,CAUCA,SANTANDER DE QUILICHAO,Lunes,MASCULINO,1",
    "03/07/2017,HUILA,NEIVA (CT),Martes,MASCULINO,1",
    "03/09/2017,QUINDÍO,ARMENIA (CT),Jueves,FEMENINO,1",
    "03/11/2017,ANTIOQUIA,APARTADÓ,Sábado,MASCULINO,1",
    "03/12/2017,BOLÍVAR,CARTAGENA (CT),Domingo,MASCULINO,1",
    "03/12/2017,SANTANDER,BUCARAMANGA (CT),Domingo,FEMENINO,1",
    "04/06/2017,HUILA,PITALITO,Jueves,MASCULINO,1",
    "04/07/2017,NORTE DE SANTANDER,CÚCUTA (CT),Viernes,MASCULINO,1",
    "04/08/2017,RISARALDA,PEREIRA (CT),Sábado,FEMENINO,1",
    "04/09/2017,TOLIMA,RIOBLANCO,Domingo,MASCULINO,1",
    "04/10/2017,MAGDALENA,SANTA MARTA (CT),Lunes,MASCULINO,1",
    "04/12/2017,ANTIOQUIA,CIUDAD BOLÍVAR,Miércoles,MASCULINO,1",
    "13/01/2017,ANTIOQUIA,APARTADÓ,Viernes,MASCULINO,1",
    "19/01/2017,ANTIOQUIA,YARUMAL,Jueves,MASCULINO,1",
    "25/01/2017,ATLÁNTICO,SOLEDAD,Miércoles,MASCULINO,1",
    "31/01/2017,VALLE,CALI (CT),Martes,MASCULINO,1",
    "19/02/2017,CAUCA,POPAYÁN (CT),Domingo,MASCULINO,1",
    "25/02/2017,VALLE,ROLDANILLO,Sábado,MASCULINO,1",
    "17/03/2017,VALLE,CALI (CT),Viernes,MASCULINO,1",
    "24/03/2017,CUNDINAMARCA,SOACHA,Viernes,MASCULINO,1",
    "31/03/2017,NORTE DE SANTANDER,CÚCUTA (CT),Viernes,MASCULINO,1",
    "19/04/2017,VALLE,CARTAGO,Miércoles,MASCULINO,1",
    "25/04/2017,VALLE,PALMIRA,Martes,MASCULINO,1",
    "13/05/2017,VALLE,CARTAGO,Sábado,MASCULINO,1",
    "20/05/2017,ANTIOQUIA,ZARAGOZA,Sábado,MASCULINO,1",
    "25/05/2017,VALLE,LA CUMBRE,Jueves,MASCULINO,1",
]


def _months(rows: list) -> Counter[str]:
    """Homicides by month: the rows of each sex (one case each), summed."""
    out: Counter[str] = Counter()
    for r in rows:
        if r.breakdown_value.endswith(("varones", "mujeres")):
            assert r.period_start[:7] == r.period_end[:7]
            out[r.period_start[:7]] += int(r.value)
    return out


def test_the_weekday_tells_the_order_of_each_date(tmp_path: Path) -> None:
    path = write(tmp_path, "homicidios.csv", "\n".join([HEADER, *ROWS]) + "\n")
    months = _months(read(path, country="CO"))
    assert months == {"2017-01": 10, "2017-02": 8, "2017-03": 9, "2017-04": 8, "2017-05": 3}


def test_without_a_weekday_the_dates_are_read_as_written(tmp_path: Path) -> None:
    lines = [",".join(c for i, c in enumerate(line.split(",")) if i != 3) for line in ROWS]
    header = ",".join(c for i, c in enumerate(HEADER.split(",")) if i != 3)
    path = write(tmp_path, "homicidios.csv", "\n".join([header, *lines]) + "\n")
    months = _months(read(path, country="CO"))
    # "03/06/2017" read day-first: June; the 24 month-first dates fall in June-December
    assert sum(n for m, n in months.items() if m >= "2017-06") == 24
    assert months["2017-01"] == 4


def test_dates_the_weekday_confirms_day_first_stay(tmp_path: Path) -> None:
    # the day-first rows alone, and the month-first ones written day-first as a careful
    # export would: the weekday agrees with every date as written
    fixed = []
    for line in ROWS:
        cells = line.split(",")
        a, b, y = cells[0].split("/")
        if int(a) <= 12:
            cells[0] = f"{b}/{a}/{y}"
        fixed.append(",".join(cells))
    path = write(tmp_path, "homicidios.csv", "\n".join([HEADER, *fixed]) + "\n")
    months = _months(read(path, country="CO"))
    assert months == {"2017-01": 10, "2017-02": 8, "2017-03": 9, "2017-04": 8, "2017-05": 3}
