"""Hostile input: what a careless or malicious user can hand the cleaner, and what it must do.

One table (`ROWS`), one runner. Every row is a named input and one of three outcomes:

* ERROR  -- a clear error: through the command line (`python -m cleaner PAGE -o OUT`) the
  exit status is 2 ("unreadable input" in `clean --help`), stderr is exactly one line
  naming the fault, there is no traceback, and OUT/<stem> is not written;
* SOUND  -- a correct result: `cleaner.clean(data)` returns a page that passes
  `assert_sound` (the edit log replays, nothing is lost or invented, NFC), plus the
  row's own check;
* EITHER -- input where both are defensible (a page in two encodings): the test asserts
  that what the cleaner does is one of the two, done properly.

Two more tests run every pattern of the shipped rule set, and the whole cleaner, on
strings built to make a backtracking regular expression blow up.

No test here measures time: rows whose size is the attack are marked slow, and
`python benchmarks/hostile.py` prints how long each takes against a harmless page of
the same size (a quadratic step shows as a large slowdown there).
"""
from __future__ import annotations

import gzip
import io
import json
import random
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

import pytest
import regex

from cleaner import CleanerError, Page, clean, default_rules

from .helpers import assert_sound, run_clean

ERROR, SOUND, EITHER = "error", "sound", "either"

# A page with everything the encodings must carry: headline, byline, dateline, half-width
# punctuation, a paragraph split around a photo caption.
PAGE = ("# 全市经济运行总体平稳\n\n本报记者 张三\n\n"
        "本报讯（记者 王五）今天,全市召开经济工作会议(扩大),部署明年重点任务。\n\n"
        "会议指出，要坚持稳中求进，推动高质量\n\n上图：会场一角。李四摄\n\n"
        "发展，着力扩大内需。\n\n与会代表纷纷表示，将认真落实会议精神，争取最好的成绩。\n")
# The same in traditional characters, for Big5 (which cannot encode simplified ones).
TRAD_PAGE = ("# 全市經濟運行總體平穩\n\n本報訊（記者 王五）今天，全市召開經濟工作會議，"
             "部署明年重點任務。\n\n會議指出，要堅持穩中求進，推動高質量發展，著力擴大內需。\n")
# Plain news prose: paragraphs a line each, so the only ASCII code units are the few line
# ends, and Han code units with a zero byte (一 U+4E00, 开 U+5F00) are as common as usual.
NEWS = ("# 全市经济开局良好\n\n本报讯（记者 王五）今年第一季度，全市经济运行平稳，重点项目陆续"
        "开工建设，规模以上工业增加值同比增长百分之八点一。\n\n企业负责人说，今年以来订单不断，"
        "车间里十分忙碌，工人们加班加点赶制产品。\n\n市统计局有关负责人表示，下一步将继续做好"
        "监测分析，推动全年经济平稳运行。\n")
CLEAN_ARTICLE = "# 标题\n\n本报讯（记者 王五）今天，天气晴。\n\n第二段。\n"
GB_PARAGRAPH = "第三段是从另一个文件粘贴过来的，用国标编码保存。\n"
ENGLISH = ("# Markets rally as tech shares climb\n\nNEW YORK (AP) — Stocks rose on Monday, "
           "led by technology shares; the S&P 500 gained 1.2%.\n\nAnalysts said: \"The gains "
           "were broad.\" Trading volume was light?\n")
CAPTIONS = ("上图：工作人员在现场调解纠纷。张三摄\n\n下图：工人们在车间里忙碌。李四摄\n\n"
            "游客在景区游览。新华社记者 王五 摄\n")
PARAGRAPHS = [
    "本报讯（记者 王五）今天，全市召开经济工作会议，部署明年重点任务。",
    "会议指出，要坚持稳中求进，推动高质量发展，着力扩大内需。",
    "与会代表纷纷表示，将认真落实会议精神，做好各项工作。",
    "据了解，今年以来全市经济运行总体平稳，主要指标好于预期。",
    "他说：“我们会继续努力，把惠民实事办好。”",
]


# --- building the inputs -------------------------------------------------------------------


def random_bytes(n: int, seed: int = 1) -> bytes:
    return random.Random(seed).randbytes(n)


def zip_bytes() -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("page.txt", PAGE)
    return buf.getvalue()


