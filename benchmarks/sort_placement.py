"""How well LAY002 places the pieces of PyMuPDF sort=True text, judged by the PDF itself.

    python benchmarks/sort_placement.py --corpus DIR [--corpus DIR ...] [--pdf-dir CACHE]
                                        [--true-placement] [--breakdown] [--repair CLASS]
                                        [--grid SCALE [--grid-gap N]]

LAY002 (cleaner/sortrows.py) only gets the text; the PDF holds where each word stands.
This rebuilds sort=True text from the PDF's word boxes the way pymupdf.utils.get_sorted_text
writes it (so each character of the text is tied to its word's box), checks it is the
corpus text byte for byte (a page that differs, another PyMuPDF, is skipped and named), and
prints, for the pieces LAY002 finds:

    first     pieces that open a line: placed within 1 em of the PDF's place
    later     later pieces of a line, on its first printed row: within 2 ems
    glued     pieces of a row glued onto the line (no line break, padded from the left
              edge): found as glued, and of those placed within 2 ems
    false     pieces read as glued that are not

--true-placement also cleans and scores each page with the PDF's own placement in place of
LAY002's (its pieces cut where the words stand 0.75 em or more apart): the blocks F1 a
perfect placement would give with the present reading, against the figure as it is.

--repair CLASS (glued, large, large-x0, large-x1, after-large, rest, all, unspaced, cuts,
more-cuts; repeatable) scores LAY002's own pieces
with the PDF's places put in for one class of them: where the PDF puts the piece (and,
where the piece is one of the PDF's, its right edge), and whether it stands on a glued
row. glued: pieces the PDF or LAY002 puts on a glued row; large: pieces in type more than
15% larger than the body's (titles, kickers, subtitles: their padding counts their own
large characters); large-x0 and large-x1: only their left edge (their width LAY002's) or
only their width (their left edge LAY002's); after-large: the pieces that follow a piece
in large type on the PDF's printed row (the next column's line, or the next box's title);
rest: the others; all: every piece's place right, the cuts LAY002's. On 4 dev sets
(d18001-d18301, 32 pages), the mean of the sets' blocks F1, LAY002 0.140: large 0.176
(large-x0 0.168, large-x1 0.151), after-large 0.173, rest 0.154.
unspaced: LAY002's pieces cut where the PDF's rows glued on with no space start, the part
cut off at the left edge (where such a row starts) on a glued row, the rest as LAY002
places it. What each class of placement error costs the reading. On 11 dev sets (d901,
d17401-d18301), the mean of the sets' blocks F1, LAY002 0.150: glued 0.188, large 0.172,
rest 0.155, all 0.304 (the PDF's own pieces: 0.50, the other 0.19 is the cuts); d901,
d17401, d17501 and d17801 together, unspaced 0.141 -> 0.154.
cuts: LAY002 reads the page with the PDF's no-space cuts in place of its own (each line's
words cut where such a row starts, before any piece is placed) and places every piece
itself: unlike unspaced, the rest of a cut line is placed from the glued row's end, where
sort=True pads it from, not where LAY002 put it. more-cuts: LAY002's own cuts and the
PDF's. On the 27 dev sets with PDFs (216 pages), LAY002 0.1415: cuts 0.1856, more-cuts
0.1684. The no-space cuts are worth +0.044 on their own, and it is the missed ones (1021
of the PDF's 1333), not the wrong ones (273, against 312 right), that cost it.

--grid writes each page's pieces out as a character grid (each piece at its place in ems
times SCALE, at least --grid-gap spaces after the piece before it; a glued row on a line of
its own under its line) and cleans that as `pdftotext -layout` text, so LAY001 reads it:
once with LAY002's placement and once with the PDF's (blocks F1 "grid" and "grid true").
The PDF's placement read so says what a reading of exact places gives, beside LAY002's own
reading of them (--true-placement); LAY002's placement read so, what its places are worth
to that reading. On 27 dev sets (216 pages, SCALE 1.6), the mean of the sets' blocks F1:
LAY002 0.142, LAY002 reading the PDF's places 0.495, LAY001 reading LAY002's places 0.119
(above LAY002 on 7 sets), LAY001 reading the PDF's 0.542 (above LAY002 reading them on
20): the places are the loss, not the reading.

--breakdown says where the gold's body blocks are lost, with LAY002's placement (and with
--true-placement the PDF's too): each gold block is found (in its matched article, exact),
or lost with its article (no headline matched: the head was read wrong), or lost in a
matched article; a lost block is "in order" where its text stands in one run in LAY002's
reading order (what the cleaner did after the order lost it: a paragraph cut or joined, a
head taken into the text) and "broken" where it does not (the order cut it). Then the links
LAY002 made between pieces of two gold articles (a column's last line over the next
article's title: body > head), by the pieces' parts (head: headline, kicker, subtitle,
byline; body; cap: a caption; page: the page's furniture and banner).

A corpus folder is laid out as benchmarks/corpus/generated/ is: pymupdf-sort/NAME.txt,
gold/NAME.json, and the page's PDF as pdf/NAME.pdf or, printed with Chromium into the
--pdf-dir cache, html/NAME.html. Needs the corpus extra (PyMuPDF, used here, never by the
cleaner).
"""
from __future__ import annotations

