"""Check a gold against a converter's text, and project a gold onto OCR text.

`conserve` is the multiset check: the gold must hold exactly the non-space characters of
the converter's text (the dateline field is a copy of the first paragraph's head, so it
is not counted twice). It reports what differs raw, and what still differs after NFKC
(the scorer's comparison), so a converter that writes ⽉ (U+2F49, a Kangxi radical) for
月 is recorded without being taken for a loss.

`project` makes the OCR gold: every gold block (headline, byline, paragraph, caption,
furniture line…) is given the OCR's own characters that stand for it. The OCR text is
aligned with the gold line by line: each OCR line is anchored where its character
bigrams vote for a place in the gold, then aligned there character by character; a run
the anchor does not explain (two columns read as one line) is anchored on its own.
Characters no anchor explains (misreads, specks) go with the character before them in
the OCR's order. A block's OCR text is its characters in gold order, so the score
judges structure, not the OCR's character errors; every OCR character is in exactly one
block.
"""
from __future__ import annotations

import difflib
import re
import unicodedata
from collections import Counter, defaultdict

FIELDS = ("kicker", "headline", "subtitle", "byline")


def gold_strings(gold: dict):
    """Every printed string of a gold, once (not the dateline copy), in gold order."""
    page = gold["page"]
    if page.get("banner"):
        yield ("page", "banner", None), page["banner"]
    for i, s in enumerate(page.get("furniture") or []):
        yield ("page", "furniture", i), s
    for i, s in enumerate(page.get("captions") or []):
        yield ("page", "captions", i), s
    for n, a in enumerate(gold["articles"]):
        for f in FIELDS:
            if a.get(f):
                yield (n, f, None), a[f]
        if a.get("summary"):
            yield (n, "summary", None), a["summary"]
        for j, b in enumerate(a["body"]):
            yield (n, "body", j), b["text"]
        for j, c in enumerate(a.get("captions") or []):
            yield (n, "captions", j), c


def chars(s: str) -> Counter:
    return Counter(c for c in s if not c.isspace())


def _apply_normalised(t: Counter, gold: dict) -> Counter:
    """The text's characters after the gold's allowed conversions, as the scorer counts."""
    t = Counter(t)
    for before, after in gold.get("normalised", []):
        for b, a in zip(before, after):
            if b != a and t[b] > 0:
                t[b] -= 1
                t[a] += 1
    return +t


def substitutions(gold: dict, text: str) -> list[list[str]]:
    """Characters the converter writes for others, as gold "normalised" pairs.

    pdfminer writes some ideographs of Chromium's embedded Noto CJK as the radicals that
    share their glyph (⺠ U+2EA0 for 民, ⻋ for 车, ⽉ U+2F49 for 月). Each character the
    text has and the gold lacks is paired with the missing character whose neighbours
    in the gold agree with its neighbours in the text.
    """
    g = "".join(c for _, s in gold_strings(gold) for c in s if not c.isspace())
    t = "".join(c for c in text if not c.isspace())
    missing, extra = Counter(g) - Counter(t), Counter(t) - Counter(g)
    if not extra or not missing:
        return []
    bigrams = {g[i:i + 2] for i in range(len(g) - 1)}
    votes: Counter = Counter()
    for i, c in enumerate(t):
        if c in extra:
            for m in missing:
                votes[(c, m)] += ((i > 0 and t[i - 1] + m in bigrams)
                                  + (i + 1 < len(t) and m + t[i + 1] in bigrams))
    pairs = []
    for (c, m), v in votes.most_common():
        n = min(extra[c], missing[m])
        if v == 0 or n == 0:
            continue
        pairs.append([c * n, m * n])
        extra[c] -= n
        missing[m] -= n
    return sorted(pairs)


def conserve(gold: dict, text: str) -> dict:
    """What the gold and the converter's text differ by, raw and after NFKC."""
    g = chars("".join(s for _, s in gold_strings(gold)))
    t = _apply_normalised(chars(text), gold)
    out = {"missing": "".join(sorted((g - t).elements())), "extra": "".join(sorted((t - g).elements()))}
    gn = chars(unicodedata.normalize("NFKC", "".join(s for _, s in gold_strings(gold))))
    tn = _apply_normalised(chars(unicodedata.normalize("NFKC", text)), gold)
    out["missing_nfkc"] = "".join(sorted((gn - tn).elements()))
    out["extra_nfkc"] = "".join(sorted((tn - gn).elements()))
    return out


def _stream(gold: dict):
    """The gold's non-space characters, each with the slot it belongs to."""
    chs, slots = [], []
    for slot, s in gold_strings(gold):
        for c in s:
            if not c.isspace():
                chs.append(c)
                slots.append(slot)
    return chs, slots


