"""cleaner.lexicon: the word-frequency list (rules/words.txt), its loader, and its build."""
from __future__ import annotations

import hashlib
import math
import unicodedata
from importlib import resources

import pytest
import regex

from cleaner import clean, interleave, lexicon
from cleaner.errors import RuleFileError
from cleaner.registry import RuleSet

from .helpers import benchmark_script, rules_with

SMALL = "# total = 1000\n的 100\n发展 20\n经济 10\n高 10\n质量 10\n高质量 8\n经 5\n济 5\n"


def test_parse_reads_counts_against_the_total():
    words = lexicon.parse(SMALL)
    assert len(words) == 8 and words.max_len == 3
    assert words.logp["发展"] == pytest.approx(math.log(20 / 1000))
    assert words.floor == pytest.approx(math.log(1 / 1000))  # a character it lacks


def test_parse_without_a_total_takes_the_sum():
    words = lexicon.parse("发展 3\n经济 1\n")
    assert words.logp["经济"] == pytest.approx(math.log(1 / 4))


@pytest.mark.parametrize("text,where", [
    ("# total = 10\n发展\n", "words.txt:2"),            # no count
    ("# total = 10\nabc 3\n", "words.txt:2"),           # not Han
    ("# total = 10\n发展 3 n\n", "words.txt:2"),        # jieba's tag left in
    ("# total = ten\n发展 3\n", "words.txt:1"),
    ("# only comments\n", "no words"),
    ("# total = 10\n发展 30\n", "from 1 to the total"),
])
def test_a_faulty_list_is_a_rule_file_error(text, where):
    with pytest.raises(RuleFileError, match=where):
        lexicon.parse(text)


def test_parse_reads_the_rows_down_to_the_first_counted_too_few():
    # the list is most common first: the rows after the first counted under min_count are
    # neither read nor checked (a bad line there goes unseen), the total is the list's own
    head = lexicon.parse(SMALL + "not a row\n", min_count=10)
    assert head.logp == lexicon.parse(SMALL).at_least(10).logp
    assert head.max_len == 2 and head.floor == lexicon.parse(SMALL).floor
    with pytest.raises(RuleFileError, match="words.txt:10"):
        lexicon.parse(SMALL + "not a row\n")  # read whole, it is found
    with pytest.raises(RuleFileError, match="words.txt:3"):
        lexicon.parse("# total = 10\n发展 3\n不 x\n", min_count=2)  # a bad row above the cut


def test_parse_without_a_total_first_reads_the_whole_list_for_it():
    assert lexicon.parse("发展 3\n经济 1\n", min_count=2).logp == {"发展": pytest.approx(math.log(3 / 4))}
    late = lexicon.parse("发展 3\n经济 1\n# total = 10\n", min_count=2)
    assert late.logp == {"发展": pytest.approx(math.log(3 / 10))}


def test_a_list_out_of_order_is_a_rule_file_error():
    # (read in part, it would lose a common word printed after a rarer one)
    with pytest.raises(RuleFileError, match="words.txt:3: counted 5 times, more than"):
        lexicon.parse("# total = 10\n发展 3\n经济 5\n")


def test_gain_is_a_word_across_the_break():
    words = lexicon.parse(SMALL)
    gain, word = words.gain("推动经", "济高质量发展")
    assert word == "经济"
    # the joint reading (经济|高质量) against the two sides apart (经 / 济|高质量)
    assert gain == pytest.approx(math.log(10 / 1000) - 2 * math.log(5 / 1000))
    assert words.gain("推动经济", "高质量发展") == (0.0, "")  # the break falls between words
    assert words.gain("推动经", "，济") == (0.0, "")           # a mark at the break
    assert words.gain("", "经济") == (0.0, "")


def test_gain_reads_only_the_han_characters_next_to_the_break():
    words = lexicon.parse(SMALL)
    assert words.gain("2025经", "济") == words.gain("经", "济")
    assert words.gain("经", "济5G高") == words.gain("经", "济")


def test_the_shipped_list_is_small_nfc_han_words_with_its_licence():
    folder = resources.files("cleaner.rules")
    raw = folder.joinpath(lexicon.FILE).read_bytes()
    assert len(raw) < 1_000_000
    text = raw.decode("utf-8")
    assert "# total = " in text and "jieba" in text
    rows = [line.split() for line in text.splitlines() if not line.startswith("#")]
    assert len(rows) > 10_000
    for word, count in rows:
        assert regex.fullmatch(r"\p{Han}{1,4}", word) and int(count) > 0
        assert unicodedata.normalize("NFC", word) == word
    licence = folder.joinpath("words-LICENSE.txt").read_text(encoding="utf-8")
    assert "MIT License" in licence and "Sun Junyi" in licence


def test_the_shipped_list_knows_words_across_breaks():
    words = lexicon.load()
    assert words.gain("焕新升", "级后的")[1] == "升级"
    assert words.gain("焕新升级", "后的")[0] == 0.0


