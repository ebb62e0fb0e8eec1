"""The `clean` command: a thin layer over cleaner.clean()."""
from __future__ import annotations

import fnmatch
import itertools
import json
import os
import stat
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import click

from . import __version__
from .command import INTERRUPTED, OneLineCommand, fail, natural_order
from .errors import CleanerError, InputError, OutputError, reason
from .manifest import to_dict
from .output import (MARKER, check_inputs, check_target, has_marker, is_cleaner_file, stem_for,
                     write, written_files)
from .pipeline import SCRIPT_MODES, clean
from .registry import STAGES, RuleSet, available_profiles
from .stream import PER

REPORTS = ("html", "diff")
# The largest page read unless --max-bytes says otherwise: a broadsheet page is about
# 50 KB of text, so 4 MiB is eighty pages run together, far past any real page. Memory
# goes with lines more than bytes: about 80 to 130 bytes per input byte on ordinary text, up to
# about 1,140 on a page of one-character lines (each a block with its edits), so the cap
# is what bounds one page's memory (~0.5 GB ordinary, under 5 GB at worst, per worker).
DEFAULT_MAX_BYTES = 4 * 1024 * 1024
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
        raise click.BadParameter(f"{value!r}: give html, diff, both (html,diff) or none")
    return kinds


EPILOG = """\b
Examples:
  clean page.txt -o out/
      out/page/: 01.txt …, articles.json, report.html, report.diff
  clean pages/*.txt -o out/ --report none -j 4
      a batch in 4 processes, no reports
  clean scans/ -o out/ --tree --glob '*.md'
      a folder, recursively, mirrored under out/
  clean --jsonl pages.jsonl -o articles.jsonl -j 2
      records {"id", "text"} in, one record an article out
  clean page.txt -o - | jq .articles
      the manifest on standard output, nothing written
  clean --list-rules
      every rule with its id, stage and reason
  clean page.txt -o out/ --disable CAP002 --rules my-paper.toml
      one rule off, a paper's own rules added

\b
Exit status: 0 all pages cleaned (or the reader of standard output closed it); 1 some
page of a batch or record of a stream failed, or a folder under an input could not be
opened (each named on stderr); 2 unreadable input (not a regular file, over --max-bytes,
not text), bad option, or an output that cannot be written or would replace what the
cleaner did not write; 3 bad rule file, rule id (--disable) or profile (--profile), or
with --strict a rule that ran past its time limit; 70 a cleaner bug; 130 interrupted (^C).

\b
Output folders: <input stem> is the file name less its extension, made safe
(leading dots dropped, so ..txt writes DIR/page/; control characters as _; a name
over 200 bytes cut, with a hash of the whole); standard input ('-') writes DIR/stdin/.
DIR/<input stem>/ is replaced only when it is an earlier cleaner output (its .cleaner
marker, and only the files it wrote, unchanged, as the marker lists them; where an older
cleaner's marker lists none, its files are judged by their names); anything else there (a
file of yours, an articles.json corrected by hand) is left as it is, with exit status 2.
Input: regular files or folders of them (or '-'), each at most --max-bytes; FIFOs and
devices refused.
"""


@click.command("clean", cls=OneLineCommand, epilog=EPILOG,
               context_settings={"help_option_names": ["-h", "--help"],
                                 "max_content_width": 100})
# (readable=False: an unreadable page is refused as other pages are, by the command)
@click.argument("inputs", nargs=-1, type=click.Path(allow_dash=True, readable=False))
@click.option("-o", "--out", "out", default=None, metavar="DIR",
              help="Folder to write INPUT's results to, as DIR/<input stem>/ (default "
                   "out); '-' prints the manifest of one page on standard output and "
                   "writes nothing. With --jsonl: the JSON Lines file to write, a new one "
                   "(an existing file is refused, never overwritten; default '-', standard "
                   "output).")
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
              help="Pages cleaned at once, in separate processes (for batches and streams).")
@click.option("--glob", "pattern", default="*.txt", show_default=True, metavar="PATTERN",
              help="Which files of a folder given as INPUT to clean (folders are read "
                   "recursively, in the natural order of the paths: p2 before p10; the "
                   "cleaner's own output folders are left out). A link in the folder to a "
                   "page outside it is read as a page of the folder, under the link's name "
                   "(with --tree, where the link stands); a link to a folder is read into "
                   "only where a part of the pattern names it (sub/*.txt), never by ** or "
                   "*.txt.")
@click.option("--tree", is_flag=True,
              help="Mirror the input folders under -o (DIR/sub/folder/<stem>/), so equal "
                   "file names in different folders don't collide.")
