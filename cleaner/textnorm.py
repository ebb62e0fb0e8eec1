"""Character rules (stages normalise): NFC, invisible characters, punctuation width, script.

Each rule proposes single-span edits inside a line of block content; the assembler
applies them. Chinese punctuation is never folded to ASCII: NFC only, never NFKC.
"""
from __future__ import annotations

import unicodedata
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

import regex

from .marks import ROUND, after_digit
from .model import Edit
from .registry import RuleSet

# Characters around which ASCII punctuation is Chinese punctuation set half-width by a
# converter: Han, CJK symbols and punctuation, full-width forms, curly quotes, dashes.
CJK_CONTEXT = r"\p{Han}\u3000-\u303f\uff00-\uffef\u2018\u2019\u201c\u201d\u2014\u2026"
# Invisible characters between a mark and its neighbour do not hide the neighbour.
_SKIP = "[\u200b-\u200d\u2060\ufeff\u00ad]*"
_INVISIBLE = "\u200b\u200c\u200d\u2060\ufeff\u00ad"
# "![" opens a markdown image reference, never Chinese punctuation.
_HALFWIDTH = regex.compile(
    rf"(?<=[{CJK_CONTEXT}]{_SKIP})(?:[,:;?]|!(?!\[))|[,:;?!](?={_SKIP}[{CJK_CONTEXT}])")
_HALFWIDTH_MARK = regex.compile(r"[,:;?!]")  # what _HALFWIDTH matches, context aside
_PAREN_REACH = 80  # (PUN002: a pair's inside at most this long)


def _paren_pairs(outside: str = "") -> tuple[regex.Pattern, regex.Pattern]:
    """PUN002's pairs with none of `outside` inside them: a half-width pair, and a pair set
    in two widths, one half-width (OCR's `（记者 张三)`); no bracket between."""
    inner = rf"[^（）(){outside}\n]{{0,{_PAREN_REACH}}}"
    return (regex.compile(rf"\(([^(){outside}\n]{{0,{_PAREN_REACH}}})\)"),
            regex.compile(rf"（{inner}\)|\({inner}）"))


_PARENS, _MIXED_PARENS = _paren_pairs()
# ... in a table's row (BLK015), within one cell: no '|' between (`| 甲(一 | 二)乙 |` is two
# cells' text, no pair).
_CELL_PARENS, _CELL_MIXED_PARENS = _paren_pairs("|")
_FULL_PAREN = {"(": "（", ")": "）"}
_BRACKETS = "".join(o + c for o, c in ROUND.items())  # PUN002's pairs
_HAN = regex.compile(r"\p{Han}")
# OCR's habit: a space after every Chinese character (悉 ： 为 迎 接). Single spaces only:
# a byline's wide gaps (赵  兵) are two or more.
_CJK_CHAR = r"[\p{Han}\u3000-\u303f\uff01-\uff5e“”‘’]"
# Characters a space apart; a number among them too (新 华 社 北 京 10 月 19 日: a line
# justified wide comes out so from pdftotext and OCR).
# (A closing mark and an opening one side by side print as one cell, and the extractor
# keeps them together: “ 第 一 ”“ 最 多 ”“ 最.)
_CJK_CELL = rf"(?:[”’」』）》][“‘「『（《]|{_CJK_CHAR})"
_SPACED_RUN = regex.compile(rf"{_CJK_CELL}(?: (?:{_CJK_CELL}|[0-9]{{1,4}}(?= {_CJK_CELL})))+")
_CJK = regex.compile(rf"[{CJK_CONTEXT}]")


@dataclass(slots=True)
class ScriptPlan:
    """What the script rules do on this page: detected script and the conversion to run."""

    detected: str  # "simplified" | "traditional" | "mixed" | "none"
    config: str | None  # OpenCC config applied to stray (or, when asked, all) characters
    rule: str | None  # rule id of the conversion
    whole: bool = False  # convert every character, not only strays
    traditional_chars: int = 0
    simplified_chars: int = 0
    trad_chars: str = ""  # the distinct characters of each script found on the page
    simp_chars: str = ""
    _stray: regex.Pattern | None = None

    def stray_pattern(self) -> regex.Pattern:
        """A character class of the page's characters the conversion may change."""
        if self._stray is None:
            chars = self.trad_chars if self.config.startswith(("t2", "hk2", "tw2")) \
                else self.simp_chars
            self._stray = regex.compile(f"[{regex.escape(chars)}]" if chars else "(?!)")
        return self._stray

    def as_dict(self) -> dict:
        return {"detected": self.detected, "conversion": self.config, "rule": self.rule,
                "scope": "all" if self.whole else "stray", "traditional_only_chars":
                self.traditional_chars, "simplified_only_chars": self.simplified_chars}


