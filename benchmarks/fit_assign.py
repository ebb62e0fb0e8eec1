"""Fit the weights of LAY101's assignment (rules/layout_interleave.toml, `assign_w_`) on
generated pages: a logistic regression of "unit b's first line is read right after unit
a's last line" on the pair's features (cleaner/interleave.py `successor_features`).

    python benchmarks/fit_assign.py DIR... [--every 2 --offset 0]

Each DIR holds a set of generated pages: DIR/pdfminer/*.txt and DIR/gold/*.json. For each
page the rule reads across (LAY101's runs accepted), the order the assignment starts
from is found as the rule finds it (runs, streams, links); the pairs it weighs are those
it weighs (`_fitted_weights`: the order's, and from a line set to a measure, those within
`relink_window` boxes, as `assign_fitted_ends` and `assign_fitted_far_seen` say); each is
labelled true where the gold text reads the two lines one after the other (each line
matched to its place in its article's gold text by its characters). Prints the fitted
weights as TOML lines for the rule file, and how often each page's true successor is
the best of its line's pairs before (the hand-set weights) and after.

--every N --offset K fits on every N-th DIR from the K-th (the DIRs sorted by name) and
reports the others as held out: fit on half the sets, judge on the other half. The shipped
weights were fitted on 20 of the 40 dev sets of /work/devsets (every second, from the
first; the rule file's `assign_fitted_ends` and `assign_fitted_far_seen` as shipped); on
the other 20 the true successor was the best of its line's pairs for 15,850 lines
(hand-set 15,448), and the assignment put 15,502 -> 15,666 of the gold's line pairs
together in simulation (last pass's weights, fitted on 18 of 36 sets: 15,626).

Pure Python (the cleaner has no numerical library): Newton's method on an L2-penalised
log-likelihood, the false pairs (about 95 in 100) thinned to every `--thin`-th and
weighted up by as much.
"""
from __future__ import annotations

import argparse
import json
import math
import sys
import unicodedata
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from cleaner import interleave as I  # noqa: E402
from cleaner.registry import default_rules  # noqa: E402

FIELDS = ("kicker", "headline", "subtitle", "byline", "dateline", "summary")
END = "\x00"  # between two blocks of an article's gold text


def _norm(text: str) -> str:
    return "".join(unicodedata.normalize("NFKC", text).split())


def gold_texts(gold: dict) -> list[str]:
    """Each article's blocks (its titles, body, captions) joined by END; the page's own
    captions last."""
    out = []
    for art in gold.get("articles", []):
        parts = [art[f] for f in FIELDS if art.get(f)]
        parts += [b["text"] if isinstance(b, dict) else b for b in art.get("body") or []]
        parts += [c for c in art.get("captions") or [] if isinstance(c, str)]
        out.append(END.join(_norm(t) for t in parts))
    captions = (gold.get("page") or {}).get("captions") or []
    out.append(END.join(_norm(c) for c in captions if isinstance(c, str)))
    return out


def places(keys: list[str], texts: list[str]) -> list[tuple[int, int, int] | None]:
    """Each line's place (text, start, end) in the gold texts: a line found once is placed
    there; one found in several places, where it joins a line already placed (right after
    or before it), else at its first free place."""
    found = []
    for key in keys:
        hits = []
        for t, text in enumerate(texts):
            at = text.find(key) if key else -1
            while at >= 0:
                hits.append((t, at, at + len(key)))
                at = text.find(key, at + 1)
        found.append(hits)
    out: list[tuple[int, int, int] | None] = [None] * len(keys)
    covered: set[tuple[int, int]] = set()
    starts: set[tuple[int, int]] = set()
    ends: set[tuple[int, int]] = set()

    def free(h):
        return not any((h[0], x) in covered for x in range(h[1], h[2]))

    def take(i, h):
        out[i] = h
        covered.update((h[0], x) for x in range(h[1], h[2]))
        starts.add((h[0], h[1]))
        ends.add((h[0], h[2]))
    for i, hits in enumerate(found):
        if len(hits) == 1 and free(hits[0]):
            take(i, hits[0])
    changed = True
    while changed:
        changed = False
        for i, hits in enumerate(found):
            if out[i] or not hits:
                continue
            open_ = [h for h in hits if free(h)]
            joins = [h for h in open_ if (h[0], h[1]) in ends or (h[0], h[2]) in starts]
            if len(open_) == 1 or joins:
                take(i, (joins or open_)[0])
                changed = True
    for i, hits in enumerate(found):
        if out[i] is None:
            open_ = [h for h in hits if free(h)]
            if open_:
                take(i, open_[0])
    return out


def true_successors(lines, units, gold: dict) -> dict[int, int]:
    """unit -> the unit whose first line the gold reads right after its last line (inside
    one block: a block's end has none)."""
    texts = gold_texts(gold)
    at = places([_norm(ln.key) for ln in lines], texts)
    start_of = {(h[0], h[1]): i for i, h in enumerate(at) if h}
    unit_of = {u[0]: k for k, u in enumerate(units)}
    out = {}
    for k, u in enumerate(units):
        h = at[u[-1]]
        if not h or h[2] >= len(texts[h[0]]) or texts[h[0]][h[2]] == END:
            continue
        nxt = start_of.get((h[0], h[2]))
        if nxt is not None and nxt in unit_of:
            out[k] = unit_of[nxt]
    return out


