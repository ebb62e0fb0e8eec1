"""CLS016 `question_heading`: a title line that asks, with nothing under it that signs a
headline (no byline, dateline, editor's note or subtitle), is a section heading of the
article it stands in: neither another article's headline nor the kicker of the head under
it. A headline that asks is signed, and stays a headline."""
from __future__ import annotations

import pytest

from cleaner import RuleSet, clean

from .helpers import assert_sound, rules_with

EDITION = "2025年5月11日 星期日 第4版 经济"

# An article cut at a column's foot, its tail printed under （上接…） in another box,
# where the tail's section heading asks and its lede echoes it (PyMuPDF gen-6402).
CONTINUED = "\n".join([
    EDITION, "乡村道路上的“绿牌车”多了", "本报记者 王  琳",
    "今年前三季度，新能源汽车在农村", "地区的销量同比增长超过40%，增速", "高于城市。越来越多的农民把新能源",
    "汽车", "（下转第三版）",
    "24小时自助借阅点增至40个", "本报记者 李  明",
    "记者从市图书馆获悉，全市24小时自助", "借阅点已增至40个，市民可凭读者证在", "任意一个借阅点借书还书。",
    "（上接第五版）", "开进了自家院子。",
    "充电设施跟上了吗？",
    "过去，“充电难”是农民买新能源", "汽车最大的顾虑。县发展改革局负责", "人介绍，全县已建成公共充电设施",
    "1,200余个，实现乡镇充电站全覆盖。"]) + "\n"

# A section heading that asks, at a column's foot, right over another article's head
# (PyMuPDF gen-6502).
AT_FOOT = "\n".join([
    EDITION, "北京的蓝天越来越多", "本报记者 王  琳",
    "前些年，一见透亮的蓝天，人们都", "迫不及待地拍照片晒出来。“现在司空", "见惯了，就不怎么晒了。”一位北京市",
    "民这样说。",
    "从“惊喜”到“习惯”，付出了怎", "样的努力？",
    "快递进村，“最后一公里”越走越顺", "本报记者  周  雷",
    "每天10:30，安徽省金寨县梅山镇的快", "递共配中心都会迎来一天中最忙碌的时", "刻。来自县城的货车卸下一筐筐包裹。"]) + "\n"


def off(tmp_path) -> RuleSet:
    return rules_with(tmp_path, "CLS016", question_heading=[])


def test_a_question_in_a_continued_text_heads_a_section_though_its_lede_echoes_it(tmp_path):
    p = clean(CONTINUED)
    assert [a.headline for a in p.articles] == ["乡村道路上的“绿牌车”多了", "24小时自助借阅点增至40个"]
    first = p.articles[0]
    assert [b.text for b in first.body][1:] == [
        "充电设施跟上了吗？",
        "过去，“充电难”是农民买新能源汽车最大的顾虑。县发展改革局负责人介绍，全县已建成公共"
        "充电设施1,200余个，实现乡镇充电站全覆盖。"]
    assert first.body[0].text.endswith("把新能源汽车开进了自家院子。")
    assert_sound(p)
    # (Off, the lede's echo made the question a headline, the tail stranded over it.)
    p = clean(CONTINUED, rules=off(tmp_path))
    assert "充电设施跟上了吗？" in [a.headline for a in p.articles]


def test_a_question_at_a_columns_foot_is_no_kicker_of_the_head_under_it(tmp_path):
    p = clean(AT_FOOT)
    above, under = p.articles
    assert under.headline == "快递进村，“最后一公里”越走越顺" and under.kicker is None
    assert under.byline == "本报记者  周  雷"
    assert [b.text for b in above.body][-1] == "从“惊喜”到“习惯”，付出了怎样的努力？"
    assert_sound(p)
    p = clean(AT_FOOT, rules=off(tmp_path))
    assert p.articles[1].kicker == "从“惊喜”到“习惯”，付出了怎样的努力？"


@pytest.mark.parametrize("head", [
    # A headline that asks, signed by its byline, after another article's finished text
    ["年轻人为何爱上“博物馆打卡”？", "中青报·中青网记者  毛  宁"],
    # ... under a subtitle and a byline
    ["毕业季，他们为何选择“慢就业”？", "——来自三个省份的调研", "中青报·中青网记者  王  林"],
    # ... with a dateline opening its text
    ["老年大学的课为何一座难求？"],
])
def test_a_signed_headline_that_asks_still_opens_its_article(head):
    lede = (["本报北京5月10日电（记者 张  婷）端午假期，国家博", "物馆门前排起了长队。队伍中，年轻",
             "面孔占了多数。"] if len(head) == 1 else
            ["端午假期，国家博物馆门前排起了长", "队。队伍中，年轻面孔占了多数。"])
    text = "\n".join([
        EDITION, "北京的蓝天越来越多", "本报记者 王  琳",
        "前些年，一见透亮的蓝天，人们都", "迫不及待地拍照片晒出来。“现在司空",
        "见惯了，就不怎么晒了。”一位北京市", "民这样说。", *head, *lede]) + "\n"
    p = clean(text)
    assert [a.headline for a in p.articles] == ["北京的蓝天越来越多", head[0]]
    assert p.articles[1].kicker is None
    assert_sound(p)


def articles_after(orderer: str, rules: RuleSet) -> list[tuple[str | None, str]]:
    """AT_FOOT's (kicker, headline) pairs as the pipeline reads it after `orderer`."""
    from cleaner.pipeline import _clean_ordered

    p = _clean_ordered(AT_FOOT, rules.for_page(AT_FOOT), "auto", {}, "page.txt",
                       orderers=frozenset({orderer}))
    return [(a.kicker, a.headline) for a in p.articles]


@pytest.mark.parametrize("orderer", ["LAY001", "LAY002"])
def test_where_an_orderer_put_the_columns_back_a_question_is_read_as_before(tmp_path, orderer):
    """... but not where an orderer put the page's columns back line by line (LAY001,
    `-layout`; LAY002, `sort=True`; `question_not_after`): what stands under the question
    there is the orderer's guess, no sign of a section or a headline, so the page reads as
    with question_heading off."""
    assert articles_after(orderer, RuleSet.load()) == articles_after(orderer, off(tmp_path))
    assert ("从“惊喜”到“习惯”，付出了怎样的努力？", "快递进村，“最后一公里”越走越顺") in \
        articles_after(orderer, RuleSet.load())


def test_after_boxes_put_back_whole_a_question_heads_a_section(tmp_path):
    """LAY101 puts pdfminer.six's boxes back in order whole, so the lines under a question
    are the printed ones and CLS016 reads them; with `question_not_after` naming LAY001 no
    more, it reads them after LAY001 too."""
    assert articles_after("LAY101", RuleSet.load()) == [
        (None, "北京的蓝天越来越多"), (None, "快递进村，“最后一公里”越走越顺")]
    assert articles_after("LAY001", rules_with(tmp_path, "CLS016", question_not_after=[])) == [
        (None, "北京的蓝天越来越多"), (None, "快递进村，“最后一公里”越走越顺")]
