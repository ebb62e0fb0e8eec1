"""Score cleaned pages against hand-checked gold manifests.

    >>> from cleaner.evaluate import score
    >>> gold = {"articles": [{"headline": "标题", "body": [{"type": "paragraph", "text": "正文。"}]}]}
    >>> s = score(gold, gold)
    >>> s.exact_articles, s.gold_articles, s.blocks_f1
    (1, 1, 1.0)

Both documents follow the manifest contract (see docs/gold.md): {"page": {"banner",
"furniture", "captions"}, "articles": [{"headline", "kicker", "subtitle", "byline",
"dateline", "summary", "body": [{"type", "text"}], "captions"}], "normalised": [[before,
after], ...]}. Any other key (a cleaned page's "edits", "stats", "spans", "file", ...) is
bookkeeping and ignored, so a cleaned page's articles.json, corrected by hand, is gold.

The figures and the matching are those of the shared yardstick (tools/score.py), so the
two give the same numbers for the same files:

  articles    gold articles found (matched by headline: exact first, then the best
              fuzzy match >= 0.8) out of the gold's, extra ones, and exact ones (every
              field, the body block sequence and the captions equal)
  fields      exact matches of headline/kicker/subtitle/byline/dateline/summary
  blocks      precision/recall/F1 of body blocks (type + text; text alone with
              ignore_types) over the matched articles; an unmatched gold article's
              blocks are missed, an extra article's are false
  order       matched articles whose block sequence equals the gold's
  body_sim    mean character similarity of each gold article's body (0 when missing)
  captions    precision/recall of caption strings over the whole page
  lost/added  with the source: non-space characters of the page missing from the output
              or present in it but not in the page; '*' and a heading's '#' marker may
              be stripped (any other '#' is text), pairs in the gold's "normalised" may
              be converted, and a dateline may be repeated

Matching compares text whitespace- and width-insensitively (NFKC, then no white space).
That folding is for comparing only: the cleaner itself never folds width.
"""
from __future__ import annotations

import difflib
import unicodedata
from collections import Counter
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Iterable

import regex

from .marks import BLANK, empty_heading

FIELDS = ("headline", "kicker", "subtitle", "byline", "dateline", "summary")
# Converter markdown, not newspaper text: not counted as lost when the cleaner strips it.
# '*' (bold and italics) anywhere; '#' only as a heading's markers (`without_heading_markers`):
# any other '#' is the page's text (####### 七, #5, C#), and its loss is counted.
MARKUP = frozenset("*")
# A markdown heading's line: one to six '#' opening a line (after blank space), then a
# space, a tab or the line's end (CommonMark; the cleaner's blocks.HEADING), and the rest of
# the line; in that rest, its closing sequence, '#'s after a space or a tab at the line's
# end, spaces or tabs after them (`# 标题 #`; blocks._CLOSING). A '#' set against a word is
# text (`# C#`). A heading with no text (`#`, `#\u3000`) is the cleaner's own question,
# asked of the line as blocks asks it (marks.empty_heading). (Found line by line: a look
# back from every '#' to its line's start cost the square of a line's length;
# benchmarks/conservation_speed.py times it on lines of 20,000 and 40,000 characters.)
HEADING_LINE = regex.compile(f"([{BLANK}]*)" + r"#{1,6}(?=[ \t]|$)(.*)", regex.S)
CLOSING_SEQUENCE = regex.compile(r"(?<=[ \t])#+(?=[ \t]*$)")


def without_heading_markers(text: str, invisible: str = "") -> str:
    r"""`text` with every markdown heading's markers taken out, opening and closing; with
    `invisible` (NRM002's characters), a heading with no text but those is one too, as the
    cleaner reads it.

    >>> without_heading_markers("## 要闻 ##\n#\u3000\n####### 七\nC#")
    ' 要闻 \n\u3000\n####### 七\nC#'
    """
    lines = text.split("\n")
    for n, line in enumerate(lines):
        if "#" not in line:
            continue
        if empty_heading(line, invisible):
            lines[n] = line.replace("#", "")
        elif m := HEADING_LINE.match(line):
            lines[n] = m.group(1) + CLOSING_SEQUENCE.sub("", m.group(2), count=1)
    return "\n".join(lines)


# Keys that hold bookkeeping, not text of the page: never counted as output characters.
SKIP_KEYS = frozenset({"edits", "flags", "source", "id", "file", "path", "version",
                       "cleaner_version", "stats"})
# The figures of one page, in the order (and with the names) tools/score.py prints them.
FIGURES = ("gold_articles", "found_articles", "extra_articles", "exact_articles", "fields",
           "blocks_precision", "blocks_recall", "blocks_f1", "ordered_articles",
           "body_similarity", "captions_precision", "captions_recall",
           "lost_chars", "added_chars")
