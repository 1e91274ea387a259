"""Command line: `python -m bot run | purge | tune-model | export-encoder | index | eval |
safety-train | check-content | user add | content`."""

import argparse
import logging
import os
import sys

from bot.core.settings import Settings


def _index(settings: Settings) -> int:
    """Rebuild the retrieval index from the database (the library's source of truth); the
    shipped files are imported first on a fresh database."""
    from bot.content import load_library
    from bot.content.store import ContentStore
    from bot.core.db import make_engine
    from bot.retrieval.service import RetrievalService

    store = ContentStore(make_engine(settings.sqlalchemy_url))
    if store.is_empty():
        store.import_items(load_library(settings.content_dir))
    print("Loading models and indexing the published content ...", flush=True)
    service = RetrievalService(settings)
    index = service.start(store.live_items())
    s = index.stats
    print(
        f"Index ready: {s.items} items, {s.passages} passages, {s.vectors} vectors "
        f"({s.newly_embedded} newly embedded) in {s.seconds:.1f}s"
    )
    service.close()
    return 0


def _tune_model(settings: Settings) -> int:
    """Tune the base embedding model on the shipped library (what `make` runs once)."""
    from pathlib import Path

    from bot.content import load_library
    from bot.content.library import in_language, published
    from bot.retrieval.domain_model import tune
    from bot.retrieval.embedder import resolve_model_path

    # MiniLM reads English: the Spanish versions are searched with a multilingual model.
    items = in_language(published(load_library(settings.content_dir)), "en")
    passes = settings.embedding_tuning_passes
    print(f"Tuning {settings.embedding_base_model} on {len(items)} items ({passes} passes) ...")
    base = resolve_model_path(settings.embedding_base_model)
    out = tune(items, base, Path(settings.embedding_model), passes)
    print(f"Tuned model saved to {out}")
    return 0


def _check_content(settings: Settings, files: list[str]) -> int:
    """Validate the library; with file names, also print each file's grade and problems."""
    from pathlib import Path

    from bot.content import ContentError, load_library, parse_item
    from bot.content.checks import check_items

    try:
        items = load_library(settings.content_dir)
        if files:
            items = [parse_item(Path(f).read_text(encoding="utf-8"), f) for f in files]
    except ContentError as exc:
        print(f"Content problem: {exc}")
        return 1
    checks = check_items(items)
    failed = [c for c in checks if c.problems]
    for check in checks if files else failed:
        print(f"{check.item.id}: grade {check.grade}" + ("" if check.problems else ", OK"))
        for problem in check.problems:
            print(f"  - {problem}")
    print(f"{len(items)} content items, {len(failed)} with problems")
    return 1 if failed else 0


def _user_add(settings: Settings, name: str, role: str) -> int:
    """Create a staff account; the password comes from BOT_PASSWORD or a prompt."""
    import getpass
    import os

    from bot.auth.accounts import AccountStore
    from bot.core.db import make_engine

    password = os.environ.get("BOT_PASSWORD") or getpass.getpass(f"Password for {name}: ")
    try:
        user = AccountStore(make_engine(settings.sqlalchemy_url)).add_user(name, password, role)
    except ValueError as exc:
        print(f"Could not add the user: {exc}")
        return 1
    print(f"Added {user.username} ({user.role})")
    return 0


def _check_sources(store, origin: str) -> int:
    """Fetch every cited page; a changed or unreachable page flags the items citing it."""
    from bot.content.pages import http_fetch

    fetch = http_fetch(origin)
    urls = store.cited_urls()
    print(f"Checking {len(urls)} cited pages ...", flush=True)
    results = store.check_sources(fetch)
    for result in results:
        if result.status in ("changed", "unreachable"):
            print(f"  {result.status}: {result.url} {result.note}")
    counts = {
        s: sum(r.status == s for r in results) for s in ("new", "same", "changed", "unreachable")
    }
    print(", ".join(f"{n} {s}" for s, n in counts.items()))
    flagged = sum(e.source_changed for e in store.review_queue())
    print(f"{flagged} live items need a reviewer's sign-off because a source changed")
    return 0


