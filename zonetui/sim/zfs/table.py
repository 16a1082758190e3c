"""The column layout zfs and zpool print (print_header(), print_dataset()): columns two
spaces apart, each as wide as zprop_width() says (its header, at least 5 for a number,
its longest index value) or, for a string, as its widest value; numbers right-justified,
the last left-justified column not padded; with -H one TAB between fields, no header."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Column:
    header: str
    width: int  # zprop_width()
    fixed: bool  # False: widened to the longest value
    right: bool


def lines(columns: list[Column], rows: list[list[str]], scripted: bool) -> list[str]:
    if scripted:
        return ["\t".join(row) for row in rows]
    widths = [c.width if c.fixed else max([c.width, *(len(r[i]) for r in rows)])
              for i, c in enumerate(columns)]  # fmt: skip
    out = []
    for row in [[c.header for c in columns], *rows]:
        cells = []
        for i, cell in enumerate(row):
            if columns[i].right:
                cells.append(cell.rjust(widths[i]))
            elif i == len(row) - 1:
                cells.append(cell)
            else:
                cells.append(cell.ljust(widths[i]))
        out.append("  ".join(cells))
    return out
