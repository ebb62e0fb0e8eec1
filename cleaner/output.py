"""The output folder: written whole, replaced atomically, and only ever in place of our own.

`out/<stem>/` is replaced only when it is a previous cleaner output: a folder that holds
the cleaner's marker file (or, from before the marker, a manifest the cleaner wrote) and
nothing but files the cleaner writes. The marker lists the files the run wrote, with their
sizes and digests: a file it does not list (a user's 2024.txt) or one changed since (an
articles.json corrected by hand into gold) is the user's, not the cleaner's. Anything
else there, a user's file or folder or the input page itself, is refused with a one-line
error and left as it was.

A page is written into a sibling folder `.<stem>.XXXXXXXX.tmp` and swapped into place:
with one `renameat2(RENAME_EXCHANGE)` on Linux, else with two renames. A crash leaves
the old output or the new one at `out/<stem>`, and at worst a temporary folder beside
it, which the next run into that folder removes. Writers hold an advisory lock (flock)
on their temporary folder while they write it and on `out/` while they swap, so a
temporary folder is removed only once its writer is gone, and two runs writing the
same page take turns.
"""
from __future__ import annotations

import ctypes
import errno
import hashlib
import json
import os
import re
import secrets
import shutil
import stat
import time
import unicodedata
from contextlib import contextmanager
from pathlib import Path
from typing import Callable, Iterator, TextIO

try:
    import fcntl
except ImportError:  # not POSIX
    fcntl = None

from . import __version__
from .errors import OutputError, reason
from .model import Page

MARKER = ".cleaner"
MARKER_TEXT = ("This folder was written by clean (cleaner {version}). The next run that "
               "writes here replaces it whole,\nso keep nothing else in it: a folder holding "
               "other files is never replaced.\n")
# What follows the marker's text: the files the run wrote, one a line (name, bytes, SHA-256,
# a tab apart), so a later run can tell them from a file added or changed since.
LISTING = ("\nThe files as written (a file changed since, or not listed, keeps the folder "
           "from being replaced):\n")
# The files the cleaner writes into an output folder, and nothing else.
ARTICLE_FILE = re.compile(r"[0-9]{2,}\.txt")
KNOWN_FILES = frozenset({MARKER, "articles.json", "report.html", "report.diff"})
# What a manifest written before the marker file existed starts with (see manifest.to_dict).
LEGACY_MANIFEST = re.compile(
    rb'\{\s*"source":\s*"(?:[^"\\]|\\.)*",\s*"version":\s*\d+,\s*"cleaner_version":\s*"')
TOKEN_CHARS = "abcdefghijklmnopqrstuvwxyz0123456789"
TOKEN_LEN = 8
# How long a run waits for another run writing into the same folder before it gives up.
LOCK_WAIT = 60.0
# Longest output folder name, in bytes: the temporary folder beside it adds 15 (a dot, a
# dot, 8 letters, ".tmp"), and file systems allow 255.
MAX_STEM_BYTES = 200
RENAME_EXCHANGE = 2


def stem_for(name: str) -> str:
    """The output folder's name for an input: its file name less the extension, made
    safe. Leading dots go (no '.', '..' or hidden folders), as do control characters; a
    name left empty becomes 'page'; one longer than MAX_STEM_BYTES is cut and given a
    hash of the whole, so two long names stay apart.

    >>> stem_for("pages/2024-01-02.txt"), stem_for("..txt"), stem_for("-")
    ('2024-01-02', 'page', 'stdin')
    """
    if name == "-":
        return "stdin"
    stem = Path(name).stem
    clean = "".join("_" if unicodedata.category(c) in ("Cc", "Cf", "Cs") else c
                    for c in stem).lstrip(".").rstrip(" ")
    clean = clean or "page"
    raw = clean.encode("utf-8", "surrogateescape")
    if len(raw) > MAX_STEM_BYTES:
        digest = hashlib.sha1(os.fsencode(stem)).hexdigest()[:10]
        cut = raw[:MAX_STEM_BYTES - len(digest) - 1].decode("utf-8", "ignore")
        clean = f"{cut}-{digest}"
    return clean


def is_cleaner_file(name: str) -> bool:
    return name in KNOWN_FILES or ARTICLE_FILE.fullmatch(name) is not None


