"""User rule files: every shipped rule can be overridden field by field or disabled;
bad values are refused at load with the file and line; a pattern that backtracks
without end is stopped, not waited for."""
from __future__ import annotations

import json
import unicodedata
from pathlib import Path

import pytest

from cleaner import RuleFileError, RuleSet, clean
from cleaner.errors import RuleTimeoutError

from .helpers import assert_sound
from .test_layout import AT_TOP, page_of
from .test_ocr import FIRST, SECOND, ocr_lines, ocr_page

_COLUMNS = page_of(AT_TOP)  # (a page of columns side by side, as pdftotext -layout prints)
PAGE = "# 标题\n\n本报讯（记者 王五）今天,天气晴。\n\n上图:会场。张三摄\n"
SHIPPED = list(RuleSet.load())


def toml_value(value) -> str:
    """A TOML literal of a rule's value."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return repr(value)
    if isinstance(value, str):  # control and format characters escaped, as TOML wants
        return '"' + "".join(
            "\\" + c if c in '"\\' else
            f"\\u{ord(c):04x}" if unicodedata.category(c) in ("Cc", "Cf", "Zl", "Zp") else c
            for c in value) + '"'
    if isinstance(value, list):
        return "[" + ", ".join(toml_value(v) for v in value) + "]"
    if isinstance(value, dict):
        return "{" + ", ".join(f"{json.dumps(k, ensure_ascii=False)} = {toml_value(v)}"
                               for k, v in value.items()) + "}"
    raise TypeError(value)


def rule_file(tmp_path: Path, rule_id: str, fields: dict, params: dict | None = None) -> Path:
    lines = ["[[rule]]", f'id = "{rule_id}"']
    lines += [f"{k} = {toml_value(v)}" for k, v in fields.items()]
    if params:
        lines.append("[rule.params]")
        lines += [f"{k} = {toml_value(v)}" for k, v in params.items()]
    path = tmp_path / "mine.toml"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


@pytest.mark.parametrize("rule", SHIPPED, ids=[r.id for r in SHIPPED])
def test_every_shipped_rule_can_be_overridden_field_by_field(tmp_path, rule):
    """Each field alone, then every parameter at its own value: loads, and the field
    changes; the rest of the rule is kept."""
    for key, value in (("reason", "our paper's own reason"), ("priority", 7),
                       ("name", rule.name + ".ours")):
        mine = RuleSet.load([rule_file(tmp_path, rule.id, {key: value})])[rule.id]
        assert getattr(mine, key) == value
        assert mine.pattern_text == rule.pattern_text and mine.params == rule.params
    if rule.params:
        mine = RuleSet.load([rule_file(tmp_path, rule.id, {}, dict(rule.params))])[rule.id]
        assert mine.params == rule.params
        for key, value in rule.params.items():
            one = RuleSet.load([rule_file(tmp_path, rule.id, {}, {key: value})])[rule.id]
            assert one.params == rule.params and one.enabled == rule.enabled
    if rule.pattern_text:
        mine = RuleSet.load([rule_file(tmp_path, rule.id,
                                       {"patterns": list(rule.pattern_text[:1])})])[rule.id]
        assert mine.pattern_text == rule.pattern_text[:1]


@pytest.mark.parametrize("rule", SHIPPED, ids=[r.id for r in SHIPPED])
def test_every_shipped_rule_can_be_disabled_from_a_file(tmp_path, rule):
    rules = RuleSet.load([rule_file(tmp_path, rule.id, {"enabled": False})])
    assert not rules.on(rule.id)
    page = clean(PAGE, rules=rules)
    assert_sound(page)
    assert all(e.rule != rule.id for e in page.edits)


def test_the_issue_override_of_a_rule_without_patterns(tmp_path):
    """JOIN001 has no patterns: overriding its params used to fail with 'empty pattern
    list'."""
    rules = RuleSet.load([rule_file(tmp_path, "JOIN001", {}, {"terminal": "。！？"})])
    assert rules.param("JOIN001", "terminal") == "。！？"


