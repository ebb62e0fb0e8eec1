"""Review reports: report.html for a person, report.diff for a terminal.

Both are views of the edit log, never of a fresh whole-page diff: the log already says
where every change is, so the work is linear in the page.
"""
from .diff import diff_report
from .html import html_report
from .marks import esc

__all__ = ["diff_report", "html_report", "esc"]
