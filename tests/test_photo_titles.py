"""A title set over a photo, or under its kicker, in a reading-order converter's text
(PyMuPDF's, pdftotext's, pypdfium2's): BLK009 `short_over_caption_ends`, CLS016
`lede_at_top` and `kicker_over_title`. The pages are parts of generated dev pages'
PyMuPDF text."""
from cleaner import clean

from .helpers import assert_sound, rules_with

# d16601 gen-16601: a title over a photo's caption, then its lede; above it a paragraph
# that ended its sentence.
TITLE_OVER_A_PHOTO = (
    "博物馆怎样留住年轻人？\n针对年轻观众的需求，\n许多博物馆推出了夜场、剧\n本游、数字展厅等新玩法。\n图②：年轻观众在展柜前拍照\n"
    "打卡。 中青报·中青网记者  毛  \n宁/摄\n一些博物馆还开设了面向青\n年的志愿讲解员招募，让年\n轻人从“观众”变成“讲述\n者”。\n"
    "受访专家认为，博物馆\n应持续创新展陈方式和服务\n内容，同时也要守住专业底\n线，让年轻人在“打卡”之\n余，真正读懂文物、读懂历\n史。\n"
    "全国秋粮收获近七成\n图为10月19日，河南省济源市五龙口镇农民将刚收获的玉米上架晾晒。 苗秋闹摄（新华社发）\n农业农村部最新农情调\n"
    "度显示，全国秋粮收获近七\n成。分作物看，中稻过七\n成、玉米过六成、大豆过八\n成。分区域看，西南过八\n成，西北过七成，黄淮海过\n"
    "七成，东北和长江中下游六\n成半，华南近三成。\n")

# d5401 gen-5403: the page's first title, under the page's slogan banner, over a photo's
# caption and a lede that repeats its words; no byline, no dateline.
FIRST_TITLE_OVER_A_PHOTO = (
    "滨江晚报\n2025年10月15日 星期三 第8版 教育\n本版责编：汤  伟  薛玉云  版式设计：马雪洋\n创建全国文明城市 共建共享美好家园\n"
    "南京浦口经济开发区：探索集\n成电路国产化路径\n图为1月15日，工作人员巡检输电线路。\n新华社记者  万晓玉摄\n集成电路是信息产业发展\n"
    "的基础。今年以来，南京浦口\n经济开发区积极落实南京市\n“一园区一突破”改革任务，\n通过技术创新推动国产替代、\n招新引优补齐短板、深化改革\n"
    "优化环境，探索集成电路国产\n化路径。\n推动技术迭代\n浦口经开区聚焦集成电路\n领域硬科技、关键核心技术、\n国产替代等重点，把芯片产业\n"
    "核心技术国产化替代作为攻坚\n方向，加速构建自主可控的产\n业生态圈。\n")

# d17501 gen-17508: a kicker and a headline after a finished paragraph, over the lede;
# the headline shares 大学 with the article above.
KICKER_AND_TITLE_IN_TEXT = (
    "近万名大学生志愿者服务西部基\n层\n图为运动员在比赛中。（资料图片）\n本报讯（中青报·中青网记\n者 赵 阳）记者从共青团中央获\n"
    "悉，2025年大学生志愿服务西部\n计划新招募的近万名志愿者已陆\n续抵达服务地，将在基层教育、\n卫生、农业科技、基层社会治理\n"
    "等领域开展为期1至3年的志愿服\n务。\n据介绍，今年的志愿者中，\n硕士研究生占比较去年有所提\n高，来自中西部高校的志愿者超\n"
    "过六成。各服务省份已为志愿者\n安排岗前培训，并落实生活补贴\n和保险等保障措施。\n奋进新征程\n老年大学里的“银发”新生\n报名通道开放不到10分钟，\n"
    "书法、声乐、智能手机应用等热\n门课程的名额就被一抢而空。\n“比年轻人抢演唱会门票还激\n烈。”老年大学教务处负责人笑\n着说。\n"
    "记者采访发现，如今老年大\n学的课程早已不限于书法、绘\n画、太极拳，短视频拍摄剪辑、\n智能手机使用、旅游英语等新课\n")

