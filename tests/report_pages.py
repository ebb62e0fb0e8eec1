"""Small pages for the report tests, in the shape real converters give them.

WRAPPED is PDF text as PyMuPDF extracts it (made up for the tests, in the style of a
人民日报 page): one printed line a line, no blank lines, paragraphs not indented, two
articles whose columns have different widths, a numbered sub-head, a half-width comma.
A cleaner reading it has to decide where articles, headings and paragraphs start.
"""
from __future__ import annotations

WRAPPED = "\n".join([
    "县域医共体让群众就近看好病",
    "本报记者  王  五",
    "早上7点半，甘肃省会宁县丁家沟镇卫生院门口已经排起了队。72",
    "岁的村民马有福攥着挂号单，等着县人民医院心内科的医生来坐诊。",
    "像这样的变化，正在中西部许多县城发生。近年来，各地以县域医共",
    "体建设为抓手，推动人员、技术、设备向基层流动，群众看病“舍近",
    "求远”的局面逐步改变。",
    "一、专家沉下去，小病不出乡",
    "会宁县人民医院牵头组建的医共体，把28家乡镇卫生院和284个",
    "村卫生室纳入一体化管理。县医院每年选派40余名中级以上职称医",
    "生到乡镇蹲点,每人至少驻守半年。",
    "入境游持续升温",
    "本报记者  李  四",
    "今年国庆、中秋假期，全国边检机关共计保障入境外国人大",
    "幅增长，各口岸通关秩序井然，旅客纷纷点赞。",
    "在上海浦东国际机场，边检民警引导旅客使用自助通道，平",
    "均通关时间缩短到几十秒，外国旅客对此印象深刻。",
    "业内人士表示，便利化举措持续推出，将进一步释放入境消",
    "费潜力，为经济增长注入新动能。",
]) + "\n"

P = "河北日报讯（通讯员甲乙）今天，这里举行了一次活动。"
BODY = "活动现场气氛热烈，参加者纷纷表示收获很大。"
# Markdown with bold lines the cleaner takes for section headings (CLS009), one of them
# far too long for a heading: inferred headings, one that reads mid-sentence.
BOLD_HEADINGS = "# 标题\n\n" + P + "\n\n" + "".join(
    f"**{n}、坚持党的领导**\n\n{BODY}\n\n" for n in "一二三四") + (
    "**五、坚持党的领导坚持党的领导坚持党的领导坚持党的领导**\n\n" + BODY + "\n")
