"""The rule set: every rule's id, stage, reason and data, loaded from rules/*.toml.

A rule is a stable id (``CAP001``), a dotted name (``caption.position_prefix``), the stage
it runs in, a one-line reason that every edit it makes carries, and its data: regular
expressions (``patterns``), word lists and named parameters (``params``). The code that
applies a rule looks its data up here by id, so a convention changes in a TOML file, and a
user file given with ``--rules`` can add rules or override them without touching code.

Schema of one rule (``[[rule]]`` table):

    id        str, required; letters then digits, e.g. "CAP001"; never reused
    name      str, required; dotted human name
    stage     str, required; one of STAGES
    reason    str, required; one line, shown with every edit the rule makes
    role      str, for pattern rules of the classify stage: the role a matching block takes
    patterns  [str], regular expressions (the `regex` module's syntax); never empty
    unless    [str], a block any of these match is not the rule's, though a pattern matched
    priority  int, order among pattern rules (lower first); default 100
    max_chars int, a pattern rule matches only blocks at most this long
    headings  bool, a pattern rule also judges blocks marked as headings ('#'); default false
    enabled   bool, default true
    params    table of named parameters
"""
from __future__ import annotations

import math
import tomllib
from dataclasses import dataclass, field, replace
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any, Iterable

import regex

from .errors import RuleFileError, reason

STAGES = ("layout", "normalise", "blocks", "classify", "captions", "structure", "repair", "relocate",
          "flag")
ROLES = ("banner", "furniture", "caption", "byline", "jump", "heading", "paragraph", "dateline")
# Roles a pattern rule gives a whole block; a "dateline" rule instead finds a prefix of
# an article's first paragraph.
BLOCK_ROLES = ROLES[:-1]
_ID = regex.compile(r"^[A-Z]{2,5}[0-9]{3}$")
_KEYS = {"id", "name", "stage", "reason", "role", "patterns", "unless", "priority", "max_chars",
         "headings",
         "enabled", "params", "doc"}


# CPU seconds one pattern may take on one text (the `regex` module's timeout). Shipped
# patterns take microseconds; a pattern that backtracks without end, such as (a+)+b on a
# long run of a, is stopped here instead of stalling the run. See RuleTimeout.
PATTERN_TIMEOUT = 1.0
MEMO_SIZE = 4096
# ... and only texts up to this long go in it (a block or a line, not a page's tails): so
# the memo holds at most MEMO_SIZE x MEMO_MAX_CHARS characters whatever the input.
MEMO_MAX_CHARS = 512
# Parameters with these names hold regular expressions (a string or a list of them):
# compiled, and so checked, when the rules are loaded.
REGEX_PARAMS = frozenset({"credit", "enumerated", "speech", "onward", "from_elsewhere",
                          "patterns", "strong_patterns", "list_item", "titles", "column_gap",
                          "credit_words", "question_heading", "first_section",
                          "page_number", "marker_page"})
# ... and these hold one regular expression, which the layout stage reads as a string (a
# bad one was an internal error on the first page that reached it): checked when loaded.
ONE_PATTERN_PARAMS = frozenset({"subtitle_mark", "open_end", "line_end", "cut_title"})
# ... and these, by rule, where another rule's parameter of the same name is no pattern
# (CLS015's max_clause_marks is a count, DBT002's clause_marks a string of marks).
ONE_PATTERN_RULE_PARAMS = frozenset({
    ("LAY001", "clause_mark"), ("LAY001", "title_marks"), ("LAY001", "tail_marks"),
    ("LAY001", "text_marks"),
    ("LAY002", "closing_mark"), ("LAY002", "clause_mark"), ("LAY002", "small_start"),
    ("LAY002", "small_credit"), ("LAY002", "last_line")})
# Parameters given a new name: a user's file that gives the old one is told the new one.
# (LAY002's closing_mark, a regular expression, was called no_line_start, as LAY101's
# string of marks is.)
RENAMED_PARAMS = {("LAY002", "no_line_start"): "closing_mark"}


class RuleTimeout(TimeoutError):
    """A rule's pattern ran past PATTERN_TIMEOUT on some text: the pipeline stops that
    rule on the page (and flags the page) or, with strict, reports it."""

    def __init__(self, rule: str, pattern: str):
        super().__init__(rule, pattern)
        self.rule, self.pattern = rule, pattern


