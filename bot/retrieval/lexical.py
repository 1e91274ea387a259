"""BM25 over spaCy lemmas: catches exact medical words ("leukapheresis", "IVIG") that
a small dense model can blur."""

import logging

import bm25s
import numpy as np
from spacy.language import Language
from spacy.tokens import Doc

from bot.nlp.parser import Parser

logging.getLogger("bm25s").setLevel(logging.WARNING)

# Lemmas need only the tagger and lemmatizer; parsing and NER would triple the cost.
_NOT_NEEDED = ("parser", "ner", "senter")


def _skip(nlp: Language) -> list[str]:
    return [name for name in nlp.pipe_names if name in _NOT_NEEDED]


def _tokens(doc: Doc) -> list[str]:
    return [
        (tok.lemma_ or tok.text).lower()
        for tok in doc
        if not (tok.is_stop or tok.is_punct or tok.is_space)
    ]


def lemmas(nlp: Language, text: str) -> list[str]:
    """Lower-cased lemmas without stop words, punctuation or spaces (spaCy decides which)."""
    return _tokens(nlp(text, disable=_skip(nlp)))


class LexicalIndex:
    """Scores every document against a query; zero means no shared lemma.

    `known` maps a document's text to its lemmas from an earlier build, so republishing one
    item lemmatizes only that item's passages (it is updated in place)."""

    def __init__(
        self,
        nlp: Language,
        documents: list[str],
        known: dict[str, list[str]] | None = None,
        parser: Parser | None = None,
    ) -> None:
        """With the app's shared `parser`, a query the safety screen has parsed already is
        not parsed again."""
        self._nlp = nlp
        self._parser = parser
        self._size = len(documents)
        known = known if known is not None else {}
        fresh = [d for d in dict.fromkeys(documents) if d not in known]
        for text, doc in zip(
            fresh, nlp.pipe(fresh, batch_size=64, disable=_skip(nlp)), strict=True
        ):
            known[text] = _tokens(doc)
        corpus = [known[d] for d in documents]
        self._bm25 = bm25s.BM25()
        # bm25s needs at least one token per document to build its vocabulary.
        self._bm25.index([tokens or ["<empty>"] for tokens in corpus], show_progress=False)

    def scores(self, query: str) -> np.ndarray:
        if self._parser is not None:
            tokens = _tokens(self._parser.for_lemmas(query))
        else:
            tokens = lemmas(self._nlp, query)
        if not tokens or self._size == 0:
            return np.zeros(self._size, dtype=np.float32)
        return np.asarray(self._bm25.get_scores(tokens), dtype=np.float32)
