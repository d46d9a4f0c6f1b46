"""Making model and user text safe to show: HTML is shown as text, never run.

Two layers: ``text``/``markdown`` escape ``<`` so no tag can form (a goal titled
``<img src=x onerror=...>`` reads as those characters), and the gradio components also
sanitise with ``sanitize_html=True``.
"""

from __future__ import annotations

import re

# Fenced blocks and inline code spans keep their characters: Markdown shows them literally.
_CODE = re.compile(r"(```.*?```|~~~.*?~~~|(?<!\\)`[^`\n]*`)", re.DOTALL)
_COMMENT = re.compile(r"<!--.*?(?:-->|$)", re.DOTALL)  # hidden data (e.g. the plan's JSON)
_LT = re.compile(r"\\?<")  # an already escaped ``\<`` too: ``\&lt;`` would show as "&lt;"
_MD_SPECIAL = re.compile(r"([\\`*_\[\]#|~])")


def text(value: object) -> str:
    """One piece of user or model text for use *inside* Markdown: no HTML, no Markdown markup."""
    s = str(value).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    s = _MD_SPECIAL.sub(r"\\\1", s)
    return " ".join(s.split())  # one line: a newline in a title must not start a heading


def markdown(value: str) -> str:
    """Markdown written by a model or a library: keep the markup, turn every ``<`` into text."""
    parts = _CODE.split(value)
    for i in range(0, len(parts), 2):  # even parts are outside code
        parts[i] = _LT.sub("&lt;", _COMMENT.sub("", parts[i]))
    return "".join(parts)
