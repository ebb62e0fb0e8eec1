"""Decode: bytes of a converter's output into the source text every edit refers to.

Converters write UTF-8 (with or without BOM), UTF-16, or the national encodings GB18030
(a superset of GBK and GB2312) and Big5. Decoding is not an edit of the text: it defines
the source. What it did (encoding, BOM, line ends) is recorded in the manifest.
"""
from __future__ import annotations

import codecs
import re
import unicodedata
from dataclasses import dataclass

from .errors import InputError

# Magic numbers of the binary files people hand us by mistake, with a name to tell them.
_MAGIC = (
    (b"%PDF", "a PDF file"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"PK\x03\x04", "a zip archive (docx, xlsx, epub, ...)"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"II*\x00", "a TIFF image"),
    (b"MM\x00*", "a TIFF image"),
    (b"\xd0\xcf\x11\xe0", "an old Office document"),
    (b"\x7fELF", "a program"),
)

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

# Share of control characters (other than tab, line ends and form feeds) above which a
# decoded text is taken for binary data that happened to decode. A form feed is how
# pdftotext and pdfminer.six end a sheet, so it is text: a tiny page, 的路线图。 and its
# sheet's form feed, is not binary.
MAX_CONTROL_SHARE = 0.05

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")
_NEWLINES = re.compile(r"\r\n?")
_SURROGATE = re.compile("[\ud800-\udfff]")

# The most frequent Han characters of running Chinese text, in simplified and traditional
# form. A wrong double-byte decoding (Big5 bytes read as GB18030, say) yields text that
# is still Han but seldom these.
_COMMON_HAN = frozenset(
    "的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工"
    "也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物"
    "现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全"
    "表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无"
    "系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基"
    "资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取"
    "據處隊給門保治北造百規熱領七海口東導器壓志世金增爭濟階油思術極交受聯什認六共權收證改清"
    "這為個國們時來說會對過產種經進電裡從體還當發動開關現實點機長問題員過時會記報導區縣鄉鎮"
)


@dataclass(frozen=True, slots=True)
class Decoded:
    text: str
    encoding: str
    bom: bool
    newlines: str  # "LF", "CRLF", "CR", "mixed" or "none"


def decode(data: bytes, *, name: str = "input") -> Decoded:
    """Decode a page, or raise InputError with a one-line reason.

    >>> decode("你好\\r\\n".encode("gb18030")).text
    '你好\\n'
    """
    if not data:
        raise InputError(f"{name}: the input is empty")
    what = binary_kind(data)
    if what:
        raise InputError(f"{name}: this is {what}, not text; convert it to text first")
    text, encoding, bom = _decode_bytes(data, name)
    crlf, cr = text.count("\r\n"), text.count("\r")
    lf = text.count("\n") - crlf
    kinds = [k for k, n in (("CRLF", crlf), ("CR", cr - crlf), ("LF", lf)) if n]
    newlines = kinds[0] if len(kinds) == 1 else ("mixed" if kinds else "none")
    text = check_text(_NEWLINES.sub("\n", text), name)
    return Decoded(text=text, encoding=encoding, bom=bom, newlines=newlines)


def binary_kind(data: bytes) -> str | None:
    """What binary file `data` opens, by its magic number (a PDF file, a gzip archive), or
    None.

    >>> binary_kind(b"\\x1f\\x8b\\x08\\x00"), binary_kind("标题".encode())
    ('a gzip archive', None)
    """
    for magic, what in _MAGIC:
        if data.startswith(magic):
            return what
    return None


def check_text(text: str, name: str, what: str = "input") -> str:
    """The text, or InputError when it is empty, holds nothing visible, looks like binary
    data (many control characters, NUL among them), or holds lone surrogates (which no
    file can hold: they cannot be written). The same checks for a str as for bytes; `what`
    names what was given ("input": bytes, read from a file, a pipe or a program; "text":
    a string from a program). The command line says "file" of an empty file itself."""
    if not text:
        raise InputError(f"{name}: the {what} is empty")
    surrogate = _SURROGATE.search(text)
    if surrogate:
        raise InputError(f"{name}: holds a lone surrogate (U+{ord(surrogate.group()):04X} at "
                         f"character {surrogate.start()}), which is not text")
    if _CONTROL.search(text):
        controls = len(_CONTROL.findall(text))
        if controls > MAX_CONTROL_SHARE * len(text):
            raise InputError(f"{name}: this looks like binary data, not text")
    if not any(not c.isspace() and unicodedata.category(c) not in ("Cf", "Cc") for c in text):
        raise InputError(f"{name}: the {what} holds only white space")
    return text