def _content(settings: Settings, action: str, folder: str | None) -> int:
    """Round-trip the library between the database and Markdown files, or check its sources."""
    from pathlib import Path

    from bot.content.files import path_for, write_item
    from bot.content.store import ContentStore
    from bot.core.db import make_engine

    store = ContentStore(make_engine(settings.sqlalchemy_url))
    if action == "check-sources":
        return _check_sources(store, settings.source_check_origin)
    if folder is None:
        print(f"content {action}: name the folder")
        return 2
    path = Path(folder)
    if action == "export":
        path.mkdir(parents=True, exist_ok=True)
        items = store.export_items()
        for item in items:
            write_item(item, path_for(path, item))
        print(f"Exported {len(items)} items to {path}")
        return 0
    from bot.content import ContentError, load_library

    try:
        items = load_library(path)
    except ContentError as exc:
        print(f"Content problem: {exc}")
        return 1
    print(f"Imported {store.import_items(items, 'cli import')} new or changed items from {path}")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bot", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)
    sub.add_parser("run", help="start Rasa and the app (what `make run` ends with)")
    index = sub.add_parser(
        "index", help="rebuild the retrieval index from the database (embeds only changed content)"
    )
    index.add_argument("action", nargs="?", default="rebuild", choices=["rebuild"])
    sub.add_parser(
        "tune-model", help="tune the embedding model on the shipped library (EMBEDDING_MODEL)"
    )
    sub.add_parser("purge", help="delete what is older than RETENTION_DAYS (for cron)")
    sub.add_parser("export-encoder", help="export EMBEDDING_MODEL to ONNX (`make tune` runs it)")
    check = sub.add_parser("check-content", help="validate the content files (sources, grade...)")
    check.add_argument("files", nargs="*", help="only these files, with each one's grade")
    sub.add_parser("eval", help="measure retrieval and readability; reports in DATA_DIR/eval")
    sub.add_parser("bench", help="benchmark the stack against bare Rasa; DATA_DIR/bench")
    sub.add_parser(
        "safety-train",
        help="retrain the safety screen's learned backstop on the tuning part of the safety set",
    )
    user = sub.add_parser("user", help="staff accounts").add_subparsers(
        dest="user_command", required=True
    )
    add = user.add_parser("add", help="add a staff user (password: BOT_PASSWORD or a prompt)")
    add.add_argument("name")
    add.add_argument("--role", required=True, choices=["nurse", "editor", "reviewer", "admin"])
    content = sub.add_parser("content", help="the content library in the database")
    content.add_argument("action", choices=["export", "import", "check-sources"])
    content.add_argument("folder", nargs="?", help="for export and import")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.WARNING)
    settings = Settings()
    if args.command == "run":
        from bot.ops.supervisor import run

        return run(settings)
    if args.command == "index":
        return _index(settings)
    if args.command == "tune-model":
        return _tune_model(settings)
    if args.command == "purge":
        from bot.conversations.retention import purge_now

        print(
            f"Purged {purge_now(settings)} conversations older than {settings.retention_days} days"
        )
        return 0
    if args.command == "export-encoder":
        from pathlib import Path

        from bot.retrieval.onnx_encoder import export

        print(f"Exporting {settings.embedding_model} to ONNX ...", flush=True)
        print(f"Wrote {export(Path(settings.embedding_model))}")
        return 0
    if args.command == "user":
        return _user_add(settings, args.name, args.role)
    if args.command == "content":
        return _content(settings, args.action, args.folder)
    if args.command == "bench":
        # Its retrieval figures are measured as the app runs (bot.ops.process.APP_ENV); set
        # before NumPy loads. The Rasa it starts keeps OpenBLAS's default (rasa_env).
        os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
        from bot.ops.bench import run as run_bench

        run_bench(settings)
        return 0
    if args.command == "safety-train":
        from bot.safety.concern import MODEL_FILE, train

        print("Training the safety backstop on the tuning part of the safety set ...", flush=True)
        weights = train()
        print(f"Wrote {MODEL_FILE} ({weights['examples']} examples, data {weights['trained_on']})")
        return 0
    if args.command == "eval":
        from bot.evaluation.report import run as run_eval

        run_eval(settings)
        return 0
    return _check_content(settings, args.files)


if __name__ == "__main__":
    sys.exit(main())
