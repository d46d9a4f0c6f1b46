"""One typed Settings object, built at the edge (CLI or UI start) and passed down.

Nothing here runs at import time; call ``Settings()`` (or ``load_settings``) where the
program starts. Environment variables are the public contract of DESIGN.md section 7.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from urllib.parse import urlparse

from pydantic import AliasChoices, Field, SecretStr, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict


def _default_home() -> Path:
    from platformdirs import user_data_dir

    return Path(user_data_dir("goalsmith", appauthor=False))


class Settings(BaseSettings):
    """Every tunable of Goalsmith: environment, storage, model, and rule thresholds."""

    model_config = SettingsConfigDict(env_prefix="GOALSMITH_", extra="ignore")

    # --- environment (public contract) ---
    openai_api_key: SecretStr | None = Field(
        default=None, validation_alias=AliasChoices("OPENAI_API_KEY", "GOALSMITH_OPENAI_API_KEY")
    )
    openai_base_url: str | None = Field(
        default=None, validation_alias=AliasChoices("OPENAI_BASE_URL", "GOALSMITH_OPENAI_BASE_URL")
    )
    model: str = "gpt-4o-mini"
    offline: bool = False
    home: Path = Field(default_factory=_default_home)
    chroma_url: str | None = None
    auth: str | None = None
    session_time: dt.time = Field(
        default=dt.time(18, 0), description="when calendar sessions start (local time of day)"
    )

    # --- model calls ---
    max_repair_rounds: int = Field(default=2, ge=0, le=10)
    request_timeout_s: float = Field(default=120.0, gt=0)
    max_retries: int = Field(default=3, ge=0, le=10)
    temperature: float = Field(default=0.2, ge=0, le=2)
    plan_budget_s: float = Field(default=120.0, gt=0)  # model time for one plan, repairs included
    max_output_tokens: int = Field(default=4096, ge=256)  # a plan is 1-3k tokens of JSON

    # --- rule thresholds (DESIGN.md section 5) ---
    task_min_minutes: int = Field(default=15, ge=1)
    task_max_minutes: int = Field(default=120, ge=1)
    team_task_max_minutes: int = Field(default=2400, ge=1)  # a working week
    capacity_slack: float = Field(default=0.2, ge=0, lt=1)
    min_milestones: int = Field(default=3, ge=1)
    max_milestones: int = Field(default=5, ge=1)
    quick_win_days: int = Field(default=7, ge=1)

    @field_validator("openai_base_url", "chroma_url", "auth", mode="before")
    @classmethod
    def _blank_is_none(cls, value: object) -> object:
        return None if isinstance(value, str) and not value.strip() else value

    @property
    def llm_configured(self) -> bool:
        """True when a model endpoint is configured and offline mode is not forced."""
        return not self.offline and (
            self.openai_api_key is not None or self.openai_base_url is not None
        )

    def task_limit_minutes(self, team: bool) -> int:
        """Largest task that still fits one work session (one week for team plans)."""
        return self.team_task_max_minutes if team else self.task_max_minutes

    def endpoint_label(self) -> str:
        """'<model> via <host>' for a custom base URL, '<model> via OpenAI' otherwise."""
        url = self.openai_base_url
        host = urlparse(url if url and "://" in url else f"http://{url}").netloc if url else ""
        if not host or host.endswith("openai.com"):
            host = "OpenAI"
        return f"{self.model} via {host}"

    @property
    def db_path(self) -> Path:
        return self.home / "goalsmith.db"

    @property
    def chroma_path(self) -> Path:
        return self.home / "chroma"
