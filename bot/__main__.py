"""Command line: `python -m bot run | index | eval | check-content`."""

import argparse
import logging
import sys

from bot.settings import Settings


def _index(settings: Settings) -> int:
    from bot.retrieval.service import RetrievalService

    print("Loading models and indexing the published content ...", flush=True)
    service = RetrievalService(settings)
    index = service.start()
    s = index.stats
    print(
        f"Index ready: {s.items} items, {s.passages} passages, {s.vectors} vectors "
        f"({s.newly_embedded} newly embedded) in {s.seconds:.1f}s"
    )
    service.close()
    return 0


def _check_content(settings: Settings) -> int:
    from bot.content import ContentError, load_library

    try:
        items = load_library(settings.content_dir)
    except ContentError as exc:
        print(f"Content problem: {exc}")
        return 1
    print(f"{len(items)} content items OK")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bot", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)
    sub.add_parser("run", help="start Rasa and the app (what `make run` ends with)")
    sub.add_parser("index", help="build the retrieval index (embeds only changed content)")
    sub.add_parser("check-content", help="validate every content file")
    sub.add_parser("eval", help="measure retrieval and readability; reports in DATA_DIR/eval")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.WARNING)
    settings = Settings()
    if args.command == "run":
        from bot.supervisor import run

        return run(settings)
    if args.command == "index":
        return _index(settings)
    if args.command == "eval":
        from bot.evaluation.report import run as run_eval

        run_eval(settings)
        return 0
    return _check_content(settings)


if __name__ == "__main__":
    sys.exit(main())
