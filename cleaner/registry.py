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

import tomllib
from dataclasses import dataclass, field, replace
from importlib import resources
from pathlib import Path
from typing import Any, Iterable

import regex

from .errors import RuleFileError

STAGES = ("normalise", "blocks", "classify", "captions", "structure", "repair", "relocate",
          "flag")
ROLES = ("banner", "furniture", "caption", "byline", "jump", "heading", "paragraph", "dateline")
# Roles a pattern rule gives a whole block; a "dateline" rule instead finds a prefix of
# an article's first paragraph.
BLOCK_ROLES = ROLES[:-1]
_ID = regex.compile(r"^[A-Z]{2,5}[0-9]{3}$")
_KEYS = {"id", "name", "stage", "reason", "role", "patterns", "unless", "priority", "max_chars",
         "headings",
         "enabled", "params", "doc"}


@dataclass(frozen=True, slots=True)
class Rule:
    id: str
    name: str
    stage: str
    reason: str
    role: str | None = None
    patterns: tuple[regex.Pattern, ...] = ()
    unless: tuple[regex.Pattern, ...] = ()
    pattern_text: tuple[str, ...] = ()  # the patterns as written, before script variants
    unless_text: tuple[str, ...] = ()
    priority: int = 100
    max_chars: int | None = None
    headings: bool = False
    enabled: bool = True
    params: dict[str, Any] = field(default_factory=dict)
    doc: str = ""
    origin: str = ""  # file:line the rule was (last) defined at

    def search(self, text: str) -> regex.Match | None:
        """The first of the rule's patterns that matches `text`, or None."""
        for pattern in self.patterns:
            m = pattern.search(text)
            if m:
                if any(u.search(text) for u in self.unless):
                    return None
                return m
        return None


class RuleSet:
    """The rules in force for a run: the shipped ones, a user's files, minus disabled ids."""

    def __init__(self, rules: dict[str, Rule]):
        self._rules = rules
        self.pattern_rules = sorted(
            (r for r in rules.values() if r.enabled and r.role in BLOCK_ROLES and r.patterns),
            key=lambda r: (r.priority, r.id))
        self.dateline_rules = sorted(
            (r for r in rules.values() if r.enabled and r.role == "dateline" and r.patterns),
            key=lambda r: (r.priority, r.id))
        self.profile: str | None = None
        self._auto: tuple | None = None  # (extra, disable) when the profile is chosen per page
        self._variants: dict[str, RuleSet] = {}
        self._compiled: dict[tuple[str, str], tuple[regex.Pattern, ...]] = {}

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
                raise RuleFileError(f"--profile {profile}: no such profile; profiles are "
                                    f"{', '.join(sorted(profiles)) or 'none'}")
            _merge(rules, profiles[profile].tables, user=True)
        for path in extra:
            path = Path(path)
            try:
                text = path.read_text(encoding="utf-8")
            except OSError as exc:
                raise RuleFileError(f"{path}: cannot read rule file ({exc.strerror})") from None
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
        rule = self._rules.get(rule_id)
        return bool(rule and rule.enabled)

    def param(self, rule_id: str, key: str) -> Any:
        return self._rules[rule_id].params[key]

    def param_patterns(self, rule_id: str, key: str) -> tuple[regex.Pattern, ...]:
        """A parameter of regular expressions (a string or a list), compiled with the
        traditional forms of each; cached."""
        cache_key = (rule_id, key)
        if cache_key not in self._compiled:
            value = self.param(rule_id, key)
            value = [value] if isinstance(value, str) else value
            self._compiled[cache_key] = compile_all(value, self._rules[rule_id].origin)
        return self._compiled[cache_key]


@dataclass(frozen=True, slots=True)
class Profile:
    """A paper's own conventions: a rule file in rules/profiles/ with a [profile] table."""

    name: str
    description: str
    detect: tuple[regex.Pattern, ...]
    tables: list

    def matches(self, text: str) -> bool:
        head = text[:PROFILE_DETECT_CHARS]
        return any(p.search(head) for p in self.detect)


# A paper shows its marks (datelines, bylines) in the first articles of a page.
PROFILE_DETECT_CHARS = 4000
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
                    where = f"rules/profiles/{entry.name}"
                    tables, head = _parse(entry.read_text(encoding="utf-8"), where)
                    name = entry.name[:-5]
                    _PROFILES[name] = Profile(
                        name, head.get("description", ""),
                        tuple(_compile(p, where) for p in head.get("detect", [])), tables)
    return _PROFILES


