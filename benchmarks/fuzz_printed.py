"""Fuzz the cleaner with hostile pages built from real converter output.

    python benchmarks/fuzz_printed.py [--pages 2000] [--seed 1] [--budget 20] [--out DIR]

Lines come from the shared rmrb corpus (../shared/corpus/rmrb-20251020/*/*.txt, when it is
there) and benchmarks/corpus/generated*/*/*.txt. Each page is a window of one to three
converter pages, its lines shuffled, duplicated, truncated, glued to page footers, and
interleaved with what converters leave behind: lone subscript digits, ellipsis lines,
dash lines, blank and space-only lines, \\r, \\x0c, very long lines, bylines, 图为…
captions, edition lines. For each page: clean() raises nothing but InputError, the edit
log replays to page.text, nothing is lost or invented (tests.helpers.assert_sound), and
the time is recorded. Failures are shrunk (lines, then characters) and written to --out.
Prints a summary: counts by failure kind, the slowest pages in s/100 KB.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import random
import signal
import sys
import time
import traceback
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from cleaner import clean  # noqa: E402
from cleaner.errors import InputError  # noqa: E402
from tests.helpers import assert_sound  # noqa: E402

SHARED = ROOT.parent / "shared" / "corpus" / "rmrb-20251020"
if not SHARED.is_dir():
    SHARED = Path("/work/shared/corpus/rmrb-20251020")

FOOTERS = ["第 12 页", "第12页", "第 3 版", "— 5 —", "- 12 -", "12", "第 05 版"]
EDITIONS = ["《人民日报》（2025年10月20日 第 05 版）", "《人民日报》(2025年10月20日 第 5 版)",
            "人民日报 2025年10月20日 星期一", "2025年10月20日 星期一 第 09 版"]
SUBSCRIPTS = ["₁", "₂", "²", "³", "1", "2", "0", "①", "⑴"]
ELLIPSES = ["…", "……", "… …", "⋯⋯", "...", "……………………"]
DASHES = ["——", "————————", "---", "─────────", "－－－", "—", "_____"]
BYLINES = ["本报记者 王五", "本报记者  李洪兴  张三", "李洪兴", "新华社记者 赵六 摄",
           "本报通讯员 陈七", "（作者为北京大学教授）", "□ 本报记者 周八", "记者 王 五"]
CAPTIONS = ["图为游客在景区参观。", "图为工人正在施工。 本报记者 王五摄", "图为",
            "图①：村民在田间劳作。", "上图：新建成的大桥。新华社发", "图为…"]
WEIRD = ["\r", "\x0c", "\t", "\u3000\u3000", " ", "\u200b", "\ufeff", "#", "# ", "## 标题",
         "（", "）", "“", "”", "，", "。"]


class Budget(Exception):
    pass


def _alarm(signum, frame):
    raise Budget()


def source_pages() -> list[list[str]]:
    files = sorted(SHARED.glob("*/*.txt")) + sorted(ROOT.glob("benchmarks/corpus/generated*/*/*.txt"))
    pages = []
    for f in files:
        lines = f.read_text(encoding="utf-8", errors="replace").splitlines()
        if lines:
            pages.append(lines)
    return pages


def hostile(rng: random.Random, pages: list[list[str]]) -> str:
    lines: list[str] = []
    big = rng.random() < 0.03                       # a few big pages, for the time per size
    for _ in range(rng.randrange(10, 40) if big else rng.choice([1, 1, 1, 2, 3])):
        src = rng.choice(pages)
        a = 0 if big else rng.randrange(len(src))
        b = min(len(src), a + (len(src) if big else rng.choice([5, 20, 60, 200, 2000])))
        lines += src[a:b]
    rate = rng.choice([0.0, 0.02, 0.05, 0.15, 0.4])
    out: list[str] = []
    for line in lines:
        r = rng.random
        if r() < rate * 0.3:
            continue                                   # drop
        if r() < rate * 0.3:
            line = line[: rng.randrange(len(line) + 1)]  # truncate
        if r() < rate * 0.2 and out:
            out.append(rng.choice(out))                # duplicate an earlier line
        if r() < rate * 0.2:
            f = rng.choice(FOOTERS)
            line = line + f if r() < 0.5 else f + line   # footer glued
        if r() < rate * 0.1:
            line = line + rng.choice(WEIRD)
        if r() < rate * 0.1:
            i = rng.randrange(len(line) + 1)
            line = line[:i] + rng.choice(WEIRD) + line[i:]
        out.append(line)
        if r() < rate * 0.15:
            out.append(rng.choice(
                [rng.choice(SUBSCRIPTS), rng.choice(ELLIPSES), rng.choice(DASHES), "", "",
                 " " * rng.randrange(1, 80), rng.choice(BYLINES), rng.choice(CAPTIONS),
                 rng.choice(EDITIONS), rng.choice(FOOTERS), "\x0c", "\r", "\t"]))
    if rng.random() < 0.15:                             # a long run of one odd line
        i = rng.randrange(len(out) + 1)
        odd = rng.choice(SUBSCRIPTS + ELLIPSES + DASHES + FOOTERS + BYLINES + CAPTIONS
                         + EDITIONS + [" " * 10, "# ", "M", "M2"])
        out[i:i] = [odd] * rng.choice([10, 100, 1000, 3000])
    if rng.random() < 0.2:                              # markdown headings on some lines
        for i in range(len(out)):
            if rng.random() < 0.1:
                out[i] = rng.choice(["# ", "## ", "#", "**"]) + out[i]
    if rng.random() < 0.2:                              # article-print heads
        for _ in range(rng.randrange(1, 6)):
            i = rng.randrange(len(out) + 1)
            head = [rng.choice(out) if out else "标题"][:1]
            head[0] = head[0][:rng.randrange(4, 20)]
            if rng.random() < 0.6:
                head.append(rng.choice(BYLINES))
            head.append(rng.choice(EDITIONS))
            out[i:i] = head
    if rng.random() < 0.3:                              # local shuffle
        k = rng.choice([2, 3, 8])
        for i in range(0, len(out) - k, k):
            seg = out[i:i + k]
            rng.shuffle(seg)
            out[i:i + k] = seg
    if rng.random() < 0.05:
        rng.shuffle(out)                                # global shuffle
    if rng.random() < 0.1 and out:                      # one very long line
        i = rng.randrange(len(out))
        n = rng.choice([50, 300, 2000])
        out[i:i + n] = ["".join(out[i:i + n])]
    if rng.random() < 0.05:                             # the whole page as one line
        out = ["".join(out)]
    if rng.random() < 0.05:
        out = [x for line in out for x in (line, "")]   # every line a paragraph
    sep = rng.choice(["\n"] * 8 + ["\r\n", "\r"])
    return sep.join(out) + rng.choice(["", "\n", "\n\n", "\x0c"])


def check(text: str, budget: float) -> tuple[str | None, str, float]:
    """(failure kind or None, detail, seconds)."""
    signal.signal(signal.SIGALRM, _alarm)
    signal.setitimer(signal.ITIMER_REAL, budget)
    began = time.perf_counter()
    try:
        page = clean(text)
    except InputError:
        return None, "InputError", time.perf_counter() - began
    except Budget:
        return "timeout", f"> {budget} s", time.perf_counter() - began
    except Exception as exc:  # noqa: BLE001
        tb = traceback.extract_tb(exc.__traceback__)
        where = f"{Path(tb[-1].filename).name}:{tb[-1].lineno}" if tb else "?"
        return f"crash {type(exc).__name__} @ {where}", f"{exc}"[:300], time.perf_counter() - began
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
    spent = time.perf_counter() - began
    try:
        assert_sound(page)
    except AssertionError as exc:
        msg = str(exc).split("\n")[0][:200]
        kind = "unsound " + (msg.split(":")[0] if msg else "replay/edit")
        return kind, msg, spent
    return None, "", spent


def shrink(text: str, kind: str, budget: float) -> str:
    """Delta-debug to a small text that fails the same way."""
    def fails(t: str) -> bool:
        if not t:
            return False
        k, _, _ = check(t, budget)
        return k == kind

    lines = text.split("\n")
    n = 2
    while len(lines) >= 2:
        chunk = max(1, len(lines) // n)
        done = False
        for i in range(0, len(lines), chunk):
            cand = lines[:i] + lines[i + chunk:]
            if fails("\n".join(cand)):
                lines, n, done = cand, max(n - 1, 2), True
                break
        if not done:
            if chunk == 1:
                break
            n = min(len(lines), n * 2)
    # then each line, characters from the ends and inside
    for i in range(len(lines)):
        for _ in range(200):
            line = lines[i]
            changed = False
            for cut in (len(line) // 2, 8, 1):
                if cut < 1 or cut > len(line):
                    continue
                for cand_line in (line[cut:], line[:-cut]):
                    cand = lines[:i] + [cand_line] + lines[i + 1:]
                    if fails("\n".join(cand)):
                        lines, changed = cand, True
                        break
                if changed:
                    break
            if not changed:
                break
    return "\n".join(lines)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--pages", type=int, default=2000)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--budget", type=float, default=20.0, help="seconds a page may take")
    ap.add_argument("--out", type=Path, default=Path("/tmp/fuzz_printed"))
    ap.add_argument("--no-shrink", action="store_true")
    args = ap.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    pages = source_pages()
    print(f"{len(pages)} source pages", flush=True)
    rng = random.Random(args.seed)
    kinds: dict[str, int] = {}
    seen: set[str] = set()
    timings = []
    clean("# 热身\n\n本报讯（记者 王五）今天，天气晴。\n")  # imports, compiled patterns
    for n in range(args.pages):
        text = hostile(rng, pages)
        size = len(text.encode("utf-8"))
        kind, detail, spent = check(text, max(args.budget, 10 * size / 100_000))
        timings.append((spent / max(size, 1) * 100_000, spent, size, n))
        if spent > 2 * max(size, 20_000) / 100_000:
            (args.out / f"slow-{n}.txt").write_text(text, encoding="utf-8")
            print(f"[{n}] SLOW {spent:.2f} s for {size} B", flush=True)
        if kind is None:
            continue
        kinds[kind] = kinds.get(kind, 0) + 1
        tag = hashlib.sha1(kind.encode()).hexdigest()[:8]
        (args.out / f"{tag}-{n}.txt").write_text(text, encoding="utf-8")
        print(f"[{n}] {kind}: {detail}", flush=True)
        if kind not in seen and not args.no_shrink and kind != "timeout":
            seen.add(kind)
            small = shrink(text, kind, max(args.budget, 10 * size / 100_000))
            (args.out / f"{tag}-min.txt").write_text(small, encoding="utf-8")
            print(f"    shrunk to {len(small)} chars: {small!r:.400}", flush=True)
    timings.sort(reverse=True)
    print("\nfailures:", json.dumps(kinds, ensure_ascii=False, indent=1))
    print("slowest (s per 100 KB, s, bytes, page):")
    for row in timings[:10]:
        print(f"  {row[0]:8.2f} {row[1]:6.2f} {row[2]:8d}  #{row[3]}")
    big = [t for t in timings if t[2] > 50_000]
    if big:
        print(f"pages > 50 KB: {len(big)}, worst {max(t[0] for t in big):.2f} s/100 KB")
    return 1 if kinds else 0


if __name__ == "__main__":
    sys.exit(main())