BAD_PARAMS = [
    # (rule, params, the key at fault, words of the error)
    ("CLS003", {"surnames": 5}, "surnames", ["surnames", "a string"]),
    ("CLS003", {"titles": ["x"], "surname": "王"}, "surname", ["no parameter 'surname'"]),
    ("BLK005", {"slack": "wide"}, "slack", ["slack", "a number"]),
    ("BLK005", {"min_line_width": 2.5}, "min_line_width", ["a whole number"]),
    ("JMP001", {"from_elsewhere": ["上接", "(unclosed"]}, "from_elsewhere", ["bad pattern"]),
    ("JMP001", {"onward": [1, 2]}, "onward", ["onward"]),
    ("CAP004", {"credit": "[z-a]"}, "credit", ["bad pattern"]),
    # (patterns the layout stage reads as one string)
    ("LAY001", {"open_end": "[^。"}, "open_end", ["bad pattern"]),
    ("LAY001", {"subtitle_mark": "(——"}, "subtitle_mark", ["bad pattern"]),
    ("LAY002", {"line_end": "[。"}, "line_end", ["bad pattern"]),
    ("LAY002", {"line_end": ["[。]$"]}, "line_end", ["line_end", "a string"]),
    ("LAY002", {"closing_mark": "[。，"}, "closing_mark", ["bad pattern"]),
    ("LAY001", {"clause_mark": "[，。"}, "clause_mark", ["bad pattern"]),
    ("LAY001", {"title_marks": "[，"}, "title_marks", ["bad pattern"]),
    ("LAY001", {"tail_marks": "(。"}, "tail_marks", ["bad pattern"]),
    ("LAY001", {"text_marks": "[，"}, "text_marks", ["bad pattern"]),
    ("LAY002", {"clause_mark": "[，"}, "clause_mark", ["bad pattern"]),
    ("LAY002", {"small_start": "^(?:图为"}, "small_start", ["bad pattern"]),
    ("LAY002", {"small_credit": "摄[）)$"}, "small_credit", ["bad pattern"]),
    ("LAY002", {"last_line": "[。！？$"}, "last_line", ["bad pattern"]),
    # (a parameter's old name: LAY002's closing_mark was no_line_start, like LAY101's marks)
    ("LAY002", {"no_line_start": "[。，]"}, "no_line_start", ["no_line_start is now called "
                                                               "closing_mark"]),
    # Out of the range the code works in (registry.PARAM_RANGES): an IndexError, a math
    # domain error, memory without bound.
    ("LAY001", {"min_support": 1}, "min_support", ["min_support", "at least 2", "got 1"]),
    ("LAY001", {"clear_lines": 0}, "clear_lines", ["clear_lines", "at least 1"]),
    ("LAY001", {"short_support": 1}, "short_support", ["short_support", "at least 2", "got 1"]),
    ("LAY001", {"caption_type": 0.0}, "caption_type", ["caption_type", "from 0.1 to 1.0"]),
    ("LAY002", {"small_type": 1e6}, "small_type", ["small_type", "from 0.1 to 1.0"]),
    ("LAY002", {"unspaced_lines": 0}, "unspaced_lines", ["unspaced_lines", "at least 1"]),
    ("LAY002", {"glue_reach": 1000}, "glue_reach", ["glue_reach", "from 1 to 64"]),
    ("LAY206", {"max_junctions": 40}, "max_junctions", ["max_junctions", "from 1 to 16"]),
    ("LAY206", {"min_lines": 1}, "min_lines", ["min_lines", "at least 2"]),
    ("LAY206", {"min_column": 0}, "min_column", ["min_column", "at least 1"]),
    ("LAY101", {"word_smoothing": -1.0}, "word_smoothing", ["word_smoothing", "at least 0"]),
    ("LAY101", {"min_rows": 0}, "min_rows", ["min_rows", "at least 1"]),
    ("LAY101", {"max_columns": 25}, "max_columns", ["from 1 to 24"]),
    ("LAY101", {"assign_max_units": 401}, "assign_max_units", ["from 2 to 400"]),
    ("LAY101", {"stream_window": 0}, "stream_window", ["stream_window", "from 1 to 24"]),
    ("LAY101", {"stream_beam": 0}, "stream_beam", ["stream_beam", "from 1 to 4096"]),
    ("LAY101", {"relink_window": 65}, "relink_window", ["relink_window", "from 1 to 64"]),
    ("LAY101", {"lift_max_units": 0}, "lift_max_units", ["lift_max_units", "from 1 to 64"]),
    ("LAY101", {"lift_max_units": 65}, "lift_max_units", ["from 1 to 64"]),
    ("LAY101", {"head_max_lines": 1}, "head_max_lines", ["head_max_lines", "at least 2"]),
    ("LAY101", {"lexicon_min_count": 0}, "lexicon_min_count", ["lexicon_min_count", "at least 1"]),
    ("CLS017", {"lexicon_min_count": 0}, "lexicon_min_count", ["lexicon_min_count", "at least 1"]),
    # (no number infinite, nor not one: an infinite weight hung LAY101's assignment)
    ("LAY101", {"assign_prior": float("inf")}, "assign_prior", ["assign_prior", "finite"]),
    ("LAY101", {"assign_cost": float("nan")}, "assign_cost", ["assign_cost", "finite"]),
    # (nor a fitted weight or its threshold so large that a pair's summed log-odds are:
    # 1e308 each hung it so)
    ("LAY101", {"assign_w_bias": 1e308}, "assign_w_bias", ["assign_w_bias",
                                                           "from -1000 to 1000"]),
    ("LAY101", {"assign_w_order": -1e4}, "assign_w_order", ["from -1000 to 1000"]),
    ("LAY101", {"assign_least_odds": 1e308}, "assign_least_odds", ["from -1000 to 1000"]),
    ("CLS026", {"measure_blocks": 0}, "measure_blocks", ["measure_blocks", "at least 1"]),
    # (a head of no lines: the stack's first line is its headline; a stack as long as a
    # page walks back over it at every title-like line)
    ("CLS005", {"max_title_stack": 0}, "max_title_stack", ["max_title_stack", "from 1 to 16"]),
    ("CLS005", {"max_title_stack": 17}, "max_title_stack", ["from 1 to 16"]),
    ("CLS007", {"dash_line_max_chars": 0}, "dash_line_max_chars", ["dash_line_max_chars",
                                                                   "at least 1"]),
    ("CLS014", {"captions_under_names": -1}, "captions_under_names", ["from 0 to 16"]),
    ("CLS015", {"captions_over_anchor": 17}, "captions_over_anchor", ["captions_over_anchor",
                                                                       "from 0 to 16"]),
    ("CLS015", {"captions_under_title": -1}, "captions_under_title", ["from 0 to 16"]),
    ("CLS015", {"bylines_over_edition": 17}, "bylines_over_edition", ["from 0 to 16"]),
    ("CLS014", {"max_name_lines": 0}, "max_name_lines", ["max_name_lines", "from 1 to 16"]),
    ("CLS015", {"max_subtitles": 0}, "max_subtitles", ["max_subtitles", "from 1 to 16"]),
    # (a page flag raised on none found: its first example is not there)
    ("DBT009", {"min_headlines": 0}, "min_headlines", ["min_headlines", "at least 1"]),
    ("DBT010", {"min_paragraphs": 0}, "min_paragraphs", ["min_paragraphs", "at least 1"]),
    ("DBT010", {"min_chars": 0}, "min_chars", ["min_chars", "at least 1"]),
    ("DBT011", {"min_articles": 0}, "min_articles", ["min_articles", "at least 1"]),
]