_DEFAULT: RuleSet | None = None


def default_rules() -> RuleSet:
    """The shipped rule set, choosing a paper's profile per page as the command line
    does; loaded once per process."""
    global _DEFAULT
    if _DEFAULT is None:
        _DEFAULT = RuleSet.load(profile="auto")
    return _DEFAULT


def _merge(rules: dict[str, Rule], new: list[tuple[dict, str]], user: bool = False) -> None:
    for table, origin in new:
        rule_id = table["id"]
        old = rules.get(rule_id)
        if old is None:
            missing = [k for k in ("name", "stage", "reason") if k not in table]
            if missing:
                raise RuleFileError(f"{origin}: rule {rule_id} lacks {', '.join(missing)}")
            rules[rule_id] = _build(table, origin)
        elif user:
            # A user file overrides only the fields it gives; params merge key by key.
            merged = {**_as_table(old), **table}
            merged["params"] = {**old.params, **table.get("params", {})}
            rules[rule_id] = _build(merged, origin)
        else:
            raise RuleFileError(f"{origin}: rule id {rule_id} is already defined at {old.origin}")


def _as_table(rule: Rule) -> dict:
    return {"id": rule.id, "name": rule.name, "stage": rule.stage, "reason": rule.reason,
            "role": rule.role, "patterns": list(rule.pattern_text),
            "unless": list(rule.unless_text),
            "priority": rule.priority, "max_chars": rule.max_chars, "enabled": rule.enabled,
            "headings": rule.headings,
            "doc": rule.doc}


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


def compile_all(patterns, origin: str = "rules") -> tuple[regex.Pattern, ...]:
    return tuple(_compile(v, origin) for p in patterns or () for v in script_variants(p))


def _build(table: dict, origin: str) -> Rule:
    patterns = compile_all(table.get("patterns"), origin)
    unless = compile_all(table.get("unless"), origin)
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
                doc=table.get("doc", ""), origin=origin)


def _compile(pattern: str, origin: str) -> regex.Pattern:
    try:
        return regex.compile(pattern, regex.V0)
    except regex.error as exc:
        raise RuleFileError(f"{origin}: bad pattern {pattern!r}: {exc}") from None


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
    out, seen = [], set()
    for i, table in enumerate(tables):
        line = _line_of(lines, table.get("id"), i)
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
            where = f"{path}:{_line_of(lines, 'stage', i, line)}"
            raise RuleFileError(f"{where}: rule {rule_id} has stage {table['stage']!r}; "
                                f"stages are {', '.join(STAGES)}")
        if "role" in table and table["role"] not in ROLES:
            where = f"{path}:{_line_of(lines, 'role', i, line)}"
            raise RuleFileError(f"{where}: rule {rule_id} has role {table['role']!r}; "
                                f"roles are {', '.join(ROLES)}")
        for key, kind in (("name", str), ("reason", str), ("priority", int),
                          ("max_chars", int), ("enabled", bool), ("params", dict),
                          ("headings", bool),
                          ("patterns", list), ("unless", list)):
            if key in table and not isinstance(table[key], kind):
                raise RuleFileError(f"{where}: rule {rule_id}: {key} must be {kind.__name__}")
        for pattern in table.get("patterns", []) + table.get("unless", []):
            if not isinstance(pattern, str):
                raise RuleFileError(f"{where}: rule {rule_id}: patterns must be strings")
            _compile(pattern, f"{path}:{_line_of(lines, pattern, i, line)}")
        out.append((table, where))
    profile = data.get("profile", {})
    if not isinstance(profile, dict) or set(profile) - {"description", "detect"}:
        raise RuleFileError(f"{path}: [profile] takes description and detect only")
    return out, profile


def _line_of(lines: list[str], needle: Any, index: int, default: int = 0) -> int:
    """1-based line of a rule's id (or a pattern) in its file, for error messages."""
    if isinstance(needle, str):
        for n, line in enumerate(lines, 1):
            if n >= default and needle in line:
                return n
    count = -1
    for n, line in enumerate(lines, 1):
        if line.strip() == "[[rule]]":
            count += 1
            if count == index:
                return n
    return default or 1
