"""Numbers closed by "respectivamente" after a list of divisions: the k-th number is the k-th
division's. Read before, every number of the list took the last division named (Tarija's
82.1 % and also La Paz's 99 % and Cochabamba's 94 %)."""

from __future__ import annotations

from pathlib import Path

from tests.extract.reports import extracted

BOLIVIA = (
    "Ejecución del presupuesto de la Felcv por las gobernaciones, Bolivia, gestión 2020\n"
    "En cuanto a ejecución, los Gobiernos Autónomos Departamentales (GAD) de Potosí, Beni y "
    "Pando no tuvieron ninguna ejecución; contrariamente, los GAD de La Paz, Cochabamba y "
    "Tarija tuvieron una ejecución eficiente, 99 %, 94 % y 82,1 %, respectivamente.\n"
)


def _places(tmp_path: Path, text: str) -> list[tuple[str, float, str]]:
    return sorted(
        (o.source_locator.split()[0], float(o.value or 0), o.admin1)
        for o in extracted(tmp_path, text)
    )


def test_each_number_of_a_respective_list_is_its_own_divisions(tmp_path: Path) -> None:
    assert _places(tmp_path, BOLIVIA) == [
        ("line:2", 82.1, "BO-T"),
        ("line:2", 94.0, "BO-C"),
        ("line:2", 99.0, "BO-L"),
    ]


def test_fewer_divisions_than_numbers_pair_nothing(tmp_path: Path) -> None:
    # two divisions for three numbers: no pairing is sure, none is made (the sentence's last
    # division, as before, is the clause's)
    text = BOLIVIA.replace("los GAD de La Paz, Cochabamba y Tarija", "los GAD de La Paz y Tarija")
    got = _places(tmp_path, text)
    assert [v for _, v, _ in got] == [82.1, 94.0, 99.0]
    assert {a for _, _, a in got} == {"BO-T"}


def test_a_division_right_before_each_number_is_its(tmp_path: Path) -> None:
    # read before, Chuquisaca's 28.4 % was published as Bolivia's
    text = (
        "Ejecución del presupuesto de la Felcv por las gobernaciones, Bolivia, gestión 2020\n"
        "Los GAD de Chuquisaca 28,4 %, Santa Cruz 27,1 % y Oruro 15 %, presentando una baja "
        "ejecución.\n"
    )
    assert _places(tmp_path, text) == [
        ("line:2", 15.0, "BO-O"),
        ("line:2", 27.1, "BO-S"),
        ("line:2", 28.4, "BO-H"),
    ]


def test_a_division_with_con_or_a_parenthesis_before_its_number_is_its(tmp_path: Path) -> None:
    # read before, every province's calls were published as the dateline's province
    text = (
        "Línea 144: llamadas por provincia, Argentina, 2019\n"
        "En el NOA, la provincia con más llamadas fue Tucumán (5.277). Después estuvieron "
        "Jujuy (2.789) y Catamarca (613).\n"
        "En segundo lugar está Santa Fe con 11.694 llamadas; sigue Mendoza con 13.676.\n"
    )
    assert _places(tmp_path, text) == [
        ("line:2", 613.0, "AR-K"),
        ("line:2", 2789.0, "AR-Y"),
        ("line:2", 5277.0, "AR-T"),
        ("line:3", 11694.0, "AR-S"),
        ("line:3", 13676.0, "AR-M"),
    ]