@pytest.mark.parametrize("rule_id,params,key,words", BAD_PARAMS,
                         ids=[f"{b[0]}-{b[2]}" for b in BAD_PARAMS])
def test_bad_parameter_is_refused_at_load_with_file_and_line(tmp_path, rule_id, params, key,
                                                              words):
    path = rule_file(tmp_path, rule_id, {"reason": "ours"}, params)
    with pytest.raises(RuleFileError) as err:
        RuleSet.load([path])
    message = str(err.value)
    lines = path.read_text(encoding="utf-8").splitlines()
    line = next(n for n, text in enumerate(lines, 1) if text.startswith(f"{key} ="))
    assert message.startswith(f"{path}:{line}: "), message
    for w in words:
        assert w in message, message


def test_bad_top_level_type_names_its_line(tmp_path):
    path = rule_file(tmp_path, "CAP001", {"reason": "ours", "priority": True})
    with pytest.raises(RuleFileError, match=r"mine.toml:4: rule CAP001: priority must be"):
        RuleSet.load([path])


def test_line_numbers_in_a_long_file_point_at_the_rule(tmp_path):
    body = "".join(f'[[rule]]\nid = "USR{n:03d}"\nname = "user.r{n}"\nstage = "classify"\n'
                   f'role = "caption"\nreason = "r"\npatterns = ["^x{n}$"]\n\n'
                   for n in range(300))
    body += '[[rule]]\nid = "USR999"\nname = "user.bad"\nstage = "classify"\n' \
            'role = "caption"\nreason = "r"\npatterns = ["(bad"]\n'
    path = tmp_path / "many.toml"
    path.write_text(body, encoding="utf-8")
    with pytest.raises(RuleFileError) as err:
        RuleSet.load([path])
    assert str(err.value).startswith(f"{path}:{300 * 8 + 7}: bad pattern")


