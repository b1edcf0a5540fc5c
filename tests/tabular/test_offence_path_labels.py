"""An offence written over three columns (the SESNSP's state incidence under the methodology
used until 2017: MODALIDAD "HOMICIDIOS", TIPO "DOLOSOS", SUBTIPO "CON ARMA DE FUEGO"), the
months across, rows as written in its 1997 file (ISO-8859-1): a row is named by its
offence's path, not by its finest column, and a subtype "SIN DATOS" still says the offence."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

from genero_etl.model.arrow import table_rows
from genero_etl.pipeline import IngestOptions, extract_document

ROWS = """AÑO,INEGI,ENTIDAD,MODALIDAD,TIPO,SUBTIPO,ENERO,FEBRERO,MARZO,ABRIL,MAYO,JUNIO,JULIO,AGOSTO,SEPTIEMBRE,OCTUBRE,NOVIEMBRE,DICIEMBRE
1997,1,AGUASCALIENTES,DELITOS SEXUALES (VIOLACION),VIOLACION,VIOLACION,5,5,5,5,5,5,3,3,7,1,2,2
1997,1,AGUASCALIENTES,HOMICIDIOS,DOLOSOS,CON ARMA BLANCA,4,4,4,4,4,4,0,0,0,0,0,0
1997,1,AGUASCALIENTES,HOMICIDIOS,DOLOSOS,OTROS,54,54,54,54,54,54,1,2,2,0,0,2
1997,1,AGUASCALIENTES,HOMICIDIOS,CULPOSOS,SIN DATOS,14,14,14,14,14,14,12,19,11,13,5,15
1997,1,AGUASCALIENTES,LESIONES,DOLOSAS,SIN DATOS,67,67,67,67,67,67,50,70,57,55,49,54
1997,14,JALISCO,DELITOS SEXUALES (VIOLACION),VIOLACION,VIOLACION,39,47,41,44,46,38,32,47,35,42,51,52
1997,14,JALISCO,HOMICIDIOS,DOLOSOS,OTROS,40,42,55,40,46,45,43,52,54,51,51,81
1997,14,JALISCO,HOMICIDIOS,CULPOSOS,SIN DATOS,25,31,22,30,27,25,29,33,24,30,28,36
"""


def test_an_offence_over_three_columns_is_named_by_its_path(tmp_path: Path) -> None:
    path = tmp_path / "IDEFC_1997.csv"
    path.write_bytes(ROWS.encode("latin-1"))
    staged = extract_document(path, path.name, IngestOptions())
    out = [SimpleNamespace(**r) for r in table_rows(staged.table())]

    def cell(state: str, month: str, label: str) -> SimpleNamespace:
        (found,) = [
            o for o in out
            if o.admin1 == state and o.period_start == f"1997-{month}-01"
            and o.indicator_label == label
        ]  # fmt: skip
        return found

    knife = cell("MX-AGU", "01", "HOMICIDIOS | DOLOSOS | CON ARMA BLANCA")
    assert (float(knife.value), knife.country, knife.indicator_id) == (
        4.0, "MX", "delitos_registrados",
    )  # fmt: skip
    assert knife.breakdown_value == "HOMICIDIOS | DOLOSOS | CON ARMA BLANCA"
    # an unknown subtype ("SIN DATOS") of a known offence: the offence, never unclassified
    unknown = cell("MX-JAL", "12", "HOMICIDIOS | CULPOSOS")
    assert (float(unknown.value), unknown.indicator_id) == (36.0, "delitos_registrados")
    assert not [o for o in out if o.indicator_id == "sin_clasificar"]
    # an offence the codebook knows keeps its indicator and its own name
    rape = cell("MX-JAL", "02", "VIOLACION")
    assert float(rape.value) == 47.0 and rape.indicator_id != "delitos_registrados"
    # the year's homicides of both states, every month of the five homicide rows
    homicides = sum(float(o.value) for o in out if o.indicator_label.startswith("HOMICIDIOS"))
    assert homicides == 1454.0
