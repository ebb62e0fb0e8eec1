"""report.html in a real browser: headless Chromium driven over the DevTools protocol.

It loads the sample's report from a file, checks it raises no console error, fetches
nothing from the network, shows every edit of the manifest with its rule id, and that
the rule filter works; it saves a full-page screenshot to tests/artifacts/. On a page in
the shape of PyMuPDF's output (tests/report_pages.py) it checks that the source column's
text is the input, and that the page's flags and every structural decision are on screen
without a click.
Needs /usr/bin/chromium: `bash tests/run.sh` installs it (with fonts-noto-cjk).
"""
from __future__ import annotations

import base64
import itertools
import json
import os
import shutil
import signal
import subprocess
import tempfile
import time
import urllib.request
from pathlib import Path

import pytest
import websocket

from cleaner import clean, default_rules
from cleaner.manifest import to_dict
from cleaner.report import html_report

from .helpers import ROOT, SAMPLE
from .report_pages import BOLD_HEADINGS, WRAPPED

ARTIFACTS = ROOT / "tests" / "artifacts"
STARTUP_TIMEOUT = 30  # seconds for Chromium to open its DevTools port (slow CI machines)
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         "--remote-debugging-port=0", "--hide-scrollbars"]


def find_chromium() -> str:
    path = os.environ.get("CHROMIUM") or shutil.which("chromium") or "/usr/bin/chromium"
    if not os.access(path, os.X_OK):
        pytest.fail("Chromium not found (looked for $CHROMIUM, chromium on PATH and "
                    "/usr/bin/chromium): run `bash tests/run.sh`, which apt-installs chromium "
                    "and fonts-noto-cjk", pytrace=False)
    return path


class Browser:
    """One headless Chromium with a fresh profile, and a DevTools session on its page."""

    def __init__(self, binary: str):
        self.profile = tempfile.mkdtemp(prefix="report-chromium-")
        self.log = open(Path(self.profile) / "chromium.log", "wb")
        # A session of its own: closing ends the renderer and helper processes too.
        self.proc = subprocess.Popen([binary, *FLAGS, f"--user-data-dir={self.profile}",
                                      "about:blank"], stdout=self.log,
                                     stderr=subprocess.STDOUT, start_new_session=True)
        self.ws = None
        self.ids = itertools.count(1)
        self.events: list[dict] = []

    def connect(self) -> None:
        """Wait for the DevTools port Chromium writes to its profile, then attach to its
        page; a Chromium that exits or hangs fails the test with its own log."""
        port_file = Path(self.profile) / "DevToolsActivePort"
        deadline = time.monotonic() + STARTUP_TIMEOUT
        pages = []
        while not pages:
            if self.proc.poll() is not None:
                raise RuntimeError(f"Chromium exited with {self.proc.returncode}: {self.logged()}")
            if time.monotonic() > deadline:
                raise RuntimeError(f"Chromium gave no DevTools page in {STARTUP_TIMEOUT}s: "
                                   f"{self.logged()}")
            time.sleep(0.1)
            if port_file.exists() and port_file.read_text().strip():
                port = int(port_file.read_text().split()[0])
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/json/list",
                                            timeout=10) as r:
                    pages = [t for t in json.load(r) if t.get("type") == "page"]
        self.ws = websocket.create_connection(pages[0]["webSocketDebuggerUrl"], timeout=30,
                                              suppress_origin=True)

    def logged(self) -> str:
        self.log.flush()
        return (Path(self.profile) / "chromium.log").read_text(errors="replace")[-2000:]

    def send(self, method: str, **params) -> dict:
        """Call a DevTools method; events that arrive meanwhile are kept in self.events."""
        n = next(self.ids)
        self.ws.send(json.dumps({"id": n, "method": method, "params": params}))
        while True:
            msg = json.loads(self.ws.recv())
            if msg.get("id") == n:
                if "error" in msg:
                    raise RuntimeError(f"{method}: {msg['error']}")
                return msg.get("result", {})
            self.events.append(msg)

    def wait_for(self, event: str, timeout: float = 30) -> None:
        deadline = time.monotonic() + timeout
        while not any(e.get("method") == event for e in self.events):
            if time.monotonic() > deadline:
                raise TimeoutError(f"no {event} in {timeout}s")
            self.events.append(json.loads(self.ws.recv()))

    def evaluate(self, expression: str):
        result = self.send("Runtime.evaluate", expression=expression, returnByValue=True)
        if "exceptionDetails" in result:
            raise RuntimeError(result["exceptionDetails"])
        return result["result"].get("value")

    def screenshot(self, path: Path, width: int, height: int | None = None) -> None:
        """A PNG of the page at `width` CSS pixels: its full height, or the top `height`."""
        self.send("Emulation.setDeviceMetricsOverride", width=width, height=height or 1000,
                  deviceScaleFactor=1, mobile=False)
        full = self.evaluate("document.documentElement.scrollHeight")  # at this width
        height = min(height or full, full)
        self.send("Emulation.setDeviceMetricsOverride", width=width, height=height,
                  deviceScaleFactor=1, mobile=False)
        shot = self.send("Page.captureScreenshot", format="png", captureBeyondViewport=True,
                         clip={"x": 0, "y": 0, "width": width, "height": height, "scale": 1})
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(base64.b64decode(shot["data"]))

    def close(self) -> None:
        try:
            if self.ws is not None:
                self.ws.close()
        finally:
            for sig in (signal.SIGTERM, signal.SIGKILL):
                try:
                    os.killpg(self.proc.pid, sig)  # the group this Popen started, no other
                    self.proc.wait(timeout=10)
                    break
                except ProcessLookupError:
                    break
                except subprocess.TimeoutExpired:
                    continue
            self.log.close()
            shutil.rmtree(self.profile, ignore_errors=True)