# Figures added over pages, and figures averaged over pages (each page counts once).
SUMMED = ("gold_articles", "found_articles", "extra_articles", "exact_articles",
          "ordered_articles", "field_hits", "field_total", "lost_chars", "added_chars")
AVERAGED = ("blocks_precision", "blocks_recall", "blocks_f1", "body_similarity",
            "captions_precision", "captions_recall")


def norm(s: str | None) -> str | None:
    """The whitespace- and width-insensitive form text is compared in."""
    if s is None:
        return None
    return "".join(unicodedata.normalize("NFKC", s).split())


def similarity(a: str, b: str) -> float:
    if not a and not b:
        return 1.0
    return difflib.SequenceMatcher(None, a, b, autojunk=False).ratio()


def blocks(article: dict, ignore_types: bool = False) -> list[tuple[str, str | None]]:
    """An article's body as (type, compared text); a bare string is a paragraph."""
    out = []
    for b in article.get("body") or []:
        if isinstance(b, str):
            b = {"type": "paragraph", "text": b}
        kind = "block" if ignore_types else b.get("type", "paragraph")
        out.append((kind, norm(b.get("text", ""))))
    return out


def _body_text(bs: list[tuple[str, str | None]]) -> str:
    return "\n".join(t for _, t in bs)


def page_captions(doc: dict) -> Counter:
    """All captions of a page: the page's own and every article's."""
    caps = [c for c in (doc.get("page") or {}).get("captions") or [] if isinstance(c, str)]
    for a in doc.get("articles", []):
        caps.extend(c for c in a.get("captions") or [] if isinstance(c, str))
    return Counter(norm(c) for c in caps)


def match_articles(pred: list[dict], gold: list[dict]) -> dict[int, int]:
    """{gold index: predicted index}: equal headlines first, in gold order, then for each
    gold article left the most similar unused headline, if at least 0.8 similar."""
    pairs: dict[int, int] = {}
    used: set[int] = set()
    for gi, g in enumerate(gold):
        for pi, p in enumerate(pred):
            if pi not in used and norm(p.get("headline")) == norm(g.get("headline")):
                pairs[gi] = pi
                used.add(pi)
                break
    for gi, g in enumerate(gold):
        if gi in pairs:
            continue
        best, best_pi = 0.0, None
        for pi, p in enumerate(pred):
            if pi in used:
                continue
            r = similarity(norm(p.get("headline") or ""), norm(g.get("headline") or ""))
            if r > best:
                best, best_pi = r, pi
        if best_pi is not None and best >= 0.8:
            pairs[gi] = best_pi
            used.add(best_pi)
    return pairs


def _strings(x, key: str | None = None) -> Iterable[str]:
    """Every string in a manifest value, bookkeeping keys and block types aside."""
    if key in SKIP_KEYS:
        return
    if isinstance(x, str):
        yield x
    elif isinstance(x, list):
        for v in x:
            yield from _strings(v)
    elif isinstance(x, dict):
        for k, v in x.items():
            if k != "type":
                yield from _strings(v, k)


def output_text(doc: dict) -> str:
    """Every character a manifest gives out: the page's metadata and its articles."""
    parts = list(_strings(doc.get("page") or {}))
    for a in doc.get("articles", []):
        parts.extend(_strings(a))
    return "".join(parts)


def _chars(s: str) -> Counter:
    return Counter(c for c in unicodedata.normalize("NFKC", s)
                   if not c.isspace() and c not in MARKUP)


def conservation(source: str, doc: dict, gold: dict) -> tuple[Counter, Counter]:
    """(lost, added) characters of the output `doc` against its `source` page."""
    src, out = _chars(without_heading_markers(source)), _chars(output_text(doc))
    for before, after in gold.get("normalised", []):
        for b, a in zip(before, after):
            if b != a and src[b] > 0:
                src[b] -= 1
                src[a] += 1
    lost, added = src - out, out - src
    # A dateline is given both in its field and at the head of the first paragraph.
    for a in doc.get("articles", []):
        if a.get("dateline"):
            added -= _chars(a["dateline"])
    return lost, added


