#!/usr/bin/env python3
"""Render the annotated page specs in this folder into a broken converter text
(../NAME.txt) and its gold manifest (../NAME.json).

    python3 tests/pages/src/make_pages.py [NAME ...]     write the pages
    python3 tests/pages/src/make_pages.py --check        exit 1 if a page differs from its spec

A spec is written in logical (gold) order, line by line; each line starts with a tag:

  @style md|pdf   @halfwidth 0|1   @width N (pdf, in full-width chars)   @indent 0|1 (pdf)
  @lead TEXT      raw text put before everything (\\n allowed)
  @gap N          pdf: blank lines between articles (default 0)
  BANNER t        page banner              F t      page furniture line
  CAP t           caption (page-level before the first ART, else the article's)
  ART             start a new article
  K t / HD t / SUB t / BY t / SUM t      kicker / headline / subtitle / byline / summary
  DL t            dateline field only (first P must start with it, printed inline)
  DLO t           dateline field, printed on its own line/block in the raw text
  P t / H t       body paragraph / heading      +P t   continuation of the previous
                  paragraph (gold joins without space, raw starts a new block)
  R t             raw-only line/block (jump markers only)
  FLAG kind note  top-level flag on the current article's last block (1-based numbers)
  BL n            md: n extra newlines (a photo's gap)
  TAIL name ... ENDTAIL / PUT name       print the enclosed lines at PUT instead
  // ...          comment line (blank lines are ignored too)

Inline marks: '¦' md block split (pdf: ignored; in HD: line break, no space);
'|' in HD/K/SUB/CAP: line break in raw, one space in gold;
⟪C:t⟫ caption inserted here; ⟪F:t⟫ furniture inserted here; ⟪R:t⟫ raw-only line here;
⟪J:t⟫ raw-only inline text; ⟪T:ab⟫ raw a, gold b (listed in "normalised");
⟪D:t⟫ raw NFD, gold NFC; ⟪B:n⟫ md: n extra newlines here.
Leading '#' marks are stripped from gold strings.
"""
import json
import re
import sys
import unicodedata
from pathlib import Path

HALF = str.maketrans({"，": ",", "：": ":", "；": ";", "？": "?", "！": "!", "（": "(", "）": ")"})
MARK = re.compile(r"⟪([CFRJTDB]):(.*?)⟫")


def width(ch):
    return 2 if unicodedata.east_asian_width(ch) in "WFA" else 1


def gold_strip(s):
    return re.sub(r"^#+\s*", "", s.strip())


