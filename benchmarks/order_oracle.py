"""How much of pdfminer.six's loss is its reading order: its own lines put in the true order.

    python benchmarks/order_oracle.py DIR [--score PATH]

For each page of DIR/pdfminer, the same lines (text as pdfminer.six wrote them, stretched
spaces and all) are put in the order PyMuPDF's "blocks" text of the same PDF gives
(DIR/pymupdf-blocks, else DIR/pymupdf: Chromium's drawing order), lines matched by their
non-space characters; a blank line stands between two lines unless they stood in one
pdfminer.six box one under the other (its boxes kept where the order keeps them). Both
texts are cleaned and scored against DIR/gold (blocks F1, types ignored). What is left
between the true order's figure and PyMuPDF's own is the cleaner's reading of pdfminer's
boxes (paragraph ends, titles, captions); what lies between pdfminer as read and the true
order is the order. (Seeds 1401 and 601: 0.280 and 0.442 as read, 0.816 and 0.906 in the
true order, PyMuPDF "blocks" 0.835 and 0.944.)
"""
from __future__ import annotations

import argparse
import re
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE / "corpus"))

import score_corpus  # noqa: E402

_SPACE = re.compile(r"\s+")


def boxes(text: str) -> list[list[str]]:
    """The text's boxes: lines one under the other with no blank line (or form feed) between."""
    out: list[list[str]] = []
    cur: list[str] = []
    for line in text.replace("\r\n", "\n").split("\n"):
        if line.startswith("\f"):
            if cur:
                out.append(cur)
                cur = []
            line = line.lstrip("\f")
        if _SPACE.sub("", line):
            cur.append(line)
        elif cur:
            out.append(cur)
            cur = []
    if cur:
        out.append(cur)
    return out


def in_true_order(miner: str, truth: str) -> str:
    """pdfminer's lines in the true text's order; a line the true text lacks follows the
    line it followed in pdfminer's."""
    lines = [(b, line) for b, box in enumerate(boxes(miner)) for line in box]
    pool: dict[str, list[int]] = {}
    for i, (_, line) in enumerate(lines):
        pool.setdefault(_SPACE.sub("", line), []).append(i)
    order: list[int] = []
    for box in boxes(truth):
        for line in box:
            places = pool.get(_SPACE.sub("", line))
            if places:
                order.append(places.pop(0))
    placed = set(order)
    for i in range(len(lines)):
        if i not in placed:
            at = order.index(i - 1) + 1 if i - 1 in placed else len(order)
            order.insert(at, i)
            placed.add(i)
    out: list[str] = []
    for k, i in enumerate(order):
        if k and not (lines[order[k - 1]][0] == lines[i][0] and order[k - 1] == i - 1):
            out.append("")
        out.append(lines[i][1])
    return "\n".join(out) + "\n"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("corpus", help="a folder with pdfminer/, pymupdf-blocks/ (or pymupdf/), gold/")
    ap.add_argument("--score", default=str(score_corpus.DEFAULT_SCORER))
    args = ap.parse_args()
    corpus = Path(args.corpus)
    truth = corpus / "pymupdf-blocks"
    if not truth.is_dir():
        truth = corpus / "pymupdf"
    scorer = score_corpus.load_scorer(Path(args.score))
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        (root / "gold").symlink_to((corpus / "gold").resolve())
        for name in ("pdfminer", "pdfminer-true-order", truth.name):
            (root / name).mkdir()
        for page in sorted((corpus / "pdfminer").glob("*.txt")):
            if not (truth / page.name).exists():
                continue
            miner = page.read_text(encoding="utf-8")
            true = (truth / page.name).read_text(encoding="utf-8")
            (root / "pdfminer" / page.name).write_text(miner, encoding="utf-8")
            (root / truth.name / page.name).write_text(true, encoding="utf-8")
            (root / "pdfminer-true-order" / page.name).write_text(
                in_true_order(miner, true), encoding="utf-8")
        print(score_corpus.table(score_corpus.evaluate(root, scorer)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