@dataclass
class PageScore:
    """The figures of one page. `figures()` gives them as tools/score.py prints them."""

    gold_articles: int = 0
    found_articles: int = 0
    extra_articles: int = 0
    exact_articles: int = 0
    field_hits: int = 0
    field_total: int = 0
    blocks_tp: int = 0
    blocks_fp: int = 0
    blocks_fn: int = 0
    ordered_articles: int = 0
    body_similarity: float = 1.0
    captions_tp: int = 0
    captions_fp: int = 0
    captions_fn: int = 0
    lost_chars: int | None = None   # None when scored without the source page
    added_chars: int | None = None
    differences: list[str] = field(default_factory=list)
    page: str = ""

    @property
    def blocks_precision(self) -> float:
        return _ratio(self.blocks_tp, self.blocks_tp + self.blocks_fp)

    @property
    def blocks_recall(self) -> float:
        return _ratio(self.blocks_tp, self.blocks_tp + self.blocks_fn)

    @property
    def blocks_f1(self) -> float:
        return round(_f1(self._p(), self._r()), 4)

    def _p(self) -> float:
        d = self.blocks_tp + self.blocks_fp
        return self.blocks_tp / d if d else 1.0

    def _r(self) -> float:
        d = self.blocks_tp + self.blocks_fn
        return self.blocks_tp / d if d else 1.0

    @property
    def captions_precision(self) -> float:
        return _ratio(self.captions_tp, self.captions_tp + self.captions_fp)

    @property
    def captions_recall(self) -> float:
        return _ratio(self.captions_tp, self.captions_tp + self.captions_fn)

    @property
    def fields(self) -> str:
        return f"{self.field_hits}/{self.field_total}"

    @property
    def exact(self) -> bool:
        """Every gold article reproduced exactly, and nothing lost."""
        return self.exact_articles == self.gold_articles and not self.lost_chars

    def figures(self) -> dict:
        """The page's figures, named, ordered and rounded as tools/score.py gives them
        (lost_chars and added_chars only when the source was given)."""
        out = {k: getattr(self, k) for k in FIGURES}
        out["body_similarity"] = round(self.body_similarity, 4)
        if self.lost_chars is None:
            del out["lost_chars"], out["added_chars"]
        return out

    def as_dict(self) -> dict:
        """Everything: the figures, the raw counts and the difference lines."""
        out = asdict(self)
        out.update(self.figures())
        return out


def _ratio(n: int, d: int) -> float:
    return round(n / d, 4) if d else 1.0


def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def score(predicted: dict, gold: dict, source: str | None = None, *,
          ignore_types: bool = False) -> PageScore:
    """Score one cleaned page's manifest against its gold manifest.

    `source` is the page as given to the cleaner; with it, lost and added characters are
    counted. `ignore_types` compares body blocks by text alone (paragraph, heading or table not
    judged), as for pages of papers whose section headings the gold does not decide.
    """
    pred, gold_arts = predicted.get("articles", []), gold.get("articles", [])
    pairs = match_articles(pred, gold_arts)
    s = PageScore(gold_articles=len(gold_arts), found_articles=len(pairs))
    diff = s.differences
    sims = []
    for gi, g in enumerate(gold_arts):
        if gi not in pairs:
            diff.append(f"  missing article {gi + 1}: {g.get('headline')}")
            s.blocks_fn += len(blocks(g, ignore_types))
            sims.append(0.0)
            continue
        p = pred[pairs[gi]]
        ok_fields = True
        for f in FIELDS:
            s.field_total += 1
            if norm(p.get(f) or None) == norm(g.get(f) or None):
                s.field_hits += 1
            else:
                ok_fields = False
                diff.append(f"  article {gi + 1} {f}: expected {g.get(f)!r}, got {p.get(f)!r}")
        gb, pb = blocks(g, ignore_types), blocks(p, ignore_types)
        n = sum((Counter(gb) & Counter(pb)).values())
        s.blocks_tp += n
        s.blocks_fn += len(gb) - n
        s.blocks_fp += len(pb) - n
        same_order = gb == pb
        s.ordered_articles += same_order
        if not same_order:
            sm = difflib.SequenceMatcher(None, gb, pb, autojunk=False)
            for op, i1, i2, j1, j2 in sm.get_opcodes():
                if op == "equal":
                    continue
                for t, x in gb[i1:i2]:
                    diff.append(f"  article {gi + 1} expected {t}: {x[:40]}…{x[-20:]}")
                for t, x in pb[j1:j2]:
                    diff.append(f"  article {gi + 1}      got {t}: {x[:40]}…{x[-20:]}")
        sims.append(similarity(_body_text(gb), _body_text(pb)))
        gc = Counter(norm(c) for c in g.get("captions") or [])
        pc = Counter(norm(c) for c in p.get("captions") or [] if isinstance(c, str))
        if ok_fields and same_order and gc == pc:
            s.exact_articles += 1
    extra = len(pred) - len(pairs)
    s.extra_articles = max(extra, 0)
    if extra > 0:
        matched = set(pairs.values())
        for pi, p in enumerate(pred):
            if pi not in matched:
                diff.append(f"  extra article: {p.get('headline')!r}")
                s.blocks_fp += len(blocks(p, ignore_types))
    gcap, pcap = page_captions(gold), page_captions(predicted)
    s.captions_tp = sum((gcap & pcap).values())
    s.captions_fn = sum(gcap.values()) - s.captions_tp
    s.captions_fp = sum(pcap.values()) - s.captions_tp
    for c in (gcap - pcap).elements():
        diff.append(f"  caption missed: {c[:50]}")
    for c in (pcap - gcap).elements():
        diff.append(f"  caption extra: {c[:50]}")
    s.body_similarity = sum(sims) / len(sims) if sims else 1.0
    if source is not None:
        lost, added = conservation(source, predicted, gold)
        s.lost_chars, s.added_chars = sum(lost.values()), sum(added.values())
        if lost:
            diff.append("  lost: " + "".join(sorted(lost.elements()))[:120])
        if added:
            diff.append("  added: " + "".join(sorted(added.elements()))[:120])
    return s