def foreign_entries(folder: Path) -> list[str]:
    """Entries of `folder` the cleaner would not have written (sub-folders, links and
    files of other names, files its marker does not list), and those changed since."""
    foreign, changed = _strangers(folder)
    return sorted(foreign + changed)


def _strangers(folder: Path) -> tuple[list[str], list[str]]:
    """The entries of `folder` the cleaner did not write, and the files it wrote that were
    changed since (by size or digest; only where its marker lists what it wrote)."""
    listed = written_files(folder)
    foreign, changed = [], []
    with os.scandir(folder) as entries:
        for entry in entries:
            if not (is_cleaner_file(entry.name) and entry.is_file(follow_symlinks=False)):
                foreign.append(entry.name)
            elif listed is None or entry.name == MARKER:
                continue
            elif entry.name not in listed:
                foreign.append(entry.name)
            elif not _as_written(Path(entry.path), entry.stat(follow_symlinks=False).st_size,
                                 listed[entry.name]):
                changed.append(entry.name)
    return sorted(foreign), sorted(changed)


def written_files(folder: Path) -> dict[str, tuple[int, str]] | None:
    """The files the marker of `folder` says the cleaner wrote: name -> (bytes, SHA-256);
    None where it lists none (a marker from before the listing, or a run killed before it
    finished writing)."""
    try:
        with open(folder / MARKER, "rb") as f:
            text = f.read(1 << 20).decode("utf-8", "replace")
    except OSError:
        return None
    _, found, rest = text.partition(LISTING)
    if not found:
        return None
    listed = {}
    for line in rest.splitlines():
        name, _, rest_of_line = line.partition("\t")
        size, _, digest = rest_of_line.partition("\t")
        if size.isdigit() and digest:
            listed[name] = (int(size), digest)
    return listed


def _as_written(path: Path, size: int, written: tuple[int, str]) -> bool:
    return size == written[0] and _digest(path) == written[1]


def _digest(path: Path) -> str:
    with open(path, "rb") as f:
        return hashlib.file_digest(f, "sha256").hexdigest()


def _listing(folder: Path) -> str:
    """The marker's list of the files in `folder` (the ones the run just wrote)."""
    lines = [f"{p.name}\t{p.stat().st_size}\t{_digest(p)}\n"
             for p in sorted(folder.iterdir()) if p.name != MARKER]
    return LISTING + "".join(lines)


def has_marker(folder: Path) -> bool:
    """The folder carries the cleaner's mark: its marker file, or a manifest written
    before the marker existed."""
    marker = folder / MARKER
    if marker.is_file() and not marker.is_symlink():
        return True
    manifest = folder / "articles.json"
    if not manifest.is_file() or manifest.is_symlink():
        return False
    with open(manifest, "rb") as f:
        head = f.read(16384)
    return LEGACY_MANIFEST.match(head) is not None


def check_target(final: Path) -> None:
    """Raise OutputError unless `final` is absent, an empty folder, or a previous cleaner
    output holding nothing foreign. Asked under the output folder's lock: another run may
    be swapping its output into `final` (the marker read would then list one folder's
    files and the scan see the other's, each file "changed")."""
    if not os.path.lexists(final):
        return
    try:
        with _locked(final.parent):
            _check_target(final)
    except OSError as exc:  # (the folder's lock: out/ unreadable)
        raise OutputError(f"{final}: {reason(exc)}") from None


def _check_target(final: Path) -> None:
    """check_target, for a caller that holds the output folder's lock."""
    try:
        st = final.lstat()
    except FileNotFoundError:
        return
    except OSError as exc:
        raise OutputError(f"{final}: {reason(exc)}") from None
    keep = "; move it away or choose another -o folder"
    if final.is_symlink():
        raise OutputError(f"{final} is a link, not a folder the cleaner wrote; "
                          f"it is left as it is{keep}")
    if not stat.S_ISDIR(st.st_mode):
        raise OutputError(f"{final} exists and is not a folder the cleaner wrote; "
                          f"it is left as it is{keep}")
    try:
        if not any(final.iterdir()):
            return
        foreign, changed = _strangers(final)
        if foreign:
            shown = ", ".join(foreign[:3]) + (", …" if len(foreign) > 3 else "")
            raise OutputError(f"{final}/ holds files the cleaner did not write ({shown}); "
                              f"it is left as it is{keep}")
        if changed:
            shown = ", ".join(changed[:3]) + (", …" if len(changed) > 3 else "")
            raise OutputError(f"{final}/ holds files changed since the cleaner wrote them "
                              f"({shown}); it is left as it is{keep}")
        if not has_marker(final):
            raise OutputError(f"{final}/ is not a folder the cleaner wrote (no {MARKER} "
                              f"marker or manifest); it is left as it is{keep}")
    except OSError as exc:
        raise OutputError(f"{final}: {reason(exc)}") from None


