"""Run the whole evaluation and write var/eval/: report.json, report.md, score plot."""

import json
import time
from dataclasses import asdict, replace
from pathlib import Path

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt

from bot.content import load_library, readability
from bot.content.library import in_language, published
from bot.core.settings import Settings
from bot.evaluation import devset, embedders, retrieval, safety, spanish
from bot.evaluation.devset import load_dev_set
from bot.evaluation.markdown import safety_section, table
from bot.nlp.parser import Parser
from bot.retrieval.service import RetrievalService
from bot.safety.screen import SafetyScreen

WHY = (
    "the weighted sum (cosine similarity + saturated BM25) ranks best: rank-based RRF throws "
    "away how close a match is, so a weak lexical hit can outvote a strong dense one. The "
    "'not sure' decision does not use the fused score: it needs the scope gate (trained on "
    "Rasa's out_of_scope examples) plus a similarity floor, because questions about other "
    "CAR-T products or illnesses share many words with our content."
)


def _plot(runs, threshold: float, path: Path) -> None:
    answerable = [r.best.dense for q, r in runs if q.answerable and r.best]
    unanswerable = [r.best.dense for q, r in runs if not q.answerable and r.best]
    fig, ax = plt.subplots(figsize=(8, 4.5))
    bins = 40
    ax.hist(answerable, bins=bins, alpha=0.6, label=f"answerable ({len(answerable)})")
    ax.hist(unanswerable, bins=bins, alpha=0.6, label=f"unanswerable ({len(unanswerable)})")
    ax.axvline(threshold, color="black", linestyle="--", label=f"threshold {threshold:.3f}")
    ax.set_xlabel("similarity of the best item (hybrid ranking)")
    ax.set_ylabel("questions")
    ax.set_title("Retrieval scores: answerable vs unanswerable development questions")
    ax.legend()
    fig.tight_layout()
    fig.savefig(path, dpi=110)
    plt.close(fig)