class Guarded:
    """A compiled pattern of a rule that never runs longer than PATTERN_TIMEOUT: every
    search raises RuleTimeout, naming the rule, instead of backtracking without end."""

    __slots__ = ("compiled", "rule")

    def __init__(self, compiled: regex.Pattern, rule: str):
        self.compiled, self.rule = compiled, rule

    @property
    def pattern(self) -> str:
        return self.compiled.pattern

    def __repr__(self) -> str:
        return f"Guarded({self.compiled.pattern!r}, rule={self.rule!r})"

    # search, match and fullmatch are the hot path (millions of calls on a big page):
    # explicit arguments, no wrapper but the try.
    def search(self, string, pos=None, endpos=None, *, timeout=None):
        try:
            return self.compiled.search(string, pos, endpos, timeout=timeout or PATTERN_TIMEOUT)
        except TimeoutError:
            raise RuleTimeout(self.rule, self.compiled.pattern) from None

    def match(self, string, pos=None, endpos=None, *, timeout=None):
        try:
            return self.compiled.match(string, pos, endpos, timeout=timeout or PATTERN_TIMEOUT)
        except TimeoutError:
            raise RuleTimeout(self.rule, self.compiled.pattern) from None

    def fullmatch(self, string, pos=None, endpos=None, *, partial=False, timeout=None):
        try:
            return self.compiled.fullmatch(string, pos, endpos, partial=partial,
                                           timeout=timeout or PATTERN_TIMEOUT)
        except TimeoutError:
            raise RuleTimeout(self.rule, self.compiled.pattern) from None

    def sub(self, repl, string, count=0, *, timeout=None):
        try:
            return self.compiled.sub(repl, string, count, timeout=timeout or PATTERN_TIMEOUT)
        except TimeoutError:
            raise RuleTimeout(self.rule, self.compiled.pattern) from None

    def finditer(self, string, pos=None, endpos=None, *, timeout=None):
        # Read out at once, so that a timeout fires here, inside the guard.
        try:
            return iter(list(self.compiled.finditer(string, pos, endpos,
                                                    timeout=timeout or PATTERN_TIMEOUT)))
        except TimeoutError:
            raise RuleTimeout(self.rule, self.compiled.pattern) from None


@dataclass(frozen=True, slots=True)
class Rule:
    id: str
    name: str
    stage: str
    reason: str
    role: str | None = None
    patterns: tuple[Guarded, ...] = ()
    unless: tuple[Guarded, ...] = ()
    pattern_text: tuple[str, ...] = ()  # the patterns as written, before script variants
    unless_text: tuple[str, ...] = ()
    priority: int = 100
    max_chars: int | None = None
    headings: bool = False
    enabled: bool = True
    params: dict[str, Any] = field(default_factory=dict)
    doc: str = ""
    origin: str = ""  # file:line the rule was (last) defined at
    param_origin: dict[str, str] = field(default_factory=dict)  # file:line of each param
    # The stages ask the same rule about the same block text again and again; a timed
    # search costs more than a lookup. Cleared when it grows past MEMO_SIZE.
    _memo: dict = field(default_factory=dict, init=False, compare=False, repr=False)

    def search(self, text: str) -> regex.Match | None:
        """The first of the rule's patterns that matches `text`, or None."""
        if len(text) > MEMO_MAX_CHARS:
            # (a text that long is asked about once, and kept it would hold its memory)
            return self._search(text)
        memo = self._memo
        if text in memo:
            return memo[text]
        if len(memo) >= MEMO_SIZE:
            memo.clear()
        memo[text] = found = self._search(text)
        return found

    def _search(self, text: str) -> regex.Match | None:
        pattern = None
        try:
            for pattern in self.patterns:
                m = pattern.compiled.search(text, timeout=PATTERN_TIMEOUT)
                if m:
                    for pattern in self.unless:
                        if pattern.compiled.search(text, timeout=PATTERN_TIMEOUT):
                            return None
                    return m
        except TimeoutError:
            raise RuleTimeout(self.id, pattern.pattern) from None
        return None


