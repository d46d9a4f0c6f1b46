"""Month names of other languages read as English ones in a deadline answer ("race is 20 de
octubre" -> "race is 20 october", "am 3. Mai" -> "am 3 may"), from
assistant/data/month_names.toml."""

from __future__ import annotations

import functools
import re
import tomllib
from importlib import resources

from assistant.understanding.words import MONTHS


@functools.cache
def _names() -> tuple[re.Pattern[str], dict[str, str]]:
    data = tomllib.loads(
        resources.files("assistant.data").joinpath("month_names.toml").read_text(encoding="utf-8")
    )
    english: dict[str, str] = {}
    for names in data["languages"].values():
        for month, said in zip(MONTHS, names, strict=True):
            for name in said.split("|"):
                if name != month:
                    english[name] = month
    words = "|".join(sorted(map(re.escape, english), key=len, reverse=True))
    pattern = re.compile(
        rf"(?:\b(\d{{1,2}})\.?\s(?:(?:{data['joiners']})\s)?)?(?<![\w-])({words})(?![\w-])", re.I
    )
    return pattern, english


def in_english(text: str) -> str:
    """The text with any other language's month name as the English month (its day kept)."""
    pattern, english = _names()
    return pattern.sub(
        lambda m: (f"{m.group(1)} " if m.group(1) else "") + english[m.group(2).lower()], text
    )
