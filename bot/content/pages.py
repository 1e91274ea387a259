"""Fetching a cited page and reducing it to its text, so a change in wording is seen and a
change in markup, scripts or whitespace is not."""

import hashlib
import re
from collections.abc import Callable
from html.parser import HTMLParser
from urllib.parse import urlsplit

import httpx

Fetch = Callable[[str], str]
SKIPPED = {"script", "style", "noscript", "template", "svg"}


class _TextOnly(HTMLParser):
    """The standard library's HTML parser, keeping only the text a reader sees."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skipping = 0

    def handle_starttag(self, tag: str, attrs) -> None:
        if tag in SKIPPED:
            self._skipping += 1

    def handle_endtag(self, tag: str) -> None:
        if tag in SKIPPED and self._skipping:
            self._skipping -= 1

    def handle_data(self, data: str) -> None:
        if not self._skipping:
            self.parts.append(data)


def page_text(html: str) -> str:
    parser = _TextOnly()
    parser.feed(html)
    parser.close()
    return re.sub(r"\s+", " ", " ".join(parser.parts)).strip()


def text_hash(html: str) -> str:
    return hashlib.sha256(page_text(html).encode("utf-8")).hexdigest()


def http_fetch(origin: str = "", timeout: float = 20.0) -> Fetch:
    """GET a page (following redirects); with `origin`, the same path and query are fetched
    from there instead (a local copy, for tests and offline checks)."""

    def fetch(url: str) -> str:
        if origin:
            parts = urlsplit(url)
            url = (
                origin.rstrip("/")
                + (parts.path or "/")
                + (f"?{parts.query}" if parts.query else "")
            )
        response = httpx.get(
            url,
            timeout=timeout,
            follow_redirects=True,
            headers={"User-Agent": "CAR-T Family Guide source check"},
        )
        response.raise_for_status()
        return response.text

    return fetch