def check_inputs(inputs: list[str], finals: list[Path]) -> None:
    """Raise OutputError when an input page is an output folder or lies inside one:
    replacing that folder would delete the page being cleaned."""
    targets = {}
    for final in finals:
        targets[Path(os.path.realpath(final))] = final
    for name in inputs:
        page = Path(os.path.realpath(name))
        for place in (page, *page.parents):
            if place in targets:
                where = ("is where its output folder would go" if place == page
                         else "is inside the output folder")
                raise OutputError(f"{name} {where} ({targets[place]}/), which a run "
                                  "replaces; choose another -o folder")


def write(page: Page, manifest: dict, out_dir: Path, stem: str,
          extras: dict[str, Callable[[Page, dict], str]] | None = None) -> Path:
    """Write out_dir/stem/ whole or not at all, replacing only a previous output of ours.
    Every failure is an OutputError naming the output path."""
    final = out_dir / stem
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise OutputError(f"{out_dir}: cannot create the output folder: {reason(exc)}") from None
    check_target(final)
    _sweep_stale(out_dir, stem, ".tmp")
    try:
        tmp, tmp_fd = _make_tmp(out_dir, stem)
    except OSError as exc:
        raise OutputError(f"{final}: cannot write the output: {reason(exc)}") from None
    try:
        _write_files(tmp, page, manifest, extras)
        with _locked(out_dir):
            _sweep_stale(out_dir, stem, ".old")
            _check_target(final)
            old = _swap(tmp, final, out_dir, stem)
            if old is not None and old != tmp:
                shutil.rmtree(old, ignore_errors=True)
        if old == tmp:
            shutil.rmtree(tmp, ignore_errors=True)
    except OutputError:
        _discard(tmp, final)
        raise
    except OSError as exc:
        _discard(tmp, final)
        raise OutputError(f"{final}: cannot write the output: {reason(exc)}") from None
    except BaseException:
        _discard(tmp, final)
        raise
    finally:
        os.close(tmp_fd)
    return final


def _discard(tmp: Path, final: Path) -> None:
    # After a successful exchange `tmp` holds the old output, never the new: the new one
    # is at `final` by then, so this removes only what the cleaner wrote and no longer needs.
    if tmp.exists() and tmp != final:
        shutil.rmtree(tmp, ignore_errors=True)


def _write_files(tmp: Path, page: Page, manifest: dict, extras) -> None:
    (tmp / MARKER).write_text(MARKER_TEXT.format(version=__version__), encoding="utf-8")
    for article in page.articles:
        (tmp / article.file).write_text(article.render() + "\n", encoding="utf-8")
    with open(tmp / "articles.json", "w", encoding="utf-8") as f:
        write_manifest(manifest, f)
    for filename, render in (extras or {}).items():
        (tmp / filename).write_text(render(page, manifest), encoding="utf-8")
    # (The marker is written first, so a run killed while writing leaves a folder the
    # next run knows as its own and sweeps; it gets its listing last.)
    (tmp / MARKER).write_text(MARKER_TEXT.format(version=__version__) + _listing(tmp),
                              encoding="utf-8")


def manifest_json(manifest: dict) -> str:
    """The manifest as `json.dumps(manifest, ensure_ascii=False, indent=1)` writes it, the
    same characters built in about half the time: with an indent json encodes in pure
    Python, a generator for every list and dict (a batch spent some 5% of its time there).

    >>> print(manifest_json({"a": [1, None], "b": {}, "c": "标题"}))
    {
     "a": [
      1,
      null
     ],
     "b": {},
     "c": "标题"
    }
    """
    out: list[str] = []
    try:
        _stream(manifest, out.append)
    except _Unusual:
        # (A key that is no string, a number json spells its own way: json says it.)
        return json.dumps(manifest, ensure_ascii=False, indent=1)
    return "".join(out)


