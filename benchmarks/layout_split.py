"""How well a page's reading order follows its gold: each line of the text the layout stage
gives (or of the converter's own text) is found in the gold's articles, and the lines are
grouped into runs that read on in one article. Prints, per page, the runs and how many
breaks the order has beyond the gold's own pieces; a summary line per converter folder.

    python benchmarks/layout_split.py --corpus DIR [--converter pdftotext-layout ...]
                                      [--page gen-1701] [--raw] [-v]

A *break* is a line that does not go on where the line before it ended: in another
article, or in the same article but elsewhere than its next characters. A page read
perfectly has one break for each piece of the gold (article, caption, furniture line)
it reads, less one; `extra` counts the breaks beyond that. Lines not found in the gold
(glued cells of two columns, text the gold does not hold) count as `unfound`.

--raw reads the converter's text as it is (no layout stage): for a converter that writes
in reading order (pymupdf) it is the order a perfect split would reach.

--against CONVERTER (pymupdf, say) sorts the breaks the reading order's converter does not
share (where it stops reading a piece before that piece's end, the reference reads on) by
cause: stopped inside an article's head (kicker, headline, subtitle, byline) or its body,
then went on in the same article elsewhere, in another article's head, or in other text
(a caption, furniture, another body). Totals over all pages given.
"""
from __future__ import annotations

import argparse
import sys
import unicodedata
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

FIELDS = ("kicker", "headline", "subtitle", "byline", "summary")


def head_lengths(gold: dict) -> dict[str, int]:
    """Each article piece's head length (its head fields, normalised) by label."""
    return {f"A{i}": len("".join(_norm(a.get(f) or "") for f in FIELDS))
            for i, a in enumerate(gold.get("articles") or [])}


def stops(runs, pieces) -> list[tuple[tuple[str, int], tuple[str, int]]]:
    """Each break between two found runs: (piece, where it stopped), (piece, where next)."""
    return [((pieces[r[0]][0], r[2]), (pieces[s[0]][0], s[1]))
            for r, s in zip(runs, runs[1:]) if r[0] is not None and s[0] is not None]


def causes(runs, ref_runs, pieces, gold) -> list[str]:
    """The cause of each break of `runs` that `ref_runs` does not share (module doc)."""
    heads, lengths = head_lengths(gold), dict(pieces)
    shared = {stop for stop, _ in stops(ref_runs, pieces)}
    out = []
    for (p, end), (q, start) in stops(runs, pieces):
        if (p, end) in shared or end == len(lengths[p]):
            continue
        if p in heads:
            kind = "stopped in a head" if end <= heads[p] else "stopped in a body"
        else:
            kind = "stopped in a caption or furniture"
        if q == p:
            kind += ", went on in its article elsewhere"
        elif q in heads and start <= heads[q]:
            kind += ", went on in another article's head"
        else:
            kind += ", went on in other text"
        out.append(kind)
    return out


def _norm(s: str) -> str:
    return "".join(unicodedata.normalize("NFKC", s).split())


def gold_pieces(gold: dict) -> list[tuple[str, str]]:
    """The gold's pieces in reading order as (label, normalised text): each article's
    head fields and body as one piece, its captions, the page's furniture and captions."""
    out = []
    page = gold.get("page") or {}
    for k, f in enumerate(page.get("furniture") or []):
        out.append((f"F{k}", _norm(f)))
    if page.get("banner"):
        out.append(("BAN", _norm(page["banner"])))
    for k, c in enumerate(page.get("captions") or []):
        out.append((f"PC{k}", _norm(c)))
    for i, a in enumerate(gold.get("articles") or []):
        head = "".join(_norm(a.get(f) or "") for f in FIELDS)
        body = "".join(_norm(b if isinstance(b, str) else b.get("text", ""))
                       for b in a.get("body") or [])
        out.append((f"A{i}", head + body))
        for k, c in enumerate(a.get("captions") or []):
            out.append((f"A{i}c{k}", _norm(c)))
    return out