def _window(seg: list[str], gold: list[str], index: dict, mapped_gold: set[int],
            expect: int) -> tuple[int, int] | None:
    """The stretch of the gold the segment stands for, or None.

    Each of the segment's bigrams votes for a start; a start whose stretch is already
    taken by earlier lines loses votes (a phrase printed twice goes to its second place),
    and among equals the start nearest where the previous line ended wins. A segment too
    short or too garbled to vote is looked for just after the previous line.
    """
    votes: Counter = Counter()
    for k in range(len(seg) - 1):
        for p in index.get(seg[k] + seg[k + 1], ()):
            votes[p - k] += 1
    best = None
    if votes:
        top = max(votes.values())
        scored = []
        for start, v in votes.items():
            if v < top * 0.5:
                continue
            taken = sum(1 for q in range(start, start + len(seg)) if q in mapped_gold)
            scored.append((v - taken, -abs(start - expect), start))
        score, _, start = max(scored)
        if score >= 2 or (score >= 1 and len(seg) <= 2):
            best = start
    if best is None:
        lo, hi = max(0, expect - 10), min(len(gold), expect + len(seg) + 30)
        sm = difflib.SequenceMatcher(None, seg, gold[lo:hi], autojunk=False)
        if sum(b.size for b in sm.get_matching_blocks()) >= max(2, len(seg) // 2):
            return lo, hi
        return None
    best = max(0, min(best, len(gold) - 1))
    return max(0, best - 4), min(len(gold), best + len(seg) + 4)


def _align(seg_idx: list[int], ocr: list[str], gold: list[str], index: dict,
           mapped: dict[int, int], state: dict, depth: int = 0) -> None:
    seg = [ocr[i] for i in seg_idx]
    win = _window(seg, gold, index, state["taken"], state["expect"])
    if win is None:
        return
    lo, hi = win
    sm = difflib.SequenceMatcher(None, seg, gold[lo:hi], autojunk=False)
    got = [False] * len(seg)
    for op, i1, i2, j1, j2 in sm.get_opcodes():
        if op == "equal" or (op == "replace" and i2 - i1 == j2 - j1):
            for d in range(i2 - i1):
                mapped[seg_idx[i1 + d]] = lo + j1 + d
                got[i1 + d] = op == "equal"
        elif op == "replace":
            for d in range(i2 - i1):  # spread the OCR's run over the gold's
                mapped[seg_idx[i1 + d]] = lo + j1 + (d * (j2 - j1)) // (i2 - i1)
    placed = [mapped[i] for k, i in enumerate(seg_idx) if got[k]]
    state["taken"].update(placed)
    if placed:
        state["expect"] = max(placed) + 1
    if depth > 3:
        return
    # long runs the anchor did not explain: another column, read on the same line
    run: list[int] = []
    for k in range(len(seg) + 1):
        if k < len(seg) and not got[k]:
            run.append(k)
            continue
        if len(run) >= 3:
            for k2 in run:
                mapped.pop(seg_idx[k2], None)
            _align([seg_idx[k2] for k2 in run], ocr, gold, index, mapped, state, depth + 1)
        run = []


def project(gold: dict, ocr_text: str) -> tuple[dict, dict]:
    """(the gold in the OCR's characters, figures on the projection)."""
    gch, gslot = _stream(gold)
    index: dict[str, list[int]] = defaultdict(list)
    for p in range(len(gch) - 1):
        index[gch[p] + gch[p + 1]].append(p)
    ocr, lines = [], []
    for line in ocr_text.splitlines():
        # a wide gap on a line is the gutter between two columns: align each side alone
        for part in re.split(r"\s{3,}", line):
            idx = []
            for c in part:
                if not c.isspace():
                    idx.append(len(ocr))
                    ocr.append(c)
            if idx:
                lines.append(idx)
    mapped: dict[int, int] = {}
    state = {"taken": set(), "expect": 0}
    for idx in lines:
        _align(idx, ocr, gch, index, mapped, state)
    # characters with no place go with the one before them (or after, at the start)
    pos: list[int | None] = [mapped.get(i) for i in range(len(ocr))]
    last = next((p for p in pos if p is not None), 0)
    for i in range(len(ocr)):
        if pos[i] is None:
            pos[i] = last
        last = pos[i]
    slot_chars: dict = defaultdict(list)
    for i, c in enumerate(ocr):
        slot_chars[gslot[pos[i]] if gch else ("page", "furniture", 0)].append((pos[i], i, c))

    def text_of(slot) -> str:
        return "".join(c for _, _, c in sorted(slot_chars.get(slot, [])))

    out_page = {"banner": None, "furniture": [], "captions": []}
    p = gold["page"]
    if p.get("banner"):
        out_page["banner"] = text_of(("page", "banner", None)) or None
    for key in ("furniture", "captions"):
        for i in range(len(p.get(key) or [])):
            t = text_of(("page", key, i))
            if t:
                out_page[key].append(t)
    arts = []
    dropped = 0
    for n, a in enumerate(gold["articles"]):
        na = {f: (text_of((n, f, None)) or None) if a.get(f) else None for f in FIELDS}
        # a headline the OCR lost entirely stays null: an article starting without one
        na["summary"] = text_of((n, "summary", None)) or None if a.get("summary") else None
        body = []
        for j, b in enumerate(a["body"]):
            t = text_of((n, "body", j))
            if t:
                body.append({"type": b["type"], "text": t})
            else:
                dropped += 1
        na["dateline"] = None
        if a.get("dateline") and a["body"]:
            # the OCR characters standing for the dateline's place at the paragraph head
            first = next(k for k, s in enumerate(gslot) if s == (n, "body", 0))
            width = sum(1 for c in a["dateline"] if not c.isspace())
            head = sorted(x for x in slot_chars.get((n, "body", 0), []) if x[0] < first + width)
            na["dateline"] = "".join(c for _, _, c in head) or None
        na["body"] = body
        na["captions"] = [t for j in range(len(a.get("captions") or []))
                          if (t := text_of((n, "captions", j)))]
        if not (any(na[f] for f in FIELDS) or na["body"] or na["captions"]):
            continue  # the OCR read nothing of this article
        arts.append({k: na[k] for k in ("headline", "kicker", "subtitle", "byline", "dateline",
                                          "summary", "body", "captions")})
    matched = sum(1 for i in range(len(ocr)) if i in mapped and ocr[i] == gch[mapped[i]])
    figures = {"ocr_chars": len(ocr), "gold_chars": len(gch), "matched": matched,
               "char_accuracy": round(matched / len(gch), 4) if gch else 1.0,
               "blocks_dropped": dropped}
    figures["headlines_lost"] = sum(1 for a in arts if not a["headline"])
    return {"page": out_page, "articles": arts, "normalised": []}, figures