class RuleSet:
    """The rules in force for a run: the shipped ones, a user's files, minus disabled ids."""

    def __init__(self, rules: dict[str, Rule]):
        self._rules = rules
        # (on() is asked several times a line: a set answers it at once)
        self._enabled = frozenset(rule_id for rule_id, r in rules.items() if r.enabled)
        self.pattern_rules = sorted(
            (r for r in rules.values() if r.enabled and r.role in BLOCK_ROLES and r.patterns),
            key=lambda r: (r.priority, r.id))
        self.dateline_rules = sorted(
            (r for r in rules.values() if r.enabled and r.role == "dateline" and r.patterns),
            key=lambda r: (r.priority, r.id))
        self.profile: str | None = None
        self._auto: tuple | None = None  # (extra, disable) when the profile is chosen per page
        self._variants: dict[str, RuleSet] = {}
        self._compiled: dict[tuple[str, str], tuple[Guarded, ...]] = {}
        self.stopped: frozenset[str] = frozenset()
        # Regular expressions in parameters are compiled now, so a bad one is reported
        # with its file and line before any page is read.
        for rule in rules.values():
            for key, value in rule.params.items():
                if key in REGEX_PARAMS and isinstance(value, (str, list)):
                    self.param_patterns(rule.id, key)

    @classmethod
    def load(cls, extra: Iterable[str | Path] = (), disable: Iterable[str] = (),
             profile: str | None = None) -> RuleSet:
        """The shipped rules, then a paper's profile, then the user's files, less `disable`."""
        rules: dict[str, Rule] = {}
        for entry in sorted(resources.files("cleaner.rules").iterdir(), key=lambda p: p.name):
            if entry.name.endswith(".toml"):
                _merge(rules, _parse(entry.read_text(encoding="utf-8"), f"rules/{entry.name}")[0])
        if profile and profile != "auto":
            profiles = available_profiles()
            if profile not in profiles:
                raise RuleFileError(f"--profile {profile}: no such profile; give one of "
                                    f"{', '.join(sorted(profiles) + ['auto', 'none'])}")
            _merge(rules, profiles[profile].tables, user=True)
        for path in extra:
            path = Path(path)
            try:
                text = path.read_text(encoding="utf-8")
            except OSError as exc:
                raise RuleFileError(f"{path}: cannot read rule file ({reason(exc)})") from None
            except UnicodeDecodeError:
                raise RuleFileError(f"{path}: a rule file must be UTF-8 text") from None
            _merge(rules, _parse(text, str(path))[0], user=True)
        for rule_id in disable:
            if rule_id not in rules:
                raise RuleFileError(f"--disable {rule_id}: no such rule (see clean --list-rules)")
            rules[rule_id] = replace(rules[rule_id], enabled=False)
        if profile == "auto":
            ruleset = cls.load(extra, disable)
            ruleset._auto = (tuple(extra), tuple(disable))
            return ruleset
        ruleset = cls(rules)
        ruleset.profile = profile
        return ruleset

    def for_page(self, text: str) -> RuleSet:
        """The rules for one page: with the first profile whose marks the page shows, when
        the profile is "auto"; else these rules."""
        if self._auto is None:
            return self
        for name, profile in available_profiles().items():
            if profile.matches(text):
                if name not in self._variants:
                    self._variants[name] = RuleSet.load(*self._auto, profile=name)
                return self._variants[name]
        return self

    def __getitem__(self, rule_id: str) -> Rule:
        return self._rules[rule_id]

    def __iter__(self):
        return iter(sorted(self._rules.values(), key=lambda r: (STAGES.index(r.stage), r.id)))

    def on(self, rule_id: str) -> bool:
        return rule_id in self._enabled

    def param(self, rule_id: str, key: str) -> Any:
        return self._rules[rule_id].params[key]

    def param_patterns(self, rule_id: str, key: str) -> tuple[Guarded, ...]:
        """A parameter of regular expressions (a string or a list), compiled with the
        traditional forms of each; cached. None for a rule stopped on this page."""
        if rule_id in self.stopped:
            return ()
        cache_key = (rule_id, key)
        if cache_key not in self._compiled:
            value = self.param(rule_id, key)
            value = [value] if isinstance(value, str) else value
            rule = self._rules[rule_id]
            self._compiled[cache_key] = compile_all(value, rule.param_origin.get(
                key, rule.origin), rule_id)
        return self._compiled[cache_key]

    def stop(self, rule_id: str) -> RuleSet:
        """These rules with one stopped: disabled, and its patterns (its parameters' too)
        match nothing. For a rule whose pattern timed out on a page."""
        rules = dict(self._rules)
        if rule_id in rules:
            rules[rule_id] = replace(rules[rule_id], enabled=False, patterns=(), unless=())
        out = RuleSet(rules)
        out.profile, out.stopped = self.profile, self.stopped | {rule_id}
        return out