def large_page(size: int = 3_000_000) -> bytes:
    """About `size` bytes of varied articles: headlines, bylines, paragraphs, captions."""
    parts, n = [], 0
    while n < size:
        i = len(parts)
        body = "\n\n".join(PARAGRAPHS[(i + k) % len(PARAGRAPHS)] for k in range(4))
        article = (f"# 第{i}篇报道的标题\n\n本报记者 张{'三四五六'[i % 4]}\n\n{body}\n\n"
                   f"上图：第{i}个会场一角。李四摄\n\n")
        parts.append(article)
        n += len(article.encode())
    return "".join(parts).encode()


def mixed_line_ends(text: str) -> str:
    """Text lines ending in CRLF and LF by turns, blank lines in a lone CR (a CR never
    stands before an LF, which would make one CRLF of two line ends)."""
    out, k = [], 0
    for line in text.split("\n")[:-1]:
        if line:
            out.append(line + ("\r\n", "\n")[k % 2])
            k += 1
        else:
            out.append("\r")
    return "".join(out)


def shape(page: Page):
    """What a reader gets from a page: every article's parts and the page's metadata."""
    return ([(a.headline, a.kicker, a.subtitle, a.byline, a.dateline, a.summary,
              [b.text for b in a.body], a.captions) for a in page.articles],
            page.banner, page.furniture, page.captions)


# --- checks on a sound result ----------------------------------------------------------------


def same_as(original: str) -> Callable[[Page, bytes | str], None]:
    """The page decodes to the same articles as the UTF-8 original."""
    def check(page: Page, data) -> None:
        assert shape(page) == shape(clean(original.encode("utf-8")))
    return check


def unchanged(page: Page, data) -> None:
    """An article already in the cleaner's output form is left exactly as it is."""
    assert page.text == data
    assert page.edits == []


def only_captions(page: Page, data) -> None:
    assert all(not a.body for a in page.articles), [a.body for a in page.articles]
    lifted = page.captions + [c for a in page.articles for c in a.captions]
    assert len(lifted) == 3


def english_untouched(page: Page, data) -> None:
    # Half-width punctuation between Latin words is not Chinese punctuation set half-width.
    assert "Stocks rose on Monday, led by technology shares; the S&P 500" in page.text
    assert "Trading volume was light?" in page.text


def nuls_removed_as_edits(page: Page, data) -> None:
    assert "\x00" not in page.text
    logged = {e.start for e in walk(page.edits) if e.rule == "NRM002" and e.before == "\x00"}
    assert logged == {i for i, c in enumerate(page.source) if c == "\x00"}


def invisibles_removed(page: Page, data) -> None:
    for ch in "\u00ad\u200b":
        assert ch not in page.text
    assert "网格化管理" in page.text


def walk(edits):
    for e in edits:
        yield e
        yield from walk(e.children)


def one_encoding_wins(page: Page, data) -> None:
    """A page in two encodings decoded as one: the part in that encoding is intact."""
    intact = {"utf-8": PAGE.split("\n")[0][2:], "gb18030": GB_PARAGRAPH.strip()}
    encoding = page.input["encoding"]
    assert encoding in intact, page.input
    assert intact[encoding] in page.source


def head_over_a_long_sheet_two() -> str:
    """A head with no text at sheet 1's foot, and after the break its text read as
    paragraphs of the box before it, that box's text repeated to half a megabyte."""
    from .test_rules import HEAD_OVER_THE_BREAK
    before, after = HEAD_OVER_THE_BREAK.split("第 2 页\n")
    return before + "第 2 页\n" + after * 600


# --- the table -------------------------------------------------------------------------------


@dataclass(frozen=True)
class Row:
    id: str
    build: Callable[[], bytes | str]  # built when the row runs, so collection stays cheap
    expect: str  # ERROR, SOUND or EITHER
    message: str = ""  # ERROR: a phrase the one-line error must hold
    check: Callable[[Page, bytes | str], None] | None = None  # SOUND: more to hold
    # Where the input's size is the attack: the row is marked slow, and
    # benchmarks/hostile.py times it (it should take at most this many seconds, or a
    # few times a harmless page of the same size).
    seconds: float | None = None
    cli: bool = False  # SOUND: also through the command line: exit 0, manifest written


