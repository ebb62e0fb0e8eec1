"""Clean and score a corpus of real converter output, one row per converter; gate it.

    python benchmarks/eval_corpus.py [--corpus DIR ...] [--types] [--gate GATES.json]
                                     [--json OUT.json] [-v]

A corpus is a folder laid out as ../shared/corpus/rmrb-20251020/ is:

    DIR/gold/NAME.json          the gold manifest of page NAME (docs/gold.md)
    DIR/CONVERTER/NAME.txt      what CONVERTER made of page NAME (pymupdf/, pdfminer/, ...)

Without --corpus, every corpus in benchmarks/corpus/ and ../shared/corpus/ is used
(those that are there). Each
page is cleaned and scored with cleaner.evaluate, body blocks by text alone unless
--types (heading vs paragraph not judged, as the corpus README scores them). A row,
named CORPUS/CONVERTER (the corpus folder's name), gives the pages, the articles exact
out of the gold's, the mean blocks F1 over its pages, and the characters lost and added.

--gate FILE checks every row the file names (a JSON map, see benchmarks/gates.json):

    {"rmrb-20251020/pymupdf": {"blocks_f1": 0.01, "exact_ratio": 0.0, "lost": 10}}

blocks_f1 and exact_ratio (exact articles / gold articles) are floors, lost and added
ceilings. A gated row whose corpus was not given is reported and skipped; one whose
corpus was scored but has no such converter fails. Exit status:
0 all gates met, 1 a figure below (or above) its gate, 2 bad arguments or files.
Raise a gate when a change earns it; never lower one to let a change through.
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
SHARED_CORPUS = ROOT.parent / "shared" / "corpus"
LOCAL_CORPUS = ROOT / "benchmarks" / "corpus"
FLOORS = ("blocks_f1", "exact_ratio")
CEILINGS = ("lost", "added")


def corpora(given: list[str]) -> list[Path]:
    """The corpus folders given, or by default every one (a folder with a gold/ folder)
    in the repository's benchmarks/corpus/ and in ../shared/corpus/."""
    if given:
        return [Path(d) for d in given]
    found = []
    for parent in (LOCAL_CORPUS, SHARED_CORPUS):
        if parent.is_dir():
            found += sorted(d for d in parent.iterdir() if (d / "gold").is_dir())
    return found


def converters(corpus: Path) -> list[Path]:
    return sorted(d for d in corpus.iterdir()
                  if d.is_dir() and d.name != "gold" and any(d.glob("*.txt")))


def evaluate_corpus(corpus: Path, rules, ignore_types: bool, verbose: bool) -> dict:
    """{CORPUS/CONVERTER: row} for one corpus folder."""
    from cleaner.evaluate import clean_and_score, load_gold, total

    gold_dir = corpus / "gold"
    if not gold_dir.is_dir():
        raise SystemExit(f"eval_corpus: {corpus}: no gold/ folder")
    golds = {p.stem: load_gold(p) for p in sorted(gold_dir.glob("*.json"))}
    rows = {}
    for conv in converters(corpus):
        scores = []
        for txt in sorted(conv.glob("*.txt")):
            if txt.stem not in golds:
                print(f"eval_corpus: {txt}: no gold/{txt.stem}.json, skipped", file=sys.stderr)
                continue
            _, _, s = clean_and_score(txt, golds[txt.stem], rules=rules,
                                      ignore_types=ignore_types)
            scores.append(s)
            if verbose:
                f = s.figures()
                print(f"  {conv.name}/{txt.stem}: {f['exact_articles']}/{f['gold_articles']} "
                      f"exact, blocks F1 {f['blocks_f1']:.3f}, lost {f['lost_chars']}, "
                      f"added {f['added_chars']}")
        if not scores:
            continue
        t = total(scores)
        rows[f"{corpus.name}/{conv.name}"] = {
            "pages": t["pages"], "gold_articles": t["gold_articles"],
            "found_articles": t["found_articles"], "exact_articles": t["exact_articles"],
            "exact_ratio": round(t["exact_articles"] / t["gold_articles"], 4)
            if t["gold_articles"] else 1.0,
            "blocks_f1": t["blocks_f1"], "body_similarity": t["body_similarity"],
            "lost": t["lost_chars"], "added": t["added_chars"],
        }
    return rows


