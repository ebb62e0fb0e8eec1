"""report.html in a real browser: headless Chromium driven over the DevTools protocol.

It loads the sample's report from a file, checks it raises no console error, fetches
nothing from the network, shows every edit of the manifest with its rule id, and that
the rule filter works; it saves a full-page screenshot to tests/artifacts/.
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


def write_sample_report(folder: Path) -> tuple[Path, dict]:
    page = clean(SAMPLE.read_bytes(), name=SAMPLE.name)
    manifest = to_dict(page, default_rules())
    path = folder / "report.html"
    path.write_text(html_report(page, manifest), encoding="utf-8")
    return path, manifest


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


def save_docs_screenshot(target: Path) -> None:
    """docs/report.png: the top of the sample's report, 1400 px wide, down to the row of
    its first join across a photo; made smaller with pngquant when it is installed."""
    folder = Path(tempfile.mkdtemp(prefix="report-docs-"))
    browser = Browser(find_chromium())
    try:
        report, manifest = write_sample_report(folder)
        join = next(e for e in manifest["edits"] if e["rule"] == "JOIN002")
        open_report(browser, report)
        browser.send("Emulation.setDeviceMetricsOverride", width=1400, height=1000,
                     deviceScaleFactor=1, mobile=False)
        bottom = browser.evaluate(f"""(() => {{
            const row = document.getElementById('e{join["id"]}').closest('.src');
            return Math.ceil(row.getBoundingClientRect().bottom + window.scrollY) + 12; }})()""")
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