ROWS = [
    # Nothing to read.
    Row("empty", lambda: b"", ERROR, "is empty"),
    Row("whitespace-only", lambda: " \t \n\n\u3000\u3000\n\t\n\n   \n".encode(), ERROR,
        "only white space"),
    Row("zero-width-only", lambda: "\u200b\u200c\u200d\n\u2060\ufeff\n\u00ad\n".encode(),
        ERROR, "only white space"),
    # Binary files handed over by mistake.
    Row("png", lambda: b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + random_bytes(500), ERROR,
        "PNG image"),
    Row("jpeg", lambda: b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + random_bytes(500), ERROR,
        "JPEG image"),
    Row("pdf", lambda: b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\n", ERROR,
        "PDF file"),
    Row("zip", zip_bytes, ERROR, "zip archive"),
    Row("gzip", lambda: gzip.compress(PAGE.encode()), ERROR, "gzip archive"),
    Row("random-bytes", lambda: random_bytes(4096), ERROR, "not"),
    Row("random-bytes-small", lambda: random_bytes(64, seed=7), ERROR, "not"),
    # A GB18030 paragraph pasted into a UTF-8 page: an error, or one encoding wins intact.
    Row("utf8-with-gb18030-paragraph",
        lambda: PAGE.encode() + GB_PARAGRAPH.encode("gb18030"), EITHER,
        check=one_encoding_wins),
    Row("gb18030-paragraph-first",
        lambda: GB_PARAGRAPH.encode("gb18030") + PAGE.encode(), EITHER,
        check=one_encoding_wins),
    # Size.
    # 3 MB rather than 5: the cleaner takes about 2 s a megabyte on a two-core machine,
    # and this row should stay under 10 s. The bound catches a quadratic step, not a slow
    # machine.
    Row("3mb-page", large_page, SOUND, seconds=2),
    Row("1mb-line", lambda: "# 标题\n\n" + "长句子没有换行，" * 125_000 + "完。", SOUND,
        seconds=2),
    Row("1mb-no-line-break-at-all", lambda: "测试文字内容" * 170_000, SOUND, seconds=2),
    # Lines alone between blank lines (pdfminer.six), one of them 1 MB without a space:
    # LAY101's check for columns side by side went back over the run (quadratic).
    Row("pdfminer-page-with-a-1mb-line",
        lambda: "\n\n".join(["今日要闻，天气晴。"] * 8 + ["测试文字内容" * 170_000]
                            + ["明日要闻，天气晴。"] * 8), SOUND, seconds=2),
    # A credit under text under a caption, thousands of times (CAP004 looks back for the
    # caption the credit completes): it found the caption again by comparing blocks.
    # A table row of single digits a space apart, then a word two spaces on, inside wrapped
    # text: the stretched-line test (BLK _STRETCHED) tried each digit as a number and as a
    # character, its time doubling with each (48 s for 26 digits; 60 never ended).
    Row("row-of-60-spaced-digits-then-a-word",
        lambda: "# 标题\n\n" + "今年以来，全市经济运行平稳，重点项目陆续开工建设，\n"
                + " ".join("1234567890" * 6) + "  合计\n企业负责人说，订单不断。\n", SOUND,
        seconds=2),
    Row("4000-captions-credited-under-a-paragraph",
        lambda: "# 标题\n\n" + "图为工人在生产线上忙碌。\n\n这是正文的一段话，说明了情况。\n\n"
                "卢俊琳摄\n\n" * 4000, SOUND, seconds=2),
    Row("5000-headings-with-paragraphs",
        lambda: "".join(f"## 标题{i}\n\n这是一段简短的正文，说明一件事。\n\n" for i in range(5000)),
        SOUND, seconds=2),
    Row("5000-same-headings-with-paragraphs",
        lambda: "## 标题\n\n这是一段简短的正文。\n\n" * 5000, SOUND, seconds=2),
    Row("5000-headings-no-body", lambda: "".join(f"## 标题{i}\n" for i in range(5000)), SOUND,
        seconds=2),
    Row("5000-same-headings-no-body", lambda: "## 标题\n" * 5000, SOUND, seconds=2),
    # Columns side by side on lines far wider than any printed row: LAY001's cuts cost the
    # square of a region's width (this took minutes before max_width).
    Row("columns-on-40000-character-lines",
        lambda: "\n".join([("测试文字内容很长的一行" + " " * 9) * 2000] * 12), SOUND, seconds=2),
    # Blocks a caption rule must judge, padded wide with spaces as OCR lays out tables; each
    # is within the rule's 300-character limit, so a sane rule spends microseconds on it.
    Row("space-padded-credit-lines",
        lambda: "# 标题\n\n本报讯 今天天气晴。\n\n" + ("图" + " " * 297 + "摄于\n\n") * 60,
        SOUND, seconds=1),
    # A line far wider than the page over a photo's credit line, in hard-wrapped text:
    # CAP002 searches a wide line's every tail for a caption's start (this took 3 s and
    # 400 MB on a 45,000-character line before the line's width was bounded and long
    # texts were kept out of the rules' search memo).
    Row("45000-character-line-over-a-credit",
        lambda: ("南岭日报\n2025年6月21日 星期六 第10版 民生\n公园多了\n"
                 + "本报讯 今年以来，全市新建改建公园二十余座，市民去处越来越多。\n" * 30
                 + "江滩公园里孩子们在喷泉旁戏水消" * 3000 + "\n暑。视觉中国供图\n"
                 + "本报讯 今年以来，全市新建改建公园二十余座，市民去处越来越多。\n" * 30),
        SOUND, seconds=1),
    # Articles cut off mid-paragraph are what MOVE001 looks for continuations of: two
    # identical ones (a page printed twice), and an article of many short paragraphs,
    # each of which could start a run printed away from its article.
    Row("two-identical-cut-off-articles",
        lambda: "".join(f"# 标题{i}\n\n本报讯（记者 王五）今天，天气晴。\n\n村里帮助村民拓展销\n\n"
                        for i in range(2)), SOUND),
    Row("cut-off-article-and-800-short-paragraphs",
        lambda: ("# 蔬菜\n\n本报讯（记者 甲乙）村民忙着采摘黄瓜。\n\n村里帮助村民拓展销\n\n"
                 "# 社区\n\n本报讯（记者 丙丁）社区推进网格治理。\n\n"
                 + "".join(f"居民议事第{i}次。\n\n" for i in range(800))), SOUND, seconds=1),
    # Thousands of articles cut off mid-sentence, each continued in the next (MOVE001):
    # each target looked through every move made so far for one already going to it.
    Row("4000-cut-off-articles-each-continued-in-the-next",
        lambda: "".join(f"# 蔬菜{i}\n\n本报讯（记者 甲乙）村民忙着采摘黄瓜。\n\n村里帮助村民拓展销\n\n"
                        f"# 社区{i}\n\n本报讯（记者 丙丁）社区推进网格治理。\n\n售渠道，黄瓜卖得很好。\n\n"
                        for i in range(4000)), SOUND, seconds=4),
    # A head with no text on sheet 1 and a long article after the sheet break (MOVE002):
    # each paragraph after the break looked for its place in its article's body
    # (list.index, 15 s at 1 MB, where the page takes 5).
    Row("head-without-text-over-a-long-article-after-the-sheet-break",
        head_over_a_long_sheet_two, SOUND, seconds=3),
    # Content the cleaner was not built for, or has nothing to do to.
    Row("english-only", lambda: ENGLISH, SOUND, check=english_untouched),
    Row("already-clean", lambda: CLEAN_ARTICLE, SOUND, check=unchanged),
    Row("captions-only", lambda: CAPTIONS.encode(), SOUND, check=only_captions, cli=True),
    # Control and invisible characters.
    # A few NULs in a page are converter debris, removed as logged edits (NRM002) ...
    Row("nul-bytes-in-utf8",
        lambda: PAGE.replace("今天", "今\x00天").replace("会场", "会场\x00")
        .replace("争取", "\x00争取").encode(), SOUND, check=nuls_removed_as_edits),
    # ... but past 5% of the characters (decode.MAX_CONTROL_SHARE) the file is binary data.
    Row("nul-bytes-dense", lambda: "正文\x00".encode() * 50, ERROR, "binary data"),
    # A form feed ends each sheet of pdftotext's and pdfminer.six's text: a tiny page with
    # its sheet's end is text, however large a share of it the form feed is ...
    Row("tiny-page-ending-in-a-form-feed", lambda: "的路线图。\n\n\f".encode(), SOUND,
        cli=True),
    Row("form-feeds-only", lambda: "\f\n\f\n\f".encode(), ERROR, "only white space"),
    # ... where another control character as dense is still binary data.
    Row("tiny-page-ending-in-a-vertical-tab", lambda: "的路线图。\n\n\v".encode(), ERROR,
        "binary data"),
    Row("soft-hyphen-zwsp-indent-tabs",
        lambda: ("# 标\u200b题\n\n\u3000\u3000本报讯（记者 王五）今天，网\u200b格化管\u00ad理。\n\n"
                 "\u3000\u3000第二段\t有\t制表符，也有\u00a0不换行空格。\n"), SOUND,
        check=invisibles_removed),
    # Line ends, byte-order marks and encodings: all the same page.
    Row("crlf", lambda: PAGE.replace("\n", "\r\n").encode(), SOUND, check=same_as(PAGE)),
    Row("cr-only", lambda: PAGE.replace("\n", "\r").encode(), SOUND, check=same_as(PAGE)),
    Row("mixed-line-ends", lambda: mixed_line_ends(PAGE).encode(), SOUND, check=same_as(PAGE)),
    Row("utf8-bom", lambda: b"\xef\xbb\xbf" + PAGE.encode(), SOUND, check=same_as(PAGE)),
    Row("utf16-le-bom", lambda: b"\xff\xfe" + PAGE.encode("utf-16-le"), SOUND,
        check=same_as(PAGE)),
    Row("utf16-be-bom", lambda: b"\xfe\xff" + PAGE.encode("utf-16-be"), SOUND,
        check=same_as(PAGE)),
    Row("utf16-le-no-bom", lambda: PAGE.encode("utf-16-le"), SOUND, check=same_as(PAGE)),
    Row("utf16-be-no-bom", lambda: PAGE.encode("utf-16-be"), SOUND, check=same_as(PAGE)),
    Row("utf16-le-no-bom-plain-news", lambda: NEWS.encode("utf-16-le"), SOUND,
        check=same_as(NEWS)),
    Row("utf16-be-no-bom-plain-news", lambda: NEWS.encode("utf-16-be"), SOUND,
        check=same_as(NEWS)),
    Row("gbk", lambda: PAGE.encode("gbk"), SOUND, check=same_as(PAGE)),
    Row("gbk-crlf", lambda: PAGE.replace("\n", "\r\n").encode("gbk"), SOUND,
        check=same_as(PAGE)),
    Row("big5", lambda: TRAD_PAGE.encode("big5"), SOUND, check=same_as(TRAD_PAGE)),
]