@click.option("--jsonl", is_flag=True,
              help="INPUTs are JSON Lines of records {\"id\": ..., \"text\": ...} ('-' or "
                   "none: standard input); write JSON Lines to -o.")
@click.option("--per", type=click.Choice(PER), default="article", show_default=True,
              help="With --jsonl: one output record per article (id, article fields, "
                   "plain text, flags) or per page (id and manifest).")
@click.option("--id-field", default="id", show_default=True, metavar="NAME",
              help="With --jsonl: the field holding a record's id (a record without "
                   "it is warned of on stderr, the first ten by line; its output records carry a "
                   "null id).")
@click.option("--text-field", default="text", show_default=True, metavar="NAME",
              help="With --jsonl: the field holding a record's page text.")
@click.option("--fail-fast", is_flag=True,
              help="Stop at the first page or record that fails (exit status 1).")
@click.option("--max-bytes", default="4M", show_default=True, metavar="SIZE",
              help="Refuse a page larger than SIZE (bytes, or with K, M, G), before "
                   "reading it; raise it for a larger page. With --jsonl: a record "
                   "(line) larger than SIZE is an error record, read past, not held.")
@click.option("--strict", is_flag=True,
              help="A rule pattern that runs past its time limit (1 s) is an error "
                   "(exit 3); without it the rule is stopped on that page and the "
                   "page flagged.")
@click.option("--list-rules", is_flag=True, help="Print every rule and exit.")
@click.option("-q", "--quiet", is_flag=True, help="Print nothing but errors.")
@click.version_option(__version__, "-V", "--version", prog_name="clean")
def main(inputs, out, report, script, rule_files, profile, disable, jobs, pattern, tree,
         jsonl, per, id_field, text_field, fail_fast, max_bytes, strict, list_rules, quiet):
    """Clean the text a PDF or OCR converter made of Chinese newspaper pages.

    For each INPUT (a page of converter markdown or hard-wrapped PDF text, in UTF-8,
    UTF-16, GB18030 or Big5; a folder, read recursively; '-' for standard input) it
    writes, in DIR/<input stem>/, one text file per article in page order (01.txt,
    02.txt, …), articles.json (the manifest: headlines, bylines, datelines, captions,
    page furniture, and every edit with the rule that made it) and the review reports.
    """
    _check_mode(click.get_current_context(), jsonl)
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
    if out is not None and not out.strip():
        # (`-o "$OUT"` with OUT unset or empty: the run had gone to the default, ./out/
        # or standard output, as though -o were not given)
        _fail(f"-o {out!r}: no name; give a folder (with --jsonl a file), or '-' "
              "for standard output", 2)
    if sys.stdout is None and (out or ("-" if jsonl else "out")) == "-":
        # (started with it closed, >&-: Python has no sys.stdout to write to)
        _fail("-o -: standard output is closed; give -o a file or folder to write", 2)
    try:
        if jsonl:
            from .stream import Settings

            settings = Settings(id_field=id_field, text_field=text_field, per=per,
                                script=script)
            sys.exit(_stream(inputs or ("-",), out or "-", settings, rules, jobs, fail_fast,
                             quiet, max_bytes))
        _batch(inputs, out or "out", reports, rules, script, jobs, pattern, tree, fail_fast,
               quiet, max_bytes, strict)
    except BrokenPipeError:
        # The reader went away (`clean page.txt -o - | head -1`): that is its right, not
        # our failure. Stop quietly, and keep Python from complaining at exit.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        sys.exit(0)


# The options of one mode only: given in the other, they would do nothing.
PAGE_ONLY = {"report": "--report", "pattern": "--glob", "tree": "--tree",
             "strict": "--strict"}
JSONL_ONLY = {"per": "--per", "id_field": "--id-field", "text_field": "--text-field"}


def _check_mode(ctx: click.Context, jsonl: bool) -> None:
    """Exit 2 on an option given that the mode asked for does nothing with, rather than
    leave the user to think it did (--strict with --jsonl, --per without)."""
    given = [flag for name, flag in (PAGE_ONLY if jsonl else JSONL_ONLY).items()
             if ctx.get_parameter_source(name) is not click.core.ParameterSource.DEFAULT]
    if given and jsonl:
        _fail(f"{given[0]} is for pages, not --jsonl streams; leave it out", 2)
    if given:
        _fail(f"{given[0]} goes with --jsonl; leave it out, or give --jsonl", 2)