# How far into a page a profile's detect patterns look where its file does not say (the
# first articles, where a paper's datelines and bylines stand); a file written before the
# key existed reads as it did.
DETECT_CHARS = 4000


@dataclass(frozen=True, slots=True)
class Profile:
    """A paper's own conventions: a rule file in rules/profiles/ with a [profile] table."""

    name: str
    description: str
    detect: tuple[regex.Pattern, ...]
    tables: list
    detect_chars: int = DETECT_CHARS

    def matches(self, text: str) -> bool:
        """Whether the page shows the paper's marks in its first `detect_chars`
        characters (the first articles, where its datelines and bylines stand)."""
        head = text[:self.detect_chars]
        return any(p.search(head) for p in self.detect)


_PROFILES: dict[str, Profile] | None = None


def available_profiles() -> dict[str, Profile]:
    """The shipped profiles by name, read once per process."""
    global _PROFILES
    if _PROFILES is None:
        _PROFILES = {}
        folder = resources.files("cleaner.rules").joinpath("profiles")
        if folder.is_dir():
            for entry in sorted(folder.iterdir(), key=lambda p: p.name):
                if entry.name.endswith(".toml"):
                    name = entry.name[:-5]
                    _PROFILES[name] = read_profile(name, entry.read_text(encoding="utf-8"),
                                                   f"rules/profiles/{entry.name}")
    return _PROFILES


def read_profile(name: str, text: str, where: str) -> Profile:
    """A profile file's text as its Profile: its [profile] table and its rules' tables."""
    tables, head = _parse(text, where)
    return Profile(name, head.get("description", ""),
                   tuple(_compile(p, where, f"profile {name}") for p in head.get("detect", [])),
                   tables, head.get("detect_chars", DETECT_CHARS))


_DEFAULT: RuleSet | None = None


def default_rules() -> RuleSet:
    """The shipped rule set, choosing a paper's profile per page as the command line
    does; loaded once per process."""
    global _DEFAULT
    if _DEFAULT is None:
        _DEFAULT = RuleSet.load(profile="auto")
    return _DEFAULT


def _merge(rules: dict[str, Rule], new: list[tuple], user: bool = False) -> None:
    for table, origin, *located in new:
        param_lines = located[0] if located else {}
        rule_id = table["id"]
        old = rules.get(rule_id)
        if old is None:
            missing = [k for k in ("name", "stage", "reason") if k not in table]
            if missing:
                raise RuleFileError(f"{origin}: rule {rule_id} lacks {', '.join(missing)}")
            rules[rule_id] = _build(table, origin, param_lines)
        elif user:
            # A user file overrides only the fields it gives; params merge key by key,
            # each checked against the type of the value it replaces.
            for key, value in table.get("params", {}).items():
                _check_param(old, key, value, param_lines.get(key, origin))
                _check_range(old, key, value, param_lines.get(key, origin))
            merged = {**_as_table(old), **table}
            merged["params"] = {**old.params, **table.get("params", {})}
            rules[rule_id] = _build(merged, origin,
                                    {**old.param_origin, **param_lines})
        else:
            raise RuleFileError(f"{origin}: rule id {rule_id} is already defined at {old.origin}")


_KIND = {bool: "true or false", int: "a whole number", float: "a number", str: "a string",
         list: "a list", dict: "a table"}