def open_report(browser: Browser, report: Path) -> None:
    """Load the report with console, log, network and page events switched on."""
    browser.connect()
    for domain in ("Runtime", "Log", "Network", "Page"):
        browser.send(f"{domain}.enable")
    browser.send("Page.navigate", url=report.as_uri())
    browser.wait_for("Page.loadEventFired")


def write_report(folder: Path, page_text: str | bytes, name: str) -> tuple[Path, dict]:
    page = clean(page_text, name=name)
    manifest = to_dict(page, default_rules())
    path = folder / f"{Path(name).stem}.html"
    path.write_text(html_report(page, manifest), encoding="utf-8")
    return path, manifest


def write_sample_report(folder: Path) -> tuple[Path, dict]:
    return write_report(folder, SAMPLE.read_bytes(), SAMPLE.name)


@pytest.fixture(scope="module")
def sample(tmp_path_factory):
    return write_sample_report(tmp_path_factory.mktemp("report"))


@pytest.fixture(scope="module")
def browser(sample):
    b = Browser(find_chromium())
    try:
        open_report(b, sample[0])
        yield b
    finally:
        b.close()


def all_edits(edits):
    for e in edits:
        yield e
        yield from all_edits(e.get("children", ()))


def test_no_console_errors(browser):
    browser.evaluate("1")  # let events queued during load arrive
    errors = [e for e in browser.events
              if e.get("method") == "Runtime.exceptionThrown"
              or (e.get("method") == "Runtime.consoleAPICalled"
                  and e["params"].get("type") == "error")
              or (e.get("method") == "Log.entryAdded"
                  and e["params"]["entry"].get("level") == "error")]
    assert not errors, json.dumps(errors, ensure_ascii=False)[:2000]


def test_fetches_nothing_but_the_file(browser, sample):
    urls = [e["params"]["request"]["url"] for e in browser.events
            if e.get("method") == "Network.requestWillBeSent"]
    assert sample[0].as_uri() in urls
    assert all(u.startswith(("file:", "data:", "about:")) for u in urls), urls


def test_every_edit_in_the_dom_with_its_rule(browser, sample):
    in_dom = browser.evaluate(
        "Object.fromEntries([...document.querySelectorAll('[data-edit-id]')]"
        ".map(el => [el.dataset.editId, el.dataset.rule]))")
    expected = {str(e["id"]): e["rule"] for e in all_edits(sample[1]["edits"])}
    assert in_dom == expected


