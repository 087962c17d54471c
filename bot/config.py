"""Configuration: one frozen pydantic model read from TOML once, secrets only from the environment.

Order: `--config PATH`, else `GYEOT_CONFIG`, else the embedded defaults (SQLite under `./var/`,
knowledge from the repository). Unknown keys are errors, so a typo never silently falls back
to a default that matters (retention, who counts as a counselor).
"""

from __future__ import annotations

import logging
import os
import secrets
import tomllib
from pathlib import Path
from typing import Annotated, Literal
from urllib.parse import urlsplit

from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    ValidationError,
    ValidationInfo,
    field_validator,
)

from flows.counsel import parse_shift
from knowledge import DEFAULT_PATH

logger = logging.getLogger(__name__)
INTAKE_FIELDS = ("weeks", "age", "region", "needs", "safe")
MAX_ID = 2**53 - 1  # Telegram ids fit in 52 bits
_NUMBERS = (int, float, int | None, float | None)


def _nonzero(value: int) -> int:
    if value == 0:
        raise ValueError("0 is not a Telegram id")
    return value


def check_listen(value: str) -> str:
    """Return `value` if it is "host:port" with a port from 1 to 65535 (IPv6 as "[::1]:8080")."""
    host, sep, port = value.rpartition(":")
    bare = host[1:-1] if host.startswith("[") and host.endswith("]") else host
    if (
        not sep
        or not bare
        or not port.isascii()
        or not port.isdigit()
        or not 1 <= int(port) <= 65535
        or any(ch.isspace() or ch in "/[]" for ch in bare)
        or (":" in bare and bare == host)
    ):
        raise ValueError(
            f'listen must be "host:port" with a port from 1 to 65535 (e.g. "127.0.0.1:8080"), '
            f"not {value!r}"
        )
    return value


def split_listen(value: str) -> tuple[str, int]:
    """Return (host, port) of a checked "host:port" (brackets of an IPv6 host removed)."""
    host, _, port = check_listen(value).rpartition(":")
    return host.strip("[]"), int(port)


def check_url(value: str) -> str:
    """Return `value` if it is an http(s) URL (never javascript:, data: or a bare path)."""
    if value and not value.startswith(("https://", "http://")):
        raise ValueError(f"must start with https:// (or http://), not {value[:40]!r}")
    if any(ch.isspace() or ord(ch) < 32 for ch in value):
        raise ValueError("must not contain spaces or control characters")
    return value


def _url_path(value: str) -> str:
    if not value.startswith("/") or any(ch.isspace() or ch in "?#" for ch in value):
        raise ValueError(f'must be a path such as "/kakao/skill", not {value[:40]!r}')
    return value


def check_database_url(value: str) -> str:
    """Return `value` if it is empty or a postgresql:// URL (errors never quote it: passwords)."""
    if not value:
        return value
    parts = urlsplit(value)
    if parts.scheme not in ("postgresql", "postgres"):
        raise ValueError(
            "must start with postgresql:// (the value is not shown: it may hold a password)"
        )
    if any(ch.isspace() or ord(ch) < 32 for ch in value):
        raise ValueError("must not contain spaces or control characters")
    try:
        port = parts.port
    except ValueError:
        port = 0
    if port == 0:
        raise ValueError("has a port that is not a number from 1 to 65535")
    return value


Listen = Annotated[str, AfterValidator(check_listen)]
DatabaseUrl = Annotated[str, AfterValidator(check_database_url)]
UrlPath = Annotated[str, AfterValidator(_url_path)]
Url = Annotated[str, AfterValidator(check_url)]
# Staff ids: real integers only. TOML `true` or "123" would otherwise become 1 or 123, and
# `counselors = [true]` would make user id 1 a counselor.
UserId = Annotated[int, Field(strict=True, gt=0, le=MAX_ID)]
ChatId = Annotated[int, Field(strict=True, ge=-MAX_ID, le=MAX_ID), AfterValidator(_nonzero)]