import argparse
import statistics
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def sorted_words(page, tolerance: float = 3):
    """The page's sort=True text, as pymupdf.utils.get_sorted_text writes it, and its
    words: (rect, text, start, end, printed row, source line)."""
    import pymupdf
    from pymupdf.utils import get_text_words

    words = [(pymupdf.Rect(w[:4]), w[4])
             for w in get_text_words(page, sort=True, tolerance=tolerance)]
    if not words:
        return "", [], None
    box = pymupdf.EMPTY_RECT()
    for rect, _ in words:
        box |= rect
    rows, row, rrect = [], [words[0]], pymupdf.Rect(words[0][0])
    for rect, t in words[1:]:
        if abs(rrect.y0 - rect.y0) <= tolerance or abs(rrect.y1 - rect.y1) <= tolerance:
            row.append((rect, t))
            rrect |= rect
        else:
            rows.append((rrect, row))
            row, rrect = [(rect, t)], pymupdf.Rect(rect)
    rows.append((rrect, row))
    rows.sort(key=lambda r: r[0].y1)
    text, out, y1 = "", [], None
    for i, (rrect, row) in enumerate(rows):
        if i:
            text += "\n" * (min(int(round((rrect.y0 - y1) / rrect.height)), 5) + 1)
        y1 = rrect.y1
        row.sort(key=lambda w: w[0].x0)
        x1 = box.x0
        for rect, t in row:
            text += " " * max(int(round((rect.x0 - x1) / rect.width * len(t))),
                              0 if (x1 == box.x0 or rect.x0 <= x1) else 1)
            out.append((rect, t, len(text), len(text) + len(t), i, text.count("\n")))
            text += t
            x1 = rect.x1
    return text, out, box


def true_pieces(words, box, split: float = 0.75):
    """The pieces as the PDF places them, in ems of the page's body size (the median
    character width), each printed row glued onto a line on a row of its own."""
    from cleaner.sortrows import _Piece

    em = statistics.median(w[0].width / len(w[1]) for w in words for _ in w[1])
    first_row: dict[int, int] = {}
    out, prev = [], None
    for rect, _, a, b, i, n in words:
        first_row.setdefault(n, i)
        x0, x1 = (rect.x0 - box.x0) / em, (rect.x1 - box.x0) / em
        if prev is not None and prev[0] == i and x0 - prev[1].x1 < split:
            prev[1].x1, prev[1].end = x1, b
        else:
            pc = _Piece(4 * n + min(i - first_row[n], 3), n, x0, x1, a, b)
            out.append(pc)
            prev = (i, pc)
    return out


