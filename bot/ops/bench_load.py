"""The bench's HTTP load: bare Rasa against the full stack, and a conversation's first turn
against its follow-ups. A bounded asyncio + httpx load on a running Stack."""

import asyncio
import statistics
import time
import uuid
from collections.abc import Awaitable, Callable

import httpx

from bot.auth.service_tokens import rasa_token
from bot.evaluation.devset import load_dev_set
from bot.ops.stack import Stack

REQUESTS = 120  # per latency measurement
THROUGHPUT_SECONDS = 15
CONVERSATIONS = 30  # new conversations for first turn vs follow-up
# Bare Rasa's message: Rasa answers it with a response alone (rule bot_challenge ->
# utter_iamabot), no custom action. "hello" no longer is one: greetings go through
# action_small_talk, which put an action call in the baseline (session 23's figures).
BARE_MESSAGE = "are you a bot?"


def percentile(values: list[float], p: int) -> float:
    return statistics.quantiles(values, n=100, method="inclusive")[p - 1]


def _summary(latencies: list[float], wall_s: float) -> dict:
    return {
        "p50_ms": round(percentile(latencies, 50), 1),
        "p95_ms": round(percentile(latencies, 95), 1),
        "turns_per_s": round(len(latencies) / wall_s, 1),
        "turns": len(latencies),
    }


async def drive(
    send: Callable[[int], Awaitable[None]],
    concurrency: int,
    total: int | None,
    seconds: float | None,
) -> dict:
    """Run `send(i)` from `concurrency` workers, bounded by count or time."""
    latencies: list[float] = []
    counter = iter(range(10**9))
    deadline = time.monotonic() + seconds if seconds else None
    started = time.perf_counter()

    async def worker() -> None:
        while True:
            i = next(counter)
            if (total is not None and i >= total) or (deadline and time.monotonic() > deadline):
                return
            t0 = time.perf_counter()
            await send(i)
            latencies.append((time.perf_counter() - t0) * 1000)

    await asyncio.gather(*(worker() for _ in range(concurrency)))
    return _summary(latencies, time.perf_counter() - started)


def questions() -> list[str]:
    """Answerable development questions, each once: a new question every turn, so no
    recent-result memo answers from memory."""
    return list(dict.fromkeys(q.text for q in load_dev_set() if q.answerable))


async def bare_actions(http: httpx.AsyncClient, stack: Stack, sender: str) -> list[str]:
    """The actions Rasa ran for the sender's latest message: the check that the baseline
    stays bare (responses only) if the rules change."""
    r = await http.get(
        f"{stack.settings.rasa_url}/conversations/{sender}/tracker",
        params={"token": rasa_token(stack.settings)},
    )
    r.raise_for_status()
    events = r.json()["events"]
    last_user = max(i for i, e in enumerate(events) if e["event"] == "user")
    return [e["name"] for e in events[last_user:] if e["event"] == "action"]


async def bare_vs_full(stack: Stack, full_only: bool = False) -> dict:
    """p50/p95 with 1 and 10 sessions and throughput with 20, for: bare Rasa (BARE_MESSAGE
    straight to its REST channel, answered without a custom action); Rasa on the same
    questions as the stack (its answer action included, but no gateway: the floor for any
    turn Rasa answers from content); and the full stack (a real question through
    /api/chat)."""
    asked, texts = iter(range(10**9)), questions()
    async with httpx.AsyncClient(timeout=60) as http:
        senders = [f"bench-{uuid.uuid4().hex}" for _ in range(20)]
        askers = [f"bench-q-{uuid.uuid4().hex}" for _ in range(20)]  # their own conversations
        sessions: list[str] = []
        for s in senders + askers:  # warm up: session start happens once per conversation
            await http.post(
                f"{stack.settings.rasa_url}/webhooks/rest/webhook",
                json={"sender": s, "message": BARE_MESSAGE},
            )
        actions = await bare_actions(http, stack, senders[0])
        if any(a != "action_listen" and not a.startswith("utter_") for a in actions):
            raise RuntimeError(f"bare Rasa's message ran a custom action: {actions}")
        for _ in senders:
            r = await http.post(f"{stack.url}/api/chat", json={"message": "hello"})
            sessions.append(r.json()["session_id"])

        async def bare(i: int) -> None:
            r = await http.post(
                f"{stack.settings.rasa_url}/webhooks/rest/webhook",
                json={"sender": senders[i % 20], "message": BARE_MESSAGE},
            )
            r.raise_for_status()

        async def full(i: int) -> None:
            r = await http.post(
                f"{stack.url}/api/chat",
                json={"message": texts[next(asked) % len(texts)], "session_id": sessions[i % 20]},
            )
            r.raise_for_status()

        async def rasa_question(i: int) -> None:
            r = await http.post(
                f"{stack.settings.rasa_url}/webhooks/rest/webhook",
                json={"sender": askers[i % 20], "message": texts[next(asked) % len(texts)]},
            )
            r.raise_for_status()

        out = {}
        runs = [("full_stack", full)]
        if not full_only:
            runs = [("bare_rasa", bare), ("full_stack", full), ("rasa_on_questions", rasa_question)]
        for name, send in runs:
            out[name] = {
                "c1": await drive(send, 1, REQUESTS // 2, None),
                "c10": await drive(send, 10, REQUESTS, None),
                "c20_throughput": await drive(send, 20, None, THROUGHPUT_SECONDS),
            }
    return out


async def first_vs_follow_up(stack: Stack) -> dict:
    """A conversation's first turn (a question with no session: a new session, Rasa's
    session start, a new tracker) against its second question, one conversation at a time."""
    texts = questions()
    first, follow_up = [], []
    async with httpx.AsyncClient(timeout=60) as http:
        for n in range(CONVERSATIONS):
            t0 = time.perf_counter()
            r = await http.post(f"{stack.url}/api/chat", json={"message": texts[2 * n]})
            first.append((time.perf_counter() - t0) * 1000)
            r.raise_for_status()
            t0 = time.perf_counter()
            again = await http.post(
                f"{stack.url}/api/chat",
                json={"message": texts[2 * n + 1], "session_id": r.json()["session_id"]},
            )
            follow_up.append((time.perf_counter() - t0) * 1000)
            again.raise_for_status()
    p50_first, p50_next = percentile(first, 50), percentile(follow_up, 50)
    return {
        "first_turn_p50_ms": round(p50_first, 1),
        "follow_up_p50_ms": round(p50_next, 1),
        "ratio_first_to_follow_up": round(p50_first / p50_next, 2),
        "conversations": CONVERSATIONS,
    }
