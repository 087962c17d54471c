"""Configuration: one frozen pydantic model read from TOML once, secrets only from the environment.

Order: `--config PATH`, else `GYEOT_CONFIG`, else the embedded defaults (SQLite under `./var/`,
knowledge from the repository). Unknown keys are errors, so a typo never silently falls back
to a default that matters (retention, who counts as a counselor).
"""

from __future__ import annotations

import os
import secrets
import tomllib
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from bot.staff.roster import parse_shift
from knowledge import DEFAULT_PATH

INTAKE_FIELDS = ("weeks", "age", "region", "needs", "safe")


class Section(BaseModel):
    """Base of every config section: strict and immutable."""

    model_config = ConfigDict(extra="forbid", frozen=True)


class TelegramSettings(Section):
    """`[telegram]`: how the bot reaches the Bot API."""

    mode: Literal["polling", "webhook"] = "polling"
    api_base_url: str = "https://api.telegram.org"
    webhook_url: str = ""
    listen: str = "127.0.0.1:8443"
    poll_timeout: int = Field(default=10, ge=0, le=50)
    preview_line: dict[str, str] = {
        "ko": "곁에서 답장이 왔어요",
        "en": "You have a new reply",
        "vi": "Bạn có tin nhắn mới",
        "zh": "您有一条新回复",
    }
    send_attempts: int = Field(default=8, ge=1, le=50)


class StaffSettings(Section):
    """`[staff]`: the staff supergroup and who may claim cases or administer."""

    group_id: int | None = None
    counselors: tuple[int, ...] = ()
    admins: tuple[int, ...] = ()
    fallback_chat_id: int | None = None
    # Optional duty roster: counselor id -> shifts like "mon-fri 09:00-18:00" (staff/roster.py).
    duty_hours: dict[int, tuple[str, ...]] = {}
    duty_utc_offset: int = Field(default=9, ge=-12, le=14)

    @field_validator("duty_hours")
    @classmethod
    def _shifts_parse(cls, value: dict[int, tuple[str, ...]]) -> dict[int, tuple[str, ...]]:
        for shifts in value.values():
            for shift in shifts:
                parse_shift(shift)
        return value


class EscalationSettings(Section):
    """`[escalation]`: the ladder's timers, in seconds."""

    realert_after: int = Field(default=300, ge=30)
    fallback_after: int = Field(default=900, ge=60)
    claim_timeout: int = Field(default=1800, ge=60)
    reopen_window: int = Field(default=86400, ge=0)


class PrivacySettings(Section):
    """`[privacy]`: what may be kept and for how long."""

    intake_fields: tuple[Literal["weeks", "age", "region", "needs", "safe"], ...] = (
        "weeks",
        "age",
        "region",
        "needs",
    )
    share_with_counselor: tuple[Literal["weeks", "age", "region", "needs", "safe"], ...] = (
        "weeks",
        "region",
        "needs",
    )
    store_transcripts: bool = False
    retention_days: int = Field(default=30, ge=1, le=3650)
    case_retention_days: int = Field(default=90, ge=1, le=3650)
    audit_retention_days: int = Field(default=365, ge=1, le=3650)


class StorageSettings(Section):
    """`[storage]`: where the SQLite database lives."""

    path: Path = Path("var/gyeot.db")


class KnowledgeSettings(Section):
    """`[knowledge]`: where the knowledge files are and the default language."""

    path: Path = DEFAULT_PATH
    default_language: Literal["ko", "en", "vi", "zh"] = "ko"


class MatcherSettings(Section):
    """`[matcher]`: how sure the FAQ matcher must be (scores 0-100)."""

    threshold: float = Field(default=50.0, ge=0, le=100)
    suggest_threshold: float = Field(default=35.0, ge=0, le=100)
    margin: float = Field(default=8.0, ge=0, le=100)


class LoggingSettings(Section):
    """`[logging]`: level for our own loggers (httpx is always WARNING: it logs the token)."""

    level: Literal["DEBUG", "INFO", "WARNING", "ERROR"] = "INFO"


class HttpSettings(Section):
    """`[http]`: the one HTTP server every HTTP channel shares (web chat, KakaoTalk, webhook)."""

    listen: str = "127.0.0.1:8080"


class WebSettings(Section):
    """`[web]`: the web chat, the embedded default."""

    enabled: bool = True
    exit_url: str = "https://www.naver.com"
    max_sessions: int = Field(default=2000, ge=1, le=100_000)


class KakaoSettings(Section):
    """`[kakao]`: the KakaoTalk skill server (secret from env GYEOT_KAKAO_SECRET)."""

    enabled: bool = False
    path: str = "/kakao/skill"
    event_api: str = ""


class Settings(Section):
    """The whole configuration."""

    http: HttpSettings = HttpSettings()
    web: WebSettings = WebSettings()
    kakao: KakaoSettings = KakaoSettings()
    telegram: TelegramSettings = TelegramSettings()
    staff: StaffSettings = StaffSettings()
    escalation: EscalationSettings = EscalationSettings()
    privacy: PrivacySettings = PrivacySettings()
    storage: StorageSettings = StorageSettings()
    knowledge: KnowledgeSettings = KnowledgeSettings()
    matcher: MatcherSettings = MatcherSettings()
    logging: LoggingSettings = LoggingSettings()


class ConfigError(Exception):
    """The configuration file or a secret is missing or invalid; the message says how to fix it."""


def load_settings(path: Path | None = None) -> Settings:
    """Load settings from `path`, `GYEOT_CONFIG`, or the embedded defaults."""
    chosen = path or (Path(os.environ["GYEOT_CONFIG"]) if os.environ.get("GYEOT_CONFIG") else None)
    if chosen is None:
        return Settings()
    try:
        with chosen.open("rb") as handle:
            data = tomllib.load(handle)
    except FileNotFoundError as exc:
        raise ConfigError(f"{chosen}: config file not found") from exc
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{chosen}: not valid UTF-8 TOML: {exc}") from exc
    except OSError as exc:
        raise ConfigError(f"{chosen}: cannot read the config file ({exc.strerror})") from exc
    try:
        return Settings.model_validate(data)
    except ValidationError as exc:
        fields = "; ".join(
            f"{'.'.join(str(p) for p in e['loc'])}: {e['msg']}" for e in exc.errors()
        )
        raise ConfigError(f"{chosen}: {fields}") from exc


def telegram_token() -> str | None:
    """The bot token, from `GYEOT_TELEGRAM_TOKEN` only."""
    return os.environ.get("GYEOT_TELEGRAM_TOKEN") or None


def secret_key(var_dir: Path) -> bytes:
    """`GYEOT_SECRET_KEY`, or a key generated once into `var_dir/secret.key` (mode 0600)."""
    value = os.environ.get("GYEOT_SECRET_KEY")
    if value:
        if len(value) < 16:
            raise ConfigError("GYEOT_SECRET_KEY is too short: use at least 32 random characters")
        return value.encode()
    key_file = var_dir / "secret.key"
    try:
        if key_file.exists():
            return key_file.read_bytes().strip()
        var_dir.mkdir(parents=True, exist_ok=True)
        fd = os.open(key_file, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "w") as handle:
            handle.write(secrets.token_urlsafe(48))
        return key_file.read_bytes().strip()
    except OSError as exc:
        raise ConfigError(
            f"cannot read or create {key_file} ({exc.strerror}); set GYEOT_SECRET_KEY "
            "or make the directory writable"
        ) from exc
