"""NegEx's clinical terms, with the words families use: what negates a symptom ("no fever",
"hasn't had"), what only looks like a negation ("can't stop shaking") and what ends a
negation's reach ("but", "and his ...": a new clause with its own subject)."""

import copy

from negspacy.termsets import termset

EXTRA_PSEUDO = [
    "weren't there",
    "wasn't there",
    "were not there",
    "was not there",
    "can't stop",
    "cant stop",
    "cannot stop",
    "won't stop",
    "wont stop",
    "doesn't stop",
    "not stopping",
    "won't go away",
    "wont go away",
    "not going away",
    "can't keep",
    "cant keep",
    "not getting better",
    "no better",
]
EXTRA_FOLLOWING = ["gone", "went away", "is gone", "has gone", "resolved", "free", "-free"]
EXTRA_PRECEDING = [
    "no",
    "not",
    "n't",
    "nt",
    "without",
    "denies",
    "never",
    "isn't",
    "wasn't",
    "hasn't had",
    "no sign of",
    "no signs of",
    "free of",
]
EXTRA_TERMINATION = [
    ".",
    "!",
    "?",
    ";",
    "but",
    "and he",
    "and she",
    "and i",
    "and it",
    "and they",
    "and his",
    "and her",
    "and my",
    "and their",
    "however",
    "now",
    "although",
    "though",
    "otherwise",
    "just",
]


def negation_terms() -> dict[str, list[str]]:
    """negspacy's en_clinical termset, extended with the lists above."""
    terms = copy.deepcopy(termset("en_clinical").get_patterns())
    terms["pseudo_negations"] += EXTRA_PSEUDO
    terms["following_negations"] += EXTRA_FOLLOWING
    terms["preceding_negations"] += EXTRA_PRECEDING
    terms["termination"] += EXTRA_TERMINATION
    return terms