def placed_as(pieces):
    """A stand-in for sortrows.pieces_of (its signature, log and all) that returns
    `pieces`: the page read with those places in place of LAY002's."""
    def pieces_of(source, params, log=None):
        return pieces
    return pieces_of


REPAIRS = ("glued", "large", "large-x1", "large-x0", "after-large", "rest", "all", "unspaced", "cuts", "more-cuts")


def no_space_cuts(text: str, truth) -> list[int]:
    """Where the PDF's rows glued on with no space start (source offsets, in order): a
    glued row's first piece right after a character that is no space or line break."""
    return sorted(t.start for t in truth
                  if t.row % 4 and t.start and text[t.start - 1] not in " \n")


def cut_at(cuts: list[int], real=None):
    """A stand-in for sortrows._unspaced (its signature) that cuts the lines' words where
    `cuts` (source offsets, in order) fall, each part after a cut marked glued on with no
    space, so LAY002 places it at the left edge on a glued row and the rest of the line
    from its end; with `real` (sortrows._unspaced), after LAY002's own cuts."""
    import bisect

    from cleaner.sortrows import _em

    def _unspaced(parsed, source, starts_at, width, p, log=None):
        if real is not None:
            parsed = real(parsed, source, starts_at, width, p, log)
        out = []
        for n, words in enumerate(parsed):
            base, row = starts_at[n], []
            for s, a, b, w in words:
                at = a
                for c in cuts[bisect.bisect_right(cuts, base + a):
                              bisect.bisect_left(cuts, base + b)]:
                    row.append((s if at == a else -1, at, c - base, _em(source[base + at:c])))
                    at = c - base
                row.append((s, a, b, w) if at == a
                           else (-1, at, b, _em(source[base + at:base + b])))
            out.append(row)
        return out
    return _unspaced


def repaired(text: str, ours, truth, kind: str, large: float = 1.15):
    """LAY002's pieces (`ours`) with the PDF's places (`truth`) put in for the pieces of
    one class (see the module's --repair): their left edge, their right edge where the
    piece is the PDF's own, and their glued row. "unspaced": LAY002's pieces cut where a
    row the PDF glues on with no space starts (sort=True pads such a row from the page's
    left edge: it starts there), the part cut off at the left edge on a glued row."""
    from cleaner.sortrows import _Piece, _em

    if kind == "unspaced":
        cuts = no_space_cuts(text, truth)
        out = []
        for pc in ours:
            a = pc.start
            for c in [c for c in cuts if pc.start < c < pc.end] + [pc.end]:
                if a == pc.start:
                    out.append(_Piece(pc.row, pc.line, pc.x0, pc.x1 if c == pc.end
                                      else pc.x0 + _em(text[a:c]), a, c))
                else:
                    out.append(_Piece(4 * pc.line + 1, pc.line, 0.0, _em(text[a:c]), a, c))
                a = c
        return out
    at = {t.start: t for t in truth}
    # The pieces that follow a piece in large type on the PDF's printed row.
    after_large = {t.start for s, t in zip(truth, truth[1:]) if s.row == t.row
                   and (s.x1 - s.x0) > large * _em(text[s.start:s.end])}
    out = []
    for pc in ours:
        q = _Piece(pc.row, pc.line, pc.x0, pc.x1, pc.start, pc.end)
        t = at.get(pc.start)
        if t is not None:
            glued = bool(t.row % 4 or pc.row % 4)
            big = (t.x1 - t.x0) > large * _em(text[t.start:t.end])
            if kind in ("large-x1", "large-x0") and big and not glued:
                if kind == "large-x0":
                    q.x0 = t.x0
                    q.x1 = t.x0 + (pc.x1 - pc.x0)
                else:
                    q.x1 = (t.x1 if t.end == pc.end else t.x0 + (pc.x1 - pc.x0)) - t.x0 + pc.x0
            elif kind == "after-large" and t.start in after_large or kind == "all" or kind == (
                    "glued" if glued else "large" if big else "rest"):
                q.x0 = t.x0
                q.x1 = t.x1 if t.end == pc.end else t.x0 + (pc.x1 - pc.x0)
                q.row = 4 * pc.line + (1 if t.row % 4 else 0)
        out.append(q)
    return out