# d17601 gen-17605: another box's kicker read into a text, over the text's own section
# heading, whose paragraph goes on with the article's subject.
STRAY_KICKER_OVER_A_SECTION = (
    "一根竹子“撑”起一条产业\n链\n——宜宾市长宁县竹产业发展见闻\n四川日报全媒体记者  邓  童\n初秋时节，走进长宁县竹海镇，漫山\n"
    "遍野的翠竹随风起伏。在镇上的一家竹木\n加工厂里，一根根竹子经过破竹、蒸煮、\n碳化、压制等工序，变成了竹地板、竹家\n具和竹制餐具。\n"
    "“过去卖原竹，一吨只能卖四五百\n元；现在加工成竹地板，价值能翻好几\n倍。”工厂负责人罗建华说，企业今年接\n到的订单比去年多了三成，产品销往全国\n"
    "20多个省份，还出口到东南亚。\n聚焦高质量发展\n从“卖竹子”到“卖产品”\n长宁县是远近闻名的“竹子之乡”，\n全县竹林面积达80余万亩。近年来，当地\n"
    "围绕竹笋、竹材、竹浆纸、竹文旅等领域\n")


def _heads(page):
    return [(a.kicker, a.headline) for a in page.articles]


def test_a_title_over_a_photo_caption_ends_its_block(tmp_path):
    """Must: a title line over a photo's caption, with a paragraph's first line under the
    caption, is a title (its article's headline), not a paragraph's line going on under
    the photo. Off, it is read into the lede."""
    page = clean(TITLE_OVER_A_PHOTO)
    assert (None, "全国秋粮收获近七成") in _heads(page)
    assert "全国秋粮收获近七成农业农村部" not in page.text
    assert_sound(page)
    off = clean(TITLE_OVER_A_PHOTO, rules=rules_with(tmp_path, "BLK009",
                                                      short_over_caption_ends=False))
    assert (None, "全国秋粮收获近七成") not in _heads(off)


def test_a_paragraph_first_line_over_a_photo_goes_on_under_it():
    """Leaves alone: a paragraph's first line over a caption that holds a clause mark, or
    leaves a quotation open, is no title's: it stays the paragraph's, going on under the
    photo (调查中，受访者认为“慢就业 / 图①：… / ”的主要原因…)."""
    for first in ("调查中，受访者认为", "农业农村部发布“秋粮"):
        text = TITLE_OVER_A_PHOTO.replace("全国秋粮收获近七成\n", first + "\n", 1)
        page = clean(text)
        assert first not in [a.headline for a in page.articles]
        assert_sound(page)


def test_the_first_title_over_a_photo_opens_the_first_article(tmp_path):
    """Must: the page's first title (under the banner), over a photo's caption and a lede
    that repeats its words, is the first article's headline though no byline or dateline
    stands under it. Off, the page's first article has no headline."""
    page = clean(FIRST_TITLE_OVER_A_PHOTO)
    assert page.articles[0].headline == "南京浦口经济开发区：探索集成电路国产化路径"
    assert page.articles[0].body[0].text.startswith("集成电路是信息产业发展的基础。")
    assert_sound(page)
    off = clean(FIRST_TITLE_OVER_A_PHOTO, rules=rules_with(tmp_path, "CLS016", lede_at_top=False))
    assert off.articles[0].headline != "南京浦口经济开发区：探索集成电路国产化路径"


def test_a_first_title_whose_text_does_not_echo_it_waits_for_evidence():
    """Leaves alone: a first title over a caption whose text under it shares no words with
    it does not open an article on that alone."""
    text = FIRST_TITLE_OVER_A_PHOTO.replace("南京浦口经济开发区：探索集\n成电路国产化路径",
                                            "城市书房遍布街巷\n服务居民阅读")
    page = clean(text)
    assert not {"城市书房遍布街巷服务居民阅读", "城市书房遍布街巷", "服务居民阅读"} & {
        a.headline for a in page.articles}
    assert_sound(page)


def test_a_title_under_its_kicker_in_a_text_opens_an_article(tmp_path):
    """Must: a kicker's line and a title under a finished paragraph, the lede echoing the
    title, open an article (kicker and headline), though the title shares a pair (大学)
    with the text above. Off, both stay in the article above."""
    page = clean(KICKER_AND_TITLE_IN_TEXT)
    assert ("奋进新征程", "老年大学里的“银发”新生") in _heads(page)
    assert_sound(page)
    off = clean(KICKER_AND_TITLE_IN_TEXT, rules=rules_with(tmp_path, "CLS016",
                                                            kicker_over_title=False))
    assert "老年大学里的“银发”新生" not in [a.headline for a in off.articles]


def test_a_stray_kicker_over_a_section_heading_opens_nothing():
    """Leaves alone: a line over a section heading whose paragraph echoes it by one pair
    (竹子) only: the heading stays a section of the article it stands in."""
    page = clean(STRAY_KICKER_OVER_A_SECTION)
    assert "从“卖竹子”到“卖产品”" not in [a.headline for a in page.articles]
    assert_sound(page)
