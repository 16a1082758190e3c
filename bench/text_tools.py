"""Time sed and nawk over 100,000 input lines inside one shell (issue 18's target: the
awk program `{ n[$1]++ } END { for (k in n) print k, n[k] }` well under a second).

    python bench/text_tools.py [--lines N]
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tests.test_files_commands import Terminal  # noqa: E402

COMMANDS = [
    "nawk '{ n[$1]++ } END { for (k in n) print k, n[k] }' /tmp/big",
    "nawk '{ print $2, $1 }' /tmp/big",
    "nawk -F: '$3 > 50000 { s += $3 } END { print s }' /tmp/big",
    "awk '{ print }' /tmp/big",
    "sed 's/user/u/g' /tmp/big",
    "sed -n '/user7/p' /tmp/big",
]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--lines", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    term = Terminal()
    term.fs.write("/tmp/big", "".join(f"user{i % 1000} x{i} {i}\n" for i in range(args.lines)))
    for line in COMMANDS:
        best = float("inf")
        for _ in range(args.repeat):
            start = time.perf_counter()
            _, err, status = term.run(line)
            best = min(best, time.perf_counter() - start)
            assert status == 0, err
        print(f"{best * 1000:8.0f} ms  {line}")


if __name__ == "__main__":
    main()