def _batch(inputs, out, reports, rules, script, jobs, pattern, tree, fail_fast, quiet,
           max_bytes, strict):
    if not inputs:
        # (a page piped in is read only when asked for: `cat p.txt | clean - -o out/`)
        _fail("no input page given: name a page or a folder, or '-' to read the page from "
              "standard input (see clean --help)", 2)
    if out != "-" and Path(out).exists() and not Path(out).is_dir():
        _fail(f"-o {out}: not a folder", 2)
    # (-o notes.txt/out: the folder cannot be made under a file; said of -o, where each
    # page's line said "notes.txt/out/<stem>: not a directory")
    above = next((p for p in Path(out).parents if p.exists()), None) if out != "-" else None
    if above is not None and not above.is_dir():
        _fail(f"-o {out}: {above} is a file, not a folder", 2)
    pages, empty, unread = _expand(inputs, Path(out), pattern, tree)
    if not pages:
        for why in unread[:-1]:  # (each folder not read named, the last as the error)
            click.echo(f"clean: {why}", err=True)
        _fail(unread[-1] if unread else empty[0] if len(empty) == 1 else
              f"{', '.join(inputs)}: no file matching {pattern} in the folders, outside -o "
              f"{out} (see --glob)", 2)
    for why in empty + unread:
        click.echo(f"clean: {why}", err=True)
    if out == "-" and len(pages) != 1:
        _fail("-o - prints one page's manifest; give exactly one input", 2)
    stems: dict[Path, str] = {}
    for name, folder in pages:
        target = Path(folder) / stem_for(name)
        if target in stems and out != "-":
            if name == "-" == stems[target]:
                _fail("-: standard input given twice; give '-' once", 2)
            if name != "-" and Path(stems[target]).resolve() == Path(name).resolve():
                # (--tree, or other folders, would not part a page from itself)
                _fail(f"{name}: given twice (as {stems[target]} and {name}); give each "
                      "page once", 2)
            hint = ("give their common parent folder as the input, so --tree keeps them "
                    "apart" if tree else "mirror the input folders with --tree")
            _fail(f"{stems[target]} and {name} would both write {target}/; clean them "
                  f"into different folders, or {hint}", 2)
        stems[target] = name
    if out != "-":
        try:
            check_inputs([n for n, _ in pages if n != "-"], list(stems))
        except OutputError as exc:
            _fail(str(exc), exc.exit_code)
    began = time.perf_counter()
    job = _PageJob(reports, rules, script, max_bytes, strict)
    if jobs > 1 and len(pages) > 1:
        from .batch import imap

        _warm(rules)
        if reports:
            from . import report  # noqa: F401  imported once, before the workers fork
        chunk = max(1, min(8, len(pages) // (4 * jobs)))
        outcomes = imap(job, pages, jobs=jobs, chunk=chunk, died=_page_died)
    else:
        outcomes = map(job, pages)
    finished = [0, 0]  # pages whose outcome came back, and of those the failed

    def counted(outcomes):
        try:
            for outcome in outcomes:
                finished[0] += 1
                finished[1] += bool(outcome[0])
                yield outcome
        finally:
            if hasattr(outcomes, "close"):
                outcomes.close()  # (the workers stopped at once after --fail-fast, as before)

    try:
        status, failed, seen = _report(counted(outcomes), len(pages), quiet, out, fail_fast,
                                       "page")
    except KeyboardInterrupt:
        if len(pages) == 1 or out == "-":
            raise
        # (as a stream stopped says what its file holds: which pages are done, where the
        # batch had said only "interrupted", so the user could not tell how far it got)
        n, bad = finished
        _fail(f"interrupted after {n} of {len(pages)} pages ({n - bad} cleaned, {bad} "
              f"failed); run it again for the rest: it replaces the folders it wrote",
              INTERRUPTED)
    if len(pages) == 1:
        sys.exit(status or (1 if unread else 0))
    if not quiet and out != "-":
        spent = time.perf_counter() - began
        failures = f", {failed} failed" if failed else ""
        untried = f", {len(pages) - seen} not tried (--fail-fast)" if seen < len(pages) else ""
        unopened = f", {_count(len(unread), 'folder')} not read" if unread else ""
        click.echo(f"{_clear()}{seen - failed}/{len(pages)} pages cleaned in {spent:.1f}s"
                   f"{failures}{untried}{unopened}", err=True)
    sys.exit(1 if failed or unread else 0)


def _expand(inputs, out: Path, pattern: str, tree: bool) -> tuple[list[tuple[str, str]],
                                                                    list[str], list[str]]:
    """(input, the folder its output goes in) for every page: folders are read
    recursively for `pattern`, skipping what lies in out and the files an earlier run
    wrote (in a folder that carries the cleaner's mark); with `tree`, each page's folder
    relative to the folder it was found in (or, for a relative path given as is, its own
    folder) is kept under out. Also why each folder in which nothing was found gave none,
    or what it left out; and the folders under them that could not be read (their pages
    unknown, so the run fails).
    """
    pages, empty, unread = [], [], []
    own = out.resolve()  # the cleaner's own output is never read back as input
    marked: dict[Path, bool | set[str]] = {}  # folders asked what the cleaner wrote in them
    for name in inputs:
        path = Path(name)
        if name != "-" and path.is_dir():
            # (Anything the pattern matches but a folder, which rglob reads into: a link to
            # a file since removed, or a FIFO, is a page that cannot be read and says so, as
            # when named alone, where it was left out without a word and the run said 0.)
            matching, unopened = _walk(path, pattern, own)
            found = [p for p in matching if not p.resolve().is_relative_to(own)]
            # (An earlier run's output under the folder, written to another -o: its
            # articles and reports are the cleaner's, no converter's page.)
            written = [p for p in found if _written(p, marked)]
            found = sorted(set(found) - set(written), key=natural_order)
            if not matching:
                empty.append(f"{name}: no file matching {pattern} in the folder (see --glob)")
            elif not found and not written:
                empty.append(f"{name}: its files matching {pattern} are all in the output "
                             f"folder (-o {out}), which is never read as input; give another "
                             "-o")
            if written:
                folders = sorted({str(p.parent) for p in written})
                shown = ", ".join(folders[:2]) + (", …" if len(folders) > 2 else "")
                empty.append(f"{name}: {_count(len(written), 'file')} matching {pattern} left "
                             "out: the cleaner wrote them, in "
                             f"{_count(len(folders), 'output folder')} of an earlier run ({shown})")
            for p in found:
                rel = p.parent.relative_to(path)
                pages.append((str(p), str(out / rel if tree else out)))
            unread += unopened
        elif tree and name != "-" and not path.is_absolute() and ".." not in path.parts:
            pages.append((name, str(out / path.parent)))
        else:
            pages.append((name, str(out)))
    return pages, empty, unread


def _walk(folder: Path, pattern: str, own: Path) -> tuple[list[Path], list[str]]:
    """One walk of `folder`: the files under it that `pattern` matches at any depth, as
    `folder.rglob(pattern)` gives them less its folders (a link to a file since removed or
    a FIFO is one, a page that cannot be read and says so), and a line for each folder
    under it, outside the output folder `own`, that may not be opened. rglob passes over
    such a folder without a word, so its pages would go uncleaned and the run say 0, and
    was walked a second time to name them.

    The walk goes where rglob goes: into every folder under `folder` for the `**` that
    opens its pattern, and into a link to a folder only where a part of the pattern
    names it (`a/*/b.txt` reads a/link/b.txt, link -> elsewhere; `*.txt` reads no page
    under a link), as `**` follows no link. A link back to a folder the walk came through
    (a cycle: itself or a folder above it) is not entered, where rglob read the same
    pages again under longer names."""
    parts = _glob_parts(pattern)
    last = len(parts) - 1
    errors: list[OSError] = []
    matching = []

    def onward(states: frozenset[int]) -> frozenset[int]:
        """The parts a name may be matched by next: past each `**`, the part after it."""
        more = set(states)
        for i in sorted(states):
            k = i
            while k < last and parts[k] == "**":
                k += 1
                more.add(k)
        return frozenset(more)

    def identity(path: Path) -> tuple[int, int] | None:
        try:
            st = os.stat(path)
        except OSError:
            return None
        return st.st_dev, st.st_ino

    # (a folder, the parts its entries may match next, the folders the walk came through
    # to it and itself, as (device, inode))
    todo = [(folder, onward(frozenset({0})), (identity(folder),))]
    while todo:
        top, states, above = todo.pop()
        try:
            with os.scandir(top) as listing:
                entries = list(listing)
        except OSError as exc:
            errors.append(exc)
            continue
        for entry in entries:
            try:
                is_folder = entry.is_dir()
            except OSError:
                is_folder = False
            if not is_folder:
                if last in states and parts[last] != "**" and fnmatch.fnmatch(entry.name,
                                                                              parts[last]):
                    matching.append(Path(top, entry.name))
                continue
            link = entry.is_symlink()
            nxt = {i for i in states if parts[i] == "**" and not link}
            nxt |= {i + 1 for i in states if i < last and parts[i] != "**"
                    and fnmatch.fnmatch(entry.name, parts[i])}
            if not nxt:
                continue
            path = Path(top, entry.name)
            here = identity(path)
            if link and here in above:
                continue  # (a cycle)
            todo.append((path, onward(frozenset(nxt)), (*above, here)))
    unopened = [f"{exc.filename}: {reason(exc)}; the pages in it were not read"
                for exc in errors if not Path(exc.filename).resolve().is_relative_to(own)]
    return matching, unopened


def _glob_parts(pattern: str) -> tuple[str, ...]:
    """--glob's pattern as rglob reads it: its parts, `.` and empty ones dropped, after a
    `**` matching any folders under the one given. A pattern that names a file outside the
    folder (absolute, or with `..`: rglob read ../*.txt beside the folder) or holds `**`
    inside a part is a usage error, where rglob stopped with a traceback."""
    path = Path(pattern)
    if path.is_absolute() or ".." in path.parts or any(
            "**" in part and part != "**" for part in path.parts):
        _fail(f"--glob {pattern}: a pattern names the files inside the folder (*.txt, "
              "sub/*.md; ** alone as a part for any folders), never outside it", 2)
    return ("**", *path.parts)


def _written(page: Path, marked: dict[Path, bool | set[str]]) -> bool:
    """Whether `page` is a file the cleaner wrote (an article, a manifest, a report) in an
    output folder that carries its mark, and that its marker lists where it lists files (a
    page of the user's put there since, 2024.txt, is read); `marked` remembers each
    folder's answer: False, True (a mark with no list) or the names listed."""
    if not is_cleaner_file(page.name):
        return False
    if page.parent not in marked:
        listed = written_files(page.parent)
        # (the marker is the cleaner's too, though it does not list itself)
        marked[page.parent] = ({MARKER, *listed} if listed is not None
                               else has_marker(page.parent))
    found = marked[page.parent]
    return page.name in found if isinstance(found, set) else found


def _warm(rules: RuleSet) -> None:
    """Clean a tiny page before the workers fork, so each starts with the rules' lazy
    parts (compiled patterns, the OpenCC converter) ready."""
    for page in ("# 标题\n\n本报讯（记者 王五）今天,天气晴。體\n\n上图:会场。张三摄\n",
                 "# 標題\n\n本報訊（記者 王五）今天，天氣晴。这\n\n上圖：會場。張三攝\n"):
        try:
            clean(page, rules=rules)
        except CleanerError:
            pass


class _PageJob:
    """One page of a batch, as a picklable function for workers: (error, exit status,
    the line to print for it)."""

    def __init__(self, reports, rules: RuleSet, script: str, max_bytes: int, strict: bool):
        self.reports, self.rules, self.script = reports, rules, script
        self.max_bytes, self.strict = max_bytes, strict

    def __call__(self, page: tuple[str, str]) -> tuple[str | None, int, str | None]:
        name, out = page
        return _attempt(name, out, self.reports, self.rules, self.script,
                        max_bytes=self.max_bytes, strict=self.strict)


def _page_died(page: tuple[str, str], how: str) -> tuple[str, int, None]:
    return f"{page[0]}: the worker cleaning it died ({how}); nothing written for it", 1, None


def _stream(inputs, out: str, settings, rules: RuleSet, jobs: int, fail_fast: bool,
            quiet: bool, max_bytes: int = DEFAULT_MAX_BYTES) -> int:
    """JSON Lines in, JSON Lines out (see cleaner.stream); the exit status. A line longer
    than max_bytes is one error record, read past rather than held (`capped_lines`)."""
    from .batch import imap
    from .stream import LineCleaner, capped_lines, error_record

    for name in inputs:
        if name != "-" and Path(name).is_dir():
            _fail(f"{name}: is a folder; with --jsonl give the JSON Lines files in it "
                  f"(e.g. {name}/*.jsonl)", 2)
        if name != "-" and not Path(name).is_file():
            _fail(f"{name}: no such file", 2)
    # (The files first: standard input may wait for its first line. A file's first record
    # is parsed here and again when the file is read in turn; keeping it would hold one
    # record per file given.)
    for name in inputs:
        if name != "-":
            try:
                with open(name, "rb") as f:
                    _check_jsonl(name, capped_lines(f, max_bytes), settings.id_field)
            except OSError as exc:  # (x.jsonl: permission denied, as for a page)
                _fail(f"{name}: {reason(exc)}", 2)
    # Standard input's first lines are read here, to be judged, and given back after, once
    # ('-' given twice reads on where it stopped: at its end, where the first read it all).
    if "-" in inputs:
        try:
            buffer = capped_lines(_stdin(), max_bytes)
        except InputError as exc:
            _fail(str(exc), 2)
        head, first = _check_jsonl("-", buffer, settings.id_field)
        stdin = itertools.chain(head, buffer)
    else:
        stdin, first = iter(()), None
    sink = _open_sink(out)
    lines = (item for name in inputs
             for item in _lines_of(name, stdin, max_bytes, settings.id_field,
                                   first if name == "-" else None))
    work = LineCleaner(settings, rules)
    if jobs > 1:
        _warm(rules)
        results = imap(work, lines, jobs=jobs, chunk=8,
                       died=lambda item, how: error_record(item, settings, how))
    else:
        results = map(work, lines)

    done = (0, 0)  # records whose output is written, and its bytes (one name: set at once)

    def outcomes():
        nonlocal done
        for records, error in results:
            data = "".join(r + "\n" for r in records).encode("utf-8")
            sink.write(data)
            done = (done[0] + 1, done[1] + len(data))
            yield error, 1 if error else 0, None
    try:
        status, failed, seen = _report(outcomes(), 0, quiet, out, fail_fast, "record")
    except KeyboardInterrupt:
        if out == "-":
            raise
        # The file is the cleaner's own: cut back to the records counted (^C may land inside
        # a write, or after it before the count) and say what it holds, rather than leave
        # a part-written file to pass for a finished one.
        _cut(sink, done[1])
        _fail(f"interrupted; {out} holds the output of the first {_count(done[0], 'record')} "
              "only", INTERRUPTED)
    finally:
        if hasattr(results, "close"):
            results.close()
        sink.flush()
        if out != "-":  # (the file it made; standard output stays open, or closed)
            sink.close()
    if not quiet and (failed or sys.stderr.isatty()):
        click.echo(f"{_clear()}{_count(seen, 'record')}, {failed} failed", err=True)
    return 1 if failed else 0


def _cut(sink, size: int) -> None:
    """The file `sink` cut back to its first `size` bytes, where it can be (a pipe or a
    device given as -o keeps what went through it)."""
    try:
        sink.flush()
        if sink.seekable():
            sink.truncate(size)
    except OSError:
        pass


def _check_jsonl(name: str, f, id_field: str = "id"
                 ) -> tuple[list[bytes], tuple[int, dict] | None]:
    """The lines of `f` up to its first record, and that record's line number and object
    (None where `f` holds none), once that record is a JSON object; when it
    is not, the input is not JSON Lines (a page of text given with --jsonl, say): one
    error for it and exit 2, before any output is written, rather than one a line. A
    first record without the id field gets a warning: its records would all carry a null
    id, silently, where --id-field was given wrong (URL for url). (A later record without
    it is warned of as it is read: `_with_ids_checked`.) Standard input's lines are read
    once, so the record is handed on to be cleaned, not parsed again."""
    from .decode import binary_kind
    from .stream import Overlong, read_record

    head = []
    label = "stdin" if name == "-" else name
    for n, raw in enumerate(f, 1):
        head.append(raw)
        # (an Overlong line keeps its first bytes: a gzip archive with no line end early
        # in it is still named as one)
        what = binary_kind(raw) if n == 1 else None
        if what:
            # (pages.jsonl.gz: "not UTF-8 … or leave out --jsonl" sent the user the wrong way)
            unpack = (f"; zcat {name} | clean --jsonl - reads it" if "gzip" in what
                      and name != "-" else "")
            _fail(f"{label}: this is {what}, not JSON Lines; unpack or convert it to "
                  f"JSON Lines text first{unpack}", 2)
        if isinstance(raw, Overlong):  # (its record is an error of its own; judge the next)
            continue
        if raw.strip():
            try:
                record = read_record(raw, n)
            except CleanerError as exc:
                _fail(f"{label}: not JSON Lines ({exc}); give "
                      "one record {\"id\": ..., \"text\": ...} a line, or leave out --jsonl "
                      "to clean a page", 2)
            if id_field not in record:
                _warn_no_id(label, n, record, id_field, first=True)
            return head, (n, record)
    return head, None


def _warn_no_id(label: str, n: int, record: dict, id_field: str, *, first: bool) -> None:
    """Say that the record of line `n` has no id field (even with --quiet, as the output
    does not show why its id is null); of a first record, that --id-field may be wrong."""
    from .stream import fields_of

    hint = " (--id-field names the id's field)" if first else ""
    click.echo(f"{_clear()}clean: {label}: warning: line {n} has no {id_field!r} field"
               f"{fields_of(record)}; its output records carry \"{id_field}\": null{hint}",
               err=True)


# Records after the first that lack the id field, named one by one before the rest go unnamed.
MAX_NO_ID_WARNINGS = 10


def _with_ids_checked(label: str, items, id_field: str, first: tuple[int, dict] | None = None):
    """`items` ((line number, line) of one input) as they come, each a (line number, record)
    once parsed, with a warning for each record after the first that has no id field, as
    `_check_jsonl` gives the first; none where the first had none either (its warning said
    so: every record would lack it, the field named wrong). Each line is parsed here, once:
    the worker cleans the record it is handed (a line that is no record goes on as it is,
    for its error record to say why); `first`, the record `_check_jsonl` parsed already."""
    from .stream import Overlong, read_record

    first_had = None  # whether the input's first record had the field (None: not yet read)
    warned = 0
    for n, raw in items:
        record = None
        if first is not None and n == first[0]:
            record, first = first[1], None
        elif not isinstance(raw, Overlong):  # (as `_check_jsonl`: the first record past these)
            try:
                record = read_record(raw, n)
            except CleanerError:
                pass  # (its error record says why)
        if not isinstance(raw, Overlong):
            if first_had is None:
                first_had = record is not None and id_field in record
            elif first_had and record is not None and id_field not in record:
                warned += 1
                if warned <= MAX_NO_ID_WARNINGS:
                    _warn_no_id(label, n, record, id_field, first=False)
                if warned == MAX_NO_ID_WARNINGS:
                    # (a stream of a million records, most without the field, would
                    # print a million lines)
                    click.echo(f"{_clear()}clean: {label}: warning: records after line {n} "
                               f"without {id_field!r} are not named one by one", err=True)
        yield n, raw if record is None else record


def _lines_of(name: str, stdin: Iterator[bytes], max_bytes: int, id_field: str,
              first: tuple[int, dict] | None = None):
    from .stream import capped_lines, numbered_lines

    if name == "-":
        yield from _with_ids_checked("stdin", numbered_lines(stdin), id_field, first)
        return
    with open(name, "rb") as f:
        yield from _with_ids_checked(name, numbered_lines(capped_lines(f, max_bytes)),
                                     id_field)


def _open_sink(out: str):
    """Standard output, or a new file: the cleaner never overwrites a file it did not
    write, so an existing non-empty file is refused."""
    if out == "-":
        return sys.stdout.buffer
    path = Path(out)
    if path.is_dir():
        _fail(f"-o {out}: a folder; with --jsonl give the file to write", 2)
    if path.exists() and path.stat().st_size > 0:
        _fail(f"-o {out}: the file exists; remove it or choose another name (the "
              "cleaner does not overwrite files)", 2)
    try:
        return open(path, "wb")
    except OSError as exc:
        _fail(f"-o {out}: {reason(exc)}", 2)


def _report(outcomes, total: int, quiet: bool, out: str, fail_fast: bool = False,
            unit: str = "page") -> tuple[int, int, int]:
    """Print each page's error and line as it comes, and progress on a terminal (each
    page's line on a line of its own above the counter). Returns the exit status of the
    first failure (0 when none), the number of failed pages and the number seen."""
    status = failed = n = 0
    live = (not quiet and sys.stderr.isatty()
            and (unit == "record" or total > 1 and out != "-"))
    for n, (error, code, note) in enumerate(outcomes, 1):
        line = None
        if error:
            failed += 1
            status = status or code
            line = f"clean: {error}"
        elif note and not quiet:
            line = note
        if line:
            click.echo(_clear() + line if live else line, err=True)
        if live:
            done = f"{n}/{total} {unit}s" if total else _count(n, unit)
            click.echo(f"\r{done}, {failed} failed", nl=False, err=True)
        if error and fail_fast:
            break
    if hasattr(outcomes, "close"):
        outcomes.close()  # stops the workers at once after --fail-fast
    return status, failed, n


def _clear() -> str:
    """Back to the start of the progress line and clear it, on a terminal."""
    return "\r\033[K" if sys.stderr.isatty() else ""


def _attempt(name, out, reports, rules, script, *, max_bytes: int = DEFAULT_MAX_BYTES,
             strict: bool = False) -> tuple[str | None, int, str | None]:
    """Clean one page; (None, 0, its line), or the one-line error and its exit status."""
    try:
        return None, 0, _one(name, out, reports, rules, script, max_bytes=max_bytes,
                             strict=strict)
    except CleanerError as exc:
        return str(exc), exc.exit_code, None
    except BrokenPipeError:
        raise
    except OSError as exc:
        return f"{name}: {reason(exc)}", 2, None
    except Exception as exc:  # a bug: still one line, and the batch goes on
        return (f"{name}: internal error ({type(exc).__name__}: {exc}); "
                "please report it with the page"), 70, None


def _stdin():
    """Standard input's bytes, or InputError where the command was started with it closed
    (clean - <&-), where Python has no sys.stdin."""
    if sys.stdin is None:
        raise InputError("stdin: standard input is closed; pipe the input in, or give a "
                         "file")
    return sys.stdin.buffer


def _one(name: str, out: str, reports, rules: RuleSet, script: str, *,
         max_bytes: int = DEFAULT_MAX_BYTES, strict: bool = False) -> str | None:
    """Clean one page into out/<stem>/ (or print its manifest); the line to show for it."""
    stem = stem_for(name)
    if name == "-":
        label = "stdin"
        if out != "-":
            check_target(Path(out) / stem)
        data = _read_limited(_stdin(), name, max_bytes)
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
    for flag in page.flags:
        if flag.get("flag") == "rule_timeout":  # a rule stopped: said even with --quiet
            click.echo(f"clean: {name}: warning: {flag['message']}", err=True)
    manifest = to_dict(page)
    if out == "-":
        json.dump(manifest, sys.stdout, ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
        sys.stdout.flush()  # a closed pipe shows here, where main can end quietly
        return None
    extras = {}
    if "html" in reports:
        from .report import html_report
        extras["report.html"] = html_report
    if "diff" in reports:
        from .report import diff_report
        extras["report.diff"] = diff_report
    folder = write(page, manifest, Path(out), stem, extras)
    flags = sum(len(a.flags) for a in page.articles) + len(page.flags)
    doubts = sorted({f["code"] for f in page.flags if f.get("flag") != "rule_timeout"})
    unsure = f"; unsure of the page ({', '.join(doubts)}): see page.flags" if doubts else ""
    return (f"{label}: {_count(len(page.articles), 'article')}, "
            f"{_count(len(page.edits), 'edit')}, {_count(flags, 'flag')} -> {folder}/{unsure}")


def _count(n: int, noun: str) -> str:
    """`n` and the noun, plural unless n is 1 (1 flag, 9 flags)."""
    return f"{n} {noun}{'' if n == 1 else 's'}"


def _check_input_file(name: str, max_bytes: int) -> None:
    """Raise InputError unless `name` is a regular file, not empty, within the size
    limit. Checked before opening, so a FIFO or a device never blocks or floods the run."""
    try:
        st = os.stat(name)
    except FileNotFoundError:
        if os.path.islink(name):
            raise InputError(f"{name}: {_broken_link(name)}") from None
        raise InputError(f"{name}: no such file") from None
    except OSError as exc:
        raise InputError(f"{name}: {reason(exc)}") from None
    if stat.S_ISDIR(st.st_mode):
        raise InputError(f"{name}: is a folder; give the pages in it (e.g. {name}/*.txt)")
    if not stat.S_ISREG(st.st_mode):
        kind = ("a FIFO (named pipe)" if stat.S_ISFIFO(st.st_mode) else
                "a device" if stat.S_ISCHR(st.st_mode) or stat.S_ISBLK(st.st_mode) else
                "a socket" if stat.S_ISSOCK(st.st_mode) else "not a regular file")
        raise InputError(f"{name}: is {kind}, not a file; save the page to a file, or pipe "
                         "it in as '-'")
    if st.st_size == 0:
        raise InputError(f"{name}: the file is empty")
    if st.st_size > max_bytes:
        raise InputError(f"{name}: {_mib(st.st_size)} is larger than --max-bytes "
                         f"({_mib(max_bytes)}); raise --max-bytes to clean it")


def _broken_link(name: str) -> str:
    """Why the link `name` leads nowhere, naming the path it resolves to: a relative target
    is read from the link's own folder, not the working one, so `../moved.txt` as written
    sent the user looking in the wrong place (and for a link to a link, the last one)."""
    written, resolved = os.readlink(name), os.path.realpath(name)
    held = f" (the link holds {written})" if written != resolved else ""
    return f"a link to {resolved}, which does not exist{held}"


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
    fail("clean", message, code)


if __name__ == "__main__":  # python -m cleaner.cli, as python -m cleaner
    main()
