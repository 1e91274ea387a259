"""Which pages an item may cite: primary publishers only, from one allow-list file.

Families see the source of every answer, so a mirror, a copied label, a bare IP address or a
page behind a login must never reach them (clinical review S1/S2). The list lives beside the
content (`content/allowed-sources.yml`), where editors keep it; this module only reads it.
"""

import ipaddress
from functools import cache
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import yaml

from bot.core.settings import PROJECT_ROOT

ALLOW_LIST = PROJECT_ROOT / "content" / "allowed-sources.yml"
LOGIN_HINTS = ("login", "accesscode", "access_code", "token", "session", "sid")


@cache
def allowed_domains(path: Path = ALLOW_LIST) -> frozenset[str]:
    """Every domain on the allow-list, whatever group it is filed under."""
    groups = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    return frozenset(d.strip().lower() for domains in groups.values() for d in domains or [])


def source_problem(url: str, domains: frozenset[str] | None = None) -> str | None:
    """Why `url` may not be cited, or None when it may."""
    domains = allowed_domains() if domains is None else domains
    parts = urlsplit(str(url))
    host = (parts.hostname or "").lower()
    if parts.scheme != "https":
        return f"{url}: use https, not {parts.scheme or 'no scheme'}"
    try:
        ipaddress.ip_address(host)
        return f"{url}: a bare IP address, not a publisher's own site"
    except ValueError:
        pass
    if parts.port not in (None, 443):
        return f"{url}: an unusual port ({parts.port}) suggests a mirror"
    if any(hint in key.lower() for key in parse_qs(parts.query) for hint in LOGIN_HINTS):
        return f"{url}: carries a login or access code"
    if not any(host == d or host.endswith("." + d) for d in domains):
        return f"{url}: {host} is not on the allow-list of primary sources ({ALLOW_LIST.name})"
    return None


def source_problems(urls: list[str]) -> list[str]:
    return [p for p in (source_problem(u) for u in urls) if p]
