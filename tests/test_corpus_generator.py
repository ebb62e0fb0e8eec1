"""The corpus generator's own logic (benchmarks/corpus), without Chromium or converters.

- compose: a page's gold holds exactly the characters its HTML prints, and a seed always
  gives the same page;
- goldcheck.project: the OCR gold puts each OCR character in the block it stands for,
  even when the OCR misreads it, reads two columns as one line, or meets a phrase printed
  twice; and it loses or invents nothing;
- goldcheck.conserve and substitutions: a difference between gold and text is reported,
  and a converter's stand-in characters are paired with the ones they replace.
"""
from __future__ import annotations

import sys
from collections import Counter
from html.parser import HTMLParser
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))

from corpus.compose import compose  # noqa: E402
from corpus.goldcheck import conserve, gold_strings, project, substitutions  # noqa: E402


class _Text(HTMLParser):
    def __init__(self):
        super().__init__()
        self.parts, self._skip = [], 0

    def handle_starttag(self, tag, attrs):
        self._skip += tag == "style"

    def handle_endtag(self, tag):
        self._skip -= tag == "style"

    def handle_data(self, data):
        if not self._skip:
            self.parts.append(data)


def printed_chars(html: str) -> Counter:
    p = _Text()
    p.feed(html)
    return Counter(c for c in "".join(p.parts) if not c.isspace())


def gold_chars(gold: dict) -> Counter:
    return Counter(c for _, s in gold_strings(gold) for c in s if not c.isspace())


@pytest.mark.parametrize("seed", range(1, 31))
def test_gold_holds_exactly_what_the_page_prints(seed):
    page = compose(seed)
    assert printed_chars(page.html(500)) == gold_chars(page.gold)
    for a in page.gold["articles"]:
        assert a["headline"] and a["body"]
        if a["dateline"]:
            assert a["body"][0]["text"].startswith(a["dateline"])


def test_pages_vary_as_the_issue_asks():
    pages = [compose(s) for s in range(1, 31)]
    assert {p.notes["columns"] for p in pages} == {3, 4, 5, 6}
    htmls = [p.html(500) for p in pages]
    assert sum("下转" in h for h in htmls) >= 5 and sum("上接" in h for h in htmls) >= 5
    assert any(p.gold["page"]["banner"] for p in pages)
    assert any(p.gold["page"]["captions"] for p in pages)
    assert sum('class="cut"' in h for h in htmls) >= 10  # paragraphs split by a photo
    assert any(a["kicker"] for p in pages for a in p.gold["articles"])
    assert any(a["subtitle"] for p in pages for a in p.gold["articles"])


def test_a_seed_always_gives_the_same_page():
    a, b = compose(7), compose(7)
    assert a.html(500) == b.html(500) and a.gold == b.gold
    assert compose(8).gold != a.gold


def _gold(*paragraphs, headline="标题一", furniture=("东海日报",)):
    return {"page": {"banner": None, "furniture": list(furniture), "captions": []},
            "articles": [{"headline": headline, "kicker": None, "subtitle": None, "byline": None,
                          "dateline": None, "summary": None,
                          "body": [{"type": "paragraph", "text": t} for t in paragraphs],
                          "captions": []}],
            "normalised": []}


def _texts(gold):
    return [b["text"] for b in gold["articles"][0]["body"]]


def test_projection_of_a_perfect_reading_is_the_gold():
    gold = _gold("今年以来，全市新增就业岗位三万个。", "市人社局表示，将继续做好服务工作。")
    ocr = "东海日报\n\n标题一\n今年以来，全市新增就业\n岗位三万个。\n市人社局表示，将继续做\n好服务工作。\n"
    got, figures = project(gold, ocr)
    assert _texts(got) == _texts(gold) and got["articles"][0]["headline"] == "标题一"
    assert figures["char_accuracy"] == 1.0


def test_a_misread_character_stays_in_its_block():
    gold = _gold("今年以来，全市新增就业岗位三万个。", "市人社局表示，将继续做好服务工作。")
    ocr = "东海日报\n标题一\n今年以来，全市新増就业岗位三万个。\n市人社局表示，将继续做好服务工作。\n"
    got, _ = project(gold, ocr)
    assert _texts(got) == ["今年以来，全市新増就业岗位三万个。", "市人社局表示，将继续做好服务工作。"]


def test_two_columns_read_as_one_line_are_parted_at_the_gutter():
    gold = _gold("甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳。", "春夏秋冬东南西北上下左右前后内外。")
    ocr = ("标题一\n甲乙丙丁戊己庚辛      春夏秋冬东南西北\n"
           "壬癸子丑寅卯辰巳。    上下左右前后内外。\n东海日报\n")
    got, _ = project(gold, ocr)
    assert _texts(got) == _texts(gold)
    assert got["page"]["furniture"] == ["东海日报"]


def test_columns_read_as_one_line_after_their_tails_are_still_placed():
    # the OCR gave each column's last line first, then their first lines side by side
    # with one space between: the gold after each first line is taken, the line is not
    gold = _gold("甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳。", "春夏秋冬东南西北上下左右前后内外。")
    ocr = "标题一\n壬癸子丑寅卯辰巳。\n上下左右前后内外。\n甲乙丙丁戊己庚辛 春夏秋冬东南西北\n东海日报\n"
    got, _ = project(gold, ocr)
    assert _texts(got) == _texts(gold)