def page_pieces(pdf: Path, text: str):
    """The PDF's own pieces of a page's sort=True text, or None when the text is not what
    this PyMuPDF writes."""
    import pymupdf

    pieces, full = [], ""
    with pymupdf.open(pdf) as doc:
        for page in doc:
            t, words, box = sorted_words(page)
            if not words:
                full += t
                continue
            lines, off = full.count("\n"), len(full)
            words = [(r, w, a + off, b + off, i + 100000 * page.number, n + lines)
                     for r, w, a, b, i, n in words]
            pieces += true_pieces(words, box)
            full += t
    return pieces if full == text else None


def grid(text: str, pieces, scale: float, gap: int) -> str:
    """The pieces written as a character grid: each source line's pieces at their places
    (ems times `scale`, at least `gap` spaces after the piece before), a glued row's on a
    line of its own under its line; blank lines kept."""
    rows: dict[tuple[int, int], list] = {}
    for pc in pieces:
        rows.setdefault((pc.line, pc.row % 4 > 0), []).append(pc)
    out = []
    for n in range(text.count("\n") + 1):
        keys = [k for k in ((n, False), (n, True)) if k in rows]
        if not keys:
            out.append("")
        for k in keys:
            line = ""
            for pc in sorted(rows[k], key=lambda q: q.x0):
                pad = round(pc.x0 * scale) - len(line)
                line += " " * (max(pad, gap) if line else max(pad, 0)) + text[pc.start:pc.end]
            out.append(line)
    return "\n".join(out)


def pdf_of(corpus: Path, name: str, cache: Path) -> Path | None:
    pdf = corpus / "pdf" / f"{name}.pdf"
    if pdf.exists():
        return pdf
    html = corpus / "html" / f"{name}.html"
    if not html.exists():
        return None
    pdf = cache / corpus.name / f"{name}.pdf"
    if not pdf.exists():
        from benchmarks.corpus.convert import print_pdf

        pdf.parent.mkdir(parents=True, exist_ok=True)
        print_pdf(html, pdf)
    return pdf


def gold_parts(gold: dict) -> list[tuple[str, object, str]]:
    """Each text of the gold, compared as the scorer compares: (text, its article's index
    or "page", its part)."""
    from cleaner.evaluate import norm

    page = gold.get("page") or {}
    out = [(norm(t), "page", "page") for t in [page.get("banner")] + list(
        page.get("furniture") or []) if t]
    out += [(norm(t), "page", "cap") for t in page.get("captions") or [] if t]
    for i, a in enumerate(gold["articles"]):
        out += [(norm(a[k]), i, "head") for k in (
            "headline", "kicker", "subtitle", "byline") if a.get(k)]
        out += [(norm(b if isinstance(b, str) else b.get("text", "")), i, "body")
                for b in a.get("body") or []]
        out += [(norm(c), i, "cap") for c in a.get("captions") or [] if c]
    return out