def test_backtracking_user_pattern_is_stopped_on_the_page_and_flagged(tmp_path):
    """(a+)+b on 5,000 'a' would run for minutes: the rule is stopped on this page, the
    page is still cleaned whole, and the page's flags name the rule."""
    path = tmp_path / "slow.toml"
    path.write_text('[[rule]]\nid = "USR001"\nname = "user.slow"\nstage = "classify"\n'
                    'role = "caption"\nreason = "slow"\npatterns = ["(a+)+b"]\n',
                    encoding="utf-8")
    rules = RuleSet.load([path])
    text = "# 标题\n\n" + "a" * 5000 + "。\n\n本报讯 今天天气晴。\n"
    page = clean(text, rules=rules, name="slow.txt")
    assert_sound(page)
    # (and DBT012: the page is mostly Latin letters)
    timeouts = [f for f in page.flags if f.get("code") != "DBT012"]
    assert [(f["flag"], f["rule"]) for f in timeouts] == [("rule_timeout", "USR001")]
    assert "slow.txt" in timeouts[0]["message"]
    with pytest.raises(RuleTimeoutError, match="USR001.*slow.txt"):
        clean(text, rules=rules, name="slow.txt", strict=True)
    assert clean(PAGE, rules=rules).flags == []  # only the page it stalled on


def test_a_parameter_at_the_edge_of_its_range_loads(tmp_path):
    """The ranges refuse only what breaks the code: their edges load and clean."""
    path = rule_file(tmp_path, "LAY001", {}, {"min_support": 2})
    assert RuleSet.load([path]).param("LAY001", "min_support") == 2
    assert_sound(clean(_COLUMNS, rules=RuleSet.load([path])))
    path = rule_file(tmp_path, "LAY101", {}, {"word_smoothing": 0.0, "max_columns": 24})
    assert_sound(clean(PAGE, rules=RuleSet.load([path])))


