"""Test-wide set-up.

Markers: `pytest -m "not slow"` is the quick loop while working.

* slow    -- generated-input properties, pages of megabytes, a real browser, Ray;
* browser -- needs Chromium (`bash tests/run.sh` installs it). Every test in a module
  whose name holds "browser" is marked browser and slow here, so a new browser test
  needs no marker of its own.

Every manifest the tests make is checked against the schema the package ships
(cleaner/manifest.schema.json): each one built in this process as it is built, and each
articles.json or JSON Lines page record a test writes (in a subprocess too) when the test
ends, or at the end of the session for folders shared by a module."""
from __future__ import annotations

import json
import os
from importlib import resources
from pathlib import Path

import jsonschema
import pytest
from hypothesis import settings

import cleaner.manifest

# The property tests draw the same pages on every run (derandomize): a run fails for a
# change, not for a new draw, in CI and on a user's machine alike. To look for what no one
# thought of, draw afresh: HYPOTHESIS_PROFILE=explore bash tests/run.sh tests/test_properties.py
# (a find is fixed and pinned as an @example).
settings.register_profile("ci", derandomize=True)
settings.register_profile("explore", derandomize=False)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))

SCHEMA = json.loads(resources.files("cleaner").joinpath("manifest.schema.json")
                    .read_text(encoding="utf-8"))
VALIDATOR = jsonschema.Draft202012Validator(SCHEMA)
_SEEN: dict[Path, float] = {}  # files already checked, by their mtime
CHECKED = {"built": 0, "written": 0}


def check_manifest(manifest: dict, where: str = "") -> None:
    """Fail with the first schema error and where it is; and the counts must add up."""
    error = jsonschema.exceptions.best_match(VALIDATOR.iter_errors(manifest))
    if error is not None:
        path = "/".join(map(str, error.absolute_path))
        raise AssertionError(f"{where} does not match manifest.schema.json at "
                             f"/{path}: {error.message}")
    stats = manifest["stats"]
    assert stats["edits"] == len(manifest["edits"]), where
    assert stats["articles"] == len(manifest["articles"]), where
    assert sum(stats["edits_by_rule"].values()) == stats["edits"] + stats["nested_edits"], where
    assert stats["flags"] == sum(len(a["flags"]) for a in manifest["articles"]), where
    assert stats["page_flags"] == len(manifest["page"]["flags"]), where
    assert all(e["kind"] == "layout" for e in manifest.get("layout", [])), where


_to_dict = cleaner.manifest.to_dict


def _checked_to_dict(page, rules=None):
    manifest = _to_dict(page, rules)
    check_manifest(manifest, f"the manifest of {page.name or 'a page'}")
    CHECKED["built"] += 1
    return manifest


# Before any test module imports it by name (cleaner.cli, cleaner.stream do too).
cleaner.manifest.to_dict = _checked_to_dict


def check_written(folder: Path) -> None:
    """Check every articles.json and every page record of a *.jsonl under folder."""
    if not folder.is_dir():
        return
    for path in sorted(folder.rglob("*")):
        if path.suffix not in (".json", ".jsonl") or not path.is_file():
            continue
        if path.suffix == ".json" and path.name != "articles.json":
            continue
        mtime = path.stat().st_mtime
        if _SEEN.get(path) == mtime:
            continue
        _SEEN[path] = mtime
        if path.suffix == ".json":
            if not (path.parent / ".cleaner").exists() or path.parent.name.startswith("."):
                # Not a cleaner output (a test's stand-in for a user's file), or one still
                # being written (a temporary folder a killed run left).
                continue
            check_manifest(json.loads(path.read_text(encoding="utf-8")), str(path))
            CHECKED["written"] += 1
            continue
        with open(path, encoding="utf-8", errors="replace") as f:
            for n, line in enumerate(f, 1):
                try:
                    record = json.loads(line)
                except ValueError:
                    break  # not the cleaner's output (a test's input of bad lines)
                if isinstance(record, dict) and isinstance(record.get("manifest"), dict):
                    check_manifest(record["manifest"], f"{path} line {n}")
                    CHECKED["written"] += 1


@pytest.fixture(autouse=True)
def _manifests_written_match_the_schema(request):
    # Asked for before the test runs, so it is torn down after this check.
    tmp = request.getfixturevalue("tmp_path") if "tmp_path" in request.fixturenames else None
    yield
    if tmp is not None:
        check_written(tmp)


def pytest_sessionfinish(session, exitstatus):
    factory = getattr(session.config, "_tmp_path_factory", None)
    if factory is None:
        return
    try:
        check_written(factory.getbasetemp())
    except AssertionError as exc:
        session.config._manifest_failure = str(exc)
        session.exitstatus = 1


def pytest_terminal_summary(terminalreporter, exitstatus, config):
    failure = getattr(config, "_manifest_failure", None)
    if failure:
        terminalreporter.write_line(f"manifest schema: {failure}", red=True)
    elif CHECKED["built"] or CHECKED["written"]:
        terminalreporter.write_line(
            f"manifest schema: {CHECKED['built']} manifests built and {CHECKED['written']} "
            "written were checked against cleaner/manifest.schema.json")


def pytest_collection_modifyitems(config, items):
    for item in items:
        if "browser" in item.module.__name__.rsplit(".", 1)[-1]:
            item.add_marker(pytest.mark.browser)
            item.add_marker(pytest.mark.slow)