def write_manifest(manifest: dict, file: TextIO) -> None:
    """Write `manifest_json(manifest)` and a line break to the text `file`, each entry of
    the manifest's lists (an article, an edit) as soon as it is encoded. (Built whole, the
    text's pieces, the text and its UTF-8 bytes took some five times the memory of the page
    cleaned: on a page of an edit a line, 1,000 bytes and more per byte of input.)"""
    try:
        _stream(manifest, file.write)
    except _Unusual:
        file.seek(0)
        file.truncate()
        file.write(json.dumps(manifest, ensure_ascii=False, indent=1))
    file.write("\n")


def _stream(manifest: dict, write: Callable[[str], object]) -> None:
    """What `_encode(manifest, out, "\n")` appends, written a top-level key at a time, and
    a list's entries (the edits) one at a time."""
    if not isinstance(manifest, dict) or not manifest:
        out: list[str] = []
        _encode(manifest, out, "\n")
        write("".join(out))
        return
    write("{")
    separator = "\n "
    for key, entry in manifest.items():
        if not isinstance(key, str):
            raise _Unusual
        out = [separator, _JSON_STRING(key), ": "]
        separator = ",\n "
        if not isinstance(entry, (list, tuple)) or not entry:
            _encode(entry, out, "\n ")
            write("".join(out))
            continue
        out.append("[")
        write("".join(out))
        inner = "\n  "
        for item in entry:
            out = [inner]
            _encode(item, out, "\n  ")
            write("".join(out))
            inner = ",\n  "
        write("\n ]")
    write("\n}")


class _Unusual(Exception):
    """A value manifest_json leaves to json itself."""


_JSON_STRING = json.encoder.encode_basestring  # json's own (C) quoting, non-ASCII kept


def _encode(value, out: list[str], newline: str) -> None:
    """Append `value` to out as json's indent=1 encoder would, at the depth that
    `newline` (a line break and the depth's indent) opens."""
    if isinstance(value, str):
        out.append(_JSON_STRING(value))
    elif value is None:
        out.append("null")
    elif value is True:
        out.append("true")
    elif value is False:
        out.append("false")
    elif isinstance(value, int):
        out.append(int.__repr__(value))
    elif isinstance(value, float):
        if value != value or value in (float("inf"), float("-inf")):
            raise _Unusual
        out.append(float.__repr__(value))
    elif isinstance(value, (list, tuple, dict)):
        mapping = isinstance(value, dict)
        opener, closer = "{}" if mapping else "[]"
        if not value:
            out.append(opener + closer)
            return
        inner = newline + " "
        out.append(opener)
        separator = inner
        for entry in (value.items() if mapping else value):
            out.append(separator)
            if mapping:
                key, entry = entry
                if not isinstance(key, str):
                    raise _Unusual
                out.append(_JSON_STRING(key))
                out.append(": ")
            _encode(entry, out, inner)
            separator = "," + inner
        out.append(newline + closer)
    else:
        raise _Unusual


def _make_tmp(out_dir: Path, stem: str) -> tuple[Path, int]:
    """A new folder `.<stem>.XXXXXXXX.tmp` with normal permissions (the umask decides),
    locked by this process for as long as it writes it."""
    for _ in range(100):
        token = "".join(secrets.choice(TOKEN_CHARS) for _ in range(TOKEN_LEN))
        tmp = out_dir / f".{stem}.{token}.tmp"
        try:
            os.mkdir(tmp, 0o777)
        except FileExistsError:
            continue
        try:
            fd = os.open(tmp, os.O_RDONLY)
        except FileNotFoundError:
            continue  # another run's sweep took it while still empty
        _flock(fd, blocking=True)
        try:
            same = os.path.samestat(os.fstat(fd), os.lstat(tmp))
        except FileNotFoundError:
            same = False
        if same:
            return tmp, fd
        os.close(fd)
    raise OutputError(f"{out_dir}: cannot make a temporary folder")


def _stale_name(stem: str, suffix: str) -> re.Pattern:
    # Exactly `.<stem>.` + the token + suffix: the folders of another page whose stem
    # starts with this one's (`a` and `a.b`) never match.
    return re.compile(re.escape(f".{stem}.") + f"[{TOKEN_CHARS}]{{{TOKEN_LEN}}}"
                      + re.escape(suffix))