def locate(lines: list[str], pieces: list[tuple[str, str]]):
    """Each line as (label, start, end) in its gold piece, or None when not found; a line
    found in several places is taken where the line before it ended, else the first place
    not yet read."""
    used: set[tuple[int, int]] = set()
    out = []
    prev = None
    for text in lines:
        t = _norm(text)
        if not t:
            continue
        hits = []
        for p, (_, s) in enumerate(pieces):
            at = s.find(t)
            while at >= 0:
                hits.append((p, at))
                at = s.find(t, at + 1)
        if not hits:
            out.append((text, None))
            prev = None
            continue
        pick = None
        if prev is not None:
            pick = next((h for h in hits if h == prev), None)
        if pick is None:
            pick = next((h for h in hits if h not in used), hits[0])
        used.add(pick)
        out.append((text, (pick[0], pick[1], pick[1] + len(t))))
        prev = (pick[0], pick[1] + len(t))
    return out


def runs_of(located):
    """Consecutive lines that read on: [(piece, start, end, lines)] or (None, text)."""
    runs = []
    for text, where in located:
        if where is None:
            runs.append([None, text, 0, 1])
            continue
        p, a, b = where
        if runs and runs[-1][0] == p and runs[-1][2] == a:
            runs[-1][2] = b
            runs[-1][3] += 1
        else:
            runs.append([p, a, b, 1])
    return runs


def reading(path: Path, raw: bool, rules) -> list[str]:
    from cleaner.decode import decode
    from cleaner.layout import plan
    from cleaner.assemble import replay

    source = decode(path.read_bytes(), name=path.name).text
    if raw:
        return source.split("\n")
    edits = plan(source, rules.for_page(source))
    return (replay(source, edits) if edits else source).split("\n")


def main(argv=None) -> int:
    import json

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", action="append", required=True)
    ap.add_argument("--converter", action="append", default=[])
    ap.add_argument("--page", action="append", default=[])
    ap.add_argument("--raw", action="store_true")
    ap.add_argument("-v", "--verbose", action="store_true")
    ap.add_argument("--against", metavar="CONVERTER",
                    help="sort the breaks this reading-order converter does not share by cause")
    ap.add_argument("--diff", action="store_true",
                    help="also clean the page and print how its articles differ from the gold")
    args = ap.parse_args(argv)
    from cleaner import RuleSet

    rules = RuleSet.load(profile="auto")
    tally: Counter = Counter()
    for corpus in map(Path, args.corpus):
        for conv in args.converter or ["pdftotext-layout"]:
            total = {"extra": 0, "unfound": 0, "pages": 0}
            for txt in sorted((corpus / conv).glob("*.txt")):
                if args.page and txt.stem not in args.page:
                    continue
                gold = json.loads((corpus / "gold" / f"{txt.stem}.json").read_text("utf-8"))
                pieces = gold_pieces(gold)
                runs = runs_of(locate(reading(txt, args.raw, rules), pieces))
                found = [r for r in runs if r[0] is not None]
                unfound = len(runs) - len(found)
                # A perfect reading: one run per piece it touches.
                extra = len(found) - len({r[0] for r in found})
                total["extra"] += extra
                total["unfound"] += unfound
                total["pages"] += 1
                print(f"{corpus.name}/{conv}/{txt.stem}: runs {len(runs)}, "
                      f"extra breaks {extra}, unfound {unfound}")
                if args.against and (ref := corpus / args.against / txt.name).is_file():
                    ref_runs = runs_of(locate(reading(ref, True, rules), pieces))
                    tally.update(causes(runs, ref_runs, pieces, gold))
                if args.diff:
                    from cleaner.evaluate import clean_and_score, load_gold

                    _, _, s = clean_and_score(txt, load_gold(corpus / "gold" / f"{txt.stem}.json"),
                                              rules=rules, ignore_types=True)
                    print(f"  blocks F1 {s.blocks_f1:.3f}")
                    print("\n".join(s.differences))
                if args.verbose:
                    for r in runs:
                        if r[0] is None:
                            print(f"    ??  {r[1][:70]!r}")
                        else:
                            label, s = pieces[r[0]]
                            print(f"    {label:6} {r[1]:5}-{r[2]:<5}/{len(s):<5} "
                                  f"{r[3]:3} lines  {s[r[1]:r[1] + 12]}…{s[max(r[2] - 8, r[1]):r[2]]}")
            print(f"== {corpus.name}/{conv}: pages {total['pages']}, extra breaks "
                  f"{total['extra']}, unfound lines {total['unfound']}")
    if args.against:
        print(f"== breaks {args.against} does not share, by cause:")
        for kind, n in tally.most_common():
            print(f"{n:5}  {kind}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
