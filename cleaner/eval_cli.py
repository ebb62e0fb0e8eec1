"""The `clean-eval` command: clean pages and score them against hand-checked gold."""
from __future__ import annotations

import json
import os
import sys
import tempfile
from pathlib import Path

import click

from . import __version__
from .command import OneLineCommand, fail, natural_order
from .errors import CleanerError, InputError, reason
from .evaluate import PageScore, clean_and_score, load_gold, total
from .manifest import write
from .registry import RuleSet

SCORES = "scores.json"
TOOL = "clean-eval"

EPILOG = """\b
Examples:
  clean-eval gold/ pages/ -o out/
      every pages/NAME.txt that has gold/NAME.json; out/NAME/ and out/scores.json written
  clean-eval gold/ pages/a.txt pages/b.txt --ignore-types
      two pages, heading and paragraph not told apart
  clean-eval gold/ pages/ --json | jq .total
      the table as JSON, its total picked out

\b
Gold: gold/NAME.json is a manifest (docs/gold.md): a cleaned page's articles.json,
corrected by hand, is gold as it stands (its edits and other bookkeeping are ignored).
Exit status: 0 every page scored; 1 some page could not be cleaned (named on stderr);
2 unreadable gold, no page with gold, or a bad option; 3 bad rule file; 130 interrupted.
"""


@click.command(TOOL, cls=OneLineCommand, epilog=EPILOG,
               context_settings={"help_option_names": ["-h", "--help"],
                                 "max_content_width": 100})
@click.argument("gold_dir", type=click.Path(file_okay=False))
@click.argument("pages", nargs=-1, required=True, type=click.Path())
@click.option("-o", "--out", metavar="DIR",
              help="Also write DIR/<page>/ (the cleaned articles and articles.json, as "
                   "`clean` does) and DIR/scores.json (the table).")
@click.option("--ignore-types", is_flag=True,
              help="Compare body blocks by text alone: paragraph, heading or table not judged.")
@click.option("--json", "as_json", is_flag=True,
              help="Print the table as JSON (as written to scores.json) instead of text.")
@click.option("-v", "--verbose", is_flag=True,
              help="Under each page, what differs from its gold.")
@click.option("--rules", "rule_files", multiple=True, type=click.Path(dir_okay=False),
              metavar="FILE", help="A TOML rule file, as for `clean` (repeatable).")
@click.option("--profile", default="auto", show_default=True, metavar="NAME",
              help="A paper's conventions from rules/profiles/, as for `clean`.")
@click.option("--disable", multiple=True, metavar="ID", help="Turn a rule off by id.")
@click.version_option(__version__, "-V", "--version", prog_name=TOOL)
def main(gold_dir, pages, out, ignore_types, as_json, verbose, rule_files, profile, disable):
    """Clean PAGES and score each against GOLD_DIR/<page name>.json.

    PAGES are page files, or folders whose *.txt files are the pages (in natural order:
    p2 before p10). A page with no gold is named on stderr and skipped. Prints one row a
    page and a total: articles exact out of the gold's, articles found and extra, fields,
    body blocks precision, recall and F1, articles in gold order, body similarity,
    captions precision and recall, and characters lost and added. Counts are added up
    over the pages; ratios are the mean of the pages' figures.
    """
    if out is not None and not out.strip():  # (`-o "$OUT"`, OUT unset: nothing was written)
        _fail(f"-o {out!r}: no name; give the folder to write", 2)
    gold_dir = Path(gold_dir)
    if not gold_dir.is_dir():
        _fail(f"{gold_dir}: no such folder of gold manifests", 2)
    try:
        rules = RuleSet.load(rule_files, disable, profile=None if profile == "none" else profile)
        files = _page_files(pages)
    except CleanerError as exc:
        _fail(str(exc), exc.exit_code)
    if out and Path(out).exists() and not Path(out).is_dir():
        _fail(f"-o {out}: not a folder", 2)
    if out:
        _check_scores_file(Path(out) / SCORES)
    todo, skipped = [], []
    for path in files:
        gold_path = gold_dir / f"{path.stem}.json"
        if gold_path.is_file():
            todo.append((path, gold_path))
        else:
            skipped.append(str(path))
            click.echo(f"{TOOL}: {path}: no gold ({gold_path} not found), skipped", err=True)
    if not todo:
        _fail(f"no page has gold in {gold_dir} (gold of page NAME.txt is "
              f"{gold_dir / 'NAME.json'})", 2)
    golds = {}
    for _, gold_path in todo:
        try:
            golds[gold_path] = load_gold(gold_path)
        except CleanerError as exc:
            _fail(str(exc), exc.exit_code)
    scored: list[tuple[Path, Path, PageScore]] = []
    failed: list[str] = []
    status = 0
    for path, gold_path in todo:
        try:
            page, manifest, result = clean_and_score(path, golds[gold_path], rules=rules,
                                                     ignore_types=ignore_types)
            if out:
                write(page, manifest, Path(out), path.stem)
        except CleanerError as exc:
            failed.append(str(path))
            status = status or 1
            click.echo(f"{TOOL}: {exc}", err=True)
            continue
        except OSError as exc:
            failed.append(str(path))
            status = status or 1
            click.echo(f"{TOOL}: {path}: {reason(exc)}", err=True)
            continue
        except Exception as exc:  # a bug: one line, and the other pages go on
            failed.append(str(path))
            status = 70
            click.echo(f"{TOOL}: {path}: internal error ({type(exc).__name__}: {exc}); "
                       "please report it with the page", err=True)
            continue
        scored.append((path, gold_path, result))
    table = scores_table(scored, gold_dir, ignore_types, failed, skipped)
    if out:
        _write_scores(Path(out) / SCORES, table)
    if as_json:
        click.echo(json.dumps(table, ensure_ascii=False, indent=1))
    else:
        click.echo(format_table(table, [s for _, _, s in scored] if verbose else None))
    sys.exit(status)


