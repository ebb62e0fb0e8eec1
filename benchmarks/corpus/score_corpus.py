"""Score the cleaner on generated corpora, one row per converter.

    python benchmarks/corpus/score_corpus.py [DIR ...] [--score PATH] [--types] [-v]

A corpus DIR holds <converter>/<name>.txt and gold/<name>.json (the committed ones:
benchmarks/corpus/generated for the PDF converters, benchmarks/corpus/generated-tesseract
for the OCR, used when no DIR is given). Each page is cleaned with the installed cleaner
and scored with the shared yardstick (../shared/tools/score.py, or --score PATH). Prints,
per converter: pages, exact articles / gold articles, mean blocks F1 (heading vs paragraph
not judged unless --types), mean captions F1, and the characters lost and added over all
pages.
"""
from __future__ import annotations

import argparse
import importlib.util
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
DEFAULT_SCORER = ROOT.parent / "shared" / "tools" / "score.py"


DEFAULT_CORPORA = [HERE / "generated", HERE / "generated-tesseract"]


def load_scorer(path: Path):
    if not path.exists():
        raise SystemExit(f"score_corpus: no scorer at {path} (give --score PATH)")
    spec = importlib.util.spec_from_file_location("score", path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def evaluate(corpus: Path, scorer, types: bool = False) -> dict[str, list[dict]]:
    from cleaner import RuleSet, clean
    from cleaner.manifest import to_dict

    rules = RuleSet.load(profile="auto")
    scorer.IGNORE_TYPES = not types
    results: dict[str, list[dict]] = {}
    for conv_dir in sorted(p for p in corpus.iterdir() if p.is_dir() and p.name not in ("gold", "html", "pdf")):
        for txt in sorted(conv_dir.glob("*.txt")):
            gold_path = corpus / "gold" / f"{txt.stem}.json"
            if not gold_path.exists():
                continue
            raw_bytes = txt.read_bytes()
            try:
                page = clean(raw_bytes, rules=rules, name=txt.name)
                predicted = json.loads(json.dumps(to_dict(page), ensure_ascii=False))
                error = None
            except Exception as exc:  # a crash is a result to report, not a reason to stop
                predicted, error = {"page": {}, "articles": []}, f"{type(exc).__name__}: {exc}"
            gold = json.loads(gold_path.read_text(encoding="utf-8"))
            figures, report = scorer.score(predicted, gold, raw_bytes.decode("utf-8", errors="replace"))
            cp, cr = figures["captions_precision"], figures["captions_recall"]
            figures.update(page=txt.stem, error=error, report=report,
                           captions_f1=round(2 * cp * cr / (cp + cr), 4) if cp + cr else 0.0)
            results.setdefault(conv_dir.name, []).append(figures)
    return results


def table(results: dict[str, list[dict]]) -> str:
    lines = [f"{'converter':18} {'pages':>5} {'exact':>9} {'blocksF1':>8} {'capF1':>6} {'lost':>6} {'added':>6}",
             "-" * 64]
    for conv, rows in results.items():
        exact = sum(r["exact_articles"] for r in rows)
        total = sum(r["gold_articles"] for r in rows)
        f1 = sum(r["blocks_f1"] for r in rows) / len(rows)
        cap = sum(r["captions_f1"] for r in rows) / len(rows)
        lost = sum(r.get("lost_chars", 0) for r in rows)
        added = sum(r.get("added_chars", 0) for r in rows)
        crashed = sum(1 for r in rows if r["error"])
        lines.append(f"{conv:18} {len(rows):5} {exact:>4}/{total:<4} {f1:8.3f} {cap:6.3f} {lost:6} {added:6}"
                     + (f"  ({crashed} crashed)" if crashed else ""))
    return "\n".join(lines)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpus", nargs="*", type=Path, help="corpus folders (default: the committed ones)")
    ap.add_argument("--score", type=Path, default=DEFAULT_SCORER, help="path of score.py")
    ap.add_argument("--types", action="store_true", help="judge heading vs paragraph too")
    ap.add_argument("--json", action="store_true", help="print per-page figures as JSON")
    ap.add_argument("-v", "--verbose", action="store_true", help="per-page rows and differences")
    args = ap.parse_args(argv)
    scorer = load_scorer(args.score)
    results: dict[str, list[dict]] = {}
    for corpus in args.corpus or DEFAULT_CORPORA:
        if not (corpus / "gold").is_dir():
            raise SystemExit(f"score_corpus: no corpus at {corpus} (no gold/ folder)")
        results.update(evaluate(corpus, scorer, args.types))
    if args.json:
        print(json.dumps({c: [{k: v for k, v in r.items() if k != "report"} for r in rows]
                          for c, rows in results.items()}, ensure_ascii=False, indent=1))
        return 0
    if args.verbose:
        for conv, rows in results.items():
            for r in rows:
                print(f"{conv:18} {r['page']:10} {r['exact_articles']:>3}/{r['gold_articles']:<3} "
                      f"F1 {r['blocks_f1']:.3f} lost {r.get('lost_chars', 0)} added {r.get('added_chars', 0)}"
                      + (f"  {r['error']}" if r["error"] else ""))
                for line in r["report"][:20]:
                    print("    ", line)
    print(table(results))
    return 0


if __name__ == "__main__":
    sys.exit(main())