def _decode_bytes(data: bytes, name: str) -> tuple[str, str, bool]:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data[len(bom):].decode(encoding), encoding, True
            except UnicodeDecodeError as exc:
                raise InputError(f"{name}: starts with a {encoding} byte-order mark but is not "
                                 f"valid {encoding} (byte {exc.start + len(bom)})") from None
    utf16 = _sniff_utf16(data)
    if utf16:
        try:
            return data.decode(utf16), utf16, False
        except UnicodeDecodeError:
            pass
    try:
        return data.decode("utf-8"), "utf-8", False
    except UnicodeDecodeError as exc:
        utf8_error = exc
    utf16 = _sniff_utf16_han(data)
    if utf16:
        return data.decode(utf16), utf16, False
    candidates = []
    for encoding in ("gb18030", "big5"):
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        candidates.append((_common_share(text), encoding, text))
    if not candidates:
        raise InputError(f"{name}: not UTF-8, GB18030 or Big5 text (invalid byte at "
                         f"{utf8_error.start}); if it is text, convert it to UTF-8 first")
    common, encoding, text = max(candidates, key=lambda c: c[0])
    if len(_han(text)) >= LEGACY_MIN_HAN and common < LEGACY_COMMON:
        # (Japanese in Shift-JIS or EUC-JP, Korean in EUC-KR: GB18030 reads their bytes as
        # rare Han characters, 擔杮岅偺僥僉僗僩, which the page would be cleaned as.)
        raise InputError(f"{name}: not UTF-8, and read as GB18030 or Big5 its Han characters "
                         f"are almost all rare ones ({common:.0%} common): it is likely in "
                         "another encoding; convert it to UTF-8 first")
    return text, encoding, False


def _sniff_utf16(data: bytes) -> str | None:
    """UTF-16 without a BOM: ASCII code units (line ends, digits) put zero bytes all on
    one side, high bytes for LE, low for BE; Chinese code units have none."""
    if len(data) % 2:
        return None
    even, odd = data[0::2].count(0), data[1::2].count(0)
    units = len(data) // 2
    for encoding, zeros, others in (("utf-16-le", odd, even), ("utf-16-be", even, odd)):
        # Han code units have zero bytes too (一 is U+4E00), but fewer than the ASCII ones
        # (line ends, spaces, digits); whether the decoded text reads is the real test.
        if zeros < max(2, units // 50) or others >= zeros:
            continue
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        plausible = sum(c.isascii() or c in _COMMON_HAN or "\u3000" <= c <= "\u303f"
                        or "\uff00" <= c <= "\uffef" for c in text[:4000])
        if plausible >= 0.5 * min(len(text), 4000):
            return encoding
    return None


# Shares a text must reach to be taken for UTF-16 with no BOM and (almost) no ASCII:
# nearly every character Han, Chinese punctuation or ASCII, and the Han ones common. GB18030
# or Big5 bytes read as UTF-16 give Hangul, private-use or rare Han characters instead.
UTF16_PLAUSIBLE = 0.95
UTF16_COMMON = 0.2
# ... and the share of common Han characters under which text read as GB18030 or Big5 is
# taken for another encoding's bytes (as little as 0.48 on the dev sets' and rmrb's pages
# in UTF-8; Shift-JIS, EUC-JP and EUC-KR read so 0 to 0.12), judged on this many Han
# characters at least (a short text may hold only rare ones: 饕餮鳜鱼).
LEGACY_COMMON = 0.25
LEGACY_MIN_HAN = 20


def _sniff_utf16_han(data: bytes) -> str | None:
    """UTF-16 without a BOM whose text is (nearly) all Han, so it has too few zero bytes
    for _sniff_utf16: the encoding whose decoded text reads as Chinese, if one does."""
    if len(data) % 2:
        return None
    best = None
    for encoding in ("utf-16-le", "utf-16-be"):
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        head = text[:4000]
        readable = sum(c.isascii() and (c.isprintable() or c in "\t\n\r")
                       or "\u4e00" <= c <= "\u9fff" or "\u3000" <= c <= "\u303f"
                       or "\uff00" <= c <= "\uffef" or c in "“”‘’…—·" for c in head)
        common = _common_share(head)
        if readable >= UTF16_PLAUSIBLE * len(head) and common >= UTF16_COMMON:
            if best is None or common > best[0]:
                best = (common, encoding)
    return best[1] if best else None


def _han(text: str) -> list[str]:
    """The Han characters (the CJK block) of the text's first 20,000 characters."""
    return [c for c in text[:20000] if "\u4e00" <= c <= "\u9fff"]


def _common_share(text: str) -> float:
    han = _han(text)
    if not han:
        return 0.0
    return sum(c in _COMMON_HAN for c in han) / len(han)
