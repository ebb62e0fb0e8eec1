"""Print a page to PDF with headless Chromium and run the real converters on it.

Each converter's text is kept exactly as the tool gives it (bytes written unchanged).
"""
from __future__ import annotations

import shutil
import subprocess
import tempfile
from pathlib import Path

PDF_CONVERTERS = ("pymupdf", "pymupdf-sort", "pymupdf-blocks", "pdfminer", "pdfium",
                  "pdftotext", "pdftotext-layout")
CONVERTERS = PDF_CONVERTERS + ("tesseract",)
OCR_DPI = 200


def chromium() -> str:
    for exe in ("chromium", "chromium-browser", "google-chrome"):
        path = shutil.which(exe)
        if path:
            return path
    raise SystemExit("make_corpus: no chromium on PATH (apt-get install chromium)")


def print_pdf(html_path: Path, pdf_path: Path) -> None:
    with tempfile.TemporaryDirectory() as profile:
        cmd = [chromium(), "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
               "--no-first-run", "--disable-background-networking", "--disable-component-update",
               "--disable-sync", f"--user-data-dir={profile}", "--no-pdf-header-footer",
               f"--print-to-pdf={pdf_path}", html_path.resolve().as_uri()]
        subprocess.run(cmd, check=True, capture_output=True, timeout=180)
    if not pdf_path.exists() or pdf_path.stat().st_size == 0:
        raise SystemExit(f"make_corpus: chromium wrote no PDF for {html_path}")


def content_height_mm(pdf_path: Path) -> tuple[int, float]:
    """(pages, bottom of the last thing printed on the first page, in mm)."""
    import pymupdf
    with pymupdf.open(pdf_path) as doc:
        page = doc[0]
        bottom = 0.0
        for b in page.get_text("blocks"):
            bottom = max(bottom, b[3])
        for d in page.get_drawings():
            bottom = max(bottom, d["rect"].y1)
        return doc.page_count, bottom * 25.4 / 72


def type3_fonts(pdf_path: Path) -> int:
    """How many Type 3 fonts the PDF has (Chromium's way of printing a faked or CFF face)."""
    import pymupdf
    with pymupdf.open(pdf_path) as doc:
        return sum(1 for f in doc.get_page_fonts(0) if f[2] == "Type3")


def run_pymupdf(pdf: Path, mode: str) -> bytes:
    import pymupdf
    parts = []
    with pymupdf.open(pdf) as doc:
        for page in doc:
            if mode == "default":
                parts.append(page.get_text())
            elif mode == "sort":
                parts.append(page.get_text(sort=True))
            else:  # blocks: each text block as the tool gives it, a blank line between
                texts = [b[4] for b in page.get_text("blocks") if b[6] == 0]
                parts.append("\n".join(t if t.endswith("\n") else t + "\n" for t in texts))
    return "".join(parts).encode("utf-8")


def run_pdfminer(pdf: Path) -> bytes:
    import logging
    from pdfminer.high_level import extract_text
    logging.getLogger("pdfminer").setLevel(logging.ERROR)  # FontBBox warnings on Chromium's fonts
    return extract_text(str(pdf)).encode("utf-8")


def run_pdfium(pdf: Path) -> bytes:
    import pypdfium2 as pdfium
    doc = pdfium.PdfDocument(str(pdf))
    try:
        parts = []
        for i in range(len(doc)):
            page = doc[i]
            textpage = page.get_textpage()
            parts.append(textpage.get_text_range())
            textpage.close()
            page.close()
    finally:
        doc.close()
    return "".join(parts).encode("utf-8")


def run_pdftotext(pdf: Path, flag: str) -> bytes:
    out = subprocess.run(["pdftotext", "-enc", "UTF-8", flag, str(pdf), "-"], check=True,
                         capture_output=True, timeout=120)
    return out.stdout


def run_tesseract(pdf: Path) -> bytes:
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(["pdftoppm", "-r", str(OCR_DPI), "-png", str(pdf), f"{tmp}/page"],
                       check=True, capture_output=True, timeout=300)
        parts = []
        for png in sorted(Path(tmp).glob("page*.png")):
            out = subprocess.run(["tesseract", str(png), "-", "-l", "chi_sim"], check=True,
                                 capture_output=True, timeout=900)
            parts.append(out.stdout)
        return b"".join(parts)


def convert(pdf: Path, converter: str) -> bytes:
    """The text `converter` makes of `pdf`, unchanged."""
    if converter == "pymupdf":
        return run_pymupdf(pdf, "default")
    if converter == "pymupdf-sort":
        return run_pymupdf(pdf, "sort")
    if converter == "pymupdf-blocks":
        return run_pymupdf(pdf, "blocks")
    if converter == "pdfminer":
        return run_pdfminer(pdf)
    if converter == "pdfium":
        return run_pdfium(pdf)
    if converter == "pdftotext":
        return run_pdftotext(pdf, "-raw")
    if converter == "pdftotext-layout":
        return run_pdftotext(pdf, "-layout")
    if converter == "tesseract":
        return run_tesseract(pdf)
    raise ValueError(f"unknown converter {converter}")
