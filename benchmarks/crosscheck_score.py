"""Check that clean-eval gives the figures the shared score.py gives, page by page.

    python benchmarks/crosscheck_score.py [--score ../shared/tools/score.py]
                                          [--corpus ../shared/corpus/rmrb-20251020]

For each converter folder of the corpus (DIR/CONVERTER/NAME.txt, gold in DIR/gold/), runs
`clean-eval DIR/gold DIR/CONVERTER -o TMP --json`, then score.py on every page it wrote
(`score.py TMP/NAME/articles.json DIR/gold/NAME.json --source DIR/CONVERTER/NAME.txt
--json`), with and without --ignore-types. Every page's figures must be equal, and the
totals clean-eval prints must be what adding up score.py's pages gives (counts summed,
ratios averaged over the pages). Prints one line a converter and mode; exit status 1
on any difference, 2 when score.py or the corpus is missing.
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
COUNTS = ("gold_articles", "found_articles", "extra_articles", "exact_articles",
          "ordered_articles", "lost_chars", "added_chars")
MEANS = ("blocks_precision", "blocks_recall", "blocks_f1", "body_similarity",
         "captions_precision", "captions_recall")


def add_up(pages: list[dict]) -> dict:
    """Totals of score.py's page figures, computed here, not by cleaner.evaluate."""
    out = {"pages": len(pages)}
    for k in COUNTS:
        out[k] = sum(p[k] for p in pages)
    for k in MEANS:
        out[k] = round(sum(p[k] for p in pages) / len(pages), 4)
    hits = sum(int(p["fields"].split("/")[0]) for p in pages)
    of = sum(int(p["fields"].split("/")[1]) for p in pages)
    out["fields"] = f"{hits}/{of}"
    return out


def clean_eval(args: list[str]) -> dict:
    done = subprocess.run([sys.executable, "-m", "cleaner.eval_cli", *args, "--json"],
                          capture_output=True, text=True, cwd=ROOT)
    if done.returncode != 0:
        raise SystemExit(f"clean-eval {' '.join(args)} failed ({done.returncode}): "
                         f"{done.stderr.strip()}")
    return json.loads(done.stdout)


def score_py(score: Path, predicted: Path, gold: Path, source: Path, ignore: bool) -> dict:
    cmd = [sys.executable, str(score), str(predicted), str(gold), "--source", str(source),
           "--json"] + (["--ignore-types"] if ignore else [])
    done = subprocess.run(cmd, capture_output=True, text=True)
    if done.returncode not in (0, 1):
        raise SystemExit(f"{' '.join(cmd)} failed ({done.returncode}): {done.stderr.strip()}")
    return json.loads(done.stdout)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--score", type=Path, default=SHARED / "tools" / "score.py")
    ap.add_argument("--corpus", type=Path, default=SHARED / "corpus" / "rmrb-20251020")
    args = ap.parse_args(argv)
    if not args.score.is_file() or not (args.corpus / "gold").is_dir():
        print(f"crosscheck: needs {args.score} and {args.corpus}/gold/", file=sys.stderr)
        return 2
    convs = sorted(d for d in args.corpus.iterdir()
                   if d.is_dir() and d.name != "gold" and any(d.glob("*.txt")))
    bad = 0
    with tempfile.TemporaryDirectory(prefix="crosscheck-") as tmp:
        for conv in convs:
            for ignore in (True, False):
                out = Path(tmp) / f"{conv.name}-{int(ignore)}"
                table = clean_eval([str(args.corpus / "gold"), str(conv), "-o", str(out)]
                                   + (["--ignore-types"] if ignore else []))
                theirs = []
                differ = []
                for row in table["pages"]:
                    name = row["page"]
                    figures = score_py(args.score, out / name / "articles.json",
                                       args.corpus / "gold" / f"{name}.json",
                                       conv / f"{name}.txt", ignore)
                    theirs.append(figures)
                    ours = {k: v for k, v in row.items() if k in figures}
                    if ours != figures or set(figures) - set(row):
                        differ.append(f"  {name}: clean-eval {ours}\n  {name}: score.py   {figures}")
                mine = {k: table["total"][k] for k in add_up(theirs)}
                if mine != add_up(theirs):
                    differ.append(f"  total: clean-eval {mine}\n  total: score.py   {add_up(theirs)}")
                mode = "--ignore-types" if ignore else "types judged"
                t = table["total"]
                print(f"{'DIFFER' if differ else 'same  '} {conv.name:10} {mode:14} "
                      f"{len(theirs)} pages, exact {t['exact_articles']}/{t['gold_articles']}, "
                      f"blocks F1 {t['blocks_f1']}, lost {t['lost_chars']}, "
                      f"added {t['added_chars']}")
                for line in differ:
                    print(line)
                bad += bool(differ)
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
