"""Time the conservation checks, and the whole clean, on the hostile pages the tests use.

    python benchmarks/conservation_speed.py

The tests check every cleaned page for lost and invented characters (tests/helpers.py
`conservation`, in every `assert_sound`), and the score checks every scored page the same
way (cleaner.evaluate `conservation`): both first take the markdown heading markers out of
the source (`without_heading_markers`). A step there quadratic in a line's length took
143 s on the page of 40,000-character lines and pushed CI's test step past its limit, and
no test measures time. This prints, for each page of tests/test_hostile.py whose size is the
attack, the seconds the clean takes and each check takes; then, for lines of '#'s and
headings the marker search must read (a line of 20,000 characters, then one of 40,000),
the best of three runs' seconds and the ratio of the two: about 2 for a linear step, 4 for
a quadratic one (times of a few milliseconds are noise on a shared machine).
It prints figures and asserts nothing (benchmarks/hostile.py marks slow rows).
"""
from __future__ import annotations

import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

# Lines of `n` characters the heading-marker search reads: '#'s alone (no heading: more
# than six), a heading whose text is '#'s after spaces (each a closing sequence's start),
# a heading of text closed at the end, and '#'s against words.
MARKER_LINES = {
    "hashes-alone": lambda n: "#" * n,
    "heading-of-spaced-hashes": lambda n: "# " + "# " * (n // 2 - 1),
    "heading-of-text-then-closing": lambda n: "## " + "标题" * ((n - 6) // 2) + " ##",
    "heading-of-text-and-spaces": lambda n: "# " + "标 " * ((n - 2) // 2),
    "hashes-against-words": lambda n: "C#" * (n // 2),
    "blank-then-hash": lambda n: "\u3000" * (n - 1) + "#",
}


def seconds(fn, *args) -> tuple[float, object]:
    began = time.perf_counter()
    result = fn(*args)
    return time.perf_counter() - began, result


def page_rows() -> None:
    from cleaner import clean
    from cleaner.evaluate import conservation as scored
    from cleaner.evaluate import without_heading_markers
    from cleaner.manifest import to_dict
    from tests.helpers import conservation
    from tests.test_hostile import ROWS, SOUND

    print(f"{'hostile page':58} {'chars':>9} {'clean':>7} {'markers':>8} {'tests':>7} "
          f"{'score':>7}")
    for row in ROWS:
        if row.seconds is None or row.expect != SOUND:
            continue
        spent, page = seconds(clean, row.build())
        markers, _ = seconds(without_heading_markers, page.source)
        tests, _ = seconds(conservation, page)
        doc = json.loads(json.dumps(to_dict(page), ensure_ascii=False))
        score, _ = seconds(scored, page.source, doc, {})
        print(f"{row.id:58} {len(page.source):9,} {spent:7.2f} {markers:8.3f} {tests:7.2f} "
              f"{score:7.2f}")


def marker_rows() -> None:
    from cleaner.evaluate import without_heading_markers

    print(f"\n{'line (12 of them)':34} {'20,000 chars':>13} {'40,000 chars':>13} {'ratio':>6}")
    for name, line in MARKER_LINES.items():
        times = []
        for n in (20_000, 40_000):
            text = "\n".join([line(n)] * 12) + "\n"
            # (the best of three: a shared machine's noise is larger than these times)
            times.append(min(seconds(without_heading_markers, text)[0] for _ in range(3)))
        ratio = times[1] / times[0] if times[0] > 0 else float("nan")
        print(f"{name:34} {times[0]:13.4f} {times[1]:13.4f} {ratio:6.1f}")


def main() -> int:
    page_rows()
    marker_rows()
    return 0


if __name__ == "__main__":
    sys.exit(main())
