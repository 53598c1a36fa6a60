"""An article as a user has it -> the plain text the drafter reads.

A user has an article as a text file, as a web page saved from a browser, or
as the page's address. A page's menus, captions, ads, cookie banners, related
stories and footers are not the article: trafilatura (imported only when a page
is read: the game's start does without it) finds the article's body. What comes
out is plain text with one paragraph a line, and the headline, if there is one.
"""

from __future__ import annotations

import codecs
import re
import socket
import ssl
import time
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass
from email.message import Message
from http.client import HTTPException, HTTPResponse
from pathlib import Path, PurePosixPath
from typing import IO
from xml.etree import ElementTree

TIMEOUT = 20.0  # seconds for the whole fetch, not each read: a slow drip ends too
MAX_BYTES = 5_000_000  # a long article's page is rarely a tenth of this
HTML_SUFFIXES = (".html", ".htm", ".xhtml")
# Where the declared charset is looked for: a page's <meta> comes early in its head.
_PRESCAN = 8192
_META_CHARSET = re.compile(rb"<meta\b[^>]{0,512}?charset\s*=\s*[\"']?\s*([A-Za-z0-9_.:-]{1,40})",
                           re.IGNORECASE)
# A page starts with its doctype or <html>, perhaps after an XML declaration and
# comments (none of which may hold "-->": one way to read the start, linear time).
_HTML_START = re.compile(
    rb"\s*(?:<\?xml[^>]{0,200}>\s*)?(?:<!--(?:(?!-->).)*-->\s*)*<(?:!doctype\s+html|html)[\s>]",
    re.IGNORECASE | re.DOTALL)
_ADDRESS = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*://")
_PAGE_TYPES = ("text/html", "application/xhtml+xml")
# Blocks of the extracted article that are text a reader reads; headings are not:
# the first is the headline (kept as the title), the others label what follows.
_TEXT_BLOCKS = {"p", "item", "quote"}


class ArticleError(ValueError):
    """An article that cannot be read, said in one line: what, and what to do."""


@dataclass(frozen=True)
class Article:
    text: str   # paragraphs, one a line
    title: str  # the page's headline; "" when it has none (a text file)
    name: str   # the file's stem or the address's last part: for a default id and title


def is_address(source: str) -> bool:
    """Is this argument meant as a web address rather than a file name?"""
    return bool(_ADDRESS.match(source))


def read_article(source: str) -> Article:
    """The article in a file (text or a saved page) or at an http(s) address."""
    if is_address(source):
        return fetch(source)
    path = Path(source)
    data = path.read_bytes()
    if path.suffix.lower() in HTML_SUFFIXES or looks_like_html(data):
        return page_article(data, path.stem, source)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise ArticleError(f"{source}: not UTF-8 text (byte {error.start}); save the "
                           "article as plain UTF-8 text") from None
    return Article(text, "", path.stem)


def looks_like_html(data: bytes) -> bool:
    return bool(_HTML_START.match(_without_bom(data[:_PRESCAN])))


# -- a page's bytes -> its text ------------------------------------------------------------

def page_article(data: bytes, name: str, shown: str, charset: str | None = None) -> Article:
    """The article in a web page's bytes; `charset` is the one its server declared.
    `shown` names the page in errors."""
    html = decode_page(data, shown, charset)
    import trafilatura  # here: a second's import that only drafting from a page needs

    extracted = trafilatura.extract(
        html, output_format="xml", with_metadata=True, include_comments=False,
        include_tables=False, include_images=False, include_links=False,
        include_formatting=False)
    root = ElementTree.fromstring(extracted) if extracted else None
    body = root.find("main") if root is not None else None
    lines = [] if body is None else [line for block in _text_blocks(body)
                                     if (line := _one_line(block))]
    if not lines:
        raise ArticleError(f"{shown}: found no article text in this page (a page that its "
                           "scripts fill in is empty until a browser runs them): copy the "
                           "article's text into a .txt file and draft from that")
    heading = body.find("head") if body is not None else None
    title = " ".join((root.get("title") or "").split()) or (
        _one_line(heading) if heading is not None else "")
    return Article("\n".join(lines), title, name)


