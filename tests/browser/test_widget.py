"""The family chat widget in a real browser: what a new visitor sees and does."""

import re

import httpx
import pytest
from playwright.sync_api import Page, expect

from bot.chat.wording import response_text
from bot.content import load_library
from bot.core.settings import PROJECT_ROOT, Settings
from tests.browser.widget import (
    TIMEOUT,
    ask,
    ask_and_wait,
    bot_count,
    last_bot_message,
    log,
    open_widget,
    wait_for_answer,
)

pytestmark = pytest.mark.integration
CONTACT = Settings().contact_slots


ELIGIBILITY_SOURCE = str(
    next(i for i in load_library(PROJECT_ROOT / "content") if i.id == "eligibility-who-can-get")
    .sources[0]
    .url
)


def test_a_family_asks_and_sees_the_answer_with_its_source(page: Page, shots) -> None:
    open_widget(page)
    expect(log(page)).to_contain_text(response_text("utter_disclaimer", CONTACT))
    ask_and_wait(page, "who can get Kymriah?")
    answer = last_bot_message(page)
    expect(answer).to_contain_text("25")
    source = answer.get_by_role("link").first
    expect(source).to_have_attribute(
        "href",
        ELIGIBILITY_SOURCE,
    )
    expect(answer).to_contain_text("Source:")
    page.screenshot(path=shots / "desktop-answer.png")
    assert not page.console_errors


def test_a_quick_reply_asks_its_question(page: Page) -> None:
    open_widget(page)
    before = bot_count(page)
    page.get_by_role("button", name="How are the cells collected?").click()
    wait_for_answer(page, before)
    expect(page.locator("family-guide .msg.user").last).to_have_text(
        "You said: How are the cells collected?"
    )
    expect(last_bot_message(page).get_by_role("link").first).to_be_visible()


def test_the_conversation_survives_reload_and_navigation_and_clear_forgets_it(
    page: Page, stack
) -> None:
    open_widget(page)
    ask_and_wait(page, "what is cytokine release syndrome")
    answer_text = last_bot_message(page).locator("p").first.inner_text()
    session = page.evaluate("localStorage.getItem('cart-family-guide-session')")
    page.reload()
    open_widget_after_reload(page)
    expect(log(page)).to_contain_text(answer_text)
    page.get_by_role("link", name="Preparing for treatment").click()
    open_widget_after_reload(page)
    expect(log(page)).to_contain_text("what is cytokine release syndrome")
    clear = page.get_by_role("button", name="Clear conversation")
    clear.click()
    page.get_by_role("button", name="Really clear?").click()
    expect(log(page)).not_to_contain_text(answer_text)
    assert httpx.get(f"{stack.url}/api/chat/{session}").status_code == 404
    assert page.evaluate("localStorage.getItem('cart-family-guide-session')") is None


def open_widget_after_reload(page: Page) -> None:
    page.get_by_role("button", name="Questions about CAR-T").click()
    expect(page.locator("family-guide .msg.user").first).to_be_visible(timeout=TIMEOUT)


def test_keyboard_only(page: Page) -> None:
    page.keyboard.press("Tab")  # skip link
    for _ in range(10):
        if (
            page.evaluate("document.activeElement && document.activeElement.tagName")
            == "FAMILY-GUIDE"
        ):
            break
        page.keyboard.press("Tab")
    page.keyboard.press("Enter")
    expect(page.get_by_label("Your question")).to_be_focused()
    page.keyboard.type("how long does the infusion take")
    before = bot_count(page)
    page.keyboard.press("Enter")
    wait_for_answer(page, before)
    page.keyboard.press("Escape")
    launcher = page.get_by_role("button", name="Questions about CAR-T")
    expect(launcher).to_be_focused()
    expect(launcher).to_have_attribute("aria-expanded", "false")


def test_urgent_messages_are_unmistakable_and_offer_a_call(page: Page, shots) -> None:
    open_widget(page)
    ask_and_wait(page, "he got his cells 5 days ago and now has 39.4 fever and is shaking")
    urgent = page.locator("family-guide .msg.urgent").first
    expect(urgent).to_contain_text("Urgent")  # a word, not only a colour
    expect(urgent).to_contain_text(CONTACT["care_team_phone"])
    call = urgent.get_by_role(
        "link", name=f"Call the 24-hour care team: {CONTACT['care_team_phone']}"
    )
    expect(call).to_have_attribute("href", "tel:5550100")
    border = urgent.evaluate("e => getComputedStyle(e).borderTopWidth")
    assert float(border.removesuffix("px")) >= 3
    page.screenshot(path=shots / "desktop-urgent.png")


def test_a_crisis_message_gets_the_crisis_line_first(page: Page, shots) -> None:
    """A teen's indirect words about not wanting to live: the crisis reply, first, with the
    crisis line as a link to call, then the emergency number and the care team."""
    open_widget(page)
    before = bot_count(page)
    ask_and_wait(page, "i dont want to be here anymore. everyone would be better off without me")
    crisis = page.locator("family-guide .msg.bot").nth(before)  # the first reply
    expect(crisis).to_have_class(re.compile(r"\burgent\b"))
    expect(crisis).to_contain_text("988")
    expect(crisis.get_by_role("link", name="Call or text 988")).to_have_attribute("href", "tel:988")
    expect(crisis.get_by_role("link", name="Emergency: 911")).to_have_attribute("href", "tel:911")
    page.screenshot(path=shots / "desktop-crisis.png")