@lru_cache(maxsize=None)
def _converter(config: str):
    import opencc  # the C++-backed OpenCC

    return opencc.OpenCC(f"{config}.json")


def convert(text: str, config: str) -> str:
    """`text` through an OpenCC conversion (t2s, s2t, s2tw, ...)."""
    return _converter(config).convert(text)


@lru_cache(maxsize=65536)
def _char_class(ch: str) -> int:
    """+1 for a traditional-only character, -1 for a simplified-only one, 0 for neither.

    The national character sets decide: a character OpenCC would simplify that GB2312
    (the simplified standard) cannot encode is traditional-only (後, 裡); one OpenCC would
    make traditional that Big5 cannot encode is simplified-only (浃, 发). 乾, 吃, 群, 雇
    are in both standards, so they are never strays. Nor is a character whose converted
    form is rarer than itself (see _rarity): 頫 (赵孟頫) stays, as OpenCC's 𫖯 is an
    Extension C character missing from most fonts.
    """
    simplified = _converter("t2s").convert(ch)
    if simplified != ch and not _encodes(ch, "gb2312") and not _rarer(simplified, ch, "gb2312"):
        return 1
    traditional = _converter("s2t").convert(ch)
    if traditional != ch and not _encodes(ch, "big5") and not _rarer(traditional, ch, "big5"):
        return -1
    return 0


def _rarity(ch: str, standard: str) -> int:
    """0 for a character of the script's standard set (GB2312, Big5), 1 for another in the
    Basic Multilingual Plane, 2 for one beyond it (the CJK extensions most fonts lack)."""
    if all(_encodes(c, standard) for c in ch):
        return 0
    return 1 if all(ord(c) < 0x10000 for c in ch) else 2


def _rarer(result: str, source: str, standard: str) -> bool:
    """A conversion must make the text more common, never rarer."""
    return _rarity(result, standard) > _rarity(source, standard)


def _encodes(ch: str, encoding: str) -> bool:
    try:
        ch.encode(encoding)
    except UnicodeEncodeError:
        return False
    return True


def plan_script(text: str, rules: RuleSet, mode: str = "auto") -> ScriptPlan:
    """Detect the page's script and decide which conversion the SCR rules run.

    `mode` is "auto" (convert stray characters of the minority script), "keep", "s" or
    "t" (convert the whole page), or an OpenCC config name (t2s, s2t, hk2s, tw2s, s2hk,
    s2tw) applied to the whole page.
    """
    trad = simp = 0
    strays: dict[int, list[str]] = {1: [], -1: []}
    for ch, count in Counter(text).items():
        cls = _char_class(ch) if _HAN.match(ch) else 0
        if cls:
            strays[cls].append(ch)
            trad += count if cls == 1 else 0
            simp += count if cls == -1 else 0
    total = trad + simp
    share = rules.param("SCR001", "max_stray_share")
    if not total:
        detected = "none"
    elif trad <= share * total:
        detected = "simplified"
    elif simp <= share * total:
        detected = "traditional"
    else:
        detected = "mixed"
    plan = ScriptPlan(detected, None, None, traditional_chars=trad, simplified_chars=simp)
    plan.trad_chars, plan.simp_chars = "".join(strays[1]), "".join(strays[-1])
    whole = {"s": "t2s", "t": "s2t"}.get(mode, mode)
    if mode == "keep":
        return plan
    if mode != "auto":
        plan.config, plan.rule, plan.whole = whole, "SCR003", True
    elif detected == "simplified" and trad and rules.on("SCR001"):
        plan.config, plan.rule = "t2s", "SCR001"
    elif detected == "traditional" and simp and rules.on("SCR002"):
        plan.config, plan.rule = "s2t", "SCR002"
    return plan