def assert_one_line_error(tmp_path: Path, name: str, data: bytes, message: str) -> None:
    page = tmp_path / f"{name}.txt"
    page.write_bytes(data)
    done = run_clean(page, "-o", tmp_path / "out")
    err = done.stderr.decode("utf-8", "replace")
    assert done.returncode == 2, (done.returncode, err)
    assert "Traceback" not in err and "internal error" not in err, err
    assert err.startswith("clean: ") and err.endswith("\n") and err.count("\n") == 1, err
    assert message in err, err
    out = tmp_path / "out"
    assert not (out / name).exists()
    assert not out.exists() or not any(out.iterdir())  # no temporary folder left behind


def assert_cli_writes_manifest(tmp_path: Path, name: str, data: bytes, page: Page) -> None:
    path = tmp_path / f"{name}.txt"
    path.write_bytes(data)
    done = run_clean(path, "-o", tmp_path / "out", "--report", "none")
    assert done.returncode == 0, done.stderr.decode()
    manifest = json.loads((tmp_path / "out" / name / "articles.json").read_text("utf-8"))
    assert len(manifest["articles"]) == len(page.articles)
    assert manifest["page"]["captions"] == page.captions


def as_bytes(data: bytes | str) -> bytes:
    return data if isinstance(data, bytes) else data.encode("utf-8")