def _sweep_stale(out_dir: Path, stem: str, suffix: str) -> None:
    """Remove temporary folders an earlier run into this folder left behind when it was
    killed: they carry the cleaner's marker, hold only its files, and no live writer
    holds their lock (".old" folders are swept under the folder's lock, which their
    writer held while it had them)."""
    pattern = _stale_name(stem, suffix)
    try:
        names = [n for n in os.listdir(out_dir) if pattern.fullmatch(n)]
    except OSError:
        return
    for name in names:
        path = out_dir / name
        try:
            if path.is_symlink() or not path.is_dir():
                continue
            fd = os.open(path, os.O_RDONLY)
        except OSError:
            continue
        try:
            if suffix == ".tmp" and not _flock(fd, blocking=False):
                continue  # a live writer
            if not any(path.iterdir()):
                os.rmdir(path)  # killed before it wrote anything
            elif has_marker(path) and not foreign_entries(path):
                shutil.rmtree(path, ignore_errors=True)
        except OSError:
            continue
        finally:
            os.close(fd)


def _swap(tmp: Path, final: Path, out_dir: Path, stem: str) -> Path | None:
    """Put `tmp` at `final`. Returns where the old output now is (None when there was
    none): `tmp` itself after an exchange, a `.old` sibling after the two-rename fallback."""
    if not os.path.lexists(final):
        os.rename(tmp, final)
        return None
    if _exchange(tmp, final):
        return tmp
    # No atomic exchange here (not Linux, or a file system without it). A crash between
    # these two renames leaves the old output in the .old folder, swept by the next run.
    for _ in range(100):
        token = "".join(secrets.choice(TOKEN_CHARS) for _ in range(TOKEN_LEN))
        old = out_dir / f".{stem}.{token}.old"
        if not os.path.lexists(old):
            break
    os.rename(final, old)
    try:
        os.rename(tmp, final)
    except OSError:
        os.rename(old, final)
        raise
    return old


def _libc_renameat2():
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        fn = libc.renameat2
    except (OSError, AttributeError):
        return None
    fn.argtypes = [ctypes.c_int, ctypes.c_char_p, ctypes.c_int, ctypes.c_char_p,
                   ctypes.c_uint]
    fn.restype = ctypes.c_int
    return fn


_RENAMEAT2 = _libc_renameat2() if os.name == "posix" else None
AT_FDCWD = -100


def _exchange(a: Path, b: Path) -> bool:
    """Swap two paths in one step (Linux renameat2 RENAME_EXCHANGE). False when the
    system or the file system cannot."""
    if _RENAMEAT2 is None:
        return False
    if _RENAMEAT2(AT_FDCWD, os.fsencode(a), AT_FDCWD, os.fsencode(b), RENAME_EXCHANGE) == 0:
        return True
    err = ctypes.get_errno()
    if err in (errno.EINVAL, errno.ENOSYS, errno.ENOTSUP, errno.EOPNOTSUPP):
        return False
    raise OSError(err, os.strerror(err), str(b))


def _flock(fd: int, *, blocking: bool) -> bool:
    if fcntl is None:
        return True  # no advisory locks on this system: go on unlocked
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | (0 if blocking else fcntl.LOCK_NB))
        return True
    except BlockingIOError:
        return False
    except OSError as exc:
        if exc.errno in (errno.ENOLCK, errno.EOPNOTSUPP, errno.ENOTSUP, errno.EINVAL):
            return True  # a file system without locks: go on unlocked
        raise


@contextmanager
def _locked(out_dir: Path) -> Iterator[None]:
    """Hold the output folder's lock while swapping, so two runs writing the same page
    take turns. Waits up to LOCK_WAIT seconds, then reports the folder in use."""
    fd = os.open(out_dir, os.O_RDONLY)
    try:
        deadline = time.monotonic() + LOCK_WAIT
        while not _flock(fd, blocking=False):
            if time.monotonic() > deadline:
                raise OutputError(f"{out_dir}/ is in use by another clean run; "
                                  "try again when it has finished")
            time.sleep(0.02)
        yield
    finally:
        os.close(fd)
