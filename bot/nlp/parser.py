"""The app's one spaCy pipeline, and each text parsed by it once.

The safety screen, the redactor (Presidio) and BM25 all read the same message. Loading the
model once saves memory and start-up time; sharing a recent parse saves the work of parsing
the same words again. Readers may add spans and extension values to a shared `Doc`, but
never change its tokens.
"""

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from bot.nlp.memo import RecentResults

# What lemmas need: tagging and lemmatizing, not the parser or named entities.
_NOT_FOR_LEMMAS = ("parser", "ner", "senter")


class Parser:
    def __init__(self, nlp: Language, size: int = 256) -> None:
        self.nlp = nlp
        self._recent: RecentResults[Doc] = RecentResults(size)
        self._lemmas_only = [name for name in nlp.pipe_names if name in _NOT_FOR_LEMMAS]

    @classmethod
    def load(cls, model: str) -> "Parser":
        return cls(spacy.load(model))

    def __call__(self, text: str) -> Doc:
        """The whole pipeline's reading of `text` (shared with anyone who asks again)."""
        return self._recent.get(text, lambda: self.nlp(text))

    def for_lemmas(self, text: str) -> Doc:
        """A reading good for lemmas: the shared one when the text was parsed already,
        else a cheaper pass without the parser and entities (not shared)."""
        known = self._recent.peek(text)
        return known if known is not None else self.nlp(text, disable=self._lemmas_only)