def as_text(data: bytes | str) -> str:
    return data if isinstance(data, str) else data.decode("utf-8", errors="replace")


@pytest.mark.parametrize("row", [
    pytest.param(r, id=r.id, marks=[pytest.mark.slow] if r.seconds is not None else [])
    for r in ROWS])
def test_hostile_input(row: Row, tmp_path):
    data = row.build()
    if row.expect == ERROR:
        with pytest.raises(CleanerError):
            clean(data)
        assert_one_line_error(tmp_path, row.id, as_bytes(data), row.message)
        return
    try:
        page = clean(data)
    except CleanerError:
        if row.expect != EITHER:
            raise
        assert_one_line_error(tmp_path, row.id, as_bytes(data), "")
        return
    assert_sound(page)
    if row.check:
        row.check(page, data)
    if row.cli:
        assert_cli_writes_manifest(tmp_path, row.id, as_bytes(data), page)


# --- pathological regular-expression input ------------------------------------------------

# Strings that make a backtracking pattern with nested or adjacent quantifiers explode.
ADVERSARIAL = {
    "han-10000-no-punctuation": "国" * 10_000,
    "reporter-x5000": "记者 " * 5_000,
    "name-and-two-spaces-x3000": "赵  " * 3_000,
    "open-paren-x5000": "（" * 5_000,
    "caption-marker-then-periods": "上图：" + "。" * 10_000,
    "han-space-alternating": "国 " * 5_000,
    "han-ideographic-space-alternating": "国\u3000" * 5_000,
    "digits-10000": "1" * 10_000,
    "dates-x1000": "2024年10月23日" * 1_000,
    "year-month-day-x3000": "年月日" * 3_000,
    "spaces-then-credit-mark": "图" + " " * 10_000 + "摄于",
    "paper-names-x3000": "日报" * 3_000 + "讯",
    "edition-marks": "第" * 5_000 + "1" * 5_000,
    "numbered-items-x5000": "一、" * 5_000,
    "jump-marks-x2000": "（下转第" * 2_000,
    "names-then-credit": "张三 " * 3_000 + "摄于",
    "comma-fragments-x5000": "一，" * 5_000,
}


