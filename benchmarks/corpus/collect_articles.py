"""Copy the article texts the generator composes pages from into articles.json.

    python benchmarks/corpus/collect_articles.py [--shared ../shared]

Sources: the project's hand-made test pages (tests/pages/*.json gold) and the real
newspaper gold of ../shared/corpus/rmrb-20251020/gold/. Run once by a developer; the
generator reads only the committed articles.json, so it needs no ../shared.
Traditional-script pages are left out (the OCR runs chi_sim); summaries are dropped
(the generator sets no lead boxes); each article keeps its headline stack, byline,
dateline (at the head of its first paragraph, as in the gold), body blocks and captions.
"""
from __future__ import annotations

import argparse
import json
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
HERE = Path(__file__).resolve().parent
TRADITIONAL = {"md-hk-01", "pdf-tw-01"}
FIELDS = ("headline", "kicker", "subtitle", "byline", "dateline")


def articles_of(path: Path, source: str) -> list[dict]:
    gold = json.loads(path.read_text(encoding="utf-8"))
    out = []
    for n, a in enumerate(gold["articles"], 1):
        body = [{"type": b["type"], "text": b["text"]} for b in a.get("body") or []
                if b.get("text", "").strip()]
        if not a.get("headline") or not body:
            continue
        if a.get("dateline") and not body[0]["text"].startswith(a["dateline"]):
            continue  # a dateline the first paragraph does not open: not our convention
        item = {"id": f"{source}#{n}"}
        item.update({k: a.get(k) for k in FIELDS})
        item["body"] = body
        item["captions"] = [c for c in a.get("captions") or [] if c.strip()]
        out.append(item)
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    args = ap.parse_args()
    items = []
    for path in sorted((ROOT / "tests" / "pages").glob("*.json")):
        if path.stem not in TRADITIONAL:
            items += articles_of(path, f"tests/pages/{path.stem}")
    for path in sorted((args.shared / "corpus" / "rmrb-20251020" / "gold").glob("*.json")):
        items += articles_of(path, f"shared/corpus/rmrb-20251020/{path.stem}")
    (HERE / "articles.json").write_text(
        json.dumps(items, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"{len(items)} articles, {sum(len(b['text']) for a in items for b in a['body'])} body chars")


if __name__ == "__main__":
    main()