def line_edits(source: str, start: int, end: int, rules: RuleSet, plan: ScriptPlan,
               invisible: regex.Pattern,
               wrapped: tuple[tuple[int, int, int], ...] = (), row: bool = False,
               rows: frozenset[int] = frozenset()) -> list[Edit]:
    """Every character edit inside one line of block content, in order of position.
    `wrapped`: the parts of jump markers a line break cut (wrapped_jumps), as spans
    within the line and the part (1 the head, 2 the tail); `row`, whether the line is a
    table's row (BLK015), whose edges border the cells of the rows beside it, no text a
    line break cut; `rows`, where the page's table rows start (their raw lines'), which
    a line beside one reads no pair across either (PUN002)."""
    line = source[start:end]
    edits: list[Edit] = []
    jumps = sorted(set(_jump_spans(line, rules)) | {(a, b) for a, b, _ in wrapped})
    part = {(a, b): n for a, b, n in wrapped}
    if rules.on("NRM001") and not unicodedata.is_normalized("NFC", line):
        for m in regex.finditer(r"\X", line):
            nfc = unicodedata.normalize("NFC", m.group())
            if nfc != m.group():
                edits.append(_edit("NRM001", rules, start + m.start(), start + m.end(),
                                   m.group(), nfc))
    if rules.on("NRM002"):
        for m in invisible.finditer(line):
            edits.append(_edit("NRM002", rules, start + m.start(), start + m.end(), m.group(),
                               "", kind="layout", evidence={"codepoint": f"U+{ord(m.group()):04X}"}))
    if rules.on("NRM003"):
        least = rules.param("NRM003", "min_run")
        runs = [m for m in _SPACED_RUN.finditer(line) if m.group().count(" ") + 1 >= least]
        if runs and any(r.role == "byline" and r.search(line) for r in rules.pattern_rules):
            runs = []  # a byline's names keep their spaces, however many
        if not runs and " " in line and (whole := _SPACED_RUN.fullmatch(line)) and (
                whole.group().count(" ") + 1 >= rules.param("NRM003", "min_dateline_run")
                and any(r.search(whole.group().replace(" ", "")) for r in rules.dateline_rules)):
            # A dateline's first line justified wide, a space after every character
            # (本 报 讯 （ 记 者 孙, pdftotext, pypdfium2): the spaces are the extractor's,
            # though the reporter's name follows; without them the dateline reads as one.
            runs = [whole]
        for m in runs:
            for k in range(m.start(), m.end()):
                if line[k] == " " and not (line[k - 1].isdigit() and line[k + 1].isdigit()):
                    edits.append(_edit("NRM003", rules, start + k, start + k + 1, " ", "",
                                       kind="layout", evidence={"run": m.group()[:16]}))
    if rules.on("PUN001") and _HALFWIDTH_MARK.search(line):
        table = rules.param("PUN001", "fullwidth")
        separators = rules.param("PUN001", "number_separators")
        # A mark at the line's edge is judged by its neighbour across the line break (a
        # converter may have cut the paragraph right next to it).
        # (Not a table's row: a delimiter row's alignment colon under a header ending in
        # a Han character, 城市 | 天气 / :--- | ---, is no mark of the text; nor a row's
        # edge for a line beside the table: a cell's text, no text a line break cut.)
        left, right = ("", "") if row else (_neighbour(source, start, -1, rows),
                                            _neighbour(source, end, 1, rows))
        # (No endpos: a look-ahead does not see past it, so a mark at the line's end would
        # never be judged by the next line's first character.)
        for m in _HALFWIDTH.finditer(left + line + right, len(left)):
            a, b = m.start() - len(left), m.end() - len(left)
            if a >= len(line):
                break
            if b == len(line) and m.group() in separators and after_digit(line, a):
                continue  # a number cut at the break (18: / 30), judged by no other line
            edits.append(_edit("PUN001", rules, start + a, start + b, m.group(),
                               table[m.group()]))
    if rules.on("PUN002"):
        for m in (_CELL_PARENS if row else _PARENS).finditer(line):
            before = line[m.start() - 1] if m.start() else ""
            after = line[m.end()] if m.end() < len(line) else ""
            if _HAN.search(m.group(1)) or _CJK.match(before) or _CJK.match(after):
                edits.append(_edit("PUN002", rules, start + m.start(), start + m.start() + 1,
                                   "(", "（"))
                edits.append(_edit("PUN002", rules, start + m.end() - 1, start + m.end(),
                                   ")", "）"))
        for at, partner in ([] if row else _parens_across(source, start, end, rows)):
            # A pair a converter's line break parted (OCR's 本报北京11月4日电 (记者 / 王琳)
            # 市场监管…): each line sets its own half of it.
            edits.append(_edit("PUN002", rules, start + at, start + at + 1, line[at],
                               _FULL_PAREN[line[at]], evidence={"partner": partner,
                                                                "across_line_break": True}))
        for m in (_CELL_MIXED_PARENS if row else _MIXED_PARENS).finditer(line):
            # The half-width one takes its partner's width: the full-width one says the
            # pair is Chinese text's.
            at, partner = (m.end() - 1, m.group()[0]) if m.group().endswith(")") else \
                (m.start(), m.group()[-1])
            edits.append(_edit("PUN002", rules, start + at, start + at + 1, line[at],
                               _FULL_PAREN[line[at]], evidence={"partner": partner}))
    if plan.config:
        edits.extend(_script_edits(line, start, rules, plan))
    if jumps:
        # The marker leaves the text whole; no finer edit inside it is needed.
        edits = [e for e in edits
                 if not any(a <= e.start - start < b for a, b in jumps)]
        edits += [_edit("JMP002", rules, start + a, start + b, line[a:b], "", kind="structure",
                        evidence={"line_end_cut": part[a, b]} if (a, b) in part else None)
                  for a, b in jumps]
    if len(edits) > 1:
        edits.sort(key=lambda e: e.start)
        edits = _drop_overlaps(edits)
    return edits