def test_structural_edits_are_shown_and_layout_edits_hidden(browser):
    visible = browser.evaluate("""(() => {
      const shown = el => el.getClientRects().length > 0
        && getComputedStyle(el).visibility !== 'hidden';
      const tags = rule => [...document.querySelectorAll(`.ed[data-rule="${rule}"] .tag`)];
      return {join: tags('JOIN002').filter(shown).length,
              move: tags('MOVE001').filter(shown).length,
              layout: tags('BLK002').filter(shown).length};
    })()""")
    assert visible["join"] == 2 and visible["move"] == 2
    assert visible["layout"] == 0


def test_rule_filter_marks_and_quietens(browser):
    count = "document.querySelectorAll('.ed.quiet[data-rule=\"PUN001\"]').length"
    before = browser.evaluate(count)
    assert before > 0
    browser.evaluate("document.querySelector('input[data-toggle=\"PUN001\"]').click()")
    assert browser.evaluate(count) == 0
    browser.evaluate("document.querySelector('input[data-toggle=\"PUN001\"]').click()")
    assert browser.evaluate(count) == before


def test_full_page_screenshot(browser):
    path = ARTIFACTS / "report-sample.png"
    path.unlink(missing_ok=True)
    browser.screenshot(path, width=1400)
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    height = int.from_bytes(data[20:24], "big")
    assert height == browser.evaluate("document.documentElement.scrollHeight") > 2000


# --- a page in the shape of PyMuPDF's output ------------------------------------------

@pytest.fixture(scope="module")
def wrapped(tmp_path_factory):
    """A browser on the report of WRAPPED; `show(name)` loads another page's report."""
    folder = tmp_path_factory.mktemp("wrapped")
    reports = {"wrapped": write_report(folder, WRAPPED, "wrapped.txt"),
               "bold": write_report(folder, BOLD_HEADINGS, "bold.txt")}
    b = Browser(find_chromium())
    try:
        open_report(b, reports["wrapped"][0])
        b.reports, b.showing = reports, "wrapped"

        def show(name: str) -> dict:
            if b.showing != name:
                b.events.clear()
                b.send("Page.navigate", url=reports[name][0].as_uri())
                b.wait_for("Page.loadEventFired")
                b.showing = name
            return reports[name][1]
        b.show = show
        yield b
    finally:
        b.close()


SOURCE_TEXT = "[...document.querySelectorAll('.src')].map(el => el.textContent).join('')"

# Every mark of a structural decision: whether it is on screen, and the label it draws.
DECISION_MARKS = """(() => {
  const drawn = el => !!el && el.getClientRects().length > 0
    && getComputedStyle(el).visibility !== 'hidden' && el.getBoundingClientRect().width > 0;
  const label = el => el ? getComputedStyle(el, '::before').content : '';
  return [...document.querySelectorAll('.src .ed')].filter(el => /\\bd-/.test(el.className))
    .map(el => ({id: el.dataset.editId, kind: el.className.match(/\\bd-(\\w+)/)[1],
      quiet: el.classList.contains('quiet'), shown: drawn(el),
      glyph: label(el.querySelector(':scope > ins, :scope > .pil, :scope > .cut')),
      glyphShown: drawn(el.querySelector(':scope > ins, :scope > .pil, :scope > .cut')),
      tag: label(el.querySelector('.tag')), tagShown: drawn(el.querySelector('.tag')),
      odd: drawn(el.querySelector('.odd'))}));
})()"""


def test_source_column_text_is_the_input(wrapped):
    wrapped.show("wrapped")
    assert wrapped.evaluate(SOURCE_TEXT) == WRAPPED
    wrapped.show("bold")
    assert wrapped.evaluate(SOURCE_TEXT) == BOLD_HEADINGS