# Numeric parameters with a range outside which a rule stops with an internal error or
# runs without end: a user's value outside it is a rule file error, named with its line.
PARAM_RANGES = {
    # OCR's columns on one line: a line is parted in up to 2 ** max_junctions ways (time
    # doubles with each); a column of no width, or a run of one line, is every line.
    ("LAY206", "max_junctions"): (1, 16),
    ("LAY206", "max_columns"): (2, 16),
    ("LAY206", "min_column"): (1, None),
    ("LAY206", "min_lines"): (2, None),
    ("LAY206", "slack"): (0, None),
    # A gutter backed by no line: the cut looks up a line that is not there (IndexError);
    # so does a run of blank positions with no lines beside it (clear_lines 0; below 0 the
    # cut never ended). A column of one line is measured by the lines over it, none (the
    # median of nothing, IndexError on any page with columns side by side): 2 at least.
    ("LAY001", "min_support"): (2, None),
    ("LAY001", "clear_lines"): (1, None),
    # A column as short as one line is weighed by the line over it (none: min() of nothing,
    # ValueError on any page with columns side by side).
    ("LAY001", "short_support"): (2, None),
    # A caption's type as a share of the body's: smaller (1 at most: a share above it
    # placed LAY002's captions a million ems out, and cutting their rows took minutes),
    # and no share of nothing (LAY001 divides by it).
    ("LAY001", "caption_type"): (0.1, 1.0),
    ("LAY002", "small_type"): (0.1, 1.0),
    # A glued line is found by its neighbours that hold the first column's text: none
    # asked for left nothing to measure it by (ValueError).
    ("LAY002", "unspaced_lines"): (1, None),
    # ... and read from the lines up to glue_reach off: a window per long word, so a reach
    # as long as the page reads the page once per word (time the square of its size).
    ("LAY002", "glue_reach"): (1, 64),
    # A run of no rows never ends its cut (memory grew without bound); a box of more
    # columns than any page sets costs the square of the count (also checked by LAY101).
    ("LAY101", "min_rows"): (1, None),
    ("LAY101", "max_columns"): (1, 24),
    # The assignment's pieces are solved in time cubic in their size (interleave.RANGES,
    # which checked it only once a page reached the rule).
    ("LAY101", "assign_max_units"): (2, 400),
    # The streams look back over a window of units and keep a beam of states: memory and
    # time grow with both; none of either decodes nothing (cleaner/interleave.py checked
    # them only once a page reached the rule).
    ("LAY101", "stream_window"): (1, 24),
    ("LAY101", "stream_beam"): (1, 4096),
    ("LAY101", "relink_window"): (1, 64),
    # The boxes a title's lift moves at once, as many as a window's lines at most: none
    # (or fewer) lifted nothing, silently, where `lift = false` says so; a window the
    # page's length walked each run of boxes once per box in it (time its square).
    ("LAY101", "lift_max_units"): (1, 64),
    # A box heading two columns holds two lines at least (one is a line of its column,
    # read as the others): fewer heads none, silently, where `head = false` says so.
    ("LAY101", "head_max_lines"): (2, None),
    # The log of seen / (expected + word_smoothing): below 0 the quotient may be negative
    # (math domain error).
    ("LAY101", "word_smoothing"): (0, None),
    # (a word of the list is counted at least once)
    ("LAY101", "lexicon_min_count"): (1, None),
    ("CLS017", "lexicon_min_count"): (1, None),
    # A head of no lines opens no article (the stack's first line is its headline); each
    # title-like line walks back over a stack's worth of headings (a page of one-character
    # lines costs the square of the stack).
    ("CLS005", "max_title_stack"): (1, 16),
    # (a subtitle holds its dash at least: 0 takes no line for one, silently, where
    # `enabled = false` says so)
    ("CLS007", "dash_line_max_chars"): (1, None),
    # Captions a head's parts may stand apart by: none is a count the code reads (0 is
    # as good as any other), and a count as long as the page walks it at every anchor.
    ("CLS014", "captions_under_names"): (0, 16),
    ("CLS015", "captions_over_anchor"): (0, 16),
    ("CLS015", "captions_under_title"): (0, 16),
    # ... and so are a head's lines read upward from its anchor: an edition line's own
    # bylines (none is a count the code reads), its bare names' lines and its subtitles
    # (none of either takes no line for one, silently, where `enabled = false` says so).
    ("CLS015", "bylines_over_edition"): (0, 16),
    ("CLS014", "max_name_lines"): (1, 16),
    ("CLS015", "max_subtitles"): (1, 16),
    # No block to measure the column by: the widest of no lines (ValueError).
    ("CLS026", "measure_blocks"): (1, None),
    # A page flag raised on none found gives its first example of an empty list
    # (IndexError); a paragraph of no characters has no last one to weigh (IndexError).
    ("DBT009", "min_headlines"): (1, None),
    ("DBT010", "min_paragraphs"): (1, None),
    ("DBT010", "min_chars"): (1, None),
    ("DBT011", "min_articles"): (1, None),
    # A share of letters: over 1 every page is flagged, under 0 none.
    ("DBT012", "min_han_share"): (0, 1),
    ("DBT012", "min_letters"): (1, None),
    # The fitted weights' threshold: a pair's log-odds are summed over its features, and
    # a sum past the largest float is infinite (the Hungarian method then looked for a
    # column without end); fitted log-odds lie within a few units of 0.
    ("LAY101", "assign_least_odds"): (-1000, 1000),
}
# ... and by the start of their name: each of LAY101's fitted weights (`assign_w_` + the
# feature's name), for the same sum.
PARAM_PREFIX_RANGES = {("LAY101", "assign_w_"): (-1000, 1000)}


