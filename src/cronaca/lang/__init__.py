"""Language data. Everything that differs between languages lives in ``lang/<code>/`` as data files."""
from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

LANG_DIR = Path(__file__).parent
SUPPORTED = ("it", "en")


def data_path(lang: str, name: str) -> Path:
    return LANG_DIR / lang / name


@lru_cache(maxsize=None)
def load_json(lang: str, name: str):
    """Load ``lang/<lang>/<name>`` (JSON). Cached: language data is read once per process."""
    path = data_path(lang, name)
    with path.open(encoding="utf-8") as fh:
        return json.load(fh)


@lru_cache(maxsize=None)
def load_lines(lang: str, name: str) -> tuple[str, ...]:
    """Load a one-item-per-line list, skipping blank lines and ``#`` comments."""
    path = data_path(lang, name)
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            out.append(line)
    return tuple(out)
