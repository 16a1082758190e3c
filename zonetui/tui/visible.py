"""Simulated text made safe to show: control characters as `cat -v` shows them.

Whatever the simulated world holds (a zonecfg attr value, a file `cat` prints, a host
name) may carry escape sequences; a terminal that received them would obey them (retitle
the window, change colours, move the cursor). The TUI shows every piece of simulated text
through `visible`, so that the user sees `^[]2;title^G` instead. Tab and newline stay, as
layout. `as_markup` is the same for the few places that read markup only, `one_cell` for
the line being edited (one character drawn per character). Pure and total: no Textual
here, and any str goes in.
"""

from __future__ import annotations

LAYOUT = "\t\n"  # control characters a pane lays text out by
DEL = 0x7F
C1_END = 0xA0  # U+0080..U+009F: the 8-bit controls
ESCAPED_BYTES = range(0xDC80, 0xDD00)  # a byte that was not UTF-8 (surrogateescape)
SURROGATES = range(0xD800, 0xE000)
REPLACEMENT = "\ufffd"


def _caret(code: int) -> str:
    """A 7-bit character as `cat -v` writes it: ^@..^_, ^? for DEL, else itself."""
    if code == DEL:
        return "^?"
    if code < 0x20:
        return "^" + chr(code + 0x40)
    return chr(code)


def _byte(code: int) -> str:
    """A byte as `cat -v` writes it: M- before the 7-bit form of a high byte."""
    return "M-" + _caret(code - 0x80) if code >= 0x80 else _caret(code)


def _table() -> dict[int, str]:
    table = {code: _caret(code) for code in (*range(0x20), DEL) if chr(code) not in LAYOUT}
    table |= {code: _byte(code) for code in range(0x80, C1_END)}
    table |= {code: REPLACEMENT for code in SURROGATES}  # unpaired: no terminal can show it
    table |= {code: _byte(code - 0xDC00) for code in ESCAPED_BYTES}
    return table


VISIBLE = _table()


def visible(text: str) -> str:
    """`text` with every control character but tab and newline made visible as `cat -v`
    would (`ESC` → `^[`, `BEL` → `^G`, CSI U+009B → `M-^[`, DEL → `^?`); a byte kept as
    an escaped surrogate shows as `cat -v` shows that byte. Everything else, markup-like
    brackets included, is left as it is: callers show the result as text, not markup."""
    if text.isprintable():
        return text
    return text.translate(VISIBLE)


def as_markup(text: str) -> str:
    """`text` made visible, as Textual markup that shows it literally (for the few
    places that take markup only: the command palette's titles and help). A backslash
    before `[` is the markup's escape; nothing else is special."""
    return visible(text).replace("[", "\\[")


def _pictures() -> dict[int, str]:
    table = {code: chr(0x2400 + code) for code in range(0x20)}  # ␀ ... ␟
    table[DEL] = "\u2421"  # ␡
    table |= {code: REPLACEMENT for code in (*range(0x80, C1_END), *SURROGATES)}
    return table


PICTURES = _pictures()


def one_cell(text: str) -> str:
    """`text` with each control character shown as one character (its Unicode control
    picture: ESC as ␛; an 8-bit control or a stray surrogate as �), tab and newline
    included: for a line being edited, where every character must stay one cell under
    the cursor. What is typed keeps its bytes; only what is drawn changes."""
    if text.isprintable():
        return text
    return text.translate(PICTURES)
