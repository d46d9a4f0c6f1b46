"""Safe Markdown text: user strings escaped so they can neither break a document nor inject.

Every ASCII punctuation mark that starts Markdown, GFM or Obsidian syntax (links,
images, emphasis, code, HTML, entities, tables, strikethrough, math, tags, mentions,
comments, highlights) is backslash-escaped, which CommonMark defines for all ASCII
punctuation; whitespace runs, newlines included, collapse to one space. ``unescape``
undoes ``escape`` exactly for any text without whitespace runs.
"""

from __future__ import annotations

import re

_SPECIAL = re.compile(r"([\\`*_{}\[\]()<>#+!|~$%^=&@])")
_ESCAPED = re.compile(r"\\([!-/:-@\[-`{-~])")


def one_line(value: str) -> str:
    """Whitespace runs (newlines, tabs, Unicode separators) as single spaces, trimmed."""
    return " ".join(value.split())


def escape(value: str) -> str:
    """``value`` as literal Markdown text on one line."""
    return _SPECIAL.sub(r"\\\1", one_line(value))


def unescape(value: str) -> str:
    """The text a reader sees for Markdown written by ``escape`` (or typed by a person)."""
    return _ESCAPED.sub(r"\1", value).strip()