def page_pairs(source: str, p: dict):
    """(a, b, features, hand-set weight or None) for each pair the assignment weighs on
    the page, from the order it starts from; None where the rule does not read the page
    across."""
    alone, _ = I._alone(source)
    lines = I.lines_of(source)
    if (alone < p["min_run_lines"] or len(lines) < p["min_run_lines"]
            or I._side_by_side(source, p) or I._MARKDOWN.search(source)):
        return None
    units = I._units(lines)
    measured = I._measured(lines, units, p)
    out, evidence = I._read_runs(lines, p, measured)
    if not any(r["accepted"] for r in evidence):
        return None
    unit_of = {units[u][0]: u for u in range(len(units))}
    order, _ = I._streams(lines, units, [u for u in (unit_of.get(x) for x in out)
                                         if u is not None], p, measured)
    if p["relink"]:
        order, _ = I._relink(lines, units, order, p, measured)
    page, fits = measured
    pair = I._unit_pairs(lines, units, page, p)
    after = dict(zip(order, order[1:]))
    hand = I._hand_set_weights(lines, units, after, page, fits, pair, p)
    # (no least odds: every pair it weighs, each with its features)
    _, odds = I._fitted_weights(lines, units, after, page, fits, pair,
                                dict(p, assign_least_odds=-math.inf))
    return lines, units, [(a, b, f, hand.get((a, b))) for (a, b), (_, f) in odds.items()]


def newton(rows: list[tuple[list[float], int, float]], size: int, l2: float = 1.0,
           steps: int = 30) -> list[float]:
    """The weights of the logistic regression of the label on the features (rows of
    (x, y, weight)), L2-penalised: Newton's method, the normal equations solved by
    Gaussian elimination."""
    w = [0.0] * size
    for _ in range(steps):
        grad = [l2 * v for v in w]
        hess = [[l2 if i == j else 0.0 for j in range(size)] for i in range(size)]
        for x, y, k in rows:
            z = sum(a * b for a, b in zip(w, x))
            q = 1 / (1 + math.exp(-max(-30.0, min(30.0, z))))
            g, h = k * (q - y), k * q * (1 - q)
            for i, xi in enumerate(x):
                if xi:
                    grad[i] += g * xi
                    hx = h * xi
                    row = hess[i]
                    for j in range(i, size):
                        if x[j]:
                            row[j] += hx * x[j]
        for i in range(size):
            for j in range(i):
                hess[i][j] = hess[j][i]
        step = _solve(hess, grad)
        w = [a - b for a, b in zip(w, step)]
        if max(abs(s) for s in step) < 1e-6:
            break
    return w


def _solve(m: list[list[float]], v: list[float]) -> list[float]:
    n = len(v)
    a = [row[:] + [v[i]] for i, row in enumerate(m)]
    for c in range(n):
        pivot = max(range(c, n), key=lambda r: abs(a[r][c]))
        a[c], a[pivot] = a[pivot], a[c]
        for r in range(n):
            if r != c and a[r][c]:
                f = a[r][c] / a[c][c]
                a[r] = [x - f * y for x, y in zip(a[r], a[c])]
    return [a[i][n] / a[i][i] for i in range(n)]


def ranked(pages, score) -> Counter:
    """For each line with a true successor among its pairs: whether that pair weighs the
    most of the line's pairs (alone: "best"; tied; or not)."""
    out: Counter = Counter()
    for truth, rows in pages:
        by_a: dict[int, list] = {}
        for row in rows:
            by_a.setdefault(row[0], []).append(row)
        for a, cands in by_a.items():
            t = truth.get(a)
            mine = [r for r in cands if r[1] == t]
            if not mine:
                continue
            x = score(mine[0])
            others = [score(r) for r in cands if r[1] != t]
            top = max(others, default=-math.inf)
            out["best" if x > top else "tied" if x == top else "not"] += 1
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("dirs", nargs="+", type=Path)
    ap.add_argument("--every", type=int, default=1)
    ap.add_argument("--offset", type=int, default=0)
    ap.add_argument("--thin", type=int, default=8)
    ap.add_argument("--l2", type=float, default=1.0)
    args = ap.parse_args()
    rules = default_rules()
    dirs = sorted(args.dirs, key=lambda d: d.name)
    fit_dirs = set(dirs[args.offset::args.every])
    pages = {True: [], False: []}
    for d in dirs:
        for txt in sorted((d / "pdfminer").glob("*.txt")):
            gold = d / "gold" / (txt.stem + ".json")
            if not gold.exists():
                continue
            source = txt.read_text(encoding="utf-8")
            p = I._params(rules.for_page(source))
            found = page_pairs(source, p) if p else None
            if found is None:
                continue
            lines, units, rows = found
            truth = true_successors(lines, units, json.loads(gold.read_text(encoding="utf-8")))
            pages[d in fit_dirs].append((truth, rows))
        print(d.name, file=sys.stderr)
    names = I.SUCCESSOR_FEATURES
    data = []
    seen = 0
    for truth, rows in pages[True]:
        for a, b, f, _ in rows:
            y = int(truth.get(a) == b)
            if not y:
                seen += 1
                if seen % args.thin:
                    continue
            data.append(([f[n] for n in names], y, 1.0 if y else float(args.thin)))
    w = newton(data, len(names), args.l2)
    for n, v in zip(names, w):
        print(f"assign_w_{n} = {v:.2f}")

    def fitted(row):
        return sum(v * row[2][n] for n, v in zip(names, w))

    def hand(row):
        return row[3] if row[3] is not None else 0.0
    for half in (True, False):
        if pages[half]:
            print(f"# {'fitted on' if half else 'held out'}: {len(pages[half])} pages;"
                  f" true successor the best of its line's pairs: hand-set"
                  f" {dict(ranked(pages[half], hand))}, fitted {dict(ranked(pages[half], fitted))}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
