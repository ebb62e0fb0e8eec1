"""How well cleaner.interleave puts pdfminer's lines back in reading order.

pdfminer.six reads the CSS columns of a box row by row; PyMuPDF's "blocks" text of the
very same PDF gives the same printed lines in the order Chromium drew them (box by box,
column by column). So for each page, the adjacent line pairs of the pymupdf-blocks text
are the true pairs, lines compared by their non-space characters, and this prints how
many of them are adjacent in pdfminer's text as it is, and in pdfminer's text put in the
order `interleave.order` gives.

    python benchmarks/interleave_accuracy.py                       # the committed set
    python benchmarks/interleave_accuracy.py /tmp/il-held -v       # any corpus folder
    python benchmarks/interleave_accuracy.py --f1 --gold DIR/gold  # and a blocks-F1 estimate

With --f1 it also cleans pdfminer's text as it is and reordered (and pymupdf-blocks' text,
the same lines in drawing order, for the ceiling), and scores them with
../shared/tools/score.py --ignore-types against the page's gold (an estimate: the scorer
compares against the original source, so its lost/added count is off for reordered text).
Also prints, for the other converters' text in the folder (their default order), how many
pages the orderer would reorder (it should be none).
"""
from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from cleaner import interleave  # noqa: E402
from cleaner.registry import default_rules  # noqa: E402

_SPACE = re.compile(r"\s+")


def compact_lines(text: str) -> list[str]:
    out = []
    for line in text.replace("\r\n", "\n").split("\n"):
        key = _SPACE.sub("", line)
        if key:
            out.append(key)
    return out


def pairs(lines: list[str]) -> Counter:
    return Counter(zip(lines, lines[1:]))


def reordered_text(source: str, result) -> str:
    if result is None:
        return source
    return "\n\n".join(source[s:e] for s, e in result.spans) + "\n"


def score_f1(text: str, gold: Path, source_path: Path, score_py: Path) -> float | None:
    from cleaner import clean
    from cleaner.manifest import to_dict
    page = clean(text, name=source_path.name)
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "articles.json"
        out.write_text(json.dumps(to_dict(page), ensure_ascii=False), encoding="utf-8")
        run = subprocess.run([sys.executable, str(score_py), str(out), str(gold), "--source",
                              str(source_path), "--ignore-types", "--json"],
                             capture_output=True, text=True)
    if run.returncode not in (0, 1):
        return None
    try:
        return float(json.loads(run.stdout)["blocks_f1"])
    except (ValueError, KeyError, TypeError):
        return None


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("corpus", nargs="?", default=str(ROOT / "benchmarks/corpus/generated"),
                    help="a folder with pdfminer/ and pymupdf-blocks/ (default: the committed set)")
    ap.add_argument("-v", "--verbose", action="store_true", help="one line per page")
    ap.add_argument("--f1", action="store_true", help="also estimate the blocks F1 effect")
    ap.add_argument("--score", default=str(ROOT.parent / "shared/tools/score.py"))
    args = ap.parse_args()
    corpus = Path(args.corpus)
    rules = default_rules()
    miner, truth = corpus / "pdfminer", corpus / "pymupdf-blocks"
    names = sorted(p.stem for p in miner.glob("*.txt") if (truth / p.name).exists())
    if not names:
        print(f"{corpus}: no page has both pdfminer/ and pymupdf-blocks/ text", file=sys.stderr)
        return 2
    tot = Counter()
    for name in names:
        source = (miner / f"{name}.txt").read_text(encoding="utf-8")
        true = pairs(compact_lines((truth / f"{name}.txt").read_text(encoding="utf-8")))
        result = interleave.order(source, rules)
        before = pairs(compact_lines(source))
        after = pairs(compact_lines(reordered_text(source, result)))
        n_true = sum(true.values())
        hit_before = sum((true & before).values())
        hit_after = sum((true & after).values())
        runs = result.evidence if result else []
        tot.update(true=n_true, before=hit_before, after=hit_after, runs=len(runs),
                   pages_reordered=bool(result))
        line = f"{name}: true pairs {n_true}, adjacent as is {hit_before} " \
               f"({hit_before / n_true:.3f}), reordered {hit_after} ({hit_after / n_true:.3f}); " \
               f"runs {len(runs)} (k {[r['k'] for r in runs]})"
        if args.f1:
            gold = corpus / "gold" / f"{name}.json"
            src = miner / f"{name}.txt"
            f_before = score_f1(source, gold, src, Path(args.score))
            f_after = score_f1(reordered_text(source, result), gold, src, Path(args.score))
            tsrc = truth / f"{name}.txt"
            f_true = score_f1(tsrc.read_text(encoding="utf-8"), gold, tsrc, Path(args.score))
            if f_before is not None and f_after is not None and f_true is not None:
                tot.update(f1_before=f_before, f1_after=f_after, f1_true=f_true, f1_pages=1)
                line += f"; blocks F1 {f_before:.3f} -> {f_after:.3f} (drawing order {f_true:.3f})"
        if args.verbose:
            print(line)
    print(f"{corpus}: {len(names)} pages, {tot['true']} true adjacent pairs; adjacent in "
          f"pdfminer as is {tot['before']} ({tot['before'] / tot['true']:.3f}), after "
          f"interleave.order {tot['after']} ({tot['after'] / tot['true']:.3f}); "
          f"{tot['pages_reordered']} pages reordered, {tot['runs']} runs")
    if tot["f1_pages"]:
        n = tot["f1_pages"]
        print(f"blocks F1 estimate (--ignore-types, mean of {n} pages): as is "
              f"{tot['f1_before'] / n:.3f}, reordered {tot['f1_after'] / n:.3f}; pymupdf-blocks' "
              f"text of the same pages (drawing order) {tot['f1_true'] / n:.3f}")
    # The default-order converters' text must be left alone; and what the rule costs a page
    # (pdfminer's, and a page it does not act on), each page decoded afresh.
    for folder in sorted(p for p in corpus.iterdir() if p.is_dir()):
        if folder.name in ("gold", "html", "pdf") or not list(folder.glob("*.txt")):
            continue
        texts = [(p.stem, p.read_text(encoding="utf-8")) for p in sorted(folder.glob("*.txt"))]
        interleave._decode.cache_clear()
        start = time.perf_counter()
        moved = [name for name, text in texts if interleave.order(text, rules) is not None]
        cost = (time.perf_counter() - start) / len(texts) * 1000
        if folder.name == "pdfminer":
            print(f"  {folder.name}: {cost:.1f} ms a page")
            continue
        print(f"  {folder.name}: {len(moved)} pages reordered {moved if moved else ''}"
              f"({cost:.2f} ms a page)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