def _parens_across(source: str, start: int, end: int,
                   rows: frozenset[int] = frozenset()) -> list[tuple[int, str]]:
    """PUN002 across one line break: the half-width bracket of this line (source[start:end])
    whose partner stands on the next or the line before, with no bracket between (`_pair`),
    neither of them a table's row (which starts at one of `rows`: its edges border cells,
    no text a line break cut). Each is (offset in the line, the partner)."""
    line = source[start:end]
    found = []
    brackets = [k for k, c in enumerate(line) if c in _BRACKETS]
    if (brackets and line[brackets[-1]] == "(" and source[end:end + 1] == "\n"
            and end + 1 not in rows):
        k = brackets[-1]  # a last bracket that opens: its partner on the next line
        stop = source.find("\n", end + 1)
        nxt = source[end + 1:stop if stop >= 0 else len(source)]
        close = next((j for j, c in enumerate(nxt) if c in _BRACKETS), None)
        if close is not None and _pair("(", nxt[close], line[k + 1:] + nxt[:close],
                                       line[k - 1:k]):
            found.append((k, nxt[close]))
    if (brackets and line[brackets[0]] == ")" and start and source[start - 1] == "\n"
            and (above := source.rfind("\n", 0, start - 1) + 1) not in rows):
        k = brackets[0]  # a first bracket that closes: its partner on the line before
        prev = source[above:start - 1]
        op = next((j for j in range(len(prev) - 1, -1, -1) if prev[j] in _BRACKETS), None)
        if op is not None and _pair(prev[op], ")", prev[op + 1:] + line[:k],
                                    prev[op - 1:op]):
            found.append((k, prev[op]))
    return found


def _pair(opener: str, closer: str, inside: str, before: str) -> bool:
    """Whether two brackets are a pair of Chinese text's: one opening and one closing, at
    most `_PAREN_REACH` characters inside, and Han inside, a CJK character before, or one
    of them full-width already."""
    return (opener in "(（" and closer in ")）" and len(inside) <= _PAREN_REACH
            and (opener == "（" or closer == "）" or bool(_HAN.search(inside))
                 or bool(_CJK.match(before))))


def _neighbour(source: str, at: int, step: int, rows: frozenset[int] = frozenset()) -> str:
    """The nearest character across white space from `at` (before it for step -1),
    however many blank lines lie between (a photo's gap may be many); "" where it stands
    in a table's row (whose raw line starts at one of `rows`: a cell's edge, no text a
    line break cut). Only the lines next to a run of blank space look across it, so each
    run is read at most twice."""
    i = at - 1 if step < 0 else at
    while 0 <= i < len(source):
        if not source[i].isspace() and source[i] not in _INVISIBLE:
            if rows and source.rfind("\n", 0, i) + 1 in rows:
                return ""
            return source[i]
        i += step
    return ""