def test_decisions_are_visible_without_clicking(wrapped):
    for name, kinds in (("wrapped", {"article", "break", "join", "lift"}),
                        ("bold", {"heading"})):
        manifest = wrapped.show(name)
        marks = wrapped.evaluate(DECISION_MARKS)
        assert kinds <= {m["kind"] for m in marks}, name
        rules = {str(e["id"]): e["rule"] for e in all_edits(manifest["edits"])}
        for m in marks:
            assert m["shown"] and not m["quiet"], m
            if m["kind"] in ("article", "heading"):  # the marker put in, and its rule
                assert m["glyphShown"] and m["glyph"].strip('"').strip() in ("#", "##"), m
                assert m["tagShown"] and m["tag"] == f'"{rules[m["id"]]}"', m
            elif m["kind"] == "break":
                assert m["glyphShown"] and m["glyph"] == '"¶"', m
            elif m["kind"] == "join":
                assert m["glyphShown"] and m["glyph"] == '"‖"', m
            else:  # lifted or moved: a box with its rule
                assert m["tagShown"] and m["tag"] == f'"{rules[m["id"]]}"', m


def test_page_doubt_and_mid_sentence_headings_are_on_the_first_screen(wrapped):
    manifest = wrapped.show("bold")
    assert manifest["page"]["flags"]
    top = wrapped.evaluate("""(() => {
      window.scrollTo(0, 0);
      const box = document.getElementById('page-flags').getBoundingClientRect();
      const check = document.getElementById('check-first').getBoundingClientRect();
      return {flags: box.height > 0 && box.top < innerHeight,
              check: check.height > 0 && check.top < innerHeight,
              text: document.getElementById('page-flags').innerText}; })()""")
    assert top["flags"] and top["check"]
    assert all(f["code"] in top["text"] for f in manifest["page"]["flags"])
    odd = [m for m in wrapped.evaluate(DECISION_MARKS) if m["odd"]]
    assert len(odd) == 1 and odd[0]["kind"] == "heading"


def test_quiet_edits_keep_the_source_and_can_be_marked(wrapped):
    manifest = wrapped.show("wrapped")
    comma = next(e for e in all_edits(manifest["edits"])
                 if e["rule"] == "PUN001" and e["before"] == ",")
    state = f"""(() => {{ const el = document.getElementById('e{comma["id"]}');
      return {{quiet: el.classList.contains('quiet'), text: el.textContent,
               ins: el.querySelector('ins').getClientRects().length > 0}}; }})()"""
    assert wrapped.evaluate(state) == {"quiet": True, "text": ",", "ins": False}
    wrapped.evaluate("document.querySelector('input[data-toggle=\"PUN001\"]').click()")
    assert wrapped.evaluate(state) == {"quiet": False, "text": ",", "ins": True}
    assert wrapped.evaluate(SOURCE_TEXT) == WRAPPED


def save_docs_screenshot(target: Path) -> None:
    """docs/report.png: the top of the report of a page in PyMuPDF's shape, 1400 px wide,
    down to the end of its first article; made smaller with pngquant when installed."""
    folder = Path(tempfile.mkdtemp(prefix="report-docs-"))
    browser = Browser(find_chromium())
    try:
        report, _ = write_report(folder, WRAPPED, "wrapped-pymupdf.txt")
        open_report(browser, report)
        browser.send("Emulation.setDeviceMetricsOverride", width=1400, height=1000,
                     deviceScaleFactor=1, mobile=False)
        bottom = browser.evaluate("""(() => {
            const art = document.getElementById('art0');
            return Math.ceil(art.getBoundingClientRect().bottom + window.scrollY) + 12; })()""")
        browser.screenshot(target, width=1400, height=bottom)
    finally:
        browser.close()
        shutil.rmtree(folder, ignore_errors=True)
    if shutil.which("pngquant"):
        subprocess.run(["pngquant", "--quality", "70-95", "--speed", "1", "--strip", "--force",
                        "--output", str(target), str(target)], check=True)


if __name__ == "__main__":  # python -m tests.test_report_browser docs/report.png
    import sys

    save_docs_screenshot(Path(sys.argv[1] if len(sys.argv) > 1 else "docs/report.png"))