def test_at_least_keeps_the_commoner_words_as_they_read():
    words = lexicon.parse(SMALL)
    common = words.at_least(10)
    assert set(common.logp) == {"的", "发展", "经济", "高", "质量"}  # 经, 济 5; 高质量 8
    assert common.logp["发展"] == words.logp["发展"] and common.floor == words.floor
    assert common.max_len == 2
    assert words.at_least(10) is common  # made once a list and count
    assert words.at_least(5) is words    # (every word kept: the list itself)
    # 经济 is still a word across the break; 经 and 济 alone now read at the floor
    assert common.gain("推动经", "济高")[1] == "经济"


RULES = RuleSet.load()
COMMON = RULES.param("CLS017", "lexicon_min_count")


def test_the_other_rules_read_the_list_as_it_shipped_before():
    # CLS017 and the heads weigh the words counted CLS017's lexicon_min_count times or
    # more (100, the list as it shipped before); LAY101 more
    assert COMMON == 100
    whole = lexicon.load().at_least(COMMON)
    assert list(lexicon.common(RULES).logp.items()) == list(whole.logp.items())
    assert (lexicon.common(RULES).max_len, lexicon.common(RULES).floor) == (whole.max_len,
                                                                            whole.floor)
    assert lexicon.common(RULES) is lexicon.load(COMMON)
    assert "长队" in lexicon.load().logp and "长队" not in lexicon.common(RULES).logp  # 42
    assert "排队" in lexicon.common(RULES).logp                                        # 673
    assert lexicon.common(RULES).gain("门前排起了长", "队，")[0] == 0.0
    assert lexicon.load().gain("门前排起了长", "队，")[1] == "长队"


def test_cls017_weighs_only_the_common_words():
    from cleaner.words import listed_across
    rules = RuleSet.load()
    assert listed_across("门前排", "队的人", rules) == "排队"
    assert listed_across("一辆地等着卸", "货，村民", rules) == ""  # 卸货: counted 31 times


def test_cls017_reads_its_count_from_the_rule_file(tmp_path):
    # (the count is CLS017's parameter: a file that lowers it weighs 卸货, counted 31 times,
    # and one that raises it over 排队's 673 no longer weighs that)
    from cleaner.words import listed_across
    lower = rules_with(tmp_path, "CLS017", lexicon_min_count=20)
    higher = rules_with(tmp_path, "CLS017", lexicon_min_count=1000)
    assert listed_across("一辆地等着卸", "货，村民", lower) == "卸货"
    assert listed_across("门前排", "队的人", higher) == ""


def test_the_list_is_read_once_a_process():
    lexicon.load.cache_clear()
    first = lexicon.load()
    assert lexicon.load() is first
    assert lexicon.load.cache_info().misses == 1


def test_the_common_words_are_taken_from_the_whole_list_once_it_is_read():
    # (a pdfminer.six page reads LAY101's words first; the heads' then cost nothing)
    lexicon.load.cache_clear()
    whole = lexicon.load(20)
    assert lexicon.common(RULES) is whole.at_least(COMMON)
    lexicon.load.cache_clear()
    head = lexicon.common(RULES)
    assert len(lexicon.load(20)) > len(head)  # (the head alone does not hold them)


# a paragraph that goes on past a short line where a word of the list spans the break (组|织)
JOINED = ["活动顺利举行", "本报记者 王五", "今天上午这里举行了一次文化活", "动，来自各地的代表和群众纷纷参加",
          "，大家对活动的组", "织工作给予好评，希望以后多举办这", "样的活动，让更多人受益。"]


def test_a_page_that_needs_only_the_common_words_reads_only_those():
    lexicon.load.cache_clear()
    interleave._decode.cache_clear()
    page = clean("\n".join(JOINED) + "\n")
    assert [e.evidence.get("listed") for e in page.edits if e.rule == "JOIN001"] == ["组织"]
    assert lexicon.load.cache_info().misses == 1  # one read, and it was the common words'
    lexicon.load(COMMON)
    assert lexicon.load.cache_info().misses == 1


COLUMNS = ("县域产业园区见闻\n\n本报记者 王五\n\n今年以来这个县始终坚持推动经\n\n业落户园区，村里年轻人不用打\n\n"
           "济高质量发展作为头等大事来培\n\n工也能挣钱，不少人回到家乡上\n\n育特色产业不断完善基础设施努\n\n"
           "班，每月收入比过去还多一些孩\n\n力改善营商环境吸引一批龙头企\n\n子们放学后也有人照看。\n\n\f")


def test_a_page_that_needs_no_list_never_reads_it():
    lexicon.load.cache_clear()
    page = clean("# 标题\n\n本报讯 今天，这里举行了一次活动。\n\n活动现场气氛热烈。\n")
    assert page.articles
    assert lexicon.load.cache_info().misses == 0


