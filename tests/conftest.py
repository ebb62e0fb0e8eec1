"""Markers: `pytest -m "not slow"` is the quick loop while working.

* slow    -- generated-input properties, pages of megabytes, a real browser;
* browser -- needs Chromium (`bash tests/run.sh` installs it). Every test in a module
  whose name holds "browser" is marked browser and slow here, so a new browser test
  needs no marker of its own.
"""
from __future__ import annotations

import pytest


def pytest_collection_modifyitems(config, items):
    for item in items:
        if "browser" in item.module.__name__.rsplit(".", 1)[-1]:
            item.add_marker(pytest.mark.browser)
            item.add_marker(pytest.mark.slow)