def scores_table(scored, gold_dir: Path, ignore_types: bool, failed: list[str],
                 skipped: list[str]) -> dict:
    """The table as JSON: one entry a page (its figures) and the total."""
    rows = [{"page": result.page, "source": str(path), "gold": str(gold_path),
             **result.figures()} for path, gold_path, result in scored]
    return {"tool": TOOL, "version": __version__, "gold_dir": str(gold_dir),
            "ignore_types": ignore_types, "pages": rows,
            "total": total(r for _, _, r in scored), "failed": failed,
            "skipped_without_gold": skipped}


COLUMNS = (("exact", 7), ("found", 6), ("extra", 5), ("fields", 9), ("blkP", 6),
           ("blkR", 6), ("blkF1", 6), ("order", 5), ("bodySim", 7), ("capP", 6),
           ("capR", 6), ("lost", 6), ("added", 6))


def _cells(r: dict) -> list[str]:
    return [f"{r['exact_articles']}/{r['gold_articles']}", str(r["found_articles"]),
            str(r["extra_articles"]), r["fields"], f"{r['blocks_precision']:.3f}",
            f"{r['blocks_recall']:.3f}", f"{r['blocks_f1']:.3f}", str(r["ordered_articles"]),
            f"{r['body_similarity']:.3f}", f"{r['captions_precision']:.3f}",
            f"{r['captions_recall']:.3f}", str(r.get("lost_chars", "")),
            str(r.get("added_chars", ""))]


def format_table(table: dict, details: list[PageScore] | None = None) -> str:
    width = max([len(r["page"]) for r in table["pages"]] + [len("TOTAL (9999 pages)")])
    head = f"{'page':{width}} " + " ".join(f"{name:>{w}}" for name, w in COLUMNS)
    lines = [head]
    for n, r in enumerate(table["pages"]):
        lines.append(f"{r['page']:{width}} " + " ".join(
            f"{c:>{w}}" for c, (_, w) in zip(_cells(r), COLUMNS)))
        if details:
            lines.extend("  " + d.strip() for d in details[n].differences[:40])
    t = table["total"]
    label = f"TOTAL ({t['pages']} page{'s' if t['pages'] != 1 else ''})"
    lines.append(f"{label:{width}} " + " ".join(
        f"{c:>{w}}" for c, (_, w) in zip(_cells(t), COLUMNS)))
    lines.append("(totals: counts added up; blkP/blkR/blkF1, bodySim, capP/capR the mean "
                 "of the pages'" + ("; body blocks by text alone)" if table["ignore_types"]
                                    else ")"))
    return "\n".join(lines)


def _page_files(pages) -> list[Path]:
    files: list[Path] = []
    for name in pages:
        p = Path(name)
        if p.is_dir():
            found = sorted(p.glob("*.txt"), key=natural_order)
            if not found:
                raise InputError(f"{p}: no *.txt pages in this folder")
            files.extend(found)
        elif p.is_file():
            files.append(p)
        else:
            raise InputError(f"{name}: no such file or folder")
    seen: dict[str, Path] = {}
    for f in files:
        if f.stem in seen and seen[f.stem].resolve() != f.resolve():
            raise InputError(f"{seen[f.stem]} and {f} have the same name, so the same gold; "
                             "score them separately")
        seen[f.stem] = f
    return list(dict.fromkeys(seen.values()))


def _check_scores_file(path: Path) -> None:
    """Refuse to overwrite a scores.json this command did not write."""
    if not path.exists():
        return
    try:
        ours = json.loads(path.read_text(encoding="utf-8")).get("tool") == TOOL
    except (OSError, ValueError, AttributeError):
        ours = False
    if not ours:
        _fail(f"{path} exists and was not written by {TOOL}; move it or choose another -o", 2)


def _write_scores(path: Path, table: dict) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=".scores.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            json.dump(table, f, ensure_ascii=False, indent=1)
            f.write("\n")
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _fail(message: str, code: int):
    fail(TOOL, message, code)


if __name__ == "__main__":
    main()
