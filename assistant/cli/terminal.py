"""Printing text for a person: what a file or a model wrote cannot drive the terminal."""

from __future__ import annotations

_CONTROLS = [*range(0x00, 0x09), *range(0x0B, 0x20), *range(0x7F, 0xA0)]
_BIDI = [*range(0x202A, 0x202F), *range(0x2066, 0x206A)]
_ESCAPED = {c: f"\\x{c:02x}" for c in _CONTROLS} | {c: f"\\u{c:04x}" for c in _BIDI}


def terminal_text(text: str) -> str:
    """Text safe to print: control characters (ANSI/OSC escapes, bidi overrides) shown as codes."""
    return text.translate(_ESCAPED)


def say(text: str) -> None:
    """Print plan text for a person: what a file or a model wrote cannot drive the terminal."""
    print(terminal_text(text))
