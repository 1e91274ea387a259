"""The bench's other measures: retrieval against one encode, index build speed, resident
memory, publish-to-live, and a pyinstrument profile of the gateway's turn."""

import statistics
import tempfile
import time
from pathlib import Path

import httpx
import psutil

from bot.core.settings import Settings
from bot.evaluation.devset import load_dev_set
from bot.nlp.parser import Parser
from bot.ops.stack import Stack


def retrieval_bench(settings: Settings) -> dict:
    from bot.content import load_library
    from bot.content.model import ContentItem
    from bot.retrieval.cache import EmbeddingCache
    from bot.retrieval.index import HybridIndex
    from bot.retrieval.service import RetrievalService

    parser = Parser.load(settings.spacy_model)  # as in the app: one pipeline, shared
    service = RetrievalService(settings, parser=parser)
    index = service.start()
    queries = list(dict.fromkeys(q.text for q in load_dev_set()))[:300]
    encode, in_turn, alone = [], [], []
    for n, q in enumerate(queries):
        t0 = time.perf_counter()
        service.embedder.encode([q])
        encode.append((time.perf_counter() - t0) * 1000)
        if n % 2 == 0:
            parser(q)  # in a turn the safety screen has parsed the message already
        t0 = time.perf_counter()
        index.search(q)  # each text once: no remembered result
        (in_turn if n % 2 == 0 else alone).append((time.perf_counter() - t0) * 1000)
    # 1,000 fresh passages (new text, so nothing is cached), indexed from scratch.
    base = load_library(settings.content_dir)
    items = []
    copies = -(-1000 // index.stats.passages)  # enough copies of the library for 1,000 passages
    for n in range(copies):
        for item in base:
            data = item.model_dump()
            data.update(id=f"{item.id}-copy-{n}", body=f"(Copy {n}.) {item.body}")
            items.append(ContentItem.model_validate(data))
    with tempfile.TemporaryDirectory() as empty:  # a cold cache: every passage is embedded
        fresh = HybridIndex(
            items,
            service.embedder,
            service._nlp,
            EmbeddingCache(Path(empty) / "cache.sqlite"),
            service.config,
            service.scope_examples,
        )
    per_1000 = fresh.stats.seconds / fresh.stats.passages * 1000
    return {
        "encode_p50_ms": round(statistics.median(encode), 2),
        "search_p50_ms": round(statistics.median(in_turn), 2),
        "search_with_own_parse_p50_ms": round(statistics.median(alone), 2),
        "ratio_search_to_encode": round(statistics.median(in_turn) / statistics.median(encode), 2),
        "index_passages": fresh.stats.passages,
        "index_newly_embedded": fresh.stats.newly_embedded,
        "index_seconds_per_1000_passages": round(per_1000, 2),
    }


def rss_mb(pid: int) -> float:
    """Resident memory of a process and its children (uvicorn or Rasa workers)."""
    root = psutil.Process(pid)
    processes = [root, *root.children(recursive=True)]
    return round(sum(p.memory_info().rss for p in processes) / 2**20, 1)


def publish_latency(stack: Stack) -> dict:
    """From the reviewer's "publish" to a family's answer from the new item: the publish
    request (it re-indexes before it returns), then chat turns until the answer is the item's."""
    password = "bench password 123456"
    clients = {
        name: stack.staff_client(name, role, password)
        for name, role in (("bench-editor", "editor"), ("bench-reviewer", "reviewer"))
    }
    body = "Ask your care team before your child goes to a sleepover. Germs spread at parties."
    item = {
        "id": "bench-sleepover",
        "title": "Can my child go to a sleepover after CAR-T?",
        "topic": "daily-life",
        "audience": "parent",
        "body": body,
        "questions": [
            "can my child go to a sleepover",
            "sleepover after car-t",
            "can she stay at a friend's house overnight",
        ],
        "sources": [{"title": "Example", "url": "https://www.cancer.gov/example/sleepover"}],
    }
    clients["bench-editor"].post("/api/content", json=item)
    clients["bench-editor"].post("/api/content/bench-sleepover/submit")
    started = time.perf_counter()
    published = clients["bench-reviewer"].post("/api/content/bench-sleepover/publish")
    published.raise_for_status()
    publish_s, polls = time.perf_counter() - started, 0
    while time.perf_counter() - started < 30:
        polls += 1
        r = httpx.post(
            f"{stack.url}/api/chat", json={"message": "can my child go to a sleepover after car-t?"}
        ).json()
        if any(m["text"] == body for m in r["messages"]):
            break
    return {
        "seconds": round(time.perf_counter() - started, 2),
        "publish_request_s": round(publish_s, 2),
        "chat_turns": polls,
    }


async def profile_gateway(stack: Stack, out: Path) -> dict:
    """Where a full-stack turn spends its time, seen from the gateway: pyinstrument on an
    in-process app that talks to the running Rasa (whose actions run in the stack's app, so
    this app does not search ahead)."""
    from pyinstrument import Profiler

    from bot.api.app import create_app

    limits = {"session_rate_limit": "100000/minute", "chat_rate_limit": "100000/minute"}
    settings = stack.settings.model_copy(update={**limits, "overlap_retrieval": False})
    app = create_app(settings)
    questions = [q.text for q in load_dev_set() if q.answerable][:40]
    async with app.router.lifespan_context(app):
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://gateway") as http:
            session = (await http.post("/api/chat", json={"message": "hello"})).json()
            profiler = Profiler(async_mode="enabled", interval=0.0005)
            profiler.start()
            for q in questions:
                await http.post(
                    "/api/chat", json={"message": q, "session_id": session["session_id"]}
                )
            profiler.stop()
    out.write_text(profiler.output_text(unicode=False, color=False))
    session_frame = profiler.last_session.root_frame()
    total = session_frame.time if session_frame else 0.0

    def spent(name: str) -> float:
        found, stack_ = 0.0, [session_frame] if session_frame else []
        while stack_:
            frame = stack_.pop()
            if frame.function == name:
                found += frame.time
            else:
                stack_.extend(frame.children)
        return found

    per_turn = {
        name: round(spent(fn) / len(questions) * 1000, 1)
        for name, fn in (("rasa_round_trip_ms", "send"), ("redaction_and_capture_ms", "_rasa_text"))
    }
    per_turn["gateway_total_ms"] = round(total / len(questions) * 1000, 1)
    return per_turn
