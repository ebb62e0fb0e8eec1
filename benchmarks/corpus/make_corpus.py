"""Make newspaper pages, print them with Chromium, and run real converters on them.

    python benchmarks/corpus/make_corpus.py --pages 10 --seed 1 --out /tmp/corpus
    python benchmarks/corpus/make_corpus.py --seeds 3,7 --converters pymupdf,tesseract --out DIR

For each page (name gen-SEED): composes it (compose.py), prints it to PDF with headless
Chromium, runs each converter and writes two corpora, each laid out as
../shared/corpus/rmrb-20251020 is (CONVERTER/NAME.txt + gold/NAME.json):

    OUT/<converter>/gen-SEED.txt        a PDF converter's text, byte for byte
    OUT/gold/gen-SEED.json              the gold of the composition, for every PDF converter
    OUT/html/gen-SEED.html              the composed page
    OUT/pdf/gen-SEED.pdf                with --keep-pdf
    OUT/checks.json                     per page: how it was made, and for each converter
                                        what its text and its gold differ by
    OUT-tesseract/tesseract/gen-SEED.txt  the OCR's text
    OUT-tesseract/gold/gen-SEED.json      the gold projected onto the OCR's characters

A PDF converter that writes other characters than the page printed (pdfminer's radicals
on a page set in a CFF face) has that page in OUT-<converter>/, its gold listing the
substitutions in "normalised".

Needs chromium, poppler-utils (pdftotext, pdftoppm), tesseract-ocr with chi_sim, a CJK font
(fonts-noto-cjk) and the `corpus` extra (pip install -e '.[corpus]'): `bash
benchmarks/corpus/setup.sh` installs them all on a fresh machine.
"""
from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    __package__ = "corpus"

from .compose import FOOTER, compose  # noqa: E402
from .convert import CONVERTERS, content_height_mm, convert, print_pdf, type3_fonts  # noqa: E402
from .goldcheck import conserve, project, substitutions  # noqa: E402

MAX_HEIGHT_MM = 4000  # Chromium lays the page out on a sheet this tall, then we cut it to fit


def dump(obj) -> str:
    return json.dumps(obj, ensure_ascii=False, indent=1) + "\n"


def own_corpus(out: Path, converter: str) -> Path:
    """Where a converter with a gold of its own goes: a corpus beside OUT, OUT-CONVERTER."""
    return out.parent / f"{out.name}-{converter}"


def write_page(corpus: Path, converter: str, name: str, raw: bytes, gold: dict | None) -> None:
    (corpus / converter).mkdir(parents=True, exist_ok=True)
    (corpus / converter / f"{name}.txt").write_bytes(raw)
    if gold is not None:
        (corpus / "gold").mkdir(exist_ok=True)
        (corpus / "gold" / f"{name}.json").write_text(dump(gold), encoding="utf-8")


def add_footers(gold: dict, pdf: Path) -> None:
    """Put each sheet's 第 N 页 footer in the gold's furniture, after what that sheet holds.

    Furniture stays in page order: the masthead lines on the first sheet, a jump marker on
    the sheet where it is printed, the foot's 责任编辑 line on the last, each sheet's
    footer after its own items.
    """
    import pymupdf
    with pymupdf.open(pdf) as doc:
        sheets = ["".join(p.get_text().split()) for p in doc]
    furniture = gold["page"]["furniture"]
    top, rest = furniture[:2], furniture[2:]
    placed: list[list[str]] = [[] for _ in sheets]
    placed[0] += top
    for item in rest:
        key = "".join(item.split())
        on = [i for i, t in enumerate(sheets) if key in t]
        if item.startswith(("（下转", "（上接")) and on:
            placed[on[0]].append(item)
        elif on == [0]:
            placed[0].append(item)
        else:
            placed[-1].append(item)
    out = []
    for n, items in enumerate(placed, 1):
        out += items + [FOOTER.format(n=n)]
    gold["page"]["furniture"] = out


def make_page(seed: int, out: Path, converters: list[str], keep_pdf: bool, log) -> dict:
    name = f"gen-{seed:04d}"
    page = compose(seed)
    (out / "html").mkdir(parents=True, exist_ok=True)
    html_path = out / "html" / f"{name}.html"
    with tempfile.TemporaryDirectory() as tmp:
        pdf = Path(tmp) / f"{name}.pdf"
        html_path.write_text(page.html(MAX_HEIGHT_MM), encoding="utf-8")
        print_pdf(html_path, pdf)
        pages, bottom = content_height_mm(pdf)
        if pages != 1:
            raise SystemExit(f"make_corpus: {name} does not fit one sheet ({pages} pages)")
        if page.sheets == 1:
            html_path.write_text(page.html(bottom + 15), encoding="utf-8")
            print_pdf(html_path, pdf)
            pages, _ = content_height_mm(pdf)
            if pages != 1:
                raise SystemExit(f"make_corpus: {name} spilled onto {pages} pages after fitting")
        else:
            html_path.write_text(page.html(bottom / page.sheets + 40, footer=True), encoding="utf-8")
            print_pdf(html_path, pdf)
            add_footers(page.gold, pdf)
        if type3_fonts(pdf):
            raise SystemExit(f"make_corpus: {name} has Type 3 fonts (a face was faked or missing): "
                             "not like a newspaper PDF")
        if keep_pdf:
            (out / "pdf").mkdir(exist_ok=True)
            shutil.copy(pdf, out / "pdf" / f"{name}.pdf")
        (out / "gold").mkdir(exist_ok=True)
        (out / "gold" / f"{name}.json").write_text(dump(page.gold), encoding="utf-8")
        record = dict(page.notes, name=name, articles=len(page.gold["articles"]), converters={})
        for conv in converters:
            t0 = time.time()
            raw = convert(pdf, conv)
            text = raw.decode("utf-8")
            if conv == "tesseract":
                gold, diff = project(page.gold, text)
                diff = dict(conserve(gold, text), **diff)
                where = own_corpus(out, conv)
            else:
                gold, pairs = page.gold, substitutions(page.gold, text)
                where = out
                if pairs:  # its own gold: the composition plus its substitutions
                    gold, where = dict(page.gold, normalised=pairs), own_corpus(out, conv)
                diff = dict(conserve(gold, text), normalised=pairs)
            write_page(where, conv, name, raw, gold if where != out else None)
            record["converters"][conv] = diff
            log(f"  {name} {conv:17} {time.time() - t0:5.1f}s  "
                f"missing {len(diff['missing']):3} extra {len(diff['extra']):3} "
                f"(after NFKC {len(diff['missing_nfkc'])}/{len(diff['extra_nfkc'])})")
    return record


