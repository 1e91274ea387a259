"""`make bench`: the whole stack's cost next to bare Rasa, measured in one run here. It starts
its own Rasa and app on free 127.0.0.1 ports, drives them with a bounded asyncio + httpx load,
and writes DATA_DIR/bench/report.json plus a printed table."""

import asyncio
import json
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

import httpx
import psutil

from bot.core.settings import PROJECT_ROOT, Settings
from bot.evaluation.devset import load_dev_set
from bot.ops.rasa_process import model_path
from bot.ops.stack import start_stack

REQUESTS = 120  # per latency measurement
THROUGHPUT_SECONDS = 15


def _pct(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))]


async def _drive(send, concurrency: int, total: int | None, seconds: float | None) -> dict:
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
    wall = time.perf_counter() - started
    return {
        "p50_ms": round(_pct(latencies, 50), 1),
        "p95_ms": round(_pct(latencies, 95), 1),
        "turns_per_s": round(len(latencies) / wall, 1),
        "turns": len(latencies),
    }


async def _http_bench(stack) -> dict:
    # A new question every turn: no recent-result memo answers from memory.
    questions = list(dict.fromkeys(q.text for q in load_dev_set() if q.answerable))
    asked = iter(range(10**9))
    async with httpx.AsyncClient(timeout=60) as http:
        senders = [f"bench-{uuid.uuid4().hex}" for _ in range(20)]
        sessions: list[str] = []
        for s in senders:  # warm up: session start happens once per conversation
            await http.post(
                f"{stack.settings.rasa_url}/webhooks/rest/webhook",
                json={"sender": s, "message": "hello"},
            )
            r = await http.post(f"{stack.url}/api/chat", json={"message": "hello"})
            sessions.append(r.json()["session_id"])

        async def bare(i: int) -> None:
            r = await http.post(
                f"{stack.settings.rasa_url}/webhooks/rest/webhook",
                json={"sender": senders[i % 20], "message": "hello"},
            )
            r.raise_for_status()

        async def full(i: int) -> None:
            r = await http.post(
                f"{stack.url}/api/chat",
                json={
                    "message": questions[next(asked) % len(questions)],
                    "session_id": sessions[i % 20],
                },
            )
            r.raise_for_status()

        out = {}
        for name, send in (("bare_rasa", bare), ("full_stack", full)):
            out[name] = {
                "c1": await _drive(send, 1, REQUESTS // 2, None),
                "c10": await _drive(send, 10, REQUESTS, None),
                "c20_throughput": await _drive(send, 20, None, THROUGHPUT_SECONDS),
            }
    return out


def _retrieval_bench(settings: Settings) -> dict:
    from bot.content import load_library
    from bot.content.model import ContentItem
    from bot.retrieval.cache import EmbeddingCache
    from bot.retrieval.index import HybridIndex
    from bot.retrieval.service import RetrievalService

    service = RetrievalService(settings)
    index = service.start()
    queries = [q.text for q in load_dev_set()][:200]
    encode, search = [], []
    for q in queries:
        t0 = time.perf_counter()
        service.embedder.encode([q])
        encode.append((time.perf_counter() - t0) * 1000)
        t0 = time.perf_counter()
        index.search(q)
        search.append((time.perf_counter() - t0) * 1000)
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
        "search_p50_ms": round(statistics.median(search), 2),
        "ratio_search_to_encode": round(statistics.median(search) / statistics.median(encode), 2),
        "index_passages": fresh.stats.passages,
        "index_newly_embedded": fresh.stats.newly_embedded,
        "index_seconds_per_1000_passages": round(per_1000, 2),
    }


def _rss_mb(pid: int) -> float:
    """Resident memory of a process and its children (uvicorn or Rasa workers)."""
    root = psutil.Process(pid)
    processes = [root, *root.children(recursive=True)]
    return round(sum(p.memory_info().rss for p in processes) / 2**20, 1)