def breakdown(text: str, pieces, spans, manifest: dict, gold: dict, counts: Counter) -> None:
    """Count where the gold's body blocks went (see the module's --breakdown) and the
    links LAY002's columns make across two gold articles."""
    from cleaner import RuleSet, sortrows
    from cleaner.evaluate import blocks, match_articles, norm

    ordered = norm("".join(text[a:b] for a, b in spans))
    pairs = match_articles(manifest["articles"], gold["articles"])
    for gi, g in enumerate(gold["articles"]):
        got = Counter(blocks(manifest["articles"][pairs[gi]], True)) if gi in pairs else Counter()
        for key in blocks(g, True):
            if got[key]:
                counts["found"] += 1
                continue
            where = "in order" if key[1] in ordered else "broken"
            counts[("article lost" if gi not in pairs else "lost", where)] += 1
    parts = gold_parts(gold)

    def part(pc):
        t = norm(text[pc.start:pc.end])
        hits = {(o, r) for s, o, r in parts if t and t in s}
        return next(iter(hits)) if len({o for o, _ in hits}) == 1 and len(hits) == 1 else None

    p = sortrows.params(RuleSet.load(profile="auto"))
    for it in sortrows.linked_columns(text, pieces, p)[0]:
        owners = [part(pc) for pc in it.pieces]
        for a, b in zip(owners, owners[1:]):
            if a and b:
                counts["links"] += 1
                if a[0] != b[0]:
                    counts[("across", f"{a[1]} > {b[1]}")] += 1


def breakdown_lines(label: str, c: Counter) -> list[str]:
    lost = sum(v for k, v in c.items() if isinstance(k, tuple) and k[0] != "across")
    across = sorted(((k[1], v) for k, v in c.items() if isinstance(k, tuple) and k[0] == "across"),
                    key=lambda kv: -kv[1])
    return [f"  {label}: gold blocks {c['found'] + lost}, found {c['found']}; "
            f"lost with their article {c['article lost', 'in order']} in order, "
            f"{c['article lost', 'broken']} broken; lost in a found article "
            f"{c['lost', 'in order']} in order, {c['lost', 'broken']} broken",
            f"  {label}: links across articles {sum(v for _, v in across)} of {c['links']}"
            + "".join(f", {k} {v}" for k, v in across[:6])]