class Section(BaseModel):
    """Base of every config section: strict and immutable.

    Numbers must be written as numbers and switches as true/false: pydantic would otherwise
    read `retention_days = true` as 1 and `store_transcripts = "no"` as false.
    """

    model_config = ConfigDict(extra="forbid", frozen=True)

    @field_validator("*", mode="before")
    @classmethod
    def _no_lax_scalars(cls, value: object, info: ValidationInfo) -> object:
        field = cls.model_fields.get(info.field_name or "")
        annotation = field.annotation if field is not None else None
        if annotation in _NUMBERS and isinstance(value, bool | str):
            raise ValueError(f"must be a number, not {value!r}")
        if annotation is bool and not isinstance(value, bool):
            raise ValueError(f"must be true or false, not {value!r}")
        return value


class TelegramSettings(Section):
    """`[telegram]`: how the bot reaches the Bot API."""

    mode: Literal["polling", "webhook"] = "polling"
    api_base_url: str = "https://api.telegram.org"
    webhook_url: Url = ""
    listen: Listen = "127.0.0.1:8443"
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

    group_id: ChatId | None = None
    counselors: tuple[UserId, ...] = ()
    admins: tuple[UserId, ...] = ()
    fallback_chat_id: ChatId | None = None
    # Optional duty roster: counselor id -> shifts like "mon-fri 09:00-18:00"
    # (flows/counsel/roster.py).
    # TOML keys are strings, so the ids are read from "123456789" and must be positive.
    duty_hours: dict[Annotated[int, Field(gt=0, le=MAX_ID)], tuple[str, ...]] = {}
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
    """`[storage]`: SQLite's file or a PostgreSQL URL, and where a generated key is kept."""

    path: Path = Path("var/gyeot.db")
    # "postgresql://user@host:5432/db": several `gyeot run` processes on one database. Empty:
    # SQLite at `path`. Env GYEOT_DATABASE_URL wins. Never logged or printed (password).
    url: DatabaseUrl = Field(default="", repr=False)
    # A generated secret key goes here, not beside the database, so that a copy of the
    # database directory never carries the key that decrypts it. Default: "<db dir>-keys"
    # beside the database's directory (./var-keys for ./var/gyeot.db).
    key_dir: Path | None = None

    @property
    def keys(self) -> Path:
        """The directory of the generated key file."""
        if self.key_dir is not None:
            return self.key_dir
        db_dir = self.path.parent
        return db_dir.parent / f"{db_dir.name or 'var'}-keys"


class KnowledgeSettings(Section):
    """`[knowledge]`: where the knowledge files are and the default language."""

    path: Path = DEFAULT_PATH
    default_language: Literal["ko", "en", "vi", "zh"] = "ko"


class MatcherSettings(Section):
    """`[matcher]`: how sure the FAQ matcher must be (scores 0-100)."""

    threshold: float = Field(default=50.0, ge=0, le=100)
    suggest_threshold: float = Field(default=20.0, ge=0, le=100)
    margin: float = Field(default=8.0, ge=0, le=100)
    confidence: float = Field(default=0.65, ge=0, le=1)
    sure: float = Field(default=0.9, ge=0, le=1)


class LoggingSettings(Section):
    """`[logging]`: level for our own loggers (httpx is always WARNING: it logs the token)."""

    level: Literal["DEBUG", "INFO", "WARNING", "ERROR"] = "INFO"


class HttpSettings(Section):
    """`[http]`: the one HTTP server every HTTP channel shares (web chat, KakaoTalk, webhook)."""

    listen: Listen = "127.0.0.1:8080"
    max_body: int = Field(default=256 * 1024, ge=1024, le=16 * 1024 * 1024)
    header_timeout: float = Field(default=10.0, gt=0, le=300)
    body_timeout: float = Field(default=10.0, gt=0, le=300)
    idle_timeout: float = Field(default=75.0, gt=0, le=3600)
    max_connections: int = Field(default=1000, ge=1, le=100_000)


class WebSettings(Section):
    """`[web]`: the web chat, the embedded default."""

    enabled: bool = True
    exit_url: Url = "https://www.naver.com"
    max_sessions: int = Field(default=2000, ge=1, le=100_000)


