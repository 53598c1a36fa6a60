"""`quiz draft` from articles as users have them: a web page saved from a browser,
and a page's address, fetched for real from a server on this machine. What is
not the article (menus, captions, ads, cookie banners, related stories,
footers, comments) stays out of the draft; a page's charset is honoured; each
way a fetch fails is one clear line."""

from __future__ import annotations

import http.server
import json
import os
import socket
import subprocess
import sys
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
import yaml

from quiz.authoring.article import ArticleError, fetch, read_article

HEADLINE = "The lighthouse keepers of Harbour Point"
# The article's own paragraphs, as a reader sees them.
PARAGRAPHS = [
    "The lighthouse at Harbour Point was built in 1871 by the engineer Tomás Stevenson, "
    "whose family designed most of the lights on the northern coast.",
    "For ninety years it was kept by the Brennan family. Margaret Brennan took over the "
    "light in 1932 after her husband drowned during a winter storm, and she kept it "
    "burning until 1961.",
    "The light was automated in 1989. Today a small museum in the old keeper’s cottage "
    "tells the story of the Brennans, and about 12,000 visitors climb the 114 steps to "
    "the lantern room every year.",
    "“It was a hard life, but we never let the light go out,” said Eileen Brennan, "
    "Margaret’s daughter.",
    "In 2015 the tower was repainted in its original red and white bands, a job that "
    "took three painters eleven weeks.",
]
# One word from each thing around the article that is not the article. Single
# words: the draft wraps its comments, and a phrase could be cut in two.
NOT_ARTICLE = {
    "cookie banner": "cookies", "menu": "Weather", "breadcrumbs": "Coastlines",
    "share buttons": "WhatsApp", "caption": "Photograph", "second caption": "Lisbon",
    "advert": "SeaLink", "sidebar advert": "Yachtworld", "subheading": "machines",
    "related stories": "pups", "inline related link": "ferry", "newsletter": "newsletter",
    "comments": "great-grandmother", "most read": "Gulls", "footer": "reserved",
    "tags": "Lighthouses", "script": "dataLayer", "style": "color",
}

