"""cleaner: turn the broken text converters make of Chinese newspaper pages into clean,
explained articles.

    >>> from cleaner import clean
    >>> page = clean(open("page.txt", encoding="utf-8").read())   # doctest: +SKIP
    >>> page.articles[0].headline, len(page.edits)                 # doctest: +SKIP
    >>> for page in clean_many(texts, jobs=4, errors="flag"):       # doctest: +SKIP
    ...     print(page.to_json() if page.ok else page.error["message"])
"""
import importlib
from typing import TYPE_CHECKING

from .errors import CleanerError, InputError, RuleFileError

if TYPE_CHECKING:  # (what type checkers and editors see; at run time, _LAZY below)
    from .batch import clean_many
    from .model import Article, BodyBlock, Edit, Page
    from .pipeline import clean
    from .registry import RuleSet, default_rules

__version__ = "0.1.0"
__all__ = ["clean", "clean_many", "Page", "Article", "BodyBlock", "Edit", "RuleSet", "default_rules",
           "CleanerError", "InputError", "RuleFileError", "__version__"]

# The rest of the API is loaded on first use: importing the pipeline compiles the rules'
# patterns, which takes a moment, and the commands (cleaner.start) must be able to say
# "interrupted" in one line when ^C lands in that moment.
_LAZY = {"clean": "pipeline", "clean_many": "batch", "Page": "model", "Article": "model",
         "BodyBlock": "model", "Edit": "model", "RuleSet": "registry",
         "default_rules": "registry"}


def __getattr__(name: str):
    if name not in _LAZY:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f".{_LAZY[name]}", __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_LAZY))