def _check_range(rule: Rule, key: str, value: Any, where: str) -> None:
    """A user's value for a parameter of PARAM_RANGES lies within its range, and no
    number is infinite or not a number (TOML reads inf and nan): no threshold means
    either, and LAY101's assignment weighs pairs by its costs (an infinite weight left
    the Hungarian method looking for a column without end)."""
    lo, hi = PARAM_RANGES.get((rule.id, key), next(
        (span for (rid, start), span in PARAM_PREFIX_RANGES.items()
         if rid == rule.id and key.startswith(start)), (None, None)))
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return
    if not math.isfinite(value):
        raise RuleFileError(f"{where}: rule {rule.id}: parameter {key} must be a finite "
                            f"number; got {value!r}")
    if (lo is not None and value < lo) or (hi is not None and value > hi):
        want = f"from {lo} to {hi}" if hi is not None else f"at least {lo}"
        raise RuleFileError(f"{where}: rule {rule.id}: parameter {key} must be {want}; "
                            f"got {value!r}")


def _check_param(rule: Rule, key: str, value: Any, where: str) -> None:
    """A user's value for a shipped parameter has the type of the value it replaces."""
    if (rule.id, key) in RENAMED_PARAMS:
        raise RuleFileError(f"{where}: rule {rule.id}: parameter {key} is now called "
                            f"{RENAMED_PARAMS[rule.id, key]}")
    if key not in rule.params:
        known = ", ".join(sorted(rule.params)) or "none"
        raise RuleFileError(f"{where}: rule {rule.id} has no parameter {key!r} "
                            f"(its parameters: {known})")
    default = rule.params[key]
    fits = _same_kind(value, default) or (
        key in REGEX_PARAMS and isinstance(value, (str, list))
        and isinstance(default, (str, list)))
    if fits and isinstance(value, list):
        inner = [x for x in (default if isinstance(default, list) else [default])]
        fits = all(any(_same_kind(x, d) for d in inner) for x in value) if inner else True
    if fits and isinstance(value, dict) and default:
        sample = next(iter(default.values()))
        fits = all(_same_kind(x, sample) for x in value.values())
    if fits and isinstance(value, list) and any(isinstance(x, str) and not x for x in value):
        # (An empty word in a word list is in every text: 为何… / "" ends every title line.)
        raise RuleFileError(f"{where}: rule {rule.id}: parameter {key} holds an empty string, "
                            f"which every text matches")
    if not fits:
        want = _KIND[type(default)]
        if isinstance(default, list) and default:
            want += f" of {_KIND[type(default[0])].split(' ', 1)[-1]}s"
        raise RuleFileError(f"{where}: rule {rule.id}: parameter {key} must be {want}, "
                            f"like {default!r:.60}; got {value!r:.60}")


def _same_kind(value: Any, default: Any) -> bool:
    if isinstance(default, bool) or isinstance(value, bool):
        return type(value) is type(default)
    if isinstance(default, float):
        return isinstance(value, (int, float))
    return type(value) is type(default)