def test_a_huge_title_clear_is_bounded_by_the_page(tmp_path):
    """LAY001 weighs the rows over a title within `title_clear`: a value far past the
    page's rows (it walked every row number up to it: a page took minutes) reads as the
    page's own count of rows."""
    page = (Path(__file__).parent / "fixtures" / "grid-title-wrapped-beside-a-column-s-end.txt"
            ).read_text(encoding="utf-8")
    rows = page.count("\n") + 1
    huge = RuleSet.load([rule_file(tmp_path, "LAY001", {}, {"title_clear": 10 ** 9})])
    whole = RuleSet.load([rule_file(tmp_path, "LAY001", {}, {"title_clear": rows})])
    assert clean(page, rules=huge).to_dict()["articles"] == clean(page, rules=whole).to_dict()[
        "articles"]


def test_a_huge_move_target_window_is_bounded_by_the_page(tmp_path):
    """MOVE001 weighs targets among the page's articles: max_targets far past their count
    (it walked every number up to it: a page took minutes) gives the default's result."""
    page = ("# 甲\n\n本报讯 今天，这里举行了一次活动，来自各地的代表和\n\n"
            "# 乙\n\n本报讯 会议要求各地做好保障。\n\n群众参加了活动，气氛热烈。\n")
    huge = RuleSet.load([rule_file(tmp_path, "MOVE001", {}, {"max_targets": 10 ** 9})])
    assert clean(page, rules=huge).to_dict()["articles"] == clean(page).to_dict()["articles"]


def test_shipped_surname_lists_name_each_surname_once():
    """A surname written twice (added again at the list's end) is a slip in the data: the
    rules read the list as a set, so a later edit of one copy would silently not take."""
    for rule in SHIPPED:
        chars = rule.params.get("surnames")
        if isinstance(chars, str):
            twice = sorted({c for c in chars if chars.count(c) > 1})
            assert not twice, f"{rule.id} surnames lists {''.join(twice)} more than once"


# Thresholds that were constants in code, now parameters: a rule file that changes one
# changes what the page reads as (the parameter is really read).

# A kicker, a headline and two subtitles, all marked as headings, over a byline.
TALL_HEAD = ("# 小山村里的新产业\n\n# 一个村庄的产业转型之路\n\n# 记者蹲点调查\n\n# 来自基层的报道\n\n"
             "本报记者 张三\n\n今年以来，村里引进了新的种植技术，村民们的收入明显提高，大家干劲十足。\n\n"
             "村支书介绍，下一步还将继续扩大种植面积，带动更多村民增收致富。\n")


def test_cls005_max_title_stack_is_read_from_the_rule_file(tmp_path):
    """A head of four title lines is one article's head; a stack of two at most cuts it,
    its upper lines a head of their own with no text."""
    assert len(clean(TALL_HEAD).articles) == 1
    short = RuleSet.load([rule_file(tmp_path, "CLS005", {}, {"max_title_stack": 2})])
    page = clean(TALL_HEAD, rules=short)
    assert len(page.articles) == 2
    assert_sound(page)


# A title OCR wrapped over two blocks, over a subtitle (一一…) and the text, no byline.
WRAPPED_OVER_SUBTITLE = ocr_page(["县域医共体让群众就"], ["近看好病"], ["一一来自甘肃、河南、四川基层的调查"],
                                 ocr_lines(FIRST), ocr_lines(SECOND))


def test_cls007_dash_line_max_chars_is_read_from_the_rule_file(tmp_path):
    """The subtitle over the text anchors the head, so the title's two lines above it are
    one headline wrapped; a subtitle longer than `dash_line_max_chars` anchors nothing,
    and the upper line stays a kicker."""
    a = clean(WRAPPED_OVER_SUBTITLE).articles[0]
    assert (a.headline, a.kicker) == ("县域医共体让群众就近看好病", None)
    short = RuleSet.load([rule_file(tmp_path, "CLS007", {}, {"dash_line_max_chars": 5})])
    page = clean(WRAPPED_OVER_SUBTITLE, rules=short)
    assert (page.articles[0].headline, page.articles[0].kicker) == ("近看好病", "县域医共体让群众就")
    assert_sound(page)


