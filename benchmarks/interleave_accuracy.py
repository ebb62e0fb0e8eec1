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
    python benchmarks/interleave_accuracy.py DIR --breakdown       # why lines are out of order

(A folder without pymupdf-blocks/ is judged against pymupdf/: PyMuPDF's default text has
the same lines in the same order.) With --breakdown it puts every true pair the order
misses in a category (`breakdown`): beyond what the decoder's model can do (an oracle,
the same cut with the true pairs as scores, misses it too), a run never found, read in
the wrong number of columns, cut too early or too late, or a false run.

With --f1 it also cleans pdfminer's text as it is and reordered (and pymupdf-blocks' text,
the same lines in drawing order, for the ceiling), and scores them with
../shared/tools/score.py --ignore-types against the page's gold (an estimate: the scorer
compares against the original source, so its lost/added count is off for reordered text).
Also prints, for the other converters' text in the folder (their default order), how many
pages the orderer would reorder (it should be none), and what ordering costs a page of each:
wall and CPU milliseconds (the CPU time is the one to compare on a shared machine), the
best of --repeat passes over the folder.
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


# ---- the breakdown (--breakdown): why lines are out of order ----------------------------
#
# The decoder (interleave.decoded) cuts the converter's boxes (units) into segments read as
# printed or in k columns (with a tail). An oracle runs the same cut (`interleave._cut`)
# with the true pairs as scores (1 for a unit followed by its true successor at that
# offset, 0 otherwise): the best the decoder's model can do. Every true pair the decoder's
# order misses is put in one category: the oracle misses it too (beyond the model: a
# line set to no measure at one end, the successor as printed, a few lines on, or far
# or back), or it lies in a run of the oracle's k columns that the decoder found not, or
# in another k, or cut elsewhere, or in a stretch the oracle reads as printed (a false
# run). Pairs are counted at the converter's boxes (a box of several lines is one), and
# again for pairs of lines inside one gold block (paragraph, title, caption: the pairs
# the blocks F1 rests on), when the gold is there.

BEYOND = "beyond the model"


def _successors(lines, units, true_keys) -> list[int | None]:
    """Each unit's true successor unit (the unit whose first line follows its last line in
    the true order), lines matched by their text, the n-th of a text to the n-th."""
    where: dict[str, list[int]] = {}
    for i, key in enumerate(true_keys):
        where.setdefault(key, []).append(i)
    seen: Counter = Counter()
    true_of = []
    for ln in lines:
        n = seen[ln.key]
        seen[ln.key] += 1
        places = where.get(ln.key, [])
        true_of.append(places[n] if n < len(places) else None)
    line_at = {t: i for i, t in enumerate(true_of) if t is not None}
    unit_of = {u[0]: k for k, u in enumerate(units)}
    out = []
    for u in units:
        t = true_of[u[-1]]
        nxt = line_at.get(t + 1) if t is not None else None
        out.append(unit_of.get(nxt) if nxt is not None else None)
    return out


def _runs(segments, accept) -> list[dict]:
    out = []
    for columns, parts in interleave.column_runs(segments):
        strides = [q[2] for q in parts if q[2]]  # (a box heading the run: k 0, first)
        s, e, k = parts[0][0], parts[-1][1], strides[0]
        out.append({"s": s, "e": e, "k": k, "tails": strides[1:],
                    "columns": columns, "accepted": k > 1 and accept(columns, s, e)})
    return out


def _unit_order(runs) -> list[int]:
    out = []
    for r in runs:
        out.extend(u for c in r["columns"] for u in c) if r["accepted"] else \
            out.extend(range(r["s"], r["e"]))
    return out


def _category(o: dict, decoded_runs: list[dict]) -> str:
    """How the decoder read a run the oracle reads in k columns."""
    over = [d for d in decoded_runs if d["k"] > 1 and d["s"] < o["e"] and o["s"] < d["e"]]
    taken = [d for d in over if d["accepted"]]
    if not taken:
        return "found, not accepted" if over else "never found"
    main = max(taken, key=lambda d: min(d["e"], o["e"]) - max(d["s"], o["s"]))
    if main["k"] != o["k"]:
        return "k misjudged"
    if len(taken) > 1:
        return "split into several runs"
    early, late = main["s"] < o["s"], main["s"] > o["s"]
    if main["e"] != o["e"] and (early or late):
        return "start and end wrong"
    if early or late:
        return "starts early (a line above the box's columns)" if early else "starts late"
    if main["e"] != o["e"]:
        return "ends late (runs on past the box)" if main["e"] > o["e"] else "ends early"
    return "found right (the same cut)"


