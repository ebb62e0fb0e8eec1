"""A digest of every page's output, to tell two versions of the code apart byte for byte.

    python benchmarks/page_digests.py [--corpus DIR ...] [--layout] [--only CONV ...]
                                      [--out FILE.json] [--against FILE.json]

For every page (DIR/CONVERTER/NAME.txt of each corpus given, by default every corpus in
benchmarks/corpus/ and ../shared/corpus/, plus the hand-made tests/pages/ and the
sample), cleans it and takes the md5 of its manifest (articles, page metadata, edits and
layout edits with their evidence) and its cleaned text. With --layout, only the layout
edits are taken (decode and the layout stage: much faster, for changes to the layout
code). --only keeps the converter folders named so (pdftotext-layout, pymupdf-sort).

--out writes {page: md5}; --against compares with such a file written before and prints
each page whose digest differs (or that only one of the two holds), then a count.
Exit status 1 when a page differs. A refactoring that should change no output must
leave every digest as it was; a score (eval_corpus.py) hides changes that move no
figure.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
SHARED_CORPUS = ROOT.parent / "shared" / "corpus"
LOCAL_CORPUS = ROOT / "benchmarks" / "corpus"


def page_files(corpora: list[Path], only: list[str]) -> list[Path]:
    files = []
    for corpus in corpora:
        for conv in sorted(d for d in corpus.iterdir() if d.is_dir() and d.name != "gold"):
            if not only or conv.name in only:
                files += sorted(conv.glob("*.txt"))
    if not only:
        files += sorted((ROOT / "tests" / "pages").glob("*.txt"))
        files += sorted((ROOT / "samples").glob("*.txt"))
    return files


def digest(path: Path, rules, layout_only: bool) -> str:
    from cleaner.manifest import to_dict
    from cleaner.pipeline import clean

    data = path.read_bytes()
    if layout_only:
        from cleaner.decode import decode
        from cleaner.layout import plan

        source = decode(data, name=path.name).text
        edits = plan(source, rules.for_page(source))
        blob = [(e.rule, e.start, e.end, e.before, e.after, e.evidence) for e in edits]
    else:
        page = clean(data, rules=rules, name=path.name)
        blob = [to_dict(page), page.text]
    text = json.dumps(blob, ensure_ascii=False, sort_keys=True, default=str)
    return hashlib.md5(text.encode()).hexdigest()


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", action="append", default=[])
    ap.add_argument("--only", action="append", default=[])
    ap.add_argument("--layout", action="store_true")
    ap.add_argument("--out")
    ap.add_argument("--against")
    args = ap.parse_args(argv)
    from cleaner import RuleSet

    corpora = [Path(d) for d in args.corpus] or [
        d for parent in (LOCAL_CORPUS, SHARED_CORPUS) if parent.is_dir()
        for d in sorted(parent.iterdir()) if (d / "gold").is_dir()]
    rules = RuleSet.load(profile="auto")
    digests = {}
    for path in page_files(corpora, args.only):
        try:
            digests[str(path)] = digest(path, rules, args.layout)
        except Exception as exc:  # a page the code cannot clean differs too
            digests[str(path)] = f"error: {type(exc).__name__}: {exc}"
    if args.out:
        Path(args.out).write_text(json.dumps(digests, indent=0, sort_keys=True) + "\n")
    print(f"{len(digests)} pages")
    if not args.against:
        return 0
    before = json.loads(Path(args.against).read_text())
    differ = sorted(k for k in before.keys() | digests.keys()
                    if before.get(k) != digests.get(k))
    for k in differ:
        print(f"  differs: {k}")
    print(f"{len(differ)} of {len(digests)} pages differ")
    return 1 if differ else 0


if __name__ == "__main__":
    raise SystemExit(main())