def shipped_patterns():
    """(name, compiled pattern) of every pattern the shipped rules search text with."""
    out = []
    for rule in default_rules():
        for kind in ("patterns", "unless"):
            for i, p in enumerate(getattr(rule, kind)):
                out.append((f"{rule.id} {kind}[{i}]", p))
        # Parameters that hold regular expressions (MOVE001 patterns, CLS010 enumerated,
        # JMP002 patterns, ...) are compiled where they are used. Compile every string
        # parameter here: one that is plain text compiles to a literal, which costs nothing.
        for key, value in rule.params.items():
            values = [value] if isinstance(value, str) else value
            if not isinstance(values, list):
                continue
            for i, v in enumerate(values):
                try:
                    out.append((f"{rule.id} params.{key}[{i}]", regex.compile(v)))
                except (regex.error, TypeError):
                    pass
    return out


HANG = 30  # seconds after which a pattern search counts as never finishing


@pytest.mark.parametrize("kind", ADVERSARIAL)
def test_rule_patterns_do_not_backtrack_away(kind):
    text = ADVERSARIAL[kind]
    slow = []
    for name, pattern in shipped_patterns():
        try:
            # A guard against a hang, not a speed bound: the slowest shipped pattern
            # takes about 10 ms on these 10,000 characters, a catastrophically
            # backtracking one would never finish. (benchmarks/hostile.py prints times.)
            pattern.search(text, timeout=HANG)
        except TimeoutError:
            slow.append(name)
    assert not slow, f"never finished (>{HANG} s) on {kind!r}: {', '.join(slow)}"


@pytest.mark.parametrize("kind", ADVERSARIAL)
def test_clean_survives_adversarial_text(kind):
    text = ADVERSARIAL[kind]
    for page in (text, f"# 标题\n\n{text}\n", f"# 标题\n\n本报讯 今天天气晴。\n\n{text}\n"):
        assert_sound(clean(page))


def test_a_credit_finds_its_caption_by_place(monkeypatch):
    """CAP004 takes the caption a credit completes by its place among the blocks: finding
    it again with list.index compared whole blocks, field by field, with every block above
    (a page of 4,000 credited captions took 16 s). No block is compared with another."""
    from cleaner import model

    compared = []

    def counted(self, other):
        compared.append(1)
        return self is other

    monkeypatch.setattr(model.Block, "__eq__", counted)
    unit = "图为工人在生产线上忙碌。\n\n这是正文的一段话，说明了情况。\n\n卢俊琳摄\n\n"
    page = clean("# 标题\n\n" + unit * 50)
    assert page.articles[0].captions[:1] == ["图为工人在生产线上忙碌。 卢俊琳摄"]
    assert not compared