def reproject(out: Path, log) -> None:
    """Remake the OCR gold of every page in `out` from its saved OCR text (no converter runs)."""
    checks_path = out / "checks.json"
    checks = json.loads(checks_path.read_text(encoding="utf-8")) if checks_path.exists() else {}
    ocr = own_corpus(out, "tesseract")
    for txt in sorted((ocr / "tesseract").glob("*.txt")):
        gold = json.loads((out / "gold" / f"{txt.stem}.json").read_text(encoding="utf-8"))
        raw = txt.read_bytes()
        ocr_gold, figures = project(gold, raw.decode("utf-8"))
        write_page(ocr, "tesseract", txt.stem, raw, ocr_gold)
        checks.setdefault(txt.stem, {"name": txt.stem, "converters": {}})["converters"]["tesseract"] = \
            dict(conserve(ocr_gold, raw.decode("utf-8")), **figures)
        log(f"  {txt.stem} tesseract {figures}")
    checks_path.write_text(dump(dict(sorted(checks.items()))), encoding="utf-8")


def missing_tools(converters: list[str]) -> list[str]:
    """What is not installed for these converters (Chromium and PyMuPDF always needed)."""
    import importlib.util
    need = {"chromium": shutil.which("chromium") or shutil.which("chromium-browser"),
            "pymupdf": importlib.util.find_spec("pymupdf")}
    if "pdfminer" in converters:
        need["pdfminer.six"] = importlib.util.find_spec("pdfminer")
    if "pdfium" in converters:
        need["pypdfium2"] = importlib.util.find_spec("pypdfium2")
    if any(c.startswith("pdftotext") for c in converters) or "tesseract" in converters:
        need["poppler-utils"] = shutil.which("pdftotext") and shutil.which("pdftoppm")
    if "tesseract" in converters:
        need["tesseract"] = shutil.which("tesseract")
    families = subprocess.run(["fc-list", ":", "family"], capture_output=True, text=True).stdout
    need["fonts-arphic-uming"] = "AR PL UMing CN" in families
    need["fonts-wqy-zenhei"] = "WenQuanYi Zen Hei" in families
    return [k for k, v in need.items() if not v]


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--pages", type=int, default=10, help="how many pages (seeds SEED…SEED+N-1)")
    ap.add_argument("--seed", type=int, default=1, help="first seed")
    ap.add_argument("--seeds", help="comma-separated seeds, instead of --pages/--seed")
    ap.add_argument("--out", type=Path, required=True, help="the corpus directory")
    ap.add_argument("--converters", default=",".join(CONVERTERS),
                    help=f"comma-separated, from {','.join(CONVERTERS)}")
    ap.add_argument("--keep-pdf", action="store_true", help="keep each page's PDF in OUT/pdf/")
    ap.add_argument("--reproject", action="store_true",
                    help="only remake OUT's OCR gold from its saved tesseract/*.txt")
    args = ap.parse_args(argv)
    if args.reproject:
        reproject(args.out, lambda m: print(m, file=sys.stderr))
        return 0
    converters = [c for c in args.converters.split(",") if c]
    unknown = [c for c in converters if c not in CONVERTERS]
    if unknown:
        ap.error(f"unknown converter(s): {', '.join(unknown)}")
    missing = missing_tools(converters)
    if missing:
        raise SystemExit(f"make_corpus: missing {', '.join(missing)}; run bash benchmarks/corpus/setup.sh")
    seeds = ([int(s) for s in args.seeds.split(",")] if args.seeds
             else list(range(args.seed, args.seed + args.pages)))
    out = args.out
    out.mkdir(parents=True, exist_ok=True)
    checks_path = out / "checks.json"
    checks = json.loads(checks_path.read_text(encoding="utf-8")) if checks_path.exists() else {}
    for seed in seeds:
        rec = make_page(seed, out, converters, args.keep_pdf, lambda m: print(m, file=sys.stderr))
        old = checks.get(rec["name"], {}).get("converters", {})
        rec["converters"] = dict(old, **rec["converters"])
        checks[rec["name"]] = rec
        checks_path.write_text(dump(dict(sorted(checks.items()))), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
