"""cleaner: turn the broken text converters make of Chinese newspaper pages into clean,
explained articles.

    >>> from cleaner import clean
    >>> page = clean(open("page.txt", encoding="utf-8").read())   # doctest: +SKIP
    >>> page.articles[0].headline, len(page.edits)                 # doctest: +SKIP
    >>> for page in clean_many(texts, jobs=4, errors="flag"):       # doctest: +SKIP
    ...     print(page.to_json() if page.ok else page.error["message"])
"""
from .batch import clean_many
from .errors import CleanerError, InputError, RuleFileError
from .model import Article, BodyBlock, Edit, Page
from .pipeline import clean
from .registry import RuleSet, default_rules

__version__ = "0.1.0"
__all__ = ["clean", "clean_many", "Page", "Article", "BodyBlock", "Edit", "RuleSet", "default_rules",
           "CleanerError", "InputError", "RuleFileError", "__version__"]
