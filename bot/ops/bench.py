"""`make bench`: the whole stack's cost next to bare Rasa, measured in one run here, on the
embedded defaults (SQLite, in-process stores) and on the scale-out settings (PostgreSQL +
Redis). It starts its own Rasa and app on free 127.0.0.1 ports, on a throwaway database, and
writes DATA_DIR/bench/report.json plus printed tables."""

import asyncio
import json
import shutil
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import psycopg
import redis

from bot.core.settings import Settings
from bot.ops import bench_load, bench_parts
from bot.ops.rasa_process import model_path
from bot.ops.stack import Stack, start_stack

ADMIN_DB = "postgresql://postgres@127.0.0.1:5432/postgres"
BENCH_REDIS_DB = 9


@contextmanager
def scale_out_services() -> Iterator[dict[str, str]]:
    """A throwaway PostgreSQL database and an emptied Redis database, dropped afterwards."""
    name = f"cartfg_bench_{uuid.uuid4().hex[:8]}"
    with psycopg.connect(ADMIN_DB, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    redis.Redis(db=BENCH_REDIS_DB).flushdb()
    try:
        yield {
            "database_url": f"postgresql+psycopg://postgres@127.0.0.1:5432/{name}",
            "redis_url": f"redis://127.0.0.1:6379/{BENCH_REDIS_DB}",
        }
    finally:
        with psycopg.connect(ADMIN_DB, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        redis.Redis(db=BENCH_REDIS_DB).flushdb()


@contextmanager
def running(data_dir: Path, model: Path, extra_env=None, **overrides) -> Iterator[Stack]:
    shutil.rmtree(data_dir, ignore_errors=True)  # every run starts from nothing
    stack = start_stack(data_dir, model, extra_env, **overrides)
    try:
        yield stack
    finally:
        stack.stop_all()


def measure_setting(stack: Stack, profile_to: Path | None = None) -> dict:
    """The whole table for one setting: load, first turns, memory, publish-to-live."""
    http = asyncio.run(bench_load.bare_vs_full(stack))
    memory = {name: bench_parts.rss_mb(p.pid) for name, p in stack.procs.items()}
    result = {
        "http": http,
        "first_vs_follow_up": asyncio.run(bench_load.first_vs_follow_up(stack)),
        "rss_mb": {**memory, "total": round(sum(memory.values()), 1)},
        "publish_to_live": bench_parts.publish_latency(stack),
    }
    if profile_to:
        result["gateway_profile_per_turn"] = asyncio.run(
            bench_parts.profile_gateway(stack, profile_to)
        )
    full = http["full_stack"]
    result["ratios"] = {
        f"to_{name}": {
            "p50_c1": round(full["c1"]["p50_ms"] / base["c1"]["p50_ms"], 2),
            "p50_c10": round(full["c10"]["p50_ms"] / base["c10"]["p50_ms"], 2),
            "throughput_c20": round(
                full["c20_throughput"]["turns_per_s"] / base["c20_throughput"]["turns_per_s"], 2
            ),
        }
        for name, base in (
            ("bare_rasa", http["bare_rasa"]),
            ("rasa_on_questions", http["rasa_on_questions"]),
        )
    }
    return result


def print_setting(title: str, result: dict) -> None:
    http = result["http"]
    bare, floor, full = http["bare_rasa"], http["rasa_on_questions"], http["full_stack"]
    rows = [
        (f"{stat} ms, {n} session{'s' if n > 1 else ''}", f"c{n}", f"{stat}_ms")
        for n in (1, 10)
        for stat in ("p50", "p95")
    ]
    print(
        f"\n{title}\n{'measure':22} {'bare Rasa':>10} {'Rasa+action':>12} {'full stack':>11}"
        f" {'full/bare':>10} {'full/Rasa+action':>17}"
    )
    lines = [(name, *(r[c][k] for r in (bare, floor, full))) for name, c, k in rows]
    lines.append(
        ("turns/s, 20 sessions", *(r["c20_throughput"]["turns_per_s"] for r in (bare, floor, full)))
    )
    for name, b, q, f in lines:
        print(f"{name:22} {b:>10} {q:>12} {f:>11} {f / b:>10.2f} {f / q:>17.2f}")
    print("(Rasa+action: the same questions straight to Rasa, its answer action included)")
    turns = result["first_vs_follow_up"]
    print(
        f"first turn p50 {turns['first_turn_p50_ms']} ms vs follow-up "
        f"{turns['follow_up_p50_ms']} ms (x{turns['ratio_first_to_follow_up']}); "
        f"publish-to-live {result['publish_to_live']}; resident MB {result['rss_mb']}"
    )


def run(settings: Settings) -> dict:
    out_dir = settings.data_dir / "bench"
    out_dir.mkdir(parents=True, exist_ok=True)
    model = model_path(settings)
    report: dict = {}
    print("[1/4] Embedded defaults (SQLite): load, first turns, publish, profile ...", flush=True)
    with running(out_dir / "stack", model) as stack:
        report["embedded"] = measure_setting(stack, profile_to=out_dir / "profile.txt")
    print("[2/4] Embedded, search overlapped with Rasa (OVERLAP_RETRIEVAL=true) ...")
    with running(out_dir / "stack", model, {"OVERLAP_RETRIEVAL": "true"}) as stack:
        report["embedded_overlap"] = asyncio.run(bench_load.bare_vs_full(stack, True))
    print("[3/4] Scale-out settings (PostgreSQL + Redis) ...", flush=True)
    with scale_out_services() as services, running(out_dir / "stack", model, **services) as stack:
        report["scale_out"] = measure_setting(stack)
    print("[4/4] Retrieval vs one encode; index build per 1,000 passages ...", flush=True)
    report["retrieval"] = retrieval = bench_parts.retrieval_bench(settings)
    (out_dir / "report.json").write_text(json.dumps(report, indent=2))

    print_setting("Embedded defaults (SQLite, in-process stores)", report["embedded"])
    print_setting(
        "Scale-out (PostgreSQL tracker + content, Redis locks + limits)", report["scale_out"]
    )
    on = report["embedded_overlap"]["full_stack"]
    off = report["embedded"]["http"]["full_stack"]
    print(
        "\nsearch overlapped with Rasa, full-stack p50 1 / 10 sessions, turns/s 20: "
        + "; ".join(
            f"{name} {r['c1']['p50_ms']} / {r['c10']['p50_ms']} / "
            f"{r['c20_throughput']['turns_per_s']}"
            for name, r in (("on", on), ("off", off))
        )
    )
    print(
        f"retrieval p50 in a turn {retrieval['search_p50_ms']} ms (with its own parse "
        f"{retrieval['search_with_own_parse_p50_ms']}) vs one encode "
        f"{retrieval['encode_p50_ms']} ms (x{retrieval['ratio_search_to_encode']}); index build "
        f"{retrieval['index_seconds_per_1000_passages']} s per 1,000 passages"
    )
    print(f"gateway profile per turn: {report['embedded'].get('gateway_profile_per_turn')}")
    print(f"\nWritten to {out_dir / 'report.json'}; profile in {out_dir / 'profile.txt'}")
    return report