def test_a_phrase_printed_twice_goes_to_its_second_place():
    gold = _gold("本报北京5月13日电记者从民政部获悉，助餐点已覆盖全市。",
                 "本报北京5月13日电记者从交通部获悉，新线路今日开通。")
    ocr = ("标题一\n本报北京5月13日电记者从民政部获悉，助餐点已覆盖全市。\n"
           "本报北京5月13日电记者从交通部获悉，新线路今日开通。\n")
    got, _ = project(gold, ocr)
    assert _texts(got) == _texts(gold)


def _headed(**fields):
    gold = _gold("今年以来，全市新增就业岗位三万个。", headline=fields.pop("headline"))
    gold["articles"][0].update(fields)
    return gold


def test_a_dash_read_as_two_ones_stays_with_its_subtitle():
    gold = _headed(headline="百余家博物馆推出夜间开放", subtitle="——多地推进情况观察")
    ocr = "东海日报\n百余家博物馆推出夜\n间开放\n一一多地推进情况观察\n今年以来，全市新增就业岗位三万个。\n"
    got, _ = project(gold, ocr)
    a = got["articles"][0]
    assert (a["headline"], a["subtitle"]) == ("百余家博物馆推出夜间开放", "一一多地推进情况观察")


def test_a_misread_head_of_line_pairs_with_the_mark_it_stands_for():
    # 图① read as 图人: the line's head is the caption's, not the 图 of the one before
    gold = _headed(headline="标题一", captions=["图②：毕业照。（资料图片）", "图①：一名应届毕业生咨询。"])
    ocr = "东海日报\n标题一\n今年以来，全市新增就业岗位三万个。\n图②：毕业照。(资料图片)\n图人:一名应届毕业生咨询。\n"
    got, _ = project(gold, ocr)
    assert got["articles"][0]["captions"] == ["图②：毕业照。(资料图片)", "图人:一名应届毕业生咨询。"]


def test_a_line_printed_twice_goes_to_the_place_its_neighbours_leave():
    # a garbled two-line headline whose second line the OCR gives among the text's lines,
    # before the text's own last line that says the same: each goes to its own place
    gold = _gold("员工感慨道，“这条铁路带给我们的是希望和未来。”",
                 headline="“这条铁路带给我们的是希望和未来”")
    ocr = "东海日报\n这条铁路审给我1\n员工感慨道，“这条铁路\n们的是希望和未\n带给我们的是希望和未来。”\n"
    got, _ = project(gold, ocr)
    a = got["articles"][0]
    assert a["headline"] == "这条铁路审给我1们的是希望和未"
    assert _texts(got) == ["员工感慨道，“这条铁路带给我们的是希望和未来。”"]


def test_a_short_byline_with_a_misread_name_is_the_byline():
    gold = _headed(headline="“在上海，能看到演艺的未来”", byline="朱  柚")
    ocr = "东海日报\n“在上海，能看到演艺的未来\"\n朱 机\n今年以来，全市新增就业岗位三万个。\n"
    got, _ = project(gold, ocr)
    a = got["articles"][0]
    assert (a["headline"], a["byline"]) == ("“在上海，能看到演艺的未来\"", "朱机")


def test_a_speck_after_the_dateline_is_the_texts():
    gold = _headed(headline="标题一", dateline="新华社北京10月19日电")
    gold["articles"][0]["body"][0]["text"] = "新华社北京10月19日电 今年以来，全市新增就业岗位三万个。"
    ocr = "东海日报\n标题一\n新华社北京10月19日电” 今年以来，全市新增就业岗位三万个。\n"
    got, _ = project(gold, ocr)
    a = got["articles"][0]
    assert a["dateline"] == "新华社北京10月19日电"
    assert _texts(got) == ["新华社北京10月19日电”今年以来，全市新增就业岗位三万个。"]


def test_projection_loses_and_invents_nothing():
    gold = _gold("今年以来，全市新增就业岗位三万个。", "市人社局表示，将继续做好服务工作。")
    ocr = "东海日 报\n%%标题一\n今年以来 ， 全市新増就业\n\n岗位三万个 。 市人社局表示\n， 将继续做好服务工作。~\n"
    got, _ = project(gold, ocr)
    diff = conserve(got, ocr)
    assert diff["missing"] == diff["extra"] == ""


def test_conserve_reports_what_differs():
    gold = _gold("今年以来，全市新增就业岗位三万个。")
    diff = conserve(gold, "东海日报 标题一 今年以来，全市新增就业岗位三万。")
    assert diff["missing"] == "个" and diff["extra"] == ""


def test_stand_in_characters_are_paired_with_what_they_replace():
    gold = _gold("人民日报社在北京召开人民代表座谈会。")
    text = "东海日报\n标题一\n⼈⺠日报社在北京召开⼈⺠代表座谈会。\n"
    pairs = substitutions(gold, text)
    assert sorted(pairs) == [["⺠⺠", "民民"], ["⼈⼈", "人人"]]
    diff = conserve(dict(gold, normalised=pairs), text)
    assert diff["missing"] == diff["extra"] == ""