def test_pages_that_need_the_list_read_it_once():
    lexicon.load.cache_clear()
    interleave._decode.cache_clear()
    rules = RuleSet.load()
    for text in (COLUMNS, COLUMNS.replace("王五", "赵六")):
        page = clean(text, rules=rules)
        assert [e.rule for e in page.layout] == ["LAY101"]
    assert lexicon.load.cache_info().misses == 1


def test_the_list_turned_off_is_never_read(tmp_path):
    off = tmp_path / "off.toml"
    off.write_text('[[rule]]\nid = "LAY101"\n[rule.params]\nlexicon_max = 0.0\n'
                   '[[rule]]\nid = "CLS017"\n[rule.params]\nlexicon_min_gain = 0.0\n',
                   encoding="utf-8")
    lexicon.load.cache_clear()
    interleave._decode.cache_clear()
    page = clean(COLUMNS, rules=RuleSet.load([off]))
    assert not page.layout  # the page's own pairs say nothing: the lines stay as printed
    assert lexicon.load.cache_info().misses == 0


# Two columns of four lines read row by row; each column's breaks fall inside words jieba
# counted 20 to 99 times (长|队, 卸|货, 装|车; 移|栽, 滴|灌, 调|料), the rows' inside none.
SHORT_RUN = ("蔬菜基地见闻\n\n本报记者 李四\n\n" + "\n\n".join((
    "今年春天，镇上蔬菜基地门前排起了长", "基地负责人介绍，今年春天新苗刚刚移",
    "队，收菜的货车一辆接着一辆地等着卸", "栽，全部都用上了节水节肥的自动化滴",
    "货，村民们忙着把新鲜的蔬菜往车上装", "灌设备，农技员还手把手教村民配兑调",
    "车，再一车一车送往城里的超市。", "料，蔬菜产量比去年高出了三成。")) + "\n\n\f")


def test_lay101_reads_a_column_on_across_a_less_common_word():
    interleave._decode.cache_clear()
    page = clean(SHORT_RUN)
    assert [e.rule for e in page.layout] == ["LAY101"]
    body = "".join(b.text for a in page.articles for b in a.body)
    assert "排起了长队，收菜的货车" in body and "刚刚移栽，全部" in body


def test_lay101_weighing_only_the_common_words_leaves_the_run_as_printed(tmp_path):
    common = rules_with(tmp_path, "LAY101", lexicon_min_count=100)
    interleave._decode.cache_clear()
    page = clean(SHORT_RUN, rules=common)
    assert not page.layout
    body = "".join(b.text for a in page.articles for b in a.body)
    assert "排起了长基地负责人" in body


def test_the_run_logs_the_words_it_was_scored_on():
    interleave._decode.cache_clear()
    page = clean(COLUMNS)
    runs = page.layout[0].evidence["runs"]
    assert {"经济", "培育", "努力", "打工", "上班", "孩子"} <= set(runs[0]["listed"])




def test_the_build_keeps_short_common_han_words_most_common_first():
    source = ("AT&T 3 nz\n的 500 uj\n发展 200 vn\n经济 200 n\n冷僻 50 a\n高质量发展 300 n\n"
              "\uf900 300 n\n好 150 a\n").encode("utf-8")
    text = benchmark_script("build_words").build(source, min_count=100, max_len=4)
    rows = [line for line in text.splitlines() if not line.startswith("#")]
    # (冷僻: too rare; 高质量发展: too long; AT&T: not Han; U+F900: changed by NFC)
    assert rows == ["的 500", "发展 200", "经济 200", "好 150"]
    assert "# total = 1703" in text
    assert hashlib.sha256(source).hexdigest() in text
    assert lexicon.parse(text).logp["好"] == pytest.approx(math.log(150 / 1703))
    assert benchmark_script("build_words").build(source, min_count=100, max_len=4) == text  # the same bytes


def test_a_join_made_on_a_listed_word_logs_it():
    page = clean("\n".join(JOINED) + "\n")
    joins = [e for e in page.edits if e.rule == "JOIN001"]
    assert [e.evidence.get("listed") for e in joins] == ["组织"]


def test_a_min_count_over_every_count_weighs_no_word_rather_than_failing():
    # (LAY101's `lexicon_min_count` set over the list's top count, as at_least of the whole
    # list reads it: no word, the floor the list's own; not "no words", a rule file error
    # that named words.txt on a pdfminer.six page, unless a page had read the list before)
    head = lexicon.parse(SMALL, min_count=10 ** 9)
    whole = lexicon.parse(SMALL).at_least(10 ** 9)
    assert len(head) == len(whole) == 0 and head.floor == whole.floor
    assert head.gain("发", "展") == whole.gain("发", "展")
    assert len(lexicon.load(10 ** 9)) == 0