class KakaoSettings(Section):
    """`[kakao]`: the KakaoTalk skill server (secret from env GYEOT_KAKAO_SECRET)."""

    enabled: bool = False
    path: UrlPath = "/kakao/skill"
    event_api: Url = ""


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


def knowledge_cache() -> Path | None:
    """Where what is learned from the knowledge files is kept between processes.

    `$XDG_CACHE_HOME/gyeot`, else `~/.cache/gyeot`; None (learn at every start) when neither
    is known. It holds only what the knowledge files say (`knowledge.cache`).
    """
    base = os.environ.get("XDG_CACHE_HOME", "").strip()
    if base:
        return Path(base) / "gyeot"
    try:
        return Path.home() / ".cache" / "gyeot"
    except RuntimeError:  # no home directory (a service user without one)
        return None


DATABASE_URL_ENV = "GYEOT_DATABASE_URL"


def database_url(storage: StorageSettings) -> str | None:
    """The PostgreSQL URL (env `GYEOT_DATABASE_URL`, else `[storage] url`), or None for SQLite."""
    value = os.environ.get(DATABASE_URL_ENV, "").strip() or storage.url
    try:
        return check_database_url(value) or None
    except ValueError as exc:
        raise ConfigError(f"{DATABASE_URL_ENV} or [storage] url {exc}") from None


def telegram_token() -> str | None:
    """The bot token, from `GYEOT_TELEGRAM_TOKEN` only."""
    return os.environ.get("GYEOT_TELEGRAM_TOKEN") or None


KEY_FILE = "secret.key"
MIN_KEY = 16


def secret_key(storage: StorageSettings | Path) -> bytes:
    """`GYEOT_SECRET_KEY`, or a key generated once into `[storage] key_dir` (0700, file 0600).

    A key generated by an older version beside the database (`<db dir>/secret.key`) is still
    used, with a warning to move it. A `Path` is read as the database's directory.
    """
    value = os.environ.get("GYEOT_SECRET_KEY")
    if value:
        if len(value) < MIN_KEY:
            raise ConfigError("GYEOT_SECRET_KEY is too short: use at least 32 random characters")
        return value.encode()
    if isinstance(storage, Path):
        storage = StorageSettings(path=storage / "gyeot.db")
    key_file, old_file = storage.keys / KEY_FILE, storage.path.parent / KEY_FILE
    try:
        if key_file.exists():
            if old_file.exists():
                logger.warning(
                    "an old copy of the secret key is still beside the database (%s); delete "
                    "it once %s is backed up separately",
                    old_file,
                    key_file,
                )
            return _read_key(key_file)
        if old_file.exists():
            logger.warning(
                "the secret key is beside the database (%s), so database backups carry it: "
                "move it to %s (mode 0600) or set GYEOT_SECRET_KEY",
                old_file,
                key_file,
            )
            return _read_key(old_file)
        return _new_key(key_file)
    except OSError as exc:
        raise ConfigError(
            f"cannot read or create {key_file} ({exc.strerror}); set GYEOT_SECRET_KEY "
            "or make the directory writable"
        ) from exc


def _read_key(key_file: Path) -> bytes:
    key = key_file.read_bytes().strip()
    if len(key) < MIN_KEY:
        raise ConfigError(
            f"{key_file} holds no usable key (under {MIN_KEY} characters); restore it from "
            "your key backup or set GYEOT_SECRET_KEY"
        )
    return key


def _new_key(key_file: Path) -> bytes:
    """Generate the key file (0600) in its own directory (0700, whatever the umask)."""
    folder = key_file.parent
    for missing in reversed([p for p in (folder, *folder.parents) if not p.exists()]):
        missing.mkdir(mode=0o700, exist_ok=True)
        missing.chmod(0o700)  # mkdir's mode is masked by the umask
    try:
        fd = os.open(key_file, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:  # another process generated it first
        return _read_key(key_file)
    with os.fdopen(fd, "w") as handle:
        handle.write(secrets.token_urlsafe(48))
    os.chmod(key_file, 0o600)
    return _read_key(key_file)
