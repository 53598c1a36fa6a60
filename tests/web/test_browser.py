"""End to end in a real browser: `quiz serve` on loopback, headless Chromium
(Debian's package) opens the page, the menu paints, and keys play a question.

The browser is driven over the Chrome DevTools protocol with aiohttp's websocket
client: aiohttp comes with textual-serve, so the test needs nothing the `web`
extra does not install. The page draws the terminal on a canvas, so the text on
screen is read from the page's xterm.js terminal (caught as textual.js creates
it); a screenshot of the page is kept in the test's temp folder as evidence.
Nothing sleeps blindly: every step polls until the expected text shows."""

from __future__ import annotations

import asyncio
import base64
import itertools
import json
import os
import shutil
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

aiohttp = pytest.importorskip("aiohttp", reason="needs the web extra: pip install '.[web]'")
pytest.importorskip("textual_serve", reason="needs the web extra: pip install '.[web]'")

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
WAIT = 20.0   # seconds, at most, for any one thing to happen
POLL = 0.1

pytestmark = pytest.mark.skipif(CHROMIUM is None,
                                reason="Chromium is not installed (apt-get install chromium)")

# Run before the page's scripts: textual.js keeps its xterm.js Terminal in a
# `terminal` property; this keeps a reference the test can read the screen from.
CATCH_TERMINAL = """
Object.defineProperty(Object.prototype, "terminal", {
  configurable: true,
  get() { return undefined; },
  set(value) {
    Object.defineProperty(this, "terminal",
                          {value, writable: true, configurable: true, enumerable: true});
    if (value && value.buffer) window.quizTerminal = value;
  },
});
"""
SCREEN_TEXT = """
(() => {
  const term = window.quizTerminal;
  if (!term) return "";
  const buffer = term.buffer.active, rows = [];
  for (let y = 0; y < term.rows; y++) {
    const line = buffer.getLine(buffer.viewportY + y);
    rows.push(line ? line.translateToString(true) : "");
  }
  return rows.join("\\n");
})()
"""
KEYS = {  # what a keyboard sends for the keys the test presses
    "Enter": {"key": "Enter", "code": "Enter", "windowsVirtualKeyCode": 13, "text": "\r"},
    "Escape": {"key": "Escape", "code": "Escape", "windowsVirtualKeyCode": 27},
}


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _wait_until(ready, what: str, process: subprocess.Popen) -> Any:
    deadline = time.monotonic() + WAIT
    while not (found := ready()):
        if process.poll() is not None:
            pytest.fail(f"{what}: the process exited with status {process.returncode}")
        if time.monotonic() > deadline:
            pytest.fail(f"{what}: nothing after {WAIT:.0f} s")
        time.sleep(POLL)
    return found


def _stop(process: subprocess.Popen) -> None:
    process.terminate()
    try:
        process.wait(timeout=WAIT)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()


@pytest.fixture
def served(quiz_home: Path, tmp_path: Path) -> Iterator[str]:
    """`quiz serve` on a free loopback port, as a user starts it; its address."""
    port = _free_port()
    env = {**os.environ, "QUIZ_HOME": str(quiz_home)}
    log = (tmp_path / "serve.log").open("wb")
    server = subprocess.Popen([sys.executable, "-m", "quiz", "serve", "--port", str(port)],
                              stdout=log, stderr=subprocess.STDOUT, env=env, cwd=tmp_path)

    def listening() -> bool:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=1).close()
            return True
        except OSError:
            return False

    try:
        _wait_until(listening, "quiz serve listening", server)
        yield f"http://127.0.0.1:{port}/"
    finally:
        _stop(server)
        log.close()