CAPTION = ["图为村民在茶园采茶。 本报记者 王五摄"]


def test_cls015_captions_over_anchor_is_read_from_the_rule_file(tmp_path):
    """A photo's caption between a title OCR wrapped over two blocks and its byline: the
    title is looked for above the caption, and its lines are one headline; with no caption
    allowed there, the upper line stays a kicker."""
    text = ocr_page(["县域医共体让群众就"], ["近看好病"], CAPTION, ["本报记者 赵 梅"],
                    ocr_lines(FIRST), ocr_lines(SECOND))
    a = clean(text).articles[0]
    assert (a.headline, a.kicker, a.byline) == ("县域医共体让群众就近看好病", None, "本报记者 赵 梅")
    none = RuleSet.load([rule_file(tmp_path, "CLS015", {}, {"captions_over_anchor": 0})])
    page = clean(text, rules=none)
    assert (page.articles[0].headline, page.articles[0].kicker) == ("近看好病", "县域医共体让群众就")
    assert_sound(page)


def test_cls014_captions_under_names_is_read_from_the_rule_file(tmp_path):
    """A bare line of names over a photo's caption over the text is the byline; with no
    caption allowed between them, it is not, and the page has no head."""
    text = ocr_page(["小茶叶撬动大产业"], ["赵 梅"], CAPTION, ocr_lines(FIRST), ocr_lines(SECOND))
    a = clean(text).articles[0]
    assert (a.headline, a.byline) == ("小茶叶撬动大产业", "赵 梅")
    none = RuleSet.load([rule_file(tmp_path, "CLS014", {}, {"captions_under_names": 0})])
    page = clean(text, rules=none)
    assert [a.byline for a in page.articles] == [None]
    assert_sound(page)


def test_cls015_captions_under_title_is_read_from_the_rule_file(tmp_path):
    """A block of title lines over its tail, a photo's caption and the byline: the block is
    read past the caption to the byline, and the head found; with no caption allowed under
    the tail, it is not."""
    text = ("老旧小区改造惠及千家万户\n加装电梯后，张大爷天天下楼\n遛弯\n" + CAPTION[0]
            + "\n本报记者 赵 梅\n" + "\n".join(ocr_lines(FIRST)) + "\n")
    a = clean(text).articles[0]
    assert (a.byline, len(a.captions)) == ("本报记者 赵 梅", 1)
    none = RuleSet.load([rule_file(tmp_path, "CLS015", {}, {"captions_under_title": 0})])
    page = clean(text, rules=none)
    assert [a.byline for a in page.articles] == [None]
    assert_sound(page)


def test_cls014_max_name_lines_is_read_from_the_rule_file(tmp_path):
    """Two lines of bare names over a dateline are the head's byline; with one name line
    allowed, the upper is read as the title's last line."""
    from .test_rules import FULL, NEXT, page_of, printed

    text = page_of(printed(FULL, NEXT, head=("高校实验室里的科研团队", "张  萌", "李  强",
                                             "本报北京9月2日电")))
    a = clean(text).articles[0]
    assert (a.headline, a.byline) == ("高校实验室里的科研团队", "张  萌 李  强")
    one = RuleSet.load([rule_file(tmp_path, "CLS014", {}, {"max_name_lines": 1})])
    page = clean(text, rules=one)
    assert (page.articles[0].headline, page.articles[0].byline) == (
        "高校实验室里的科研团队张  萌", "李  强")
    assert_sound(page)


