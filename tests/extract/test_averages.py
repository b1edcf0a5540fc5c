"""An average or a rate per day is published as what it is, value_kind "average", never as
the period's count: "un promedio diario de 221 atenciones", "en promedio, diariamente acuden
580", "35 llamadas por día", "un promedio de 152 agresores al mes". Lines from a Zacatecas
women's secretariat weekly note (2020), a national commission's report (2021) and Mexico
City's prosecutors (2022); the counts beside them stay "observed"."""

from __future__ import annotations

from pathlib import Path

from genero_etl.pipeline import IngestOptions, extract_document


def values(tmp_path: Path, text: str) -> dict[float, tuple[str, str]]:
    doc = tmp_path / "nota.txt"
    doc.write_text(text, encoding="utf-8")
    staged = extract_document(doc, doc.name, IngestOptions())
    return {
        o.value: (o.value_kind, o.source_locator)
        for o in staged.observation_list()
        if o.value is not None
    }


def test_averages_and_daily_rates_are_averages(tmp_path: Path) -> None:
    found = values(
        tmp_path,
        "Secretaría de las Mujeres de Zacatecas, informe 2020\n"
        "Del mes de marzo al 26 de noviembre se han brindado un total de 57,411 atenciones.\n"
        "En esta semana se observa un ligero aumento de los servicios de atención, teniendo un "
        "promedio diario de 221 atenciones.\n"
        "De enero a octubre de este año se ha atendido a 174 mil mujeres. En promedio, "
        "diariamente acuden 580 a recibir servicios.\n"
        "La línea recibe 35 llamadas por día.\n"
        "Pasamos de imputar un promedio de 152 agresores al mes en 2019 a 218 en 2020.\n"
        "Se reciben aproximadamente 700 llamadas mensuales por agresiones de pareja.\n",
    )
    assert found[57411.0] == ("observed", "line:2")
    assert found[174000.0] == ("observed", "line:4")
    assert found[221.0] == ("average", "line:3")
    assert found[580.0] == ("average", "line:4")
    assert found[35.0] == ("average", "line:5")
    assert found[152.0] == ("average", "line:6")
    assert found[700.0] == ("average", "line:7")  # Honduras' 911 in Copán, per month


def test_a_month_or_a_day_named_as_a_period_is_no_average(tmp_path: Path) -> None:
    found = values(
        tmp_path,
        "Instituto de las Mujeres, informe de marzo de 2024\n"
        "Durante el mes se atendieron 300 mujeres y el día 8 de marzo se realizaron 12 talleres.\n",
    )
    assert found[300.0] == ("observed", "line:2")
    assert found[12.0][0] == "observed"
