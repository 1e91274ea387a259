"""What every shipped content file must have before families see it (issue 14): primary
sources only, what it was checked against, a review-due date, and a plain reading level.

`python -m bot check-content [FILE ...]` prints these per file; `tests/unit/test_sources.py`
holds the whole library to them.
"""

from dataclasses import dataclass, field

from bot.content.model import ContentItem
from bot.content.readability import ITEM_MAX_GRADE, measure
from bot.content.sources import source_problems


@dataclass
class FileCheck:
    item: ContentItem
    grade: float
    problems: list[str] = field(default_factory=list)


def check_items(items: list[ContentItem]) -> list[FileCheck]:
    grades = {g.item_id: g.grade for g in measure(items)}
    checks = []
    for item in items:
        check = FileCheck(item, grades[item.id])
        check.problems += [
            f"sources: {p}" for p in source_problems([str(s.url) for s in item.sources])
        ]
        if not item.checked_against:
            check.problems.append("checked_against: say what the facts were checked against")
        if item.review_due is None:
            check.problems.append("review_due: set the date the item must be checked again")
        if check.grade > ITEM_MAX_GRADE:
            check.problems.append(f"body: reads at grade {check.grade} (limit {ITEM_MAX_GRADE:g})")
        checks.append(check)
    return checks
