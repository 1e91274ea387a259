"""Primary sources only (issue 14): every shipped item cites pages on the allow-list, says what
it was checked against and when it is due again, and reads plainly. No exceptions."""

import pytest

from bot.content import load_library
from bot.content.checks import check_items
from bot.content.rules import publish_problems
from bot.content.sources import allowed_domains, source_problem
from bot.core.settings import PROJECT_ROOT


def test_every_shipped_item_passes_the_checks_with_no_exceptions() -> None:
    checks = check_items(load_library(PROJECT_ROOT / "content"))
    problems = {c.item.id: c.problems for c in checks if c.problems}
    assert problems == {}


@pytest.mark.parametrize(
    "url",
    [
        "https://dailymed.nlm.nih.gov/dailymed/drugInfo.cfm?setid=aad3ba54",
        "https://www.fda.gov/vaccines-blood-biologics/kymriah",
        "https://together.stjude.org/en-us/care-support.html",
        "https://pubmed.ncbi.nlm.nih.gov/29385370/",
    ],
)
def test_primary_pages_are_allowed(url: str) -> None:
    assert source_problem(url) is None


@pytest.mark.parametrize(
    ("url", "why"),
    [
        ("http://dailymed.nlm.nih.gov/dailymed/medguide.cfm", "https"),
        ("https://47.251.13.51/35844303", "IP address"),
        ("https://www.fda.gov:8081/page", "port"),
        ("https://www.120ty.net/bencandy.php?aid=55009", "allow-list"),
        ("https://wwwonclivecom-b2oh4h7sc-mjhls.vercel.app/view/x", "allow-list"),
        ("https://notfda.gov.example.com/page", "allow-list"),
        ("https://www.mayoclinic.org/page?login=BEAU5332", "login"),
    ],
)
def test_mirrors_plain_http_ips_and_logins_are_refused(url: str, why: str) -> None:
    problem = source_problem(url)
    assert problem is not None and why in problem


def test_the_allow_list_is_one_file_of_domains() -> None:
    domains = allowed_domains()
    assert {"fda.gov", "dailymed.nlm.nih.gov", "cancer.gov", "stjude.org"} <= domains
    assert all("/" not in d and " " not in d for d in domains)


def test_publishing_refuses_a_source_off_the_list_and_a_passed_review_date() -> None:
    data = {
        "questions": ["what is it"],
        "sources": [{"title": "copy", "url": "https://www.drugs.com/kymriah.html"}],
        "review_due": "2020-01-01",
        "body": "A short plain answer.",
    }
    problems = publish_problems("sample", 2, data)
    assert any("drugs.com" in p for p in problems)
    assert any("review_due" in p for p in problems)
    ok = {**data, "sources": [{"title": "NCI", "url": "https://www.cancer.gov/x"}]}
    assert publish_problems("sample", 2, {**ok, "review_due": "2099-01-01"}) == []
