"""Check a gold against a converter's text, and project a gold onto OCR text.

`conserve` is the multiset check: the gold must hold exactly the non-space characters of
the converter's text (the dateline field is a copy of the first paragraph's head, so it
is not counted twice). It reports what differs raw, and what still differs after NFKC
(the scorer's comparison), so a converter that writes ⽉ (U+2F49, a Kangxi radical) for
月 is recorded without being taken for a loss.

`project` makes the OCR gold: every gold block (headline, byline, paragraph, caption,
furniture line…) is given the OCR's own characters that stand for it. The OCR text is
aligned with the gold line by line: each OCR line is anchored where its character
bigrams vote for a place in the gold (lines that vote for one place first, lines that
could stand in two after them), then aligned there character by character with an edit
alignment; a run the anchor does not explain (two columns read as one line) is anchored
on its own. Characters are compared by what OCR reads a mark as (一 for a dash, " for
curly quotes, half-width for full-width punctuation). A character the alignment leaves
over stays with its line; one no anchor explains goes with the character before it in
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


# What Tesseract reads one printed mark as: a dash as 一 (the ideograph one, so a
# subtitle's —— comes out 一一), curly quotes as straight ones, the middle dot of a
# name (中青报·中青网) as ' or ., a circled number as @. Full-width punctuation read
# half-width is NFKC's. The projection aligns on these classes, so a dash the OCR read
# as 一一 stays with the subtitle it opens instead of falling into the headline above.
_READ_AS = {c: cls[0] for cls in ("—―─－-一_", "\"“”〝〞＂", "‘’", "·•・'`.", "①②③④⑤⑥⑦⑧⑨⑩@")
            for c in cls}


def _key(c: str) -> str:
    """The class a character is aligned by: its NFKC form, then the marks OCR confuses."""
    n = unicodedata.normalize("NFKC", c)
    n = n if len(n) == 1 else c
    return _READ_AS.get(n, _READ_AS.get(c, n))


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

    Each of the segment's bigrams votes for a start; a start whose matching characters
    already stand for earlier lines loses votes (a phrase printed twice goes to its
    second place; the gold around the match may be taken, by another column),
    and among equals the start nearest where the previous line ended wins. A segment too
    short or too garbled to vote is looked for just after the previous line.
    """
    votes: Counter = Counter()
    covers: dict[int, set[int]] = defaultdict(set)
    for k in range(len(seg) - 1):
        for p in index.get(seg[k] + seg[k + 1], ()):
            votes[p - k] += 1
            covers[p - k].update((p, p + 1))
    best = None
    if votes:
        top = max(votes.values())
        scored = []
        for start, v in votes.items():
            if v < top * 0.5:
                continue
            # what the line matches there already stands for another line; the gold
            # around it may be taken by other columns read on the same line
            taken = len(covers[start] & mapped_gold)
            scored.append((v - taken, -abs(start - expect), start))
        score, _, start = max(scored)
        if score >= 2 or (score >= 1 and len(seg) <= 2):
            best = start
    if best is None:
        lo, hi = max(0, expect - 10), min(len(gold), expect + len(seg) + 30)
        sm = difflib.SequenceMatcher(None, seg, gold[lo:hi], autojunk=False)
        if sum(b.size for b in sm.get_matching_blocks()) >= max(2, len(seg) // 2):
            return lo, hi
        # a short line with a character misread (a byline's name: 朱柚 read 朱机) has one
        # to go on, if it stands right where the previous line left off
        lo, hi = expect, min(len(gold), expect + len(seg) + 2)
        if len(seg) in (2, 3) and set(seg) & set(gold[lo:hi]):
            return lo, hi
        return None
    best = max(0, min(best, len(gold) - 1))
    return max(0, best - 4), min(len(gold), best + len(seg) + 4)


def _pairs(seg: list[str], win: list[str]) -> list[int | None]:
    """For each character of the segment, the place in the window it stands for, or None.

    A semi-global edit alignment: the whole segment against the stretch of the window
    that costs fewest edits (a substitution, an extra or a missing character cost one;
    the window's ends are free). Unlike a longest-match diff, a misread character at a
    line's head is paired with the gold character beside the match, not with the same
    character found in the window's slack (图人：一名… against …资料图片）图①：一名…).
    """
    n, m = len(seg), len(win)
    prev = [0] * (m + 1)  # the gold before the segment is free
    back = [[0] * (m + 1) for _ in range(n + 1)]
    for i in range(1, n + 1):
        cur = [i] + [0] * m
        back[i][0] = 1
        for j in range(1, m + 1):
            best, how = prev[j - 1] + (seg[i - 1] != win[j - 1]), 0  # pair
            if prev[j] + 1 < best:
                best, how = prev[j] + 1, 1  # the OCR's extra character
            if cur[j - 1] + 1 < best:
                best, how = cur[j - 1] + 1, 2  # a gold character the OCR lost
            cur[j], back[i][j] = best, how
        prev = cur
    j = min(range(m + 1), key=lambda j: (prev[j], j))  # and the gold after it
    out: list[int | None] = [None] * n
    i = n
    while i > 0:
        how = back[i][j] if j > 0 else 1
        if how == 0:
            out[i - 1] = j - 1
            i, j = i - 1, j - 1
        elif how == 1:
            i -= 1
        else:
            j -= 1
    return out


def _places(seg_idx: list[int], ocr: list[str], index: dict) -> int:
    """How many places apart in the gold the line's bigrams vote for nearly as much as
    for its best (1: the line is placed by its words alone)."""
    votes: Counter = Counter()
    for k in range(len(seg_idx) - 1):
        for p in index.get(ocr[seg_idx[k]] + ocr[seg_idx[k + 1]], ()):
            votes[p - k] += 1
    if not votes:
        return 0
    top = max(votes.values())
    starts = sorted(s for s, v in votes.items() if v >= max(2, top - 1))
    places = 0
    for k, s in enumerate(starts):
        places += k == 0 or s - starts[k - 1] > len(seg_idx)
    return places


def _align(seg_idx: list[int], ocr: list[str], gold: list[str], index: dict,
           mapped: dict[int, int], state: dict, depth: int = 0) -> None:
    seg = [ocr[i] for i in seg_idx]
    win = _window(seg, gold, index, state["taken"], state["expect"])
    if win is None:
        return
    lo, hi = win
    pairs = _pairs(seg, gold[lo:hi])
    got = [False] * len(seg)
    for k, j in enumerate(pairs):
        if j is not None:
            mapped[seg_idx[k]] = lo + j
            got[k] = seg[k] == gold[lo + j]
    # a character the gold has no place for (a speck, a misread mark) stays with its line
    near = [j for j in pairs if j is not None]
    if near:
        last = near[0]
        for k, j in enumerate(pairs):
            if j is None:
                mapped[seg_idx[k]] = lo + last
                state["left_over"].add(seg_idx[k])
            else:
                state["left_over"].discard(seg_idx[k])
                last = j
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
    gkey = [_key(c) for c in gch]
    index: dict[str, list[int]] = defaultdict(list)
    for p in range(len(gkey) - 1):
        index[gkey[p] + gkey[p + 1]].append(p)
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
    state = {"taken": set(), "expect": 0, "left_over": set()}
    okey = [_key(c) for c in ocr]
    # lines whose words stand in one place only are placed first, so that a line printed
    # twice (a headline repeated in the text) finds the place the others left free
    later = []
    for n, idx in enumerate(lines):
        if _places(idx, okey, index) > 1:
            later.append(n)
        else:
            _align(idx, okey, gkey, index, mapped, state)
    for n in later:
        before = next((max(mapped[i] for i in lines[m] if i in mapped)
                       for m in range(n - 1, -1, -1) if any(i in mapped for i in lines[m])), -1)
        state["expect"] = before + 1
        _align(lines[n], okey, gkey, index, mapped, state)
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
            while head and head[-1][1] in state["left_over"]:
                head.pop()  # a speck after the dateline's last mark is the text's, not the dateline's
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