def _publish_latency(stack) -> float:
    password = "bench password 123456"
    for name, role in (("bench-editor", "editor"), ("bench-reviewer", "reviewer")):
        subprocess.run(
            [sys.executable, "-m", "bot", "user", "add", name, "--role", role],
            cwd=PROJECT_ROOT,
            env={**stack.env(), "BOT_PASSWORD": password},
            capture_output=True,
            check=True,
        )
    clients = {}
    for name in ("bench-editor", "bench-reviewer"):
        c = httpx.Client(base_url=stack.url, timeout=60)
        c.post("/api/auth/login", json={"username": name, "password": password})
        c.headers["X-CSRF-Token"] = c.cookies["cartfg_csrf"]
        clients[name] = c
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
    while time.perf_counter() - started < 30:
        r = httpx.post(
            f"{stack.url}/api/chat", json={"message": "can my child go to a sleepover after car-t?"}
        ).json()
        if any(m["text"] == body for m in r["messages"]):
            break
    return round(time.perf_counter() - started, 2)


async def _profile_gateway(stack, out: Path) -> dict:
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


def run(settings: Settings) -> dict:
    out_dir = settings.data_dir / "bench"
    out_dir.mkdir(parents=True, exist_ok=True)
    print("[1/4] Starting Rasa and the app on free ports ...", flush=True)
    shutil.rmtree(out_dir / "stack", ignore_errors=True)  # every run starts from nothing
    stack = start_stack(out_dir / "stack", model_path(settings))
    try:
        print("[2/4] Load: bare Rasa vs full stack (1, 10, 20 concurrent) ...", flush=True)
        http = asyncio.run(_http_bench(stack))
        memory = {name: _rss_mb(p.pid) for name, p in stack.procs.items()}
        print("[3/4] Publish-to-live; pyinstrument profile of the gateway ...", flush=True)
        publish = _publish_latency(stack)
        profile = asyncio.run(_profile_gateway(stack, out_dir / "profile.txt"))
    finally:
        stack.stop_all()
    print("[4/4] Retrieval vs one encode; index build per 1,000 passages ...", flush=True)
    retrieval = _retrieval_bench(settings)
    bare, full = http["bare_rasa"], http["full_stack"]
    report = {
        "http": http,
        "ratios": {
            "p50_c1": round(full["c1"]["p50_ms"] / bare["c1"]["p50_ms"], 2),
            "p50_c10": round(full["c10"]["p50_ms"] / bare["c10"]["p50_ms"], 2),
            "throughput_c20": round(
                full["c20_throughput"]["turns_per_s"] / bare["c20_throughput"]["turns_per_s"], 2
            ),
        },
        "retrieval": retrieval,
        "publish_to_live_s": publish,
        "gateway_profile_per_turn": profile,
        "rss_mb": {**memory, "total": round(sum(memory.values()), 1)},
    }
    (out_dir / "report.json").write_text(json.dumps(report, indent=2))
    rows = [
        ("p50 ms, 1 session", bare["c1"]["p50_ms"], full["c1"]["p50_ms"]),
        ("p95 ms, 1 session", bare["c1"]["p95_ms"], full["c1"]["p95_ms"]),
        ("p50 ms, 10 sessions", bare["c10"]["p50_ms"], full["c10"]["p50_ms"]),
        ("p95 ms, 10 sessions", bare["c10"]["p95_ms"], full["c10"]["p95_ms"]),
    ]
    rows += [("turns/s, 20 sessions", *(r["c20_throughput"]["turns_per_s"] for r in (bare, full)))]
    print(f"\n{'measure':24} {'bare Rasa':>10} {'full stack':>11} {'full/bare':>10}")
    for name, b, f in rows:
        print(f"{name:24} {b:>10} {f:>11} {f / b:>10.2f}")
    print(
        f"\nretrieval p50 {retrieval['search_p50_ms']} ms vs one encode "
        f"{retrieval['encode_p50_ms']} ms (x{retrieval['ratio_search_to_encode']})"
    )
    print(f"index build: {retrieval['index_seconds_per_1000_passages']} s per 1,000 passages")
    print(f"publish-to-live: {publish} s;  resident memory MB: {report['rss_mb']}")
    print(
        f"where a full-stack turn goes (pyinstrument, per turn): {profile}; "
        f"profile in {out_dir / 'profile.txt'}"
    )
    print(f"\nWritten to {out_dir / 'report.json'}")
    return report