def breakdown(source: str, true_text: str, p: dict, gold_blocks: str | None):
    """(counts, categories): unit pairs in all and in gold blocks, kept as is, by the
    decoder, by the oracle; and the decoder's missed pairs by category."""
    lines = interleave.lines_of(source)
    measured = interleave._measured(lines, interleave._units(lines), p)
    units, fits, score, prefix, segments = interleave.decoded(lines, p, measured)
    n = len(units)
    succ = _successors(lines, units, compact_lines(true_text))
    barrier = [lines[u[0]].barrier for u in units]

    def accept(columns, s, e):
        # (as `_read_runs` judges a run: a box heading it, `_heads`, scored and voting)
        mine, as_is, votes = interleave.judged(lines, units, fits, score, prefix, measured[0],
                                               interleave.column_pairs(columns), s, e, p)
        return votes >= p["min_votes"] and mine > as_is

    decoded_runs = _runs(segments, accept)
    max_k = int(p["max_columns"])
    truth = [[0.0] * n for _ in range(max_k + 1)]
    for u in range(n):
        for d in range(1, max_k + 1):
            v = u + d
            if v >= n or not fits[u] or not fits[v]:
                break
            if d > 1 and any(barrier[w] for w in range(u + 1, v + 1)):
                break
            truth[d][u] = 1.0 if succ[u] == v else 0.0
    q = dict(p, segment_cost=0.1, tail_cost=0.05)
    oracle_runs = _runs(interleave._cut(n, fits, barrier, truth,
                                        interleave.prefix_sums(truth, n), q),
                        lambda *a: True)
    run_of = {u: r for r in oracle_runs for u in range(r["s"], r["e"])}
    kind = {id(r): _category(r, decoded_runs) for r in oracle_runs if r["k"] > 1}
    nexts = [dict(zip(order, order[1:])) for order in
             (list(range(n)), _unit_order(decoded_runs), _unit_order(oracle_runs))]
    counts: Counter = Counter()
    cats: Counter = Counter()
    for u in range(n):
        v = succ[u]
        if v is None:
            continue
        inside = gold_blocks is not None and (
            lines[units[u][-1]].key + lines[units[v][0]].key) in gold_blocks
        got = [nx.get(u) == v for nx in nexts]
        for scope in ("all", "in") if inside else ("all",):
            counts[scope, "pairs"] += 1
            counts[scope, "as is"] += got[0]
            counts[scope, "decoder"] += got[1]
            counts[scope, "oracle"] += got[2]
        if got[1]:
            continue
        if not got[2]:
            d = v - u
            where = ("a line set to no measure at one end" if not (fits[u] and fits[v])
                     else "successor as printed" if d == 1
                     else "successor a few lines on" if 1 < d <= max_k
                     else "successor far on or back")
            cat = f"{BEYOND}: {where}"
        elif run_of[u]["k"] > 1:
            cat = kind[id(run_of[u])]
        else:
            cat = "false run (the oracle reads it as printed)"
        for scope in ("all", "in") if inside else ("all",):
            cats[scope, cat] += 1
    for r in oracle_runs:
        if r["k"] > 1:
            cats["runs", kind[id(r)]] += 1
    return counts, cats


def gold_text(path: Path) -> str | None:
    """The page's gold blocks (titles, bylines, paragraphs, captions), one a line, spaces
    out: a pair of lines inside one block is a substring of it."""
    if not path.exists():
        return None
    gold = json.loads(path.read_text(encoding="utf-8"))
    out = []
    for art in gold.get("articles", []):
        for field in ("kicker", "headline", "subtitle", "byline", "dateline", "summary"):
            if art.get(field):
                out.append(art[field])
        for b in art.get("body") or []:
            out.append(b["text"] if isinstance(b, dict) else b)
        out.extend(art.get("captions") or [])
    return "\n".join("".join(t.split()) for t in out)