def _jump_spans(line: str, rules: RuleSet) -> list[tuple[int, int]]:
    """JMP002: jump markers inside a line; a line that is only a marker is JMP001's."""
    if not rules.on("JMP002"):
        return []
    spans = sorted((m.start(), m.end()) for pattern in rules.param_patterns("JMP002", "patterns")
                   for m in pattern.finditer(line))
    if not spans:
        return spans
    rest = "".join(line[a:b] for a, b in zip([0] + [e for _, e in spans],
                                             [s for s, _ in spans] + [len(line)]))
    # A line of markers only keeps them: it is a marker block (JMP001) or left alone.
    return spans if rest.strip() else []



def wrapped_jumps(source: str, lines: list[tuple[int, int]],
                  rules: RuleSet) -> dict[int, list[tuple[int, int, int]]]:
    """JMP002: jump markers a line break cut in two (…突破百亿元。（下转第10 / 版）), as
    {line number in the block: [(start, end, part) within the line]}: the head (part 1)
    ends one line, the tail (part 2) opens the next. Not where the two lines are the
    marker alone (JMP001's block)."""
    if not rules.on("JMP002") or len(lines) < 2:
        return {}
    found: dict[int, list[tuple[int, int, int]]] = {}
    patterns = rules.param_patterns("JMP002", "patterns")
    for k in range(len(lines) - 1):
        left = source[lines[k][0]:lines[k][1]]
        # (only the last opening bracket of the line can start a marker cut at its end;
        # most lines hold none, and are passed over before the next line is read)
        if not any(c in left for c in _MARKER_OPENERS):
            continue
        right = source[lines[k + 1][0]:lines[k + 1][1]]
        m = marker_across(left, right, patterns)
        if m is None or not (left[:m.start()].strip() or right[m.end() - len(left):].strip()):
            continue
        found.setdefault(k, []).append((m.start(), len(left), 1))
        found.setdefault(k + 1, []).append((0, m.end() - len(left), 2))
    return found


_MARKER_OPENERS = "（(〔【"


def marker_across(left: str, right: str, patterns) -> regex.Match | None:
    """A jump marker a line break cut in two, its head ending `left` (…市教育局、（下) and
    its tail opening `right` (转第六版）): the first of `patterns` (JMP002's) that matches
    over the two from the last opening bracket of `left`, or None."""
    at = max(left.rfind(c) for c in _MARKER_OPENERS)
    if at < 0 or not right:
        return None
    both = left + right
    for pattern in patterns:
        m = pattern.match(both, at)
        if m is not None and m.end() > len(left):
            return m
    return None


def _script_edits(line: str, start: int, rules: RuleSet, plan: ScriptPlan) -> list[Edit]:
    want = 1 if plan.config.startswith(("t2", "hk2", "tw2")) else -1
    if not plan.stray_pattern().search(line):
        return []
    converted = _converter(plan.config).convert(line)
    if len(converted) != len(line):
        # A phrase of another length: convert character by character instead.
        converted = "".join(_converter(plan.config).convert(c) if len(c) == 1 else c
                            for c in line)
        if len(converted) != len(line):
            return []
    out = []
    standard = "gb2312" if want == 1 else "big5"
    for i, (a, b) in enumerate(zip(line, converted)):
        # In context OpenCC may pick another form than for the character alone: a stray is
        # converted only when that form, too, is no rarer than the character it replaces.
        if a != b and (plan.whole or (_char_class(a) == want and not _rarer(b, a, standard))):
            out.append(_edit(plan.rule, rules, start + i, start + i + 1, a, b,
                             evidence={"opencc": plan.config, "page_script": plan.detected}))
    return out


def _drop_overlaps(edits: list[Edit]) -> list[Edit]:
    kept, end = [], -1
    for e in edits:
        if e.start >= end:
            kept.append(e)
            end = e.end
    return kept


def _edit(rule_id: str, rules: RuleSet, start: int, end: int, before: str, after: str,
          kind: str = "text", evidence: dict | None = None) -> Edit:
    return Edit(rule=rule_id, start=start, end=end, before=before, after=after,
                reason=rules[rule_id].reason, kind=kind, evidence=evidence or {})
