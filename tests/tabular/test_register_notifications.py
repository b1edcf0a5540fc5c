"""A health-surveillance register grouped with a count (the shape of SIVIGILA's event 875 as
an open-data extract writes it, rebuilt small): one row per date, municipality, stratum,
sexes and kind of violence, with ``casos``; the kind of violence is ``naturaleza``, the kind
of sexual violence ``nat_viosex`` ("No Aplica" where the violence was not sexual), the
stratum a number 1-6 or "Sin Dato"."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

from genero_etl.model.arrow import table_rows
from genero_etl.normalize.document import Overrides
from genero_etl.pipeline import IngestOptions, extract_document

KINDS = ["Violencia Física", "Violencia Física", "Violencia Psicológica", "Negligencia y Abandono",
         "Otro/Desconocido"]  # fmt: skip


def _notifications(path: Path) -> Path:
    lines = ["fecha,anio_hecho,mes_num,nombre_municipio,estrato,sexo_victima,sexo_agresor,"
             "naturaleza,nat_viosex,casos,anio_mes"]  # fmt: skip
    for i in range(120):
        year, month = 2016 + i % 2, 1 + i % 12
        kind = KINDS[i % 5]
        sexual = "Acceso carnal" if kind == "Otro/Desconocido" and i % 2 else "No Aplica"
        stratum = "Sin Dato" if i % 3 else str(1 + i % 6)
        lines.append(
            f"{year}-{month:02d}-{1 + i % 28:02d},{year},{month},Medellin,{stratum},"
            f"{'F' if i % 4 else 'M'},M,{kind},{sexual},{1 + i % 3},{year}-{month:02d}"
        )
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_a_grouped_notification_register_is_counted_by_its_kinds(tmp_path: Path) -> None:
    path = _notifications(tmp_path / "sivigila_violencias.csv")
    staged = extract_document(path, path.name, IngestOptions(overrides=Overrides(country="CO")))
    out = [SimpleNamespace(**r) for r in table_rows(staged.table())]
    by_kind: dict[tuple[str, str], float] = {}
    for o in out:
        if o.breakdown_dimension.endswith("tipo_violencia"):
            key = (o.period_start[:4], o.breakdown_value.split(" | ")[-1])
            by_kind[key] = by_kind.get(key, 0.0) + float(o.value)
    # the cases (``casos``), not the rows: 2016's rows are i = 0, 2, 4 ... 118
    physical_2016 = sum(1 + i % 3 for i in range(0, 120, 2) if i % 5 in (0, 1))
    assert by_kind[("2016", "Violencia Física")] == physical_2016 == 48
    neglect_2017 = sum(1 + i % 3 for i in range(1, 120, 2) if i % 5 == 3)
    assert by_kind[("2017", "Negligencia y Abandono")] == neglect_2017 == 24
    # "No Aplica" says the violence was not sexual: the column is counted, not left out as
    # unknown although most of its rows say it
    sexual = [o for o in out if o.breakdown_dimension.endswith("tipo_violencia_sexual")]
    carnal = sum(float(o.value) for o in sexual if o.breakdown_value.endswith("Acceso carnal"))
    assert carnal == sum(1 + i % 3 for i in range(120) if i % 5 == 4 and i % 2) == 24
    totals = sum(float(o.value) for o in out if o.breakdown_dimension in ("_T", "lugar"))
    assert totals == sum(1 + i % 3 for i in range(120)) == 240
    # the stratum is a category (its bare codes are left out, said), never a count
    assert not [o for o in out if "estrato" in o.indicator_label.lower()]
    assert {int(float(o.value)) for o in out} - {0} and "table-register-counted" in {
        i.code for i in staged.issues
    }
