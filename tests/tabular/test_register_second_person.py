"""A civil-society register of one year (the Red Chilena's shape, rebuilt small and with
made-up names): the victim's attributes, then the perpetrator's written again with a number
("edad_2", "nacionalidad_2"); a few cases a region."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

from genero_etl.model.arrow import table_rows
from genero_etl.pipeline import IngestOptions, extract_document

REGIONS = ["Metropolitana", "Valparaíso", "Biobío", "Los Lagos", "Maule", "Coquimbo",
           "Antofagasta", "Araucanía", "Atacama", "Los Ríos"]  # fmt: skip


def test_the_perpetrators_repeated_columns_are_never_the_victims(tmp_path: Path) -> None:
    lines = ["id,fecha,region,nombre_victima,edad,nacionalidad,categoria,nombre_femicida,"
             "edad_2,nacionalidad_2"]  # fmt: skip
    for i in range(30):
        victim = "Boliviana" if i % 10 == 0 else "Chilena"
        perpetrator = "Peruana" if i % 3 == 0 else "Chilena"
        kind = "Femicidio íntimo" if i % 4 else "Femicidio no íntimo"
        lines.append(
            f"{i + 1},2019-{i % 12 + 1:02d}-{i % 27 + 1:02d},{REGIONS[i % 10]},Nombre {i} Apellido,"
            f"{40 + i},{victim},{kind},Autor {i} Apellido,{70 + i},{perpetrator}"
        )
    path = tmp_path / "femicidios_2019.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    staged = extract_document(path, path.name, IngestOptions())
    out = [SimpleNamespace(**r) for r in table_rows(staged.table())]
    nationality = {
        (o.admin1, o.breakdown_value): o.value
        for o in out
        if o.breakdown_dimension == "nacionalidad"
    }
    # the victims' nationalities only, for the whole country (cells of one to three cases by
    # region): no "Peruana", no count of 60 people
    assert nationality == {("", "Boliviana"): 3.0, ("", "Chilena"): 27.0}
    kinds = {o.breakdown_value: o.value for o in out if o.breakdown_dimension == "categoria"}
    assert kinds == {"Femicidio íntimo": 22.0, "Femicidio no íntimo": 8.0}
    totals = {o.admin1: o.value for o in out if o.breakdown_dimension == "_T"}
    assert totals["CL-RM"] == 3.0 and sum(totals.values()) == 30.0
    assert {o.period_start for o in out} == {"2019-01-01"}
    assert not {40.0 + i for i in range(60)} & {o.value for o in out}  # ages are never values
    codes = {i.code for i in staged.issues}
    assert {"table-register-national", "table-register-left-out"} <= codes