def _as_table(rule: Rule) -> dict:
    """A rule as the table it could have been written as (for a user's override to
    merge into): a key the rule does not use is left out, not written empty."""
    table = {"id": rule.id, "name": rule.name, "stage": rule.stage, "reason": rule.reason,
             "priority": rule.priority, "enabled": rule.enabled, "headings": rule.headings,
             "doc": rule.doc}
    if rule.role is not None:
        table["role"] = rule.role
    if rule.max_chars is not None:
        table["max_chars"] = rule.max_chars
    if rule.pattern_text:
        table["patterns"] = list(rule.pattern_text)
    if rule.unless_text:
        table["unless"] = list(rule.unless_text)
    return table


def script_variants(pattern: str) -> list[str]:
    """A pattern written in simplified characters, and its traditional forms.

    Rules are written once, in simplified; traditional pages (Hong Kong, Taiwan, and
    simplified pages' stray characters) print the same conventions as 記者, 攝, 報訊.
    """
    from .textnorm import convert  # OpenCC; imported late to keep the registry light

    out = [pattern]
    for config in ("s2t", "s2tw"):
        variant = convert(pattern, config)
        if variant not in out:
            out.append(variant)
    return out


def compile_all(patterns, origin: str = "rules", rule: str = "") -> tuple[Guarded, ...]:
    return tuple(_compile(v, origin, rule) for p in patterns or () for v in script_variants(p))


def _build(table: dict, origin: str, param_lines: dict[str, str] | None = None) -> Rule:
    patterns = compile_all(table.get("patterns"), origin, table["id"])
    unless = compile_all(table.get("unless"), origin, table["id"])
    if "patterns" in table and not patterns:
        raise RuleFileError(f"{origin}: rule {table['id']} has an empty pattern list, which "
                            "would match nothing; remove the key or give a pattern")
    return Rule(id=table["id"], name=table["name"], stage=table["stage"],
                reason=table["reason"], role=table.get("role"), patterns=patterns, unless=unless,
                pattern_text=tuple(table.get("patterns") or ()),
                unless_text=tuple(table.get("unless") or ()),
                priority=table.get("priority", 100), max_chars=table.get("max_chars"),
                headings=table.get("headings", False),
                enabled=table.get("enabled", True), params=dict(table.get("params", {})),
                doc=table.get("doc", ""), origin=origin,
                param_origin=dict(param_lines or {}))


def _compile(pattern: str, origin: str, rule: str = "") -> Guarded:
    try:
        return Guarded(_regex(pattern), rule)
    except regex.error as exc:
        raise RuleFileError(f"{origin}: bad pattern {pattern!r}: {exc}") from None


@lru_cache(maxsize=None)
def _regex(pattern: str) -> regex.Pattern:
    # A pattern is compiled when its file is checked and again when its rule is built
    # (and for each profile's rule set): once is enough.
    return regex.compile(pattern, regex.V0)


