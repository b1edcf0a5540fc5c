"""Published versions of a dataset: the folders named MAJOR.MINOR.PATCH under it."""

from __future__ import annotations

import re
from pathlib import Path

VERSION = re.compile(r"^(\d+)\.(\d+)\.(\d+)$")


def existing_versions(dataset_dir: Path) -> list[tuple[int, int, int]]:
    if not dataset_dir.is_dir():
        return []
    found = []
    for child in dataset_dir.iterdir():
        m = VERSION.match(child.name)
        if m and child.is_dir():
            found.append((int(m.group(1)), int(m.group(2)), int(m.group(3))))
    return sorted(found)
