"""Make rules/words.txt, the cleaner's word-frequency list, from jieba's dict.txt.

jieba (https://github.com/fxsjy/jieba, MIT licence, (c) 2013 Sun Junyi) ships dict.txt:
349,046 lines `word count part-of-speech`, counts from its training corpus. The cleaner
keeps the words of 1 to `--max-len` Han characters counted at least `--min-count` times
(others: Latin, digits, marks, longer names), with their counts, most common first; and
the source's total count (`# total = N`), so that a word's probability is what jieba gives
it. The licence goes next to the list (rules/words-LICENSE.txt).

    pip download --no-deps jieba==0.42.1 -d /tmp/jieba
    python benchmarks/build_words.py /tmp/jieba/jieba-0.42.1.tar.gz

The source is a jieba sdist (.tar.gz: its jieba/dict.txt is read) or dict.txt itself. The
output is the same bytes for the same source and options (its sha256 is in the header).
"""
from __future__ import annotations

import argparse
import hashlib
import sys
import tarfile
import unicodedata
from pathlib import Path

import regex

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "rules" / "words.txt"
_HAN = regex.compile(r"\p{Han}+")
# jieba 0.42.1's dict.txt (the version the shipped list was made from)
KNOWN = {"7197c3211ddd98962b036cdf40324d1ea2bfaa12bd028e68faa70111a88e12a8": "0.42.1"}


def read_source(path: Path) -> tuple[bytes, str]:
    """dict.txt's bytes, and where they came from."""
    if path.name.endswith((".tar.gz", ".tgz")):
        with tarfile.open(path) as tar:
            for member in tar.getmembers():
                if member.name.endswith("/jieba/dict.txt"):
                    handle = tar.extractfile(member)
                    if handle is not None:
                        return handle.read(), f"{path.name}:{member.name}"
        raise SystemExit(f"{path}: no jieba/dict.txt in the archive")
    return path.read_bytes(), path.name


def build(data: bytes, min_count: int, max_len: int) -> str:
    digest = hashlib.sha256(data).hexdigest()
    origin = f"jieba {KNOWN[digest]} dict.txt" if digest in KNOWN else "dict.txt"
    total = 0
    kept: dict[str, int] = {}
    for number, line in enumerate(data.decode("utf-8").splitlines(), 1):
        parts = line.split()
        if not parts:
            continue
        if len(parts) < 2 or not parts[1].isdigit():
            raise SystemExit(f"{origin}:{number}: not `word count [tag]`: {line!r}")
        word, count = parts[0], int(parts[1])
        total += count
        if (count >= min_count and len(word) <= max_len and _HAN.fullmatch(word)
                and unicodedata.normalize("NFC", word) == word):  # (NFC text holds no other)
            kept[word] = max(count, kept.get(word, 0))
    header = [
        "# Chinese words and how often each was counted: a word-frequency list for the",
        "# cleaner's break decisions (cleaner/lexicon.py).",
        "# Derived from jieba's dict.txt (https://github.com/fxsjy/jieba),",
        "# Copyright (c) 2013 Sun Junyi, MIT licence: see words-LICENSE.txt next to this file.",
        f"# Source: {origin}, sha256 {digest}",
        f"# Made by benchmarks/build_words.py --min-count {min_count} --max-len {max_len}:",
        f"# words of 1 to {max_len} Han characters counted at least {min_count} times, most common first.",
        f"# total = {total}",
    ]
    rows = sorted(kept.items(), key=lambda wc: (-wc[1], wc[0]))
    return "\n".join(header + [f"{w} {c}" for w, c in rows]) + "\n"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("source", type=Path, help="a jieba sdist (.tar.gz) or its dict.txt")
    ap.add_argument("--min-count", type=int, default=20, help="keep words counted this often")
    ap.add_argument("--max-len", type=int, default=4, help="keep words this long at most")
    ap.add_argument("--out", type=Path, default=OUT, help=f"default {OUT.relative_to(ROOT)}")
    args = ap.parse_args()
    data, origin = read_source(args.source)
    digest = hashlib.sha256(data).hexdigest()
    if digest not in KNOWN:
        print(f"note: {origin} is not the dict.txt the shipped list was made from "
              f"(sha256 {digest})", file=sys.stderr)
    text = build(data, args.min_count, args.max_len)
    args.out.write_text(text, encoding="utf-8")
    print(f"{args.out}: {text.count(chr(10)) - 8} words, {len(text.encode('utf-8'))} bytes, "
          f"sha256 {hashlib.sha256(text.encode('utf-8')).hexdigest()}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
