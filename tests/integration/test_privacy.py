"""Planted personal details go through the real stack; then every store is searched.

tests/privacy/phi_corpus.yml holds synthetic messages with names, phone numbers, record
numbers, dates of birth, e-mails and street addresses. They are sent as chat messages, as
feedback comments and as call-back details. Afterwards no planted value may appear in the
app database, Rasa's tracker store, the logs, or any other file under DATA_DIR."""

import re
from pathlib import Path

import httpx
import pytest
import yaml

from bot.core.settings import PROJECT_ROOT
from tests.integration.test_chat_flow import replies

pytestmark = pytest.mark.integration
CORPUS = yaml.safe_load((PROJECT_ROOT / "tests" / "privacy" / "phi_corpus.yml").read_text())


def planted_values() -> set[str]:
    return {v for m in CORPUS["messages"] for v in m["planted"]}


def test_no_planted_value_is_kept_anywhere(stack, chat) -> None:
    messages = [m["text"] for m in CORPUS["messages"]]
    assert len(messages) >= 50
    session = None
    for i, text in enumerate(messages):
        reply = chat(text, session if i % 5 else None)
        session = reply["session_id"]
        answer = next((m for m in replies(reply) if m["sources"]), None)
        if answer and i % 3 == 0:
            response = httpx.post(
                f"{stack.url}/api/feedback",
                json={"message_id": answer["id"], "helpful": False, "comment": text[:500]},
            )
            assert response.status_code == 201
    # A call-back request with planted details (kept encrypted, never in the clear).
    callback = next(m for m in CORPUS["messages"] if "Call me at" in m["text"])
    phone = re.search(r"\(?\d{3}\)?[ .-]?\d{3}[ .-]\d{4}", callback["text"]).group(0)
    name = next(v for m in CORPUS["messages"] for v in m["planted"] if " " in v)
    ids = chat("can a nurse call me back?")["session_id"]
    for answer_text in (name, phone, "weekday mornings"):
        chat(answer_text, ids)
    # A button payload whose label carries personal details (the widget sends the title;
    # anyone can send anything): the transcript keeps the label only redacted.
    label_name, label_phone = "Rosalind Okafor", "(617) 555-0143"
    labelled = httpx.post(
        f"{stack.url}/api/chat",
        json={"message": "/deny", "label": f"I'm {label_name}, {label_phone}", "session_id": ids},
    )
    assert labelled.status_code == 200
    planted = planted_values() | {name, phone, label_name, label_phone}

    found = []
    files = [p for p in Path(stack.settings.data_dir).rglob("*") if p.is_file()]
    assert any(p.name == "app.sqlite" for p in files)
    assert any(p.name == "rasa_tracker.sqlite" for p in files)
    assert any(p.suffix == ".log" for p in files)
    for path in files:
        data = path.read_bytes()
        for value in planted:
            if re.search(
                rb"(?<![A-Za-z0-9])" + re.escape(value.encode()) + rb"(?![A-Za-z0-9])", data
            ):
                found.append(f"{value!r} in {path.name}")
    print(f"messages tried: {len(messages)}, values planted: {len(planted)}, found: {len(found)}")
    assert found == []