def run(settings: Settings) -> dict:
    out_dir = settings.data_dir / "eval"
    out_dir.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    print("[1/4] Loading models and building the index ...", flush=True)
    service = RetrievalService(settings)
    service.embedder = retrieval.MemoEmbedder(service.embedder)
    service.multilingual = retrieval.MemoEmbedder(service.multilingual)
    index = service.start()
    questions = load_dev_set()
    n_ans = sum(q.answerable for q in questions)
    print(
        f"      {index.stats.items} items, {len(questions)} questions "
        f"({n_ans} answerable, {len(questions) - n_ans} not)",
        flush=True,
    )

    print("[2/4] Sweeping the weighted fusion knobs ...", flush=True)
    sweep = retrieval.sweep_weights(index, questions, index.config)
    best = sweep[0]
    tuned = replace(
        index.config,
        lexical_weight=best["lexical_weight"],
        lexical_saturation=best["lexical_saturation"],
    )

    print("[3/4] Scoring BM25, dense, RRF and weighted hybrid ...", flush=True)
    methods = {}
    runs_by_method = {}
    for method in retrieval.METHODS:
        cfg = retrieval.calibrate(index, questions, method, tuned)
        metrics, runs = retrieval.score(index, questions, method, cfg)
        methods[method] = asdict(metrics)
        runs_by_method[method] = runs
        print(
            f"      {method:9s} R@1 {metrics.recall_at_1:.3f}  R@3 {metrics.recall_at_3:.3f}  "
            f"MRR {metrics.mrr:.3f}  not-sure P {metrics.not_sure_precision:.3f} "
            f"R {metrics.not_sure_recall:.3f}",
            flush=True,
        )
    chosen = "weighted"
    production, chosen_runs = retrieval.score(index, questions, chosen, index.config)
    methods["production"] = asdict(production)
    print(
        f"      production (configured thresholds) R@1 {production.recall_at_1:.3f}  "
        f"not-sure P {production.not_sure_precision:.3f} R {production.not_sure_recall:.3f}"
    )
    misses = [
        {
            "q": q.text,
            "want": list(q.ids),
            "got": r.best.item.id if r.best else None,
            "score": round(r.best.score, 3) if r.best else None,
            "confident": r.confident,
        }
        for q, r in chosen_runs
        if (q.answerable and (not r.confident or r.best.item.id not in q.ids))
        or (not q.answerable and r.confident)
    ]

    print("      the independent set (issue 13), as a family would receive it ...", flush=True)
    own = [
        devset.Asked(q, (item.id,), "", "single")
        for item in in_language(published(load_library(settings.content_dir)), "en")
        for q in item.questions
    ]
    independent = {
        "content's own questions": retrieval.reply_check(index, own),
        "first-wave dev set": retrieval.reply_check(
            index, [devset.Asked(q.text, q.ids, "", "single") for q in questions]
        ),
        "tuning": retrieval.reply_check(index, devset.load_independent("tuning")),
        "locked": retrieval.reply_check(index, devset.load_independent("locked")),
        **spanish.reply_rows(service),  # Spanish: e5 and Spanish words (issue 17)
    }
    for name, row in independent.items():
        print(
            f"      {name:24s} fact in reply {row['fact_in_reply']:.3f}  right item "
            f"{row['right_item']:.3f}  did-you-mean {row['did_you_mean']:.3f}  "
            f"follow-ups {row['follow_up_fact_in_reply']:.3f}  "
            f"not-sure on unanswerable {row['not_sure_on_unanswerable']:.3f}",
            flush=True,
        )

    print("      the embedders compared on each language's tuning part (issue 17) ...", flush=True)
    compared = embedders.as_dicts(embedders.compare(service, load_library(settings.content_dir)))

    print("[4/5] Readability and plots ...", flush=True)
    live = published(load_library(settings.content_dir))
    grades = readability.measure(live)
    _plot(chosen_runs, index.config.threshold, out_dir / "scores.png")

    print("[5/5] Safety set: the screen per part and kind, Rasa's intent beside it ...", flush=True)
    screen = SafetyScreen(Parser(service._nlp))
    safety_report = {
        "screen": safety.screen_report(screen),
        "intent": safety.intent_report(settings, screen),
    }

    report = {
        "safety": safety_report,
        "independent_set": independent,
        "embedders": compared,
        "dev_set": {"questions": len(questions), "answerable": n_ans},
        "configured": asdict(index.config),
        "calibrated": {
            "fusion": chosen,
            **asdict(
                replace(
                    tuned,
                    threshold=methods[chosen]["threshold"],
                    scope_threshold=methods[chosen]["scope_threshold"],
                )
            ),
        },
        "why": WHY,
        "methods": methods,
        "per_topic_recall_at_1": retrieval.per_topic(index, chosen_runs),
        "weight_sweep_top5": sweep[:5],
        "misses": misses,
        "readability": {
            "median_grade": readability.median_grade([g for g in grades if g.lang == "en"]),
            "median_grade_es": readability.median_grade([g for g in grades if g.lang == "es"]),
            "max_grade": max(g.grade for g in grades),
            "items": [asdict(g) for g in sorted(grades, key=lambda g: -g.grade)],
        },
        "seconds": round(time.perf_counter() - started, 1),
    }
    (out_dir / "report.json").write_text(json.dumps(report, indent=2))
    md = [
        "# Retrieval evaluation",
        "## As families receive it: the independent set (issue 13) beside the content's own "
        "questions",
        "The reply counts only when it comes from an expected item, contains the expected fact, "
        'and is an answer (not "Did you mean" or "not sure"). The locked part is never '
        "tuned on. Follow-ups are asked after their first question was answered.",
        "",
        table(
            [{"set": name, **row} for name, row in independent.items()],
            [
                "set",
                "answerable",
                "fact_in_reply",
                "right_item",
                "did_you_mean",
                "not_sure_on_answerable",
                "follow_ups",
                "follow_up_fact_in_reply",
                "unanswerable",
                "not_sure_on_unanswerable",
            ],
        ),
        "",
        "## The embedders compared, per language (tuning parts only)",
        embedders.__doc__.split("\n\n", 1)[1].strip(),
        "",
        table(
            compared,
            [
                "lang",
                "embedder",
                "questions",
                "dense_recall_at_1",
                "dense_mrr",
                "hybrid_recall_at_1",
                "hybrid_recall_at_3",
                "hybrid_mrr",
                "encode_ms_p50",
                "model_mb",
            ],
        ),
        "",
        f"First-wave development set: {len(questions)} questions ({n_ans} answerable).",
        "Each method's thresholds are calibrated on the set; `production` is the hybrid with "
        "the thresholds configured in settings (what families get).",
        "",
        table(
            [{"method": m, **v} for m, v in methods.items()],
            [
                "method",
                "recall_at_1",
                "recall_at_3",
                "mrr",
                "not_sure_precision",
                "not_sure_recall",
                "answered_correctly",
                "threshold",
                "scope_threshold",
            ],
        ),
        "",
        f"Why this fusion: {WHY}",
        "",
        "![scores](scores.png)",
        "",
        "## Per topic (hybrid, Recall@1)",
        table(
            [{"topic": t, "recall_at_1": v} for t, v in report["per_topic_recall_at_1"].items()],
            ["topic", "recall_at_1"],
        ),
        "",
        f"## Readability: median grade {report['readability']['median_grade']} (English), "
        f"{report['readability']['median_grade_es']} (Spanish, Fernández-Huerta as a grade), "
        f"max {report['readability']['max_grade']}",
        table(report["readability"]["items"], ["item_id", "lang", "grade", "words"]),
    ]
    safety_md = safety_section(safety_report)
    md += ["", *safety_md]
    (out_dir / "report.md").write_text("\n".join(md) + "\n")
    print("\n" + "\n".join(safety_md[:12]))
    print("\n" + "\n".join(md[:5]))
    print(f"\nWritten to {out_dir} in {report['seconds']}s")
    service.close()
    return report