def decode_page(data: bytes, shown: str, charset: str | None = None) -> str:
    """A page's text: a byte order mark says first, then the charset its server
    or its <meta> declares, else UTF-8. A declared page with a stray byte keeps
    its text (the byte becomes U+FFFD); an undeclared one that is not UTF-8 is
    refused rather than drafted as mojibake."""
    for bom, encoding in ((codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"),
                          (codecs.BOM_UTF16_BE, "utf-16-be")):
        if data.startswith(bom):
            return data[len(bom):].decode(encoding, "replace")
    declared = _codec(charset) if charset else None
    if declared is None and (found := _META_CHARSET.search(data[:_PRESCAN])):
        declared = _codec(found[1].decode("ascii"))
        # A <meta> read as ASCII cannot be in UTF-16: browsers take such a page as UTF-8.
        declared = "utf-8" if declared and declared.startswith("utf-16") else declared
    if declared is not None:
        return data.decode(declared, "replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as error:
        raise ArticleError(f"{shown}: not UTF-8 (byte {error.start}) and declares no "
                           "charset; save the page again from the browser, or its text "
                           "as a UTF-8 .txt file") from None


def _codec(label: str) -> str | None:
    """Python's codec for a charset label, None if unknown. Browsers read latin-1
    and ASCII pages as windows-1252, what such pages hold in practice; so do we."""
    try:
        name = codecs.lookup(label.strip()).name
    except LookupError:
        return None
    return "cp1252" if name in ("latin-1", "iso8859-1", "ascii") else name


def _without_bom(data: bytes) -> bytes:
    return data[len(codecs.BOM_UTF8):] if data.startswith(codecs.BOM_UTF8) else data


def _text_blocks(body: ElementTree.Element) -> list[ElementTree.Element]:
    """The innermost text blocks in reading order: a quote's paragraphs, not the
    quote and its paragraphs both."""
    return [element for element in body.iter() if element.tag in _TEXT_BLOCKS and not any(
        inner.tag in _TEXT_BLOCKS for inner in element.iter() if inner is not element)]


def _one_line(element: ElementTree.Element) -> str:
    # A line break inside a paragraph (<lb/>) separates words; itertext() would join them.
    for inner in element.iter("lb"):
        inner.tail = " " + (inner.tail or "")
    return " ".join("".join(element.itertext()).split())


# -- an address -> a page -------------------------------------------------------------------

class _SameSchemes(urllib.request.HTTPRedirectHandler):
    """Follows redirects to http and https only: urllib would also follow one to ftp."""

    def redirect_request(self, req: urllib.request.Request, fp: IO[bytes], code: int, msg: str,
                         headers: Message, newurl: str) -> urllib.request.Request | None:
        if urllib.parse.urlsplit(newurl).scheme.lower() not in ("http", "https"):
            raise ArticleError(f"{req.full_url}: redirects to {newurl}, not a web page address")
        return super().redirect_request(req, fp, code, msg, headers, newurl)


def fetch(address: str, timeout: float = TIMEOUT, limit: int = MAX_BYTES) -> Article:
    """The article at an http(s) address: fetched, then read as a saved page is
    (or as text, for a text/plain answer)."""
    parts = urllib.parse.urlsplit(address)
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        raise ArticleError(f"{address}: only http:// and https:// addresses can be fetched")
    host = parts.hostname
    opener = urllib.request.build_opener(_SameSchemes())
    request = urllib.request.Request(address, headers={
        "User-Agent": _user_agent(), "Accept": "text/html, application/xhtml+xml, text/plain"})
    try:
        with opener.open(request, timeout=timeout) as response:
            headers: Message = response.headers
            kind = headers.get_content_type() if headers.get("Content-Type") else ""
            if kind and kind not in (*_PAGE_TYPES, "text/plain"):
                raise ArticleError(f"{address}: the server sent {kind}, not a web page or text")
            length = headers.get("Content-Length", "")
            if length.isdigit() and int(length) > limit:
                raise ArticleError(_too_large(address, limit))
            data = _read(response, limit, time.monotonic() + timeout, address)
    except ArticleError:
        raise
    except urllib.error.HTTPError as error:
        error.close()
        raise ArticleError(f"{address}: the server answered {error.code} {error.reason}") from None
    except urllib.error.URLError as error:
        raise ArticleError(f"{address}: {_network_failure(error.reason, host, timeout)}") from None
    except (OSError, HTTPException) as error:
        raise ArticleError(f"{address}: {_network_failure(error, host, timeout)}") from None
    except ValueError as error:  # what urllib says of an address it cannot use
        raise ArticleError(f"{address}: not an address that can be fetched ({error})") from None
    name = _address_name(parts.path)
    charset = headers.get_content_charset()
    if kind == "text/plain" or (not kind and not looks_like_html(data)):
        return Article(decode_page(data, address, charset), "", name or host)
    article = page_article(data, name, address, charset)
    return Article(article.text, article.title, name or article.title or host)


def _read(response: HTTPResponse, limit: int, deadline: float, address: str) -> bytes:
    chunks: list[bytes] = []
    size = 0
    # read1: whatever has come, at once; read(n) would wait for all n bytes, and a
    # server sending a byte a second would keep it past the deadline.
    while chunk := response.read1(65536):
        size += len(chunk)
        if size > limit:
            raise ArticleError(_too_large(address, limit))
        if time.monotonic() > deadline:
            raise TimeoutError
        chunks.append(chunk)
    return b"".join(chunks)


def _too_large(address: str, limit: int) -> str:
    return (f"{address}: the page is over {limit // 1_000_000} MB, too large for an "
            "article; save it from the browser, or its text as a .txt file")


def _network_failure(reason: object, host: str, timeout: float) -> str:
    if isinstance(reason, socket.gaierror):
        return f"could not find the server {host} (check the address and your connection)"
    if isinstance(reason, TimeoutError):
        return f"{host} did not send the page within {timeout:g} seconds"
    if isinstance(reason, ssl.SSLError):
        return f"no secure connection to {host} ({getattr(reason, 'reason', None) or reason})"
    if isinstance(reason, ConnectionRefusedError):
        return f"{host} refused the connection"
    if isinstance(reason, OSError) and reason.strerror:
        return f"could not fetch the page from {host} ({reason.strerror})"
    return f"could not fetch the page from {host} ({reason or type(reason).__name__})"


def _address_name(path: str) -> str:
    """The address's last part, as a file name would be: /2026/11/harbour-lights.html
    -> harbour-lights. "" for a bare host, an index page or a number."""
    stem = PurePosixPath(urllib.parse.unquote(path)).stem
    return "" if stem.isdigit() or stem.lower() in ("", "index", "default") else stem


def _user_agent() -> str:
    """Names quiz to the server, as a well-behaved client does."""
    from importlib.metadata import PackageNotFoundError, version

    from quiz import DISTRIBUTION

    try:
        return f"quiz/{version(DISTRIBUTION)} (drafting a trivia pack from an article)"
    except PackageNotFoundError:
        return "quiz (drafting a trivia pack from an article)"
