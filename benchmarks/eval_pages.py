"""Score the cleaner on every test page with the project's scorer (cleaner.evaluate).

    python benchmarks/eval_pages.py [--types] [-v]

For each tests/pages/NAME.txt with its gold NAME.json, and the sample with its gold in
samples/gold/, prints exact articles, body-block F1 (heading vs paragraph not judged,
as for pages of other papers, unless --types), caption F1, and lost/added characters;
then the mean F1 per converter style. -v prints the scorer's difference lines.
"""
from __future__ import annotations

import argparse
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def pages() -> list[tuple[Path, Path]]:
    out = [(ROOT / "samples" / "hebei-daily-langfang-page.txt",
            ROOT / "samples" / "gold" / "hebei-daily-langfang-page.json")]
    for txt in sorted((ROOT / "tests" / "pages").glob("*.txt")):
        if txt.with_suffix(".json").exists():
            out.append((txt, txt.with_suffix(".json")))
    return out


def evaluate(types: bool = False, verbose: bool = False) -> list[dict]:
    from cleaner import RuleSet
    from cleaner.evaluate import clean_and_score, load_gold

    rules = RuleSet.load(profile="auto")
    results = []
    for txt, gold_path in pages():
        page, _, scored = clean_and_score(txt, load_gold(gold_path), rules=rules,
                                          ignore_types=not types)
        figures, report = scored.figures(), scored.differences
        cp, cr = figures["captions_precision"], figures["captions_recall"]
        figures.update(page=txt.stem, style=page.input.get("style"),
                       captions_f1=round(2 * cp * cr / (cp + cr), 4) if cp + cr else 0.0,
                       report=report)
        results.append(figures)
    return results


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--types", action="store_true", help="judge heading vs paragraph too")
    ap.add_argument("-v", "--verbose", action="store_true")
    args = ap.parse_args()
    results = evaluate(args.types)
    print(f"{'page':32} {'style':8} {'exact':>6} {'blocksF1':>8} {'capF1':>6} {'lost':>5} {'added':>5}")
    by_style: dict[str, list[float]] = {}
    for r in results:
        print(f"{r['page']:32} {r['style']:8} {r['exact_articles']:>3}/{r['gold_articles']:<2} "
              f"{r['blocks_f1']:8.3f} {r['captions_f1']:6.2f} {r['lost_chars']:5} {r['added_chars']:5}")
        by_style.setdefault(r["style"], []).append(r["blocks_f1"])
        if args.verbose:
            for line in r["report"][:40]:
                print("   ", line)
    for style, f1s in by_style.items():
        print(f"mean blocks F1, {style}: {sum(f1s) / len(f1s):.3f} over {len(f1s)} pages")


if __name__ == "__main__":
    main()