@pytest.fixture
def browser(tmp_path: Path) -> Iterator[str]:
    """Headless Chromium with its DevTools port open; the browser's websocket address."""
    profile = tmp_path / "chromium-profile"
    # --no-sandbox: the test runs as root in CI containers, where Chromium's
    # sandbox will not start; the browser opens only the game on loopback.
    chromium = subprocess.Popen(
        [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
         f"--user-data-dir={profile}", "--remote-debugging-port=0",
         "--window-size=1000,700", "about:blank"],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    active = profile / "DevToolsActivePort"  # the port, then the browser's path

    def address() -> str | None:
        lines = active.read_text().split() if active.exists() else []
        return f"ws://127.0.0.1:{lines[0]}{lines[1]}" if len(lines) == 2 else None

    try:
        yield _wait_until(address, "Chromium's DevTools port", chromium)
    finally:
        _stop(chromium)


class Page:
    """One tab over the browser's DevTools socket; with no session, the browser itself."""

    def __init__(self, devtools: aiohttp.ClientWebSocketResponse, session: str | None = None,
                 ids: Iterator[int] | None = None) -> None:
        self.devtools, self.session = devtools, session
        self.ids = ids or itertools.count(1)

    async def call(self, method: str, **params: Any) -> dict[str, Any]:
        number = next(self.ids)
        request = {"id": number, "method": method, "params": params}
        if self.session:
            request["sessionId"] = self.session
        await self.devtools.send_json(request)
        deadline = time.monotonic() + WAIT
        while True:  # events and other answers come first; the answer names its id
            left = deadline - time.monotonic()
            message = json.loads((await asyncio.wait_for(self.devtools.receive(), left)).data)
            if message.get("id") == number:
                assert "error" not in message, (method, message["error"])
                return message["result"]

    async def open(self, url: str) -> Page:
        """A new tab, whose xterm.js terminal the test can read, at `url`."""
        target = (await self.call("Target.createTarget", url="about:blank"))["targetId"]
        session = (await self.call("Target.attachToTarget", targetId=target,
                                   flatten=True))["sessionId"]
        page = Page(self.devtools, session, self.ids)
        # The script below runs in new documents only once the Page domain is enabled.
        await page.call("Page.enable")
        await page.call("Page.addScriptToEvaluateOnNewDocument", source=CATCH_TERMINAL)
        await page.call("Page.navigate", url=url)
        return page

    async def screen(self) -> str:
        found = await self.call("Runtime.evaluate", expression=SCREEN_TEXT, returnByValue=True)
        return found["result"].get("value", "")

    async def wait_for(self, *texts: str) -> str:
        deadline = time.monotonic() + WAIT
        while True:
            screen = await self.screen()
            if all(text in screen for text in texts):
                return screen
            if time.monotonic() > deadline:
                pytest.fail(f"not on the page after {WAIT:.0f} s: {texts!r}\nscreen:\n{screen}")
            await asyncio.sleep(POLL)

    async def press(self, key: str) -> None:
        event = KEYS.get(key, {"key": key, "text": key})
        await self.call("Input.dispatchKeyEvent", type="keyDown", **event)
        await self.call("Input.dispatchKeyEvent", type="keyUp",
                        **{k: v for k, v in event.items() if k != "text"})

    async def type(self, text: str) -> None:
        for letter in text:
            await self.press(letter)

    async def screenshot(self, path: Path) -> None:
        shot = await self.call("Page.captureScreenshot", format="png")
        path.write_bytes(base64.b64decode(shot["data"]))


async def test_a_browser_plays_a_question_of_the_served_game(
        served: str, browser: str, tmp_path: Path, run_quiz) -> None:
    async with aiohttp.ClientSession() as client, client.ws_connect(browser) as devtools:
        page = await Page(devtools).open(served)
        await page.wait_for("Spoiler-aware trivia", "Play", "Spoilers off")
        await page.screenshot(tmp_path / "menu.png")
        await page.call("Runtime.evaluate", expression="window.quizTerminal.focus()")
        await page.press("p")
        await page.wait_for("pick a pack", "Narcos: Mexico")
        await page.press("Enter")  # the highlighted pack, classic mode, default length
        screen = await page.wait_for("Question 1 of 10")
        if "Type your answer" in screen:
            await page.type("no idea")
            await page.press("Enter")
        else:
            await page.press("1")
        await page.wait_for("Next (Enter)")
        await page.screenshot(tmp_path / "answered.png")

        await page.press("Escape")  # end the round now: asked first
        await page.wait_for("End this round?")
        await page.press("y")
        await page.wait_for("Round ended early")

    assert (tmp_path / "answered.png").stat().st_size > 0
    # The served game saved the round in this QUIZ_HOME, where `quiz scores` reads it.
    scores = run_quiz("scores", "--json")
    assert scores.returncode == 0, scores.stderr
    assert json.loads(scores.stdout)["rounds"] == 1, scores.stdout