def compare(text: str, truth, ours, counts: Counter) -> None:
    at = {pc.start: pc for pc in truth}
    for pc in ours:
        t = at.get(pc.start)
        if t is None:
            continue
        line_start = text.rfind("\n", 0, pc.start) + 1
        off = abs(pc.x0 - t.x0)
        if not text[line_start:pc.start].strip():
            counts["first"] += 1
            counts["first_ok"] += off <= 1
        elif t.row % 4:
            counts["glued"] += 1
            counts["glued_found"] += bool(pc.row % 4)
            counts["glued_ok"] += bool(pc.row % 4) and off <= 2
        else:
            counts["later"] += 1
            counts["later_ok"] += off <= 2 and not pc.row % 4
            counts["false"] += bool(pc.row % 4)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", action="append", required=True, metavar="DIR")
    ap.add_argument("--pdf-dir", default="/tmp/sort_placement", metavar="CACHE",
                    help="where pages printed from html/ are kept (default %(default)s)")
    ap.add_argument("--true-placement", action="store_true",
                    help="also score the pages with the PDF's placement")
    ap.add_argument("--breakdown", action="store_true",
                    help="where the gold's blocks are lost, and the links across articles")
    ap.add_argument("--repair", action="append", choices=REPAIRS, default=[],
                    help="also score LAY002's pieces with the PDF's places for one class")
    ap.add_argument("--grid", type=float, metavar="SCALE",
                    help="also score both placements written out as a grid, read by LAY001")
    ap.add_argument("--grid-gap", type=int, default=2, metavar="N",
                    help="spaces at least between two pieces of a grid's line (default 2)")
    args = ap.parse_args(argv)
    try:
        import pymupdf  # noqa: F401
    except ImportError:
        raise SystemExit("sort_placement: needs PyMuPDF (pip install -e '.[corpus]')")
    from cleaner import RuleSet, sortrows
    from cleaner.evaluate import clean_and_score, load_gold, total

    rules = RuleSet.load(profile="auto")  # as benchmarks/eval_corpus.py cleans
    p = sortrows.params(rules)
    real, unspaced = sortrows.pieces_of, sortrows._unspaced
    print(f"{'corpus':<12} pages  first     later     glued found/ok      false  "
          + ("blocksF1 true" if args.true_placement else ""))
    for corpus in map(Path, args.corpus):
        counts, pages, skipped = Counter(), 0, []
        kinds: dict[str, Counter] = {"LAY002's placement": Counter(), "the PDF's placement": Counter()}
        scores, true_scores = [], []
        repairs: dict[str, list] = {k: [] for k in args.repair}
        grids: dict[str, list] = {"ours": [], "true": []}
        for txt in sorted((corpus / "pymupdf-sort").glob("*.txt")):
            text = txt.read_text(encoding="utf-8")
            pdf = pdf_of(corpus, txt.stem, Path(args.pdf_dir))
            truth = page_pieces(pdf, text) if pdf else None
            if truth is None:
                skipped.append(txt.stem)
                continue
            pages += 1
            ours = real(text, p)
            compare(text, truth, ours, counts)
            if args.true_placement or args.breakdown:
                gold = load_gold(corpus / "gold" / f"{txt.stem}.json")
                _, manifest, sc = clean_and_score(txt, gold, rules=rules, ignore_types=True)
                scores.append(sc)
                if args.breakdown:
                    spans = (sortrows.order(text, rules) or ([(0, len(text))], None))[0]
                    breakdown(text, ours, spans, manifest, gold, kinds["LAY002's placement"])
            if args.grid:
                import tempfile

                gold = load_gold(corpus / "gold" / f"{txt.stem}.json")
                with tempfile.TemporaryDirectory() as tmp:
                    for label, placed in (("ours", ours), ("true", truth)):
                        page = Path(tmp) / txt.name
                        page.write_text(grid(text, placed, args.grid, args.grid_gap),
                                        encoding="utf-8")
                        grids[label].append(clean_and_score(page, gold, rules=rules,
                                                            ignore_types=True)[2])
            for kind in args.repair:
                gold = load_gold(corpus / "gold" / f"{txt.stem}.json")
                if kind in ("cuts", "more-cuts"):
                    sortrows._unspaced = cut_at(no_space_cuts(text, truth),
                                                unspaced if kind == "more-cuts" else None)
                else:
                    sortrows.pieces_of = placed_as(repaired(text, ours, truth, kind))
                try:
                    repairs[kind].append(clean_and_score(txt, gold, rules=rules,
                                                         ignore_types=True)[2])
                finally:
                    sortrows.pieces_of, sortrows._unspaced = real, unspaced
            if args.true_placement:
                sortrows.pieces_of = placed_as(truth)
                try:
                    _, manifest, sc = clean_and_score(txt, gold, rules=rules, ignore_types=True)
                    true_scores.append(sc)
                    if args.breakdown:
                        spans = (sortrows.order(text, rules) or ([(0, len(text))], None))[0]
                        breakdown(text, truth, spans, manifest, gold, kinds["the PDF's placement"])
                finally:
                    sortrows.pieces_of = real
        c = counts
        row = (f"{corpus.name:<12} {pages:>5}  {c['first_ok']:>4}/{c['first']:<4} "
               f"{c['later_ok']:>4}/{c['later']:<4} {c['glued']:>4} {c['glued_found']:>4}/"
               f"{c['glued_ok']:<4}  {c['false']:>9}")
        if args.true_placement and scores:
            row += f"  {total(scores)['blocks_f1']:.3f} {total(true_scores)['blocks_f1']:.3f}"
        if args.grid and grids["ours"]:
            row += (f"  grid {total(grids['ours'])['blocks_f1']:.3f}"
                    f" grid true {total(grids['true'])['blocks_f1']:.3f}")
        row += "".join(f"  repair {k} {total(v)['blocks_f1']:.3f}"
                       for k, v in repairs.items() if v)
        print(row)
        if args.breakdown:
            for label, c in kinds.items():
                if c:
                    print("\n".join(breakdown_lines(label, c)))
        if skipped:
            print(f"  skipped (no PDF, or another PyMuPDF's text): {', '.join(skipped)}",
                  file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