def print_breakdown(tot: Counter, cats: Counter) -> None:
    for scope, title in (("all", "unit pairs"), ("in", "pairs inside a gold block")):
        n = tot[scope, "pairs"]
        if not n:
            continue
        print(f"  {title}: {n}; in order as is {tot[scope, 'as is'] / n:.3f}, decoder "
              f"{tot[scope, 'decoder'] / n:.3f}, oracle (the decoder's model, true scores) "
              f"{tot[scope, 'oracle'] / n:.3f}; missed by the decoder:")
        mine = sorted(((v, c) for (s, c), v in cats.items() if s == scope), reverse=True)
        for v, c in mine:
            runs = cats["runs", c]
            print(f"    {v:5d} {v / n:.3f}  {c}" + (f"  (oracle runs: {runs})" if runs else ""))
    rest = [(c, v) for (s, c), v in cats.items()
            if s == "runs" and not cats["all", c]]
    if rest:
        print("    runs with no pair missed: " + ", ".join(f"{c} {v}" for c, v in rest))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("corpus", nargs="?", default=str(ROOT / "benchmarks/corpus/generated"),
                    help="a folder with pdfminer/ and pymupdf-blocks/ (default: the committed set)")
    ap.add_argument("-v", "--verbose", action="store_true", help="one line per page")
    ap.add_argument("--f1", action="store_true", help="also estimate the blocks F1 effect")
    ap.add_argument("--breakdown", action="store_true",
                    help="why lines are out of order, by category (see `breakdown`)")
    ap.add_argument("--score", default=str(ROOT.parent / "shared/tools/score.py"))
    ap.add_argument("--repeat", type=int, default=1,
                    help="time each folder this many times, the best pass counts")
    args = ap.parse_args()
    corpus = Path(args.corpus)
    rules = default_rules()
    miner, truth = corpus / "pdfminer", corpus / "pymupdf-blocks"
    if not truth.is_dir():  # (PyMuPDF's default text has the same lines in the same order)
        truth = corpus / "pymupdf"
    names = sorted(p.stem for p in miner.glob("*.txt") if (truth / p.name).exists())
    if not names:
        print(f"{corpus}: no page has both pdfminer/ and pymupdf-blocks/ (or pymupdf/) text",
              file=sys.stderr)
        return 2
    tot = Counter()
    bd_tot: Counter = Counter()
    bd_cats: Counter = Counter()
    params = interleave._params(rules)
    for name in names:
        source = (miner / f"{name}.txt").read_text(encoding="utf-8")
        true = pairs(compact_lines((truth / f"{name}.txt").read_text(encoding="utf-8")))
        result = interleave.order(source, rules)
        before = pairs(compact_lines(source))
        after = pairs(compact_lines(reordered_text(source, result)))
        n_true = sum(true.values())
        hit_before = sum((true & before).values())
        hit_after = sum((true & after).values())
        # (LAY101's relinks and lifts are evidence too, of single links and of boxes put
        # after a sentence, not runs of k columns)
        evidence = result.evidence if result else []
        runs = [r for r in evidence if "k" in r]
        relinks = sum(1 for r in evidence if r.get("relink"))
        lifts = sum(1 for r in evidence if r.get("lifted"))
        tot.update(true=n_true, before=hit_before, after=hit_after, runs=len(runs),
                   relinks=relinks, lifts=lifts, pages_reordered=bool(result))
        line = f"{name}: true pairs {n_true}, adjacent as is {hit_before} " \
               f"({hit_before / n_true:.3f}), reordered {hit_after} ({hit_after / n_true:.3f}); " \
               f"runs {len(runs)} (k {[r['k'] for r in runs]}), relinks {relinks}, lifts {lifts}"
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
        if args.breakdown and params:
            counts, cats = breakdown(source, (truth / f"{name}.txt").read_text(encoding="utf-8"),
                                     params, gold_text(corpus / "gold" / f"{name}.json"))
            bd_tot.update(counts)
            bd_cats.update(cats)
        if args.verbose:
            print(line)
    print(f"{corpus}: {len(names)} pages, {tot['true']} true adjacent pairs; adjacent in "
          f"pdfminer as is {tot['before']} ({tot['before'] / tot['true']:.3f}), after "
          f"interleave.order {tot['after']} ({tot['after'] / tot['true']:.3f}); "
          f"{tot['pages_reordered']} pages reordered, {tot['runs']} runs, {tot['relinks']} relinks, "
          f"{tot['lifts']} lifts")
    if bd_tot:
        print_breakdown(bd_tot, bd_cats)
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
        cost, cpu = float("inf"), float("inf")
        for _ in range(max(1, args.repeat)):
            interleave._decode.cache_clear()
            start, start_cpu = time.perf_counter(), time.process_time()
            moved = [name for name, text in texts if interleave.order(text, rules) is not None]
            cost = min(cost, (time.perf_counter() - start) / len(texts) * 1000)
            cpu = min(cpu, (time.process_time() - start_cpu) / len(texts) * 1000)
        if folder.name == "pdfminer":
            print(f"  {folder.name}: {cost:.1f} ms a page ({cpu:.1f} CPU ms)")
            continue
        print(f"  {folder.name}: {len(moved)} pages reordered {moved if moved else ''}"
              f"({cost:.2f} ms a page, {cpu:.2f} CPU ms)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
