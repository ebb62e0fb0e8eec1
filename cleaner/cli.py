"""The `clean` command: a thin layer over cleaner.clean()."""
from __future__ import annotations

import json
import os
import stat
import sys
import time
from pathlib import Path

import click

from . import __version__
from .errors import CleanerError, InputError, OutputError
from .manifest import to_dict
from .output import check_inputs, check_target, stem_for, write
from .pipeline import SCRIPT_MODES, clean
from .registry import STAGES, RuleSet, available_profiles

REPORTS = ("html", "diff")
# The largest page read unless --max-bytes says otherwise: a broadsheet page is about
# 50 KB of text, so 64 MiB is a thousand pages run together, far past any real page and
# well under the memory a machine has for the cleaner (several hundred bytes per byte).
DEFAULT_MAX_BYTES = 64 * 1024 * 1024
_UNITS = {"": 1, "K": 1024, "M": 1024 ** 2, "G": 1024 ** 3}


def _size(value: str) -> int:
    text = value.strip().upper().removesuffix("B").removesuffix("I")
    number, unit = text.rstrip("KMG"), text[len(text.rstrip("KMG")):]
    if unit not in _UNITS or not number.isdigit() or int(number) <= 0:
        raise click.BadParameter(f"{value!r}: give a size in bytes, e.g. 200M or 1G")
    return int(number) * _UNITS[unit]


def _reports(value: str) -> tuple[str, ...]:
    kinds = tuple(v.strip() for v in value.split(",") if v.strip())
    if kinds == ("none",):
        return ()
    if kinds == ("both",):
        return REPORTS
    bad = [k for k in kinds if k not in REPORTS]
    if bad or not kinds:
        raise click.BadParameter(f"{value!r}: give html, diff, html,diff or none")
    return kinds


EPILOG = """\b
Examples:
  clean page.txt -o out/              out/page/: 01.txt …, articles.json, report.html, report.diff
  clean pages/*.txt -o out/ --report none -j 4  a batch in 4 processes, no reports
  clean page.txt -o - | jq .articles  the manifest on standard output, nothing written
  clean --list-rules                  every rule with its id, stage and reason
  clean page.txt -o out/ --disable CAP002 --rules my-paper.toml

\b
Exit status: 0 all pages cleaned; 1 some page of a batch failed (each named on
stderr); 2 unreadable input (not a regular file, over --max-bytes, not text), bad
option, or an output that cannot be written or would replace what the cleaner did not
write; 3 bad rule file, or with --strict a rule that ran past its time limit; 70 a
cleaner bug.

\b
Output folders: <input stem> is the file name less its extension, made safe
(leading dots dropped, so ..txt writes DIR/page/; control characters as _; a name
over 200 bytes cut, with a hash of the whole). DIR/<input stem>/ is replaced only
when it is an earlier cleaner output (its .cleaner marker, and only files the cleaner
writes); anything else there is left as it is, with exit status 2.
Input: regular files (or '-'), at most --max-bytes; folders, FIFOs, devices refused.
"""


@click.command(epilog=EPILOG, context_settings={"help_option_names": ["-h", "--help"],
                                                "max_content_width": 100})
@click.argument("inputs", nargs=-1, type=click.Path(allow_dash=True))
@click.option("-o", "--out", "out", default="out", show_default=True, metavar="DIR",
              help="Folder to write INPUT's results to, as DIR/<input stem>/; '-' prints "
                   "the manifest of one page on standard output and writes nothing.")
@click.option("--report", "report", default="html,diff", show_default=True,
              metavar="KINDS", help="Review reports to write: html, diff, both, or none.")
@click.option("--script", type=click.Choice(SCRIPT_MODES), default="auto", show_default=True,
              help="Chinese script: auto converts only stray characters of the page's "
                   "minority script; keep changes none; s/t (or an OpenCC config) "
                   "converts the whole page.")
@click.option("--rules", "rule_files", multiple=True, type=click.Path(dir_okay=False),
              metavar="FILE", help="A TOML rule file that adds or overrides rules "
                                   "(repeatable; see rules/README.md).")
@click.option("--profile", default="auto", show_default=True, metavar="NAME",
              help="A paper's conventions from rules/profiles/ (see --list-rules); auto "
                   "picks one per page from its datelines and bylines, none uses none.")
@click.option("--disable", multiple=True, metavar="ID",
              help="Turn a rule off by id, e.g. --disable CAP002 (repeatable).")
@click.option("-j", "--jobs", type=click.IntRange(1, 256), default=1, show_default=True,
              help="Pages cleaned at once, in separate processes (for batches).")
@click.option("--max-bytes", default="64M", show_default=True, metavar="SIZE",
              help="Refuse a page larger than SIZE (bytes, or with K, M, G), before "
                   "reading it; raise it for a larger page.")
