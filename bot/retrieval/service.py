"""The one retrieval service of an app process: models load once, here, not at import."""

import logging
import threading

import spacy
from spacy.language import Language

from bot.content import load_library
from bot.content.library import published
from bot.content.model import ContentItem
from bot.core.settings import Settings
from bot.nlp.parser import Parser
from bot.retrieval.cache import EmbeddingCache
from bot.retrieval.embedder import Embedder
from bot.retrieval.index import HybridIndex
from bot.retrieval.onnx_encoder import OnnxEmbedder, has_onnx
from bot.retrieval.ranking import RetrievalConfig, SearchResult
from bot.retrieval.scope import ScopeExamples

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
    """Owns the models and the current index; swaps in a new index atomically."""

    def __init__(
        self,
        settings: Settings,
        embedder: Embedder | None = None,
        nlp: Language | None = None,
        parser: Parser | None = None,
    ) -> None:
        """`parser`, the app's shared spaCy pipeline, lets a question's lemmas reuse the
        parse the safety screen made; `nlp` alone (a blank pipeline in tests) parses anew."""
        self.settings = settings
        self.embedder = embedder or default_embedder(settings)
        self.parser = parser
        self._nlp = parser.nlp if parser is not None else nlp
        self._cache: EmbeddingCache | None = None
        self._index: HybridIndex | None = None
        self._lock = threading.Lock()
        self._revision = 0  # the library revision of the live index's items
        self.scope_examples = ScopeExamples.from_rasa_data()
        # Reused across rebuilds, so publishing one item only processes that item.
        self._lemmas: dict[str, list[str]] = {}
        self._chunks: dict[tuple[str, str, str], list] = {}

    @property
    def config(self) -> RetrievalConfig:
        return RetrievalConfig(
            threshold=self.settings.retrieval_threshold,
            scope_threshold=self.settings.retrieval_scope_threshold,
            tie_margin=self.settings.retrieval_tie_margin,
        )

    @property
    def index(self) -> HybridIndex | None:
        return self._index

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
        self.embedder.warm_up()
        self._cache = EmbeddingCache(self.settings.embedding_cache_path)
        items = items if items is not None else load_library(self.settings.content_dir)
        return self.rebuild(items, revision)

    def build(self, items: list[ContentItem], keep: bool = False) -> HybridIndex:
        """A new index over the published items among `items`, not made live. With `keep`,
        the lemmas and chunks it computes are remembered for the next build."""
        assert self._nlp is not None and self._cache is not None, "call start() first"
        return HybridIndex(
            published(items),
            self.embedder,
            self._nlp,
            self._cache,
            self.config,
            self.scope_examples,
            self._lemmas if keep else dict(self._lemmas),
            self._chunks if keep else dict(self._chunks),
            parser=self.parser,
        )

    def rebuild(self, items: list[ContentItem], revision: int | None = None) -> HybridIndex:
        """Index the published items among `items` and make it live; only changed texts are
        embedded. With the library `revision` the items were read at, an older snapshot never
        replaces a newer one (two rebuilds can finish in either order)."""
        with self._lock:
            if revision is not None and revision < self._revision and self._index is not None:
                return self._index
            index = self.build(items, keep=True)
            self._index = index
            self._revision = max(self._revision, revision or 0)
        log.info(
            "index built: %d items, %d passages, %d newly embedded, %.2fs",
            index.stats.items,
            index.stats.passages,
            index.stats.newly_embedded,
            index.stats.seconds,
        )
        return index

    def search(self, text: str) -> SearchResult:
        index = self._index
        if index is None:
            raise RuntimeError("the retrieval index is not built yet")
        return index.search(text)

    def close(self) -> None:
        if self._cache is not None:
            self._cache.close()