def test_a_spanish_urgent_message_gets_the_spanish_urgent_reply(page: Page, shots) -> None:
    open_widget(page)
    ask_and_wait(page, "tiene fiebre de 39 y está temblando")
    urgent = page.locator("family-guide .msg.urgent").first
    expect(urgent).to_contain_text("Urgente")
    expect(urgent).to_contain_text("Llame ya")
    expect(urgent).to_have_attribute("lang", "es")
    page.screenshot(path=shots / "desktop-urgent-es.png")


def test_a_story_the_screen_doubts_gets_a_calm_check_whose_yes_gives_the_alarm(
    page: Page, shots
) -> None:
    """A past episode the rules cannot date: no red alarm, a calm check first; "Yes, now"
    still gives the urgent reply at once."""
    open_widget(page)
    before = bot_count(page)
    ask_and_wait(
        page,
        "Her nosebleeds on the unit scared me, but her platelets have been normal for weeks "
        "and she is bored at home. When can she swim?",
    )
    check = page.locator("family-guide .msg.bot").nth(before)
    expect(check).to_contain_text(response_text("utter_check_now"))
    expect(check).not_to_have_class(re.compile(r"\burgent\b"))
    expect(page.locator("family-guide .msg.urgent")).to_have_count(0)
    check.scroll_into_view_if_needed()
    page.screenshot(path=shots / "desktop-calm-check.png")
    before = bot_count(page)
    check.get_by_role("button", name="Yes, now").click()
    wait_for_answer(page, before)
    expect(page.locator("family-guide .msg.urgent").first).to_contain_text(
        CONTACT["care_team_phone"]
    )


def test_a_server_failure_says_what_to_do_and_retry_keeps_the_text(page: Page) -> None:
    open_widget(page)
    page.route("**/api/chat", lambda route: route.abort())
    ask(page, "what is CRS?")
    problem = page.get_by_role("alert")
    expect(problem).to_contain_text(CONTACT["care_team_phone"])
    expect(page.get_by_label("Your question")).to_have_value("what is CRS?")
    page.unroute("**/api/chat")
    before = bot_count(page)
    problem.get_by_role("button", name="Try again").click()
    wait_for_answer(page, before)
    expect(last_bot_message(page).get_by_role("link").first).to_be_visible()


def test_feedback_and_talk_to_a_nurse(page: Page) -> None:
    open_widget(page)
    ask_and_wait(page, "can she get vaccines after car t")
    last_bot_message(page).get_by_role("button", name="Yes, this was helpful").click()
    expect(last_bot_message(page)).to_contain_text("Thank you for telling us.")
    before = bot_count(page)
    page.get_by_role("button", name="Talk to a nurse").click()
    wait_for_answer(page, before)
    expect(log(page)).to_contain_text(response_text("utter_ask_callback_name"))


def test_the_page_runs_under_a_strict_content_security_policy(page: Page, stack) -> None:
    headers = httpx.get(stack.url + "/").headers
    policy = headers["content-security-policy"]
    assert "script-src 'self'" in policy and "style-src 'self'" in policy
    assert "unsafe-inline" not in policy and "unsafe-eval" not in policy
    open_widget(page)
    colour = page.get_by_role("button", name="Send").evaluate(
        "e => getComputedStyle(e).backgroundColor"
    )
    assert colour == "rgb(11, 79, 108)"  # the widget's own styles applied
    assert not [e for e in page.console_errors if "Content Security Policy" in e]


def test_mobile_320px_and_200_percent_text(browser, stack, shots) -> None:
    context = browser.new_context(viewport={"width": 320, "height": 640})
    page = context.new_page()
    page.goto(stack.url + "/")
    open_widget(page)
    ask_and_wait(page, "he got his cells 5 days ago and now has 39.4 fever")
    panel = page.locator("family-guide .panel").bounding_box()
    assert panel["width"] <= 320
    send = page.get_by_role("button", name="Send").bounding_box()
    assert send["x"] + send["width"] <= 320
    page.screenshot(path=shots / "mobile-320-urgent.png")
    page.evaluate("document.documentElement.style.fontSize = '200%'")
    send = page.get_by_role("button", name="Send").bounding_box()
    assert send["x"] + send["width"] <= 320 and send["y"] + send["height"] <= 640
    expect(page.get_by_label("Your question")).to_be_visible()
    page.screenshot(path=shots / "mobile-320-text-200.png")
    context.close()


def test_widget_script_is_within_budget_and_cached(stack) -> None:
    response = httpx.get(stack.url + "/widget.js")
    assert len(response.content) <= 40 * 1024
    assert "max-age" in response.headers["cache-control"]
    assert response.headers.get("etag")
    assert (PROJECT_ROOT / "bot" / "web" / "static" / "widget.js").stat().st_size <= 40 * 1024


def test_a_long_answer_shows_the_part_that_answers_and_opens_whole(page: Page) -> None:
    open_widget(page)
    ask_and_wait(page, "what is CRS?")
    answer = last_bot_message(page)
    expect(answer).to_contain_text("Cytokine release syndrome")
    # "Reviewed <month>" appears once a reviewer signs it off (see test_review_queue.py).
    whole = answer.locator("details.whole")
    expect(whole.locator("p").last).to_be_hidden()
    answer.get_by_text("Read the whole answer").click()
    expect(whole.locator("p").last).to_be_visible()
    related = answer.get_by_role("group", name="Related questions")
    expect(related.get_by_role("button").first).to_be_visible()
    before = bot_count(page)
    related.get_by_role("button").first.click()
    wait_for_answer(page, before)
    expect(last_bot_message(page)).to_contain_text("Source:")
    assert not page.console_errors
