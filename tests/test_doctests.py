"""The examples in the package's docstrings run, and say what they do: a docstring's example
is documentation a reader copies, so one that no longer holds is a bug. Only the modules
that hold examples are imported (cleaner.ray needs Ray's extras, and has none)."""
from __future__ import annotations

import doctest
import importlib
import importlib.util
import pkgutil
from pathlib import Path

import pytest

import cleaner


def _with_examples() -> list[str]:
    """The package's modules whose source holds a docstring example (>>>)."""
    found = []
    for info in pkgutil.walk_packages(cleaner.__path__, "cleaner."):
        spec = importlib.util.find_spec(info.name)
        origin = spec.origin if spec else None
        if origin and origin.endswith(".py") and ">>> " in Path(origin).read_text(
                encoding="utf-8"):
            found.append(info.name)
    return sorted(found)


MODULES = _with_examples()


def test_the_package_has_examples_to_run():
    # (a walk that found nothing would pass every case below without running one)
    assert {"cleaner.pipeline", "cleaner.evaluate", "cleaner.layout"} <= set(MODULES)


@pytest.mark.parametrize("name", MODULES)
def test_docstring_examples_hold(name):
    module = importlib.import_module(name)
    result = doctest.testmod(module, optionflags=doctest.ELLIPSIS, verbose=False, report=True)
    # (a module whose ">>> " doctest does not collect, in a nested function's docstring or
    # a string, would pass having run nothing)
    assert result.attempted > 0, f"{name}: no example run"
    assert result.failed == 0, f"{name}: {result.failed} of {result.attempted} examples failed"