@click.option("--strict", is_flag=True,
              help="A rule pattern that runs past its time limit (1 s) is an error "
                   "(exit 3); without it the rule is stopped on that page and the "
                   "page flagged.")
@click.option("--list-rules", is_flag=True, help="Print every rule and exit.")
@click.option("-q", "--quiet", is_flag=True, help="Print nothing but errors.")
@click.version_option(__version__, "-V", "--version", prog_name="clean")
def main(inputs, out, report, script, rule_files, profile, disable, jobs, max_bytes,
         strict, list_rules, quiet):
    """Clean the text a PDF or OCR converter made of Chinese newspaper pages.

    For each INPUT (a page of converter markdown or hard-wrapped PDF text, in UTF-8,
    UTF-16, GB18030 or Big5; '-' for standard input) it writes, in DIR/<input stem>/,
    one text file per article in page order (01.txt, 02.txt, …), articles.json (the
    manifest: headlines, bylines, datelines, captions, page furniture, and every edit
    with the rule that made it) and the review reports.
    """
    try:
        max_bytes = _size(max_bytes)
    except click.BadParameter as exc:
        _fail(f"--max-bytes {exc.message}", 2)
    try:
        reports = _reports(report)
        rules = RuleSet.load(rule_files, disable,
                             profile=None if profile == "none" else profile)
    except CleanerError as exc:
        _fail(str(exc), exc.exit_code)
    except click.BadParameter as exc:
        _fail(f"--report {exc.message}", 2)
    if list_rules:
        _list_rules(rules)
        return
    if not inputs:
        _fail("no input page given (try 'clean --help')", 2)
    if out == "-" and len(inputs) != 1:
        _fail("-o - prints one page's manifest; give exactly one input", 2)
    if out != "-" and Path(out).exists() and not Path(out).is_dir():
        _fail(f"-o {out}: not a folder", 2)
    stems: dict[str, str] = {}
    for name in inputs:
        stem = stem_for(name)
        if stem in stems and out != "-":
            _fail(f"{stems[stem]} and {name} would both write {Path(out) / stem}/; "
                  "clean them into different folders", 2)
        stems[stem] = name
    if out != "-":
        try:
            check_inputs([n for n in inputs if n != "-"], [Path(out) / s for s in stems])
        except OutputError as exc:
            _fail(str(exc), exc.exit_code)
    began = time.perf_counter()
    if jobs > 1 and len(inputs) > 1:
        from concurrent.futures import ProcessPoolExecutor

        settings = (out, reports, script, rule_files, disable, profile)
        with ProcessPoolExecutor(jobs, initializer=_worker_init, initargs=(settings,)) as pool:
            chunk = max(1, min(64, len(inputs) // (4 * jobs)))
            status, failed = _report(pool.map(_worker, inputs, chunksize=chunk),
                                     len(inputs), quiet, out)
    else:
        outcomes = (_attempt(name, out, reports, rules, script, quiet, max_bytes=max_bytes,
                             strict=strict)
                    for name in inputs)
        status, failed = _report(outcomes, len(inputs), quiet, out)
    if len(inputs) == 1:
        sys.exit(status)
    if not quiet and out != "-":
        spent = time.perf_counter() - began
        click.echo(f"\r{len(inputs) - failed}/{len(inputs)} pages cleaned in {spent:.1f}s"
                   f"{f', {failed} failed' if failed else ''}", err=True)
    sys.exit(1 if failed else 0)


def _report(outcomes, total: int, quiet: bool, out: str) -> tuple[int, int]:
    """Print each page's error as it comes, and progress on a terminal. Returns the
    exit status of the first failure (0 when none) and the number of failed pages."""
    status = failed = 0
    for n, (error, code) in enumerate(outcomes, 1):
        if error:
            failed += 1
            status = status or code
            click.echo(f"clean: {error}", err=True)
        if not quiet and total > 1 and out != "-" and sys.stderr.isatty():
            click.echo(f"\r{n}/{total} pages, {failed} failed", nl=False, err=True)
    return status, failed


def _attempt(name, out, reports, rules, script, quiet, *,
             max_bytes: int = DEFAULT_MAX_BYTES, strict: bool = False) -> tuple[str | None, int]:
    """Clean one page; (None, 0), or the one-line error and its exit status."""
    try:
        _one(name, out, reports, rules, script, quiet, max_bytes=max_bytes, strict=strict)
        return None, 0
    except CleanerError as exc:
        return str(exc), exc.exit_code
    except OSError as exc:
        return f"{name}: {exc.strerror or exc}", 2
    except Exception as exc:  # a bug: still one line, and the batch goes on
        return (f"{name}: internal error ({type(exc).__name__}: {exc}); "
                "please report it with the page"), 70


_WORKER: dict = {}


def _worker_init(settings) -> None:
    out, reports, script, rule_files, disable, profile = settings
    _WORKER.update(out=out, reports=reports, script=script, rules=RuleSet.load(
        rule_files, disable, profile=None if profile == "none" else profile))


def _worker(name: str) -> tuple[str | None, int]:
    w = _WORKER
    return _attempt(name, w["out"], w["reports"], w["rules"], w["script"], True)


def _one(name: str, out: str, reports, rules: RuleSet, script: str, quiet: bool, *,
         max_bytes: int = DEFAULT_MAX_BYTES, strict: bool = False) -> None:
    stem = stem_for(name)
    if name == "-":
        label = "stdin"
        if out != "-":
            check_target(Path(out) / stem)
        data = _read_limited(sys.stdin.buffer, name, max_bytes)
    else:
        path = Path(name)
        label = path.name
        _check_input_file(name, max_bytes)
        if out != "-":
            check_target(Path(out) / stem)  # before the work, not only before the write
        with open(path, "rb") as f:
            data = _read_limited(f, name, max_bytes)
    # Errors and warnings name the page as the user gave it: in a batch over folders a
    # bare name is ambiguous. The manifest keeps the file's name.
    page = clean(data, rules=rules, script=script, name="stdin" if name == "-" else name,
                 strict=strict)
    page.name = label
    for flag in page.flags:  # a rule stopped on this page: said even with --quiet
        click.echo(f"clean: warning: {flag['message']}", err=True)
    manifest = to_dict(page)
    if out == "-":
        json.dump(manifest, sys.stdout, ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
        return
    extras = {}
    if "html" in reports:
        from .report import html_report
        extras["report.html"] = html_report
    if "diff" in reports:
        from .report import diff_report
        extras["report.diff"] = diff_report
    folder = write(page, manifest, Path(out), stem, extras)
    if not quiet:
        flags = sum(len(a.flags) for a in page.articles) + len(page.flags)
        click.echo(f"{label}: {len(page.articles)} articles, {len(page.edits)} edits, "
                   f"{flags} flags -> {folder}/", err=True)


def _check_input_file(name: str, max_bytes: int) -> None:
    """Raise InputError unless `name` is a regular file within the size limit. Checked
    before opening, so a FIFO or a device never blocks or floods the run."""
    try:
        st = os.stat(name)
    except FileNotFoundError:
        raise InputError(f"{name}: no such file") from None
    except OSError as exc:
        raise InputError(f"{name}: {(exc.strerror or str(exc)).lower()}") from None
    if stat.S_ISDIR(st.st_mode):
        raise InputError(f"{name}: is a folder; give the pages in it (e.g. {name}/*.txt)")
    if not stat.S_ISREG(st.st_mode):
        kind = ("a FIFO (named pipe)" if stat.S_ISFIFO(st.st_mode) else
                "a device" if stat.S_ISCHR(st.st_mode) or stat.S_ISBLK(st.st_mode) else
                "a socket" if stat.S_ISSOCK(st.st_mode) else "not a regular file")
        raise InputError(f"{name}: is {kind}, not a file; save the page to a file, or pipe "
                         "it in as '-'")
    if st.st_size > max_bytes:
        raise InputError(f"{name}: {_mib(st.st_size)} is larger than --max-bytes "
                         f"({_mib(max_bytes)}); raise --max-bytes to clean it")


def _read_limited(f, name: str, max_bytes: int) -> bytes:
    """At most max_bytes of `f`, or InputError as soon as there is more: a stream without
    end (a growing file, standard input from /dev/zero) is never read whole."""
    data = f.read(max_bytes + 1)
    if len(data) > max_bytes:
        raise InputError(f"{name}: more than --max-bytes ({_mib(max_bytes)}); raise "
                         "--max-bytes to clean it")
    return data


def _mib(n: int) -> str:
    return f"{n / 1024 / 1024:.1f} MiB" if n >= 1024 * 1024 else f"{n} bytes"


def _list_rules(rules: RuleSet) -> None:
    profiles = available_profiles()
    if profiles:
        click.echo("profiles (--profile NAME; auto picks by the marks in parentheses):")
        for name, p in profiles.items():
            marks = ", ".join(x.pattern for x in p.detect)
            click.echo(f"  {name:12} {p.description} ({marks})")
    stage = None
    for rule in rules:
        if rule.stage != stage:
            stage = rule.stage
            click.echo(f"\n{stage} ({STAGES.index(stage) + 1}/{len(STAGES)})")
        off = "" if rule.enabled else "  [disabled]"
        click.echo(f"  {rule.id}  {rule.name:34} {rule.reason}{off}")


def _fail(message: str, code: int):
    click.echo(f"clean: {message}", err=True)
    sys.exit(code)