def check_gates(rows: dict, gates: dict, scored: set[str]) -> list[str]:
    """The gates a row fails, one line each. `scored` holds the names of the corpora
    scored: a gated row of another corpus is noted on stderr and skipped."""
    failed = []
    for key, gate in gates.items():
        if key not in rows and key.split("/")[0] in scored:
            failed.append(f"{key}: no pages measured (no such converter folder)")
            continue
        if key not in rows:
            print(f"gate {key}: not measured (its corpus was not given), skipped",
                  file=sys.stderr)
            continue
        row = rows[key]
        for name, level in gate.items():
            if name in FLOORS and row[name] < level:
                failed.append(f"{key}: {name} {row[name]} below its gate {level}")
            elif name in CEILINGS and row[name] > level:
                failed.append(f"{key}: {name} {row[name]} above its gate {level}")
    return failed


def load_gates(path: str) -> dict:
    try:
        gates = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise SystemExit(f"eval_corpus: --gate {path}: {exc}") from None
    if not isinstance(gates, dict) or not all(isinstance(g, dict) for g in gates.values()):
        raise SystemExit(f"eval_corpus: --gate {path}: a JSON map of row -> {{figure: level}}")
    for key, gate in gates.items():
        for name, level in gate.items():
            if name not in FLOORS + CEILINGS or not isinstance(level, (int, float)):
                raise SystemExit(f"eval_corpus: --gate {path}: {key}: {name!r} is not one of "
                                 f"{', '.join(FLOORS + CEILINGS)} with a number")
    return gates


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", action="append", default=[], metavar="DIR",
                    help="a corpus folder (repeatable); default: ../shared/corpus/*/")
    ap.add_argument("--types", action="store_true", help="judge heading vs paragraph too")
    ap.add_argument("--gate", metavar="FILE", help="fail when a figure misses its gate")
    ap.add_argument("--json", metavar="FILE", help="also write the rows as JSON")
    ap.add_argument("-v", "--verbose", action="store_true", help="one line a page on stderr")
    args = ap.parse_args(argv)
    try:
        gates = load_gates(args.gate) if args.gate else {}
        dirs = corpora(args.corpus)
        for d in dirs:
            if not d.is_dir():
                raise SystemExit(f"eval_corpus: --corpus {d}: not a folder")
    except SystemExit as exc:
        print(exc, file=sys.stderr)
        return 2
    if not dirs:
        print("eval_corpus: no corpus (give --corpus DIR, or put ../shared/corpus beside "
              "the checkout)", file=sys.stderr)
        return 2
    from cleaner import RuleSet
    from cleaner.errors import CleanerError

    rules = RuleSet.load(profile="auto")
    rows = {}
    try:
        for d in dirs:
            rows.update(evaluate_corpus(d, rules, not args.types, args.verbose))
    except (CleanerError, SystemExit) as exc:
        print(f"eval_corpus: {exc}", file=sys.stderr)
        return 2
    print(f"{'corpus/converter':32} {'pages':>5} {'exact':>9} {'blocksF1':>8} "
          f"{'bodySim':>7} {'lost':>6} {'added':>6}")
    for key, r in rows.items():
        print(f"{key:32} {r['pages']:5} {r['exact_articles']:>4}/{r['gold_articles']:<4} "
              f"{r['blocks_f1']:8.3f} {r['body_similarity']:7.3f} {r['lost']:6} {r['added']:6}")
    if args.json:
        Path(args.json).write_text(json.dumps(rows, ensure_ascii=False, indent=1) + "\n",
                                   encoding="utf-8")
    failed = check_gates(rows, gates, {d.name for d in dirs})
    for line in failed:
        print(f"GATE FAILED {line}")
    if gates:
        print(f"gates: {len(failed)} failed" if failed else "gates: all met")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