def total(scores: Iterable[PageScore | dict]) -> dict:
    """The figures of many pages: counts added up (articles, fields, lost and added
    characters), ratios averaged over pages (each page's rounded figure, as a reader
    adding up score.py's output page by page would), and the number of pages."""
    rows = [s.figures() if isinstance(s, PageScore) else s for s in scores]
    out: dict = {"pages": len(rows)}
    for row in rows:
        hits, _, of = str(row["fields"]).partition("/")
        row = dict(row, field_hits=int(hits), field_total=int(of))
        for k in SUMMED:
            if row.get(k) is not None:
                out[k] = out.get(k, 0) + row[k]
    for k in AVERAGED:
        out[k] = round(sum(r[k] for r in rows) / len(rows), 4) if rows else 1.0
    out["fields"] = f"{out.pop('field_hits', 0)}/{out.pop('field_total', 0)}"
    return out


# --- cleaning and scoring pages ------------------------------------------------------------

def load_gold(path: str | Path) -> dict:
    """A gold manifest, checked for the keys scoring reads; a cleaned page's full
    articles.json is accepted (its edits and other bookkeeping are ignored)."""
    import json

    from .errors import InputError, reason

    path = Path(path)
    try:
        doc = json.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise InputError(f"{path}: {reason(exc)}") from None
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise InputError(f"{path}: not a JSON gold manifest ({exc})") from None
    problem = gold_problem(doc)
    if problem:
        raise InputError(f"{path}: {problem}")
    return doc


def gold_problem(doc) -> str | None:
    """What keeps `doc` from being a gold manifest, or None."""
    if not isinstance(doc, dict):
        return "a gold manifest is a JSON object with an 'articles' list"
    if not isinstance(doc.get("articles"), list):
        return "no 'articles' list (a gold manifest has the keys of articles.json)"
    if not isinstance(doc.get("page", {}) or {}, dict):
        return "'page' must be an object"
    for n, a in enumerate(doc["articles"], 1):
        if not isinstance(a, dict):
            return f"article {n} is not an object"
        if not isinstance(a.get("body", []) or [], list):
            return f"article {n}: 'body' must be a list of blocks"
        for f in FIELDS:
            if a.get(f) is not None and not isinstance(a[f], str):
                return f"article {n}: {f} must be a string or null"
        for b in a.get("body") or []:
            if not isinstance(b, (str, dict)) or (
                    isinstance(b, dict) and not isinstance(b.get("text", ""), str)):
                return f"article {n}: a body block is a string or {{'type', 'text'}}"
    pairs = doc.get("normalised", [])
    if not isinstance(pairs, list) or not all(
            isinstance(p, list) and len(p) == 2 and all(isinstance(x, str) for x in p)
            for p in pairs):
        return "'normalised' must be a list of [before, after] string pairs"
    return None


def source_text(data: bytes, page_source: str) -> str:
    """The page as the scorer reads it: the file's UTF-8 text as written (what
    tools/score.py --source reads), or, for another encoding, the cleaner's decoding."""
    try:
        return data.decode("utf-8").replace("\r\n", "\n").replace("\r", "\n")
    except UnicodeDecodeError:
        return page_source


def clean_and_score(page_path: str | Path, gold: dict, *, rules=None,
                    ignore_types: bool = False):
    """Clean one page file and score it. Returns (the cleaned Page, its manifest dict,
    its PageScore)."""
    import json

    from .manifest import to_dict
    from .pipeline import clean

    page_path = Path(page_path)
    data = page_path.read_bytes()
    page = clean(data, rules=rules, name=page_path.name)
    manifest = json.loads(json.dumps(to_dict(page), ensure_ascii=False))
    result = score(manifest, gold, source_text(data, page.source),
                   ignore_types=ignore_types)
    result.page = page_path.stem
    return page, manifest, result
