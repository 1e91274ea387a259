"""A reviewer publishes in the running stack; the family's very next question gets it."""

import time
import uuid

import httpx
import pytest

from tests.conftest import STAFF_PASSWORD
from tests.integration.test_chat_flow import replies

pytestmark = pytest.mark.integration


def signed_in(stack, username: str) -> httpx.Client:
    client = httpx.Client(base_url=stack.url, timeout=60)
    response = client.post(
        "/api/auth/login", json={"username": username, "password": STAFF_PASSWORD}
    )
    assert response.status_code == 200, response.text
    client.headers["X-CSRF-Token"] = client.cookies["cartfg_csrf"]
    return client


def test_publish_is_live_for_the_next_family_question_and_retire_removes_it(
    stack, staff_users, chat
) -> None:
    editor = signed_in(stack, staff_users["editor"])
    reviewer = signed_in(stack, staff_users["reviewer"])
    item_id = f"swimming-{uuid.uuid4().hex[:6]}"
    body = "Ask your care team before your child swims. Pools and lakes can carry germs."
    item = {
        "id": item_id,
        "title": "Can my child go swimming after CAR-T?",
        "topic": "daily-life",
        "audience": "parent",
        "body": body,
        "questions": [
            "can my child go swimming after car-t",
            "is the pool ok after kymriah",
            "when can she swim again",
        ],
        "sources": [
            {"title": "Example hospital page", "url": "https://www.cancer.gov/example/swimming"}
        ],
    }
    question = "can my daughter go swimming in the pool after car-t?"
    assert editor.post("/api/content", json=item).status_code == 201
    assert editor.post(f"/api/content/{item_id}/submit").status_code == 200

    started = time.perf_counter()
    published = reviewer.post(f"/api/content/{item_id}/publish")
    answer = replies(chat(question))
    latency = time.perf_counter() - started
    assert published.status_code == 200, published.text
    assert answer[0]["text"] == body
    assert answer[0]["sources"][0]["url"] == "https://www.cancer.gov/example/swimming"
    print(f"publish-to-live (publish call + next chat turn): {latency:.2f}s")

    assert reviewer.post(f"/api/content/{item_id}/retire").status_code == 200
    after = replies(chat(question))
    assert all(m["text"] != body for m in after)


def test_a_reviewer_previews_a_draft_before_families_see_it(stack, staff_users, chat) -> None:
    editor = signed_in(stack, staff_users["editor"])
    reviewer = signed_in(stack, staff_users["reviewer"])
    item_id = f"bikes-{uuid.uuid4().hex[:6]}"
    body = "Ask your care team before your child rides a bike. Falls can cause bleeding."
    item = {
        "id": item_id,
        "title": "Can my child ride a bike after CAR-T?",
        "topic": "daily-life",
        "audience": "parent",
        "body": body,
        "questions": [
            "can my child ride a bike after car-t",
            "is cycling ok after kymriah",
            "when can he ride his bike again",
        ],
        "sources": [
            {"title": "Example hospital page", "url": "https://www.cancer.gov/example/bikes"}
        ],
    }
    assert editor.post("/api/content", json=item).status_code == 201
    question = "can my son ride his bike after car-t?"
    with_drafts = reviewer.post("/api/preview", json={"message": question, "include_drafts": True})
    live_only = reviewer.post("/api/preview", json={"message": question})
    assert with_drafts.json()["explain"]["passages"][0]["content_id"] == item_id
    assert body in [m["text"] for m in with_drafts.json()["messages"]]
    assert all(m["text"] != body for m in live_only.json()["messages"])
    assert all(m["text"] != body for m in replies(chat(question)))  # families: not yet


def test_unanswered_questions_reach_the_editors_redacted(stack, staff_users, chat) -> None:
    chat("my name is Maribel Quenby, what do the numbers on his lab chart mean?")
    editor = signed_in(stack, staff_users["editor"])
    groups = editor.get("/api/insights/unanswered").json()
    texts = " ".join(g["question"] for g in groups)
    assert "lab chart" in texts
    assert "Maribel" not in texts and "Quenby" not in texts


def test_what_families_can_ask_follows_the_published_library(stack, staff_users, chat) -> None:
    """Rasa's `out_of_scope` examples include parking; once an editor publishes an item on
    parking, families asking in plain words get it, with no retraining."""
    editor = signed_in(stack, staff_users["editor"])
    reviewer = signed_in(stack, staff_users["reviewer"])
    item_id = f"parking-{uuid.uuid4().hex[:6]}"
    body = "Families of children in treatment park free in Garage B, by the main entrance."
    item = {
        "id": item_id,
        "title": "Where can families park at the hospital?",
        "topic": "visiting",
        "audience": "parent",
        "body": body,
        "questions": ["where do we park for appointments", "is parking free for families"],
        "sources": [
            {"title": "Example hospital page", "url": "https://www.cancer.gov/example/parking"}
        ],
    }
    question = "where can we park?"
    assert all(m["text"] != body for m in replies(chat(question)))
    assert editor.post("/api/content", json=item).status_code == 201
    assert editor.post(f"/api/content/{item_id}/submit").status_code == 200
    assert reviewer.post(f"/api/content/{item_id}/publish").status_code == 200
    assert [m["text"] for m in replies(chat(question))] == [body]
    assert reviewer.post(f"/api/content/{item_id}/retire").status_code == 200


def test_a_changed_source_is_flagged_and_a_sign_off_shows_families_the_review_date(
    stack, staff_users, chat
) -> None:
    """Issue 14 through the running stack: an editor marks a cited page as changed, the
    items citing it wait in the review queue (still live), and a reviewer's sign-off stamps
    the live version, which families then see as its review date."""
    editor = signed_in(stack, staff_users["editor"])
    reviewer = signed_in(stack, staff_users["reviewer"])
    question = "how long does CRS last after kymriah?"
    [before] = [m for m in replies(chat(question)) if m.get("sources")]
    item_id, url = "crs-timing", before["sources"][0]["url"]
    assert before["reviewed_on"] is None  # imported, not yet reviewed here

    marked = editor.post("/api/sources/changed", json={"url": url, "note": "label revised 12/2025"})
    assert marked.status_code == 200, marked.text
    queue = editor.get("/api/review-queue").json()
    flagged = {e["item_id"]: e for e in queue["items"] if e["source_changed"]}
    assert item_id in flagged
    assert "label revised 12/2025" in flagged[item_id]["reasons"][0]
    assert editor.post(f"/api/content/{item_id}/sign-off").status_code == 403  # reviewers only

    assert reviewer.post(f"/api/content/{item_id}/sign-off").status_code == 200
    queue = editor.get("/api/review-queue").json()
    assert item_id not in {e["item_id"] for e in queue["items"] if e["source_changed"]}
    [after] = [m for m in replies(chat(question)) if m.get("sources")]
    assert after["reviewed_on"] == time.strftime("%Y-%m-%d", time.gmtime())