def _parse(text: str, path: str) -> tuple[list[tuple[dict, str]], dict]:
    """Parse and check one rule file; every fault names the file and line.

    Returns the rule tables with where each was defined, and the file's [profile] table.
    """
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise RuleFileError(f"{path}: {exc}") from None
    unknown = set(data) - {"rule", "profile"}
    if unknown:
        raise RuleFileError(f"{path}: unknown top-level key {sorted(unknown)[0]!r}; "
                            "rules go in [[rule]] tables")
    tables = data.get("rule", [])
    if not isinstance(tables, list):
        raise RuleFileError(f"{path}: 'rule' must be an array of tables ([[rule]])")
    lines = text.splitlines()
    starts = _rule_starts(lines, len(tables))
    out, seen = [], set()
    for i, table in enumerate(tables):
        if not isinstance(table, dict):
            raise RuleFileError(f"{path}: 'rule' must be an array of tables ([[rule]])")
        span = starts[i]
        line = _line_of(lines, span, table.get("id"))
        where = f"{path}:{line}"
        rule_id = table.get("id")
        if not isinstance(rule_id, str) or not _ID.match(rule_id):
            raise RuleFileError(f"{where}: rule needs an id like 'CAP001' (got {rule_id!r})")
        if rule_id in seen:
            raise RuleFileError(f"{where}: rule id {rule_id} appears twice in this file")
        seen.add(rule_id)
        extra = set(table) - _KEYS
        if extra:
            raise RuleFileError(f"{where}: rule {rule_id} has unknown key {sorted(extra)[0]!r}")
        if "stage" in table and table["stage"] not in STAGES:
            where = f"{path}:{_line_of(lines, span, 'stage', line)}"
            raise RuleFileError(f"{where}: rule {rule_id} has stage {table['stage']!r}; "
                                f"stages are {', '.join(STAGES)}")
        if "role" in table and table["role"] not in ROLES:
            where = f"{path}:{_line_of(lines, span, 'role', line)}"
            raise RuleFileError(f"{where}: rule {rule_id} has role {table['role']!r}; "
                                f"roles are {', '.join(ROLES)}")
        for key, kind in (("name", str), ("reason", str), ("priority", int),
                          ("max_chars", int), ("enabled", bool), ("params", dict),
                          ("headings", bool), ("doc", str),
                          ("patterns", list), ("unless", list)):
            if key in table and not (isinstance(table[key], kind) and (
                    kind is bool or not isinstance(table[key], bool))):
                where = f"{path}:{_line_of(lines, span, key, line)}"
                raise RuleFileError(f"{where}: rule {rule_id}: {key} must be "
                                    f"{_KIND[kind]}")
        for pattern in table.get("patterns", []) + table.get("unless", []):
            if not isinstance(pattern, str):
                raise RuleFileError(f"{where}: rule {rule_id}: patterns must be strings")
            _compile(pattern, f"{path}:{_line_of(lines, span, pattern, line)}", rule_id)
        param_lines = {key: f"{path}:{_line_of(lines, span, key, line, key=True)}"
                       for key in table.get("params", {})}
        for key, value in table.get("params", {}).items():
            if (key in REGEX_PARAMS and isinstance(value, (str, list))
                    or (key in ONE_PATTERN_PARAMS or (rule_id, key) in ONE_PATTERN_RULE_PARAMS)
                    and isinstance(value, str)):
                for pattern in [value] if isinstance(value, str) else value:
                    if not isinstance(pattern, str):
                        raise RuleFileError(f"{param_lines[key]}: rule {rule_id}: "
                                            f"parameter {key} must be strings")
                    _compile(pattern, param_lines[key], rule_id)
        out.append((table, f"{path}:{line}", param_lines))
    profile = data.get("profile", {})
    if not isinstance(profile, dict) or set(profile) - {"description", "detect", "detect_chars"}:
        raise RuleFileError(f"{path}: [profile] takes description, detect and detect_chars only")
    chars = profile.get("detect_chars", 1)
    if isinstance(chars, bool) or not isinstance(chars, int) or chars < 1:
        # (0 looks at nothing: the profile is never picked, silently)
        raise RuleFileError(f"{path}: [profile] detect_chars must be a whole number, at "
                            f"least 1; got {chars!r}")
    return out, profile


def _rule_starts(lines: list[str], count: int) -> list[tuple[int, int]]:
    """The (first, last) line numbers of each [[rule]] table, found in one pass: each
    rule's lines are then searched on their own, so parsing stays linear in file size."""
    heads = [n for n, line in enumerate(lines, 1) if line.strip() == "[[rule]]"]
    if len(heads) != count:  # rules written another way (inline tables): search all
        return [(1, len(lines))] * count
    ends = [h - 1 for h in heads[1:]] + [len(lines)]
    return list(zip(heads, ends))


def _line_of(lines: list[str], span: tuple[int, int], needle: Any, default: int = 0, *,
             key: bool = False) -> int:
    """1-based line of `needle` (a rule's id, a key, a pattern) among a rule's lines, for
    error messages; with key, the line that sets that key; else the rule's first line."""
    first, last = span
    if isinstance(needle, str):
        for n in range(first, last + 1):
            line = lines[n - 1]
            if key:
                stripped = line.lstrip().lstrip("{, ")
                if stripped.startswith(needle) and stripped[len(needle):].lstrip()[:1] == "=":
                    return n
                if f" {needle} =" in line or f"{{{needle} =" in line or f",{needle} =" in line:
                    return n
            elif needle in line:
                return n
    return default or first
