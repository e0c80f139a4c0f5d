"""How heavy the quiz widget is: its script and style, raw and gzipped, against the 25 KB target.

Run from the repository root:  .venv/bin/python benchmarks/quiz_widget.py
"""

from __future__ import annotations

import gzip

from curriculum.quiz.render import ASSET_NAMES, asset_text

TARGET = 25 * 1024


def main() -> None:
    total = 0
    print(f"{'file':<16} {'bytes':>8} {'gzipped':>8}")
    for name in ASSET_NAMES:
        raw = asset_text(name).encode()
        total += len(raw)
        print(f"{name:<16} {len(raw):>8,} {len(gzip.compress(raw)):>8,}")
    verdict = "met" if total <= TARGET else "NOT met"
    print(f"{'together':<16} {total:>8,}          target <= {TARGET:,} bytes: {verdict}")


if __name__ == "__main__":
    main()
