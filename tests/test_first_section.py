"""CLS010 `first_section`: a text's first section's number alone on its line (（一）)
opens its article's text, so the title line over it is the article's headline and the
number is no line of its title stack. Other numbers ((二), 三、) head sections inside an
article, as before."""
from __future__ import annotations

from cleaner import RuleSet, clean

from .helpers import assert_sound, rules_with
from .test_ocr import FIRST, SECOND, THIRD, ocr_lines, ocr_page

LEDE = "每逢重大历史关头，中国共产党总是能够科学把握历史方位与形势变化，制定正确的政治战略策略。"


def page(number: str) -> str:
    """An article, then, as OCR sets its blocks, a commentary's title whose byline OCR set
    elsewhere, a section's number alone and the section's text (Tesseract gen-5301)."""
    return ocr_page(["2025年5月11日 星期日 第4版 经济"], ["中国科技活力奔涌"], ["本报记者 谷业凯"],
                    ocr_lines(FIRST), ocr_lines(SECOND),
                    ["引领未来，中国做对了什么"], [number], ocr_lines(LEDE), ocr_lines(THIRD))


def off(tmp_path) -> RuleSet:
    return rules_with(tmp_path, "CLS010", first_section=[])


def test_a_title_over_its_texts_first_section_number_opens_an_article(tmp_path):
    p = clean(page("（一）"))
    assert [a.headline for a in p.articles] == ["中国科技活力奔涌", "引领未来，中国做对了什么"]
    second = p.articles[1]
    assert [(b.type, b.text) for b in second.body] == [
        ("heading", "（一）"), ("paragraph", LEDE), ("paragraph", THIRD)]
    assert [b.text for b in p.articles[0].body] == [FIRST, SECOND]
    assert_sound(p)
    # (Off, the title and the number were read as a paragraph of the article above.)
    p = clean(page("（一）"), rules=off(tmp_path))
    assert [a.headline for a in p.articles] == ["中国科技活力奔涌"]
    assert "引领未来，中国做对了什么" in p.articles[0].text


def test_a_later_sections_number_opens_no_article():
    # （二） stands inside a text: the title line over it is left as it was read.
    p = clean(page("（二）"))
    assert [a.headline for a in p.articles] == ["中国科技活力奔涌"]
    assert_sound(p)


def test_a_first_section_under_a_byline_is_the_texts_first_block():
    # The byline between the title and the number is evidence of its own: the same article.
    text = page("（一）").replace("中国做对了什么\n\n（一）", "中国做对了什么\n\n任仲平\n\n（一）")
    assert "任仲平" in text
    p = clean(text)
    second = p.articles[1]
    assert second.headline == "引领未来，中国做对了什么" and second.byline == "任仲平"
    assert second.body[0].text == "（一）" and second.body[0].type == "heading"
    assert_sound(p)
