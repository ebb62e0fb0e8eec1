"""Review reports (placeholder until the report issue lands)."""
from __future__ import annotations

import difflib


def diff_report(page, manifest) -> str:
    return "".join(difflib.unified_diff(page.source.splitlines(True), page.text.splitlines(True),
                                        f"a/{page.name}", f"b/{page.name}"))


def html_report(page, manifest) -> str:
    return "<!doctype html><title>report</title>"
