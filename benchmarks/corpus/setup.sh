#!/usr/bin/env bash
# Install what make_corpus.py needs on a fresh machine, then run it with the given arguments.
#   bash benchmarks/corpus/setup.sh                       # install only
#   bash benchmarks/corpus/setup.sh --pages 4 --out DIR   # install, then make pages
# System packages (apt-get): Chromium prints the pages, poppler renders and runs pdftotext,
# Tesseract with chi_sim reads the renders; the type is AR PL UMing (宋体-like, body) and
# WenQuanYi Zen Hei (黑体, titles): TrueType faces, which Chromium embeds as CID fonts as a
# newspaper PDF has them (Noto CJK is CFF and comes out as Type 3). Python packages: the
# project with its `corpus` extra (PyMuPDF, pdfminer.six, pypdfium2) in .venv.
set -euo pipefail
cd "$(dirname "$0")/../.."

need=()
command -v chromium >/dev/null 2>&1 || need+=(chromium)
command -v pdftotext >/dev/null 2>&1 && command -v pdftoppm >/dev/null 2>&1 || need+=(poppler-utils)
command -v tesseract >/dev/null 2>&1 || need+=(tesseract-ocr)
{ command -v tesseract >/dev/null 2>&1 && tesseract --list-langs 2>/dev/null | grep -qx chi_sim; } \
  || need+=(tesseract-ocr-chi-sim)
fc-list 2>/dev/null | grep -qi "UMing" || need+=(fonts-arphic-uming)
fc-list 2>/dev/null | grep -qi "WenQuanYi Zen Hei" || need+=(fonts-wqy-zenhei)
if [ ${#need[@]} -gt 0 ]; then
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  echo "installing ${need[*]} (apt-get)" >&2
  export DEBIAN_FRONTEND=noninteractive
  $sudo apt-get update -qq >/dev/null
  $sudo apt-get install -y -qq --no-install-recommends "${need[@]}" fontconfig >/dev/null
fi

[ -x .venv/bin/python ] || python3 -m venv .venv
.venv/bin/python -m pip install -q --disable-pip-version-check -e '.[corpus]'
if [ $# -gt 0 ]; then
  exec .venv/bin/python benchmarks/corpus/make_corpus.py "$@"
fi