class Page:
    def __init__(self, name, lines):
        self.name = name
        self.opts = {"style": "md", "halfwidth": "0", "width": "26", "indent": "0", "lead": "", "gap": "0"}
        self.lines = lines
        self.gold = {"source": name + ".txt", "page": {"banner": None, "furniture": [], "captions": []},
                     "articles": [], "normalised": []}
        self.raw_items = []  # list of (kind, payload)

    # ---- inline handling -------------------------------------------------
    def inline(self, text):
        """Return (gold_text, raw_text, events) where events are (raw_pos, kind, payload)
        for insertions and splits."""
        gold, raw, events = [], [], []
        pos = 0
        i = 0
        while i < len(text):
            m = MARK.match(text, i)
            if m:
                kind, val = m.group(1), m.group(2)
                rlen = sum(len(x) for x in raw)
                if kind == "C":
                    self.add_caption(val)
                    events.append((rlen, "C", val))
                elif kind == "F":
                    self.gold["page"]["furniture"].append(gold_strip(val))
                    events.append((rlen, "F", val))
                elif kind == "R":
                    events.append((rlen, "R", val))
                elif kind == "B":
                    events.append((rlen, "B", int(val)))
                elif kind == "J":
                    raw.append(val)
                elif kind == "T":
                    a, b = val[: len(val) // 2], val[len(val) // 2:]
                    raw.append(a)
                    gold.append(b)
                    self.gold["normalised"].append([a, b])
                elif kind == "D":
                    raw.append(unicodedata.normalize("NFD", val))
                    gold.append(unicodedata.normalize("NFC", val))
                i = m.end()
                continue
            ch = text[i]
            if ch == "¦":
                events.append((sum(len(x) for x in raw), "S", None))
            else:
                raw.append(ch)
                gold.append(ch)
            i += 1
        return "".join(gold), "".join(raw), events

    def add_caption(self, val):
        g = " ".join(gold_strip(p) for p in val.split("|"))
        if self.gold["articles"]:
            self.gold["articles"][-1]["captions"].append(g)
        else:
            self.gold["page"]["captions"].append(g)

    # ---- build -------------------------------------------------------------
    def build(self):
        art = None
        tails, cur_tail = {}, None
        out = self.raw_items

        def emit(item):
            (tails[cur_tail] if cur_tail else out).append(item)

        for ln in self.lines:
            if not ln.strip() or ln.startswith("// "):
                continue
            if ln.startswith("@"):
                k, _, v = ln[1:].partition(" ")
                self.opts[k] = v.replace("\\n", "\n")
                continue
            tag, _, text = ln.partition(" ")
            if tag == "TAIL":
                cur_tail = text.strip()
                tails[cur_tail] = []
            elif tag == "ENDTAIL":
                cur_tail = None
            elif tag == "PUT":
                out.extend(tails.pop(text.strip()))
            elif tag == "BANNER":
                self.gold["page"]["banner"] = gold_strip(text)
                emit(("line", text, []))
            elif tag == "F":
                self.gold["page"]["furniture"].append(gold_strip(text))
                emit(("line", text, []))
            elif tag == "CAP":
                self.add_caption(text)
                emit(("cap", text, []))
            elif tag == "ART":
                art = {"headline": None, "kicker": None, "subtitle": None, "byline": None,
                       "dateline": None, "summary": None, "body": [], "captions": [], "flags": []}
                self.gold["articles"].append(art)
                emit(("art", None, []))
            elif tag in ("K", "HD", "SUB", "BY"):
                field = {"K": "kicker", "HD": "headline", "SUB": "subtitle", "BY": "byline"}[tag]
                g, r, ev = self.inline(text)
                parts = g.replace("¦", "").split("|")
                gt = " ".join(gold_strip(p) for p in parts)
                art[field] = gt
                emit(("head", r, ev))
            elif tag in ("DL", "DLO"):
                art["dateline"] = text.strip()
                if tag == "DLO":
                    art["_dlo"] = True
            elif tag == "SUM":
                g, r, ev = self.inline(text)
                art["summary"] = g
                emit(("para", r, ev))
            elif tag in ("P", "+P", "H"):
                g, r, ev = self.inline(text)
                if tag == "H":
                    art["body"].append({"type": "heading", "text": gold_strip(g)})
                    emit(("line", r, ev))
                    continue
                if tag == "+P":
                    art["body"][-1]["text"] += g
                    emit(("cont", r, ev))
                    continue
                first = not art["body"]
                art["body"].append({"type": "paragraph", "text": g})
                if first and art.get("_dlo"):
                    dl = art["dateline"]
                    assert r.startswith(dl), (self.name, dl, r[:30])
                    emit(("line", dl, []))
                    emit(("cont", r[len(dl):], [(p - len(dl), k, v) for p, k, v in ev]))
                else:
                    emit(("para", r, ev))
            elif tag == "R":
                emit(("line", text, []))
            elif tag == "FLAG":
                kind, _, note = text.partition(" ")
                self.gold.setdefault("flags", []).append(
                    {"kind": kind, "article": len(self.gold["articles"]),
                     "paragraph": len(art["body"]), "note": note})
            elif tag == "BL":
                emit(("blank", int(text), []))
            else:
                raise SystemExit(f"{self.name}: unknown tag {tag!r} in {ln!r}")
        assert not tails, (self.name, "unplaced tails", list(tails))
        for a in self.gold["articles"]:
            a.pop("_dlo", None)
            if a["dateline"]:
                assert a["body"][0]["text"].startswith(a["dateline"]), (self.name, a["dateline"])
        raw = self.render()
        if self.opts["halfwidth"] == "1":
            raw = raw.translate(HALF)
        return raw, self.gold

    # ---- rendering ---------------------------------------------------------
    def render(self):
        return self.render_md() if self.opts["style"] == "md" else self.render_pdf()

    def render_md(self):
        blocks = []  # strings; "" entries mean extra newline
        out = [self.opts["lead"]]

        def block(s):
            out.append(s)
            out.append("\n\n")

        for kind, r, ev in self.raw_items:
            if kind == "art":
                continue
            if kind == "blank":
                out.append("\n" * r)
                continue
            if kind == "cap":
                for part in r.split("|"):
                    block(part)
                continue
            if kind == "head":
                r = r.replace("¦", "\n").replace("|", "\n\n")
            # split text at events
            last, prev_cap = 0, None
            for pos, k, v in sorted(ev, key=lambda e: e[0]):
                if pos > last:
                    block(r[last:pos])
                    last = pos
                if k == "S":
                    continue
                if k == "B":
                    out.append("\n" * v)
                elif k == "C":
                    if prev_cap != pos:
                        out.append("\n\n")
                    prev_cap = pos
                    for part in v.split("|"):
                        block(part)
                elif k in ("F", "R"):
                    block(v)
            if last < len(r):
                block(r[last:])
        return "".join(out).rstrip("\n") + "\n"

    def wrap(self, text, first_indent):
        W = int(self.opts["width"]) * 2
        lines, cur, w, start = [], "　　" if first_indent else "", 4 if first_indent else 0, 0
        ends = []
        for i, ch in enumerate(text):
            cw = width(ch)
            if w + cw > W:
                lines.append(cur)
                ends.append(i)
                cur, w = "", 0
            cur += ch
            w += cw
        if cur:
            lines.append(cur)
            ends.append(len(text))
        # extraction drops the spaces a line break falls on
        lines = [l.rstrip(" ") if j == 0 else l.strip(" ") for j, l in enumerate(lines)]
        return lines, ends

    def render_pdf(self):
        out = [self.opts["lead"]] if self.opts["lead"] else []
        indent = self.opts["indent"] == "1"
        gap = int(self.opts["gap"])
        seen_art = False
        self.full_para_ends = []
        for kind, r, ev in self.raw_items:
            if kind == "art":
                if seen_art and gap:
                    out.extend([""] * gap)
                seen_art = True
                continue
            if kind == "blank":
                continue
            if kind == "cap":
                for part in r.split("|"):
                    out.extend(self.wrap(part, False)[0])
                continue
            if kind in ("head", "line"):
                out.extend(r.replace("¦", "\n").replace("|", "\n").split("\n"))
                continue
            lines, ends = self.wrap(r, indent and kind == "para")
            W = int(self.opts["width"]) * 2
            if len(lines) > 0 and sum(width(c) for c in lines[-1]) >= W - 1 and not indent:
                self.full_para_ends.append(r[-20:])
            inserts = {}
            for pos, k, v in ev:
                if k in ("S", "B"):
                    continue
                li = next(j for j, e in enumerate(ends) if e >= pos)
                if pos == 0:
                    li = 0
                inserts.setdefault(li, []).append((k, v))
            for j, line in enumerate(lines):
                out.append(line)
                for k, v in inserts.get(j, []):
                    if k == "C":
                        for part in v.split("|"):
                            out.extend(self.wrap(part, False)[0])
                    else:
                        out.append(v)
        return "\n".join(out) + "\n"


def main(argv):
    here = Path(__file__).resolve().parent
    dest = here.parent
    check = "--check" in argv
    names = [a for a in argv[1:] if not a.startswith("--")]
    specs = [here / (a + ".page") for a in names] if names else sorted(here.glob("*.page"))
    stale = 0
    for spec in specs:
        name = spec.stem
        page = Page(name, spec.read_text(encoding="utf-8").splitlines())
        raw, gold = page.build()
        outputs = {dest / f"{name}.txt": raw,
                   dest / f"{name}.json": json.dumps(gold, ensure_ascii=False, indent=1) + "\n"}
        if check:
            for path, text in outputs.items():
                if not path.exists() or path.read_text(encoding="utf-8") != text:
                    print(f"stale: {path.name} differs from what {spec.name} renders")
                    stale += 1
            continue
        for path, text in outputs.items():
            path.write_text(text, encoding="utf-8")
        n = len("".join(raw.split()))
        msg = f"{name}: {n} chars, {len(gold['articles'])} articles"
        if page.opts["style"] == "pdf":
            ls = raw.split("\n")
            close = sum(1 for l in ls if l[:1] and l[0] in "，。、”；：？！）》’")
            digits = sum(1 for a, b in zip(ls, ls[1:]) if a[-1:].isdigit() and b[:1].isdigit())
            msg += f"  [lines starting with closing punct: {close}, numbers cut: {digits}]"
        if getattr(page, "full_para_ends", None):
            msg += f"  AMBIGUOUS full last lines: {page.full_para_ends}"
        print(msg)
    if check:
        print("all pages match their specs" if not stale else f"{stale} stale file(s)")
        return 1 if stale else 0
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