PAGE = f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="{{charset}}">
<title>{HEADLINE} | The Daily Coast</title>
<script>window.dataLayer = []; function track() {{{{ return 1; }}}}</script>
<style>.story {{{{ color: navy }}}}</style>
</head>
<body>
<div id="cookie-banner" class="cookie-consent"><p>We use cookies to improve your
experience of our site. By continuing you agree to our cookie policy.</p>
<button>Accept all</button></div>
<header class="site-header">
<nav class="main-nav" aria-label="Main"><ul><li><a href="/">Home</a></li>
<li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li>
<li><a href="/weather">Weather</a></li></ul></nav>
</header>
<nav class="breadcrumbs"><a href="/">Home</a> › <a href="/news">News</a> ›
<a href="/coast">Coastlines</a></nav>
<main>
<article class="story">
<header class="story-header">
<h1>{HEADLINE}</h1>
<div class="share-buttons"><a href="#">Share on Facebook</a>
<a href="#">Share on WhatsApp</a></div>
</header>
<figure class="lead-image"><img src="tower.jpg" alt="">
<figcaption>The tower at dusk. Photograph: Kim Lee/Coast Agency</figcaption></figure>
<div class="story-body">
<p>{PARAGRAPHS[0]}</p>
<p>{PARAGRAPHS[1]}</p>
<div class="ad-slot ad-mpu"><span class="ad-label">Advertisement</span>
<p>Save 50% on ferry tickets this summer: book now at SeaLink and sail for less.</p></div>
<h2>A light run by machines</h2>
<p>{PARAGRAPHS[2]}</p>
<aside class="related-links"><h3>Read more</h3><ul><li><a href="/x">Storm closes the ferry
port for a week</a></li></ul></aside>
<figure><img src="lamp.jpg" alt="">
<figcaption>The lamp, made in Lisbon in 1870.</figcaption></figure>
<blockquote><p>{PARAGRAPHS[3]}</p></blockquote>
<p>{PARAGRAPHS[4]}</p>
<div class="newsletter-signup"><p>Sign up for our coast newsletter and get the best stories
of the week every Friday morning.</p></div>
</div>
<div class="tags"><a href="/t/lighthouses">Lighthouses</a></div>
</article>
<section class="related-stories"><h2>Related stories</h2><ul>
<li><a href="/a">Seal pups return to the northern beaches after a record winter</a></li>
</ul></section>
<section id="comments" class="comments"><h2>Comments</h2><div class="comment"><p>What a lovely
story about my great-grandmother and her light, thank you for writing it.</p></div></section>
</main>
<aside class="sidebar"><h2>Most read</h2><ol><li><a href="/c">Gulls steal a wedding cake on
the promenade</a></li></ol>
<div class="ad-slot"><p>Buy a boat today at Yachtworld.</p></div></aside>
<footer class="site-footer"><p>© 2026 The Daily Coast. All rights reserved.</p></footer>
</body>
</html>
"""


def page(charset: str = "utf-8") -> bytes:
    return PAGE.format(charset=charset).encode(charset)


def assert_the_article_alone(text: str) -> None:
    lines = text.splitlines()
    for paragraph in PARAGRAPHS:
        assert paragraph in lines
    leaked = {what: word for what, word in NOT_ARTICLE.items() if word in text}
    assert leaked == {}
    assert HEADLINE not in text  # the headline is the title, not a paragraph


def drafted(result: subprocess.CompletedProcess) -> dict:
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    return yaml.safe_load(result.stdout)


# -- a saved page ---------------------------------------------------------------------

def test_a_saved_page_gives_its_article_and_headline_alone(tmp_path: Path) -> None:
    saved = tmp_path / "harbour-point.html"
    saved.write_bytes(page())
    article = read_article(str(saved))
    assert_the_article_alone(article.text)
    assert article.title == HEADLINE


def test_draft_of_a_saved_page_holds_nothing_from_around_the_article(
        run_quiz, tmp_path: Path) -> None:
    saved = tmp_path / "harbour-point.html"
    saved.write_bytes(page())
    result = run_quiz("draft", str(saved), "-o", "-")
    pack = drafted(result)
    assert (pack["id"], pack["title"]) == ("harbour-point", HEADLINE)
    assert pack["sources"] == [{"id": "article", "title": HEADLINE}]
    assert pack["facts"]
    assert {w for w in NOT_ARTICLE.values() if w in result.stdout} == set()
    assert any("1871" in fact["statement"] for fact in pack["facts"])

    given = drafted(run_quiz("draft", str(saved), "-o", "-", "--title", "Lights",
                             "--source", "Keepers", "--id", "lights"))
    assert (given["id"], given["title"], given["sources"][0]["title"]) == (
        "lights", "Lights", "Keepers")


def test_a_page_is_known_by_its_content_whatever_its_name(tmp_path: Path) -> None:
    saved = tmp_path / "copied.txt"
    saved.write_bytes(b"\xef\xbb\xbf  \n<!-- saved from a browser -->\n" + page())
    assert_the_article_alone(read_article(str(saved)).text)


@pytest.mark.parametrize("declared", ["windows-1252", "utf-8", "ISO-8859-1"])
def test_a_page_is_read_in_the_charset_it_declares(tmp_path: Path, declared: str) -> None:
    saved = tmp_path / "page.html"
    # ISO-8859-1 has no curly quotes: browsers read a page that says so as
    # windows-1252, which is what such pages hold.
    encoding = "windows-1252" if declared == "ISO-8859-1" else declared
    saved.write_bytes(PAGE.format(charset=declared).encode(encoding))
    assert_the_article_alone(read_article(str(saved)).text)


def test_an_undeclared_page_that_is_not_utf8_is_refused_in_one_line(
        run_quiz, tmp_path: Path, quiz_home: Path) -> None:
    saved = tmp_path / "page.html"
    saved.write_bytes(page("windows-1252").replace(b'<meta charset="windows-1252">', b""))
    result = run_quiz("draft", str(saved))
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1
    assert "not UTF-8" in result.stderr and "declares no charset" in result.stderr
    assert not list(quiz_home.parent.glob("*.yaml"))


def test_a_page_with_no_article_in_it_is_said_so(run_quiz, tmp_path: Path) -> None:
    shell = tmp_path / "app.html"
    shell.write_text('<!doctype html><html><head><title>App</title></head><body>'
                     '<div id="root"></div><script src="app.js"></script></body></html>',
                     encoding="utf-8")
    result = run_quiz("draft", str(shell))
    assert result.returncode == 2
    assert "found no article text" in result.stderr and ".txt" in result.stderr
    assert result.stderr.count("\n") == 1


# -- an address, served on this machine --------------------------------------------------

@dataclass
class Site:
    """A web server on loopback: each path answers (status, headers, body)."""

    base: str
    pages: dict[str, tuple[int, dict[str, str], bytes]] = field(default_factory=dict)
    agents: list[str] = field(default_factory=list)
    release: threading.Event = field(default_factory=threading.Event)


@pytest.fixture
def site() -> Iterator[Site]:
    served: Site

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802 (http.server's name)
            served.agents.append(self.headers.get("User-Agent", ""))
            if self.path == "/silent":  # accepts, then says nothing
                served.release.wait(10)
                return
            if self.path == "/drip":  # a byte at a time, for ever
                self.send_response(200)
                self.send_header("Content-Type", "text/html")
                self.end_headers()
                while not served.release.wait(0.05):
                    self.wfile.write(b" ")
                    self.wfile.flush()
                return
            status, headers, body = served.pages.get(self.path, (404, {}, b"no such page"))
            self.send_response(status)
            for name, value in headers.items():
                self.send_header(name, value)
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args: object) -> None:
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    served = Site(f"http://127.0.0.1:{server.server_address[1]}")
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield served
    finally:
        served.release.set()
        server.shutdown()
        server.server_close()


HTML = {"Content-Type": "text/html; charset=windows-1252"}


def test_draft_from_an_address_fetches_the_page(run_quiz, site: Site, quiz_home: Path) -> None:
    site.pages["/2026/11/harbour-point.html"] = (200, HTML, page("windows-1252"))
    address = f"{site.base}/2026/11/harbour-point.html"
    result = run_quiz("draft", address)
    assert result.returncode == 0, result.stderr
    assert f" from {address} into harbour-point.yaml." in result.stdout.splitlines()[0]
    written = (quiz_home.parent / "harbour-point.yaml").read_text(encoding="utf-8")
    assert yaml.safe_load(written)["title"] == HEADLINE
    assert {w for w in NOT_ARTICLE.values() if w in written} == set()
    assert site.agents and all(agent.startswith("quiz/") for agent in site.agents)


def test_the_servers_charset_counts_and_a_bare_address_takes_the_headline(site: Site) -> None:
    # The page's <meta> says UTF-8; its server, rightly, windows-1252.
    site.pages["/"] = (200, HTML, PAGE.format(charset="utf-8").encode("windows-1252"))
    article = fetch(site.base + "/")
    assert (article.title, article.name) == (HEADLINE, HEADLINE)
    assert_the_article_alone(article.text)


def test_plain_text_at_an_address_is_drafted_as_text(site: Site) -> None:
    site.pages["/notes.txt"] = (200, {"Content-Type": "text/plain; charset=utf-8"},
                                "\n".join(PARAGRAPHS).encode())
    article = fetch(site.base + "/notes.txt")
    assert (article.text.splitlines(), article.title, article.name) == (PARAGRAPHS, "", "notes")


def refusal(address: str, **limits: float) -> str:
    with pytest.raises(ArticleError) as refused:
        fetch(address, **limits)
    message = str(refused.value)
    assert "\n" not in message
    return message


def test_each_failed_fetch_is_one_line_saying_why(site: Site) -> None:
    site.pages["/photo.jpg"] = (200, {"Content-Type": "image/jpeg"}, b"\xff\xd8\xff")
    site.pages["/moved"] = (302, {"Location": "ftp://127.0.0.1/file"}, b"")
    site.pages["/huge"] = (200, {"Content-Type": "text/html", "Content-Length": "999999999"}, b"")
    site.pages["/streamed"] = (200, {"Content-Type": "text/html"}, b"<p>" + b"x" * 3000 + b"</p>")

    assert "answered 404 Not Found" in refusal(site.base + "/gone")
    assert "sent image/jpeg, not a web page or text" in refusal(site.base + "/photo.jpg")
    assert "not a web page address" in refusal(site.base + "/moved")
    assert "too large" in refusal(site.base + "/huge")
    assert "too large" in refusal(site.base + "/streamed", limit=2000)
    assert "only http:// and https://" in refusal("ftp://127.0.0.1/story.html")
    assert "only http:// and https://" in refusal("file:///etc/passwd")
    assert "did not send the page within 0.5 seconds" in refusal(site.base + "/silent",
                                                                 timeout=0.5)


def test_a_server_that_drips_a_byte_at_a_time_is_given_up_on(site: Site) -> None:
    assert "did not send the page within 0.5 seconds" in refusal(site.base + "/drip", timeout=0.5)


def test_a_closed_port_and_an_unknown_host_are_said_so(monkeypatch: pytest.MonkeyPatch) -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    assert "refused the connection" in refusal(f"http://127.0.0.1:{port}/story")

    # No name lookup leaves this machine: the resolver answers as it does for a
    # name that does not exist.
    def no_such_name(*_args: object, **_kwargs: object) -> None:
        raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")

    monkeypatch.setattr(socket, "getaddrinfo", no_such_name)
    assert "could not find the server news.example" in refusal("https://news.example/story")


def test_a_failed_fetch_writes_nothing_and_exits_2(run_quiz, site: Site,
                                                   quiz_home: Path) -> None:
    result = run_quiz("draft", site.base + "/gone")
    assert result.returncode == 2
    assert result.stderr == f"quiz: {site.base}/gone: the server answered 404 Not Found\n"
    assert not list(quiz_home.parent.glob("*.yaml"))


# -- what it costs the rest of the game ---------------------------------------------------

def test_only_reading_a_page_imports_the_extractor(tmp_path: Path, quiz_home: Path) -> None:
    """trafilatura takes a good part of a second to import: the game's start and
    `quiz packs list` do without it, and so does every quiz module imported."""
    script = (
        "import importlib, json, pathlib, sys\n"
        "import quiz\n"
        "root = pathlib.Path(quiz.__file__).parent\n"
        "for path in sorted(root.rglob('*.py')):\n"
        "    if path.name != '__main__.py':\n"
        "        parts = path.relative_to(root.parent).with_suffix('').parts\n"
        "        importlib.import_module('.'.join(parts).removesuffix('.__init__'))\n"
        "from quiz.cli import main\n"
        "main(['packs', 'list'])\n"
        "print(json.dumps('trafilatura' in sys.modules))\n")
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                            cwd=tmp_path, timeout=120,
                            env={**os.environ, "QUIZ_HOME": str(quiz_home)})
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout.splitlines()[-1]) is False