def test_cls015_bylines_over_edition_is_read_from_the_rule_file(tmp_path):
    """An article print's second head, its byline over its edition line: the byline is read
    past and the title above it heads an article; with no byline allowed over an edition
    line, the title is not found and the second article is not opened."""
    from .test_rules import FULL, LONG, NEXT, PRINT_HEAD, page_of, printed

    text = page_of(printed(NEXT, LONG, head=("活动顺利举行", PRINT_HEAD))
                   + printed(LONG, FULL, head=("会议在京召开", "本报记者  李  四", PRINT_HEAD)))
    assert [(a.headline, a.byline) for a in clean(text).articles] == [
        ("活动顺利举行", None), ("会议在京召开", "本报记者  李  四")]
    none = RuleSet.load([rule_file(tmp_path, "CLS015", {}, {"bylines_over_edition": 0})])
    page = clean(text, rules=none)
    assert [a.headline for a in page.articles] == ["活动顺利举行"]
    assert_sound(page)


def test_cls015_max_subtitles_is_read_from_the_rule_file(tmp_path):
    """Two subtitles between a title and a line of bare names: both are the head's
    subtitles and the names its byline; with one subtitle allowed, the upper subtitle is
    no subtitle over the names, which are then read as the subtitle's tail."""
    from .test_rules import FULL, NEXT, page_of, printed

    text = page_of(printed(FULL, NEXT, head=("高校实验室里的科研团队", "——来自实验室的报道",
                                             "——记者手记", "张  萌")))
    a = clean(text).articles[0]
    assert (a.subtitle, a.byline) == ("——来自实验室的报道 ——记者手记", "张  萌")
    one = RuleSet.load([rule_file(tmp_path, "CLS015", {}, {"max_subtitles": 1})])
    page = clean(text, rules=one)
    assert (page.articles[0].subtitle, page.articles[0].byline) == (
        "——来自实验室的报道 ——记者手记张  萌", None)
    assert_sound(page)


def _shipped_profile_text(name: str) -> str:
    from importlib import resources
    return resources.files("cleaner.rules").joinpath("profiles", f"{name}.toml").read_text(
        encoding="utf-8")


def test_a_profiles_detect_chars_is_read_from_its_file():
    """The Hong Kong profile looks for its dateline in the page's first detect_chars
    characters: a page whose first dateline stands past them is not its page."""
    from cleaner.registry import available_profiles, read_profile
    text = _shipped_profile_text("hongkong")
    assert available_profiles()["hongkong"].detect_chars == 4000
    page = "港聞\n\n" + "本地消息。" * 20 + "\n\n【明報專訊】今日天氣晴朗。\n"
    assert available_profiles()["hongkong"].matches(page)
    near = read_profile("hongkong", text.replace("detect_chars = 4000", "detect_chars = 50"),
                        "hongkong.toml")
    assert near.detect_chars == 50 and not near.matches(page)


def test_a_profile_file_without_detect_chars_reads_as_before():
    """Must not: a profile written before the key existed is refused; it looks as far as
    the shipped ones did (4000 characters) and picks the same pages."""
    from cleaner.registry import read_profile
    text = _shipped_profile_text("hongkong").replace("detect_chars = 4000", "")
    old = read_profile("hongkong", text, "hongkong.toml")
    page = "港聞\n\n" + "本地消息。" * 20 + "\n\n【明報專訊】今日天氣晴朗。\n"
    assert old.detect_chars == 4000 and old.matches(page)


@pytest.mark.parametrize("line,words", [("detect_chars = 0", "at least 1"),
                                        ("detect_chars = 1.5", "a whole number"),
                                        ("detect_chars = true", "a whole number")])
def test_a_profiles_bad_detect_chars_is_refused(line, words):
    """0 looks at nothing (the profile is silently never picked); a profile with detect
    patterns says how far they look."""
    from cleaner.registry import read_profile
    text = _shipped_profile_text("hongkong").replace("detect_chars = 4000", line)
    with pytest.raises(RuleFileError, match=words):
        read_profile("hongkong", text, "hongkong.toml")
