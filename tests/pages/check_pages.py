#!/usr/bin/env python3
"""Check every hand-made gold page in this folder against its own raw text.

    python3 tests/pages/check_pages.py [--score PATH/TO/score.py] [NAME ...]

The scorer is the project's own (cleaner.evaluate) unless --score names a score.py.

For each NAME.json / NAME.txt pair:
  * the scorer, run gold against gold with --source, must report every article exact,
    added_chars 0, and lost_chars made up only of the page's jump markers
    (下转第X版 / 上接第X版 / 紧接第X版, which the gold removes on purpose);
  * the gold must follow the contract: keys and types, NFC text, no '#', no half-width
    , : ; ? ! ( ) touching a CJK character, no surrounding whitespace, a dateline that
    opens the first paragraph, "normalised" pairs present in the raw text.
Exit status 0 when every page passes.
"""
import argparse
import importlib.util
import json
import re
import sys
import unicodedata
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
JUMP = re.compile(r"[（(]?(?:下转|上接|紧接|下轉|上接|緊接)第\s*[0-9一二三四五六七八九十A-Z]{1,3}\s*版[）)]?")
CJK = re.compile(r"[\u3000-\u303f\u3400-\u9fff\uff00-\uffef“”‘’「」『』《》…—·]")
ART_KEYS = ("headline", "kicker", "subtitle", "byline", "dateline", "summary")


class ProjectScorer:
    """cleaner.evaluate with the interface of score.py that this script uses."""

    @staticmethod
    def score(pred, gold, raw=None):
        from cleaner.evaluate import score
        result = score(pred, gold, raw)
        return result.figures(), result.differences

    @staticmethod
    def all_output_text(doc):
        from cleaner.evaluate import output_text
        return output_text(doc)


def load_score(path):
    if path is None:
        sys.path.insert(0, str(HERE.parents[1]))
        return ProjectScorer
    spec = importlib.util.spec_from_file_location("score", path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def text_problems(where, s):
    out = []
    if s != unicodedata.normalize("NFC", s):
        out.append(f"{where}: not NFC")
    if s != s.strip():
        out.append(f"{where}: surrounding whitespace")
    if not s.strip():
        out.append(f"{where}: empty")
    if "#" in s:
        out.append(f"{where}: contains '#'")
    for m in re.finditer(r"[,:;?!()]", s):
        i = m.start()
        near = s[max(0, i - 1):i] + s[i + 1:i + 2]
        if CJK.search(near):
            out.append(f"{where}: half-width {m.group()!r} next to CJK: …{s[max(0, i - 8):i + 8]}…")
    return out


def conservation(raw, gold, score_mod):
    """The scorer's character balance, but with each dateline counted once: the scorer
    subtracts the duplicated dateline from 'added' only, so its own parentheses and
    digits can hide the same characters lost elsewhere (for instance a jump marker)."""
    def chars(s):
        return Counter(c for c in unicodedata.normalize("NFKC", s) if not c.isspace() and c != "#")
    src, out = chars(raw), chars(score_mod.all_output_text(gold))
    for a in gold.get("articles", []):
        if a.get("dateline"):
            out -= chars(a["dateline"])
    for before, after in gold.get("normalised", []):
        for b, a in zip(before, after):
            if b != a and src[b] > 0:
                src[b] -= 1
                src[a] += 1
    return src - out, out - src


def structure_problems(gold, raw):
    out = []
    for k in ("source", "page", "articles", "normalised"):
        if k not in gold:
            out.append(f"missing key {k}")
    page = gold.get("page", {})
    if page.get("banner") is not None:
        out += text_problems("banner", page["banner"])
    for i, s in enumerate(page.get("furniture", [])):
        out += text_problems(f"furniture {i}", s)
    for i, s in enumerate(page.get("captions", [])):
        out += text_problems(f"page caption {i}", s)
    for n, a in enumerate(gold.get("articles", []), 1):
        for k in ART_KEYS + ("body", "captions", "flags"):
            if k not in a:
                out.append(f"article {n}: missing {k}")
        for k in ART_KEYS:
            if a.get(k) is not None:
                out += text_problems(f"article {n} {k}", a[k])
        if not a.get("headline"):
            out.append(f"article {n}: no headline")
        body = a.get("body", [])
        if not body:
            out.append(f"article {n}: empty body")
        for j, b in enumerate(body, 1):
            if b.get("type") not in ("paragraph", "heading"):
                out.append(f"article {n} block {j}: bad type {b.get('type')!r}")
            out += text_problems(f"article {n} block {j}", b.get("text", ""))
        for j, c in enumerate(a.get("captions", []), 1):
            out += text_problems(f"article {n} caption {j}", c)
        if a.get("dateline"):
            first = next((b for b in body if b["type"] == "paragraph"), None)
            if not first or not first["text"].startswith(a["dateline"]):
                out.append(f"article {n}: dateline does not open the first paragraph")
    for pair in gold.get("normalised", []):
        if len(pair) != 2 or len(pair[0]) != len(pair[1]):
            out.append(f"bad normalised pair {pair}")
        elif pair[0] not in raw:
            out.append(f"normalised {pair[0]} not in the raw text")
    return out


def check(name, score_mod):
    gold_path, raw_path = HERE / f"{name}.json", HERE / f"{name}.txt"
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    raw = raw_path.read_text(encoding="utf-8")
    problems = []
    if gold.get("source") != raw_path.name:
        problems.append(f"source is {gold.get('source')!r}")
    problems += structure_problems(gold, raw)
    res, report = score_mod.score(gold, gold, raw)
    if res["exact_articles"] != res["gold_articles"]:
        problems.append("gold is not exact against itself")
    lost, added = conservation(raw, gold, score_mod)
    jumps = Counter()
    for m in JUMP.finditer(raw):
        jumps += Counter(c for c in unicodedata.normalize("NFKC", m.group()) if not c.isspace())
    if lost - jumps:
        problems.append("lost: " + "".join(sorted((lost - jumps).elements())))
    if jumps - lost:
        problems.append("jump marker kept in gold: " + "".join(sorted((jumps - lost).elements())))
    if added:
        problems.append("added: " + "".join(sorted(added.elements())))
    size = len("".join(raw.split()))
    return problems, res, size, sum(jumps.values())


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("names", nargs="*")
    ap.add_argument("--score", help="a score.py to use instead of cleaner.evaluate")
    args = ap.parse_args(argv)
    score_mod = load_score(args.score)
    names = args.names or sorted(p.stem for p in HERE.glob("*.json"))
    bad = 0
    for name in names:
        problems, res, size, jumps = check(name, score_mod)
        status = "ok" if not problems else "FAIL"
        print(f"{status:4} {name:24} {size:5} chars  {res['gold_articles']} articles  "
              f"lost {res.get('lost_chars')} (jump markers {jumps})  added {res.get('added_chars')}")
        for p in problems:
            print("       " + p)
        bad += bool(problems)
    print(f"{len(names) - bad} passed, {bad} failed")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
