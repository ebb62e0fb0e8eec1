"""MOVE004 on a tail that opens with its section heading: an article's last blocks printed
in another box may be most of its text, section headings and all (PyMuPDF d19201
gen-19204: 是“躺平”还是“充电”？ and eight blocks read under 图片报道)."""
from cleaner import clean

from .helpers import assert_sound, rules_with
from .test_rules import TAIL_ECHOING_ITS_HEADLINE

# The tail (七十年来，这张报纸…) opens with a section heading that asks, so it stays a
# section of the article it was read in (CLS016 question_heading), not a headline.
TAIL_UNDER_ITS_HEADING = TAIL_ECHOING_ITS_HEADLINE.replace(
    "轻人分享创业经验。\n七十年来", "轻人分享创业经验。\n一张报纸为何长青？\n七十年来")


def _texts(article):
    return [b.text for b in article.body]


def test_a_tail_opening_with_its_section_heading_goes_home(tmp_path):
    """Must: the run, its heading first, goes to the end of the article whose headline its
    first paragraph echoes, heading and all, and that article is flagged. With the runs
    weighed as before (paragraphs only, the last four), it stays."""
    page = clean(TAIL_UNDER_ITS_HEADING)
    home = page.articles[0]
    assert home.headline == "一张报纸，陪伴一座城市七十年"
    assert "一张报纸为何长青？" in _texts(home)
    assert _texts(home).index("一张报纸为何长青？") == 1
    assert [f["kind"] for f in home.flags] == ["tail_by_words"]
    assert not any("七十年来" in t for t in _texts(page.articles[1]))
    assert_sound(page)
    before = clean(TAIL_UNDER_ITS_HEADING, rules=rules_with(tmp_path, "MOVE004", max_run_blocks=3))
    assert "一张报纸为何长青？" in _texts(before.articles[1])


def test_a_heading_led_tail_echoing_no_headline_stays():
    """Leaves alone: the same run whose words repeat no headline's stays where it was
    read, its heading with it."""
    text = (TAIL_UNDER_ITS_HEADING.replace("一张报纸为何长青？", "刊物为何长青？")
            .replace("七十年来，这张报纸换过10次版", "多年以来，这份刊物换过10次版")
            .replace("一张旧报", "一份旧刊"))
    page = clean(text)
    assert "刊物为何长青？" in _texts(page.articles[1])
    assert page.articles[0].flags == []
    assert_sound(page)
