"""Wire the KakaoTalk channel for `gyeot run`: secrets from the environment, checked at start."""

from __future__ import annotations

import os
from collections.abc import Callable

from bot.app import Runtime
from bot.channels import Intake
from bot.config import ConfigError, Settings
from bot.http import HttpServer
from bot.kakao.channel import KakaoChannel
from bot.kakao.notify import EventNotifier
from bot.maintenance import led

SECRET_ENV = "GYEOT_KAKAO_SECRET"
EVENT_KEY_ENV = "GYEOT_KAKAO_EVENT_KEY"
MIN_SECRET = 16


def check_kakao(settings: Settings) -> None:
    """Refuse to enable the channel without its secret (and the event API without its key)."""
    kakao = settings.kakao
    if not kakao.enabled:
        return
    secret = os.environ.get(SECRET_ENV, "")
    if len(secret) < MIN_SECRET:
        raise ConfigError(
            f"[kakao] enabled needs {SECRET_ENV} (at least {MIN_SECRET} random characters), "
            "the value of the X-Gyeot-Kakao-Secret header set on the skill in Open Builder"
        )
    if not kakao.path.startswith("/"):
        raise ConfigError("[kakao] path must start with '/'")
    if kakao.event_api and not os.environ.get(EVENT_KEY_ENV):
        raise ConfigError(f"[kakao] event_api needs {EVENT_KEY_ENV} (the REST API key)")


def mount_kakao(
    rt: Runtime,
    http: HttpServer,
    intakes: dict[str, Intake],
    *,
    on_stored: Callable[[], None],
) -> KakaoChannel | None:
    """Build and mount the channel when `[kakao] enabled` (with the event API loop if set)."""
    kakao = rt.settings.kakao
    if not kakao.enabled:
        return None
    channel = KakaoChannel(
        rt.store,
        rt.keyring,
        secret=os.environ.get(SECRET_ENV, ""),
        kb=lambda: rt.kb,
        engine=lambda: rt.conversation.engine,
        path=kakao.path,
        first_lines=rt.settings.telegram.preview_line,
        on_stored=on_stored,
    )
    if kakao.event_api:
        notifier = EventNotifier(
            rt.store, channel.poster, url=kakao.event_api, key=os.environ.get(EVENT_KEY_ENV, "")
        )
        # One process asks Kakao (each one would: she would get the event once per process).
        channel.loops.append(led(rt.store, "kakao-events", notifier.run))
    channel.mount(http)
    intakes[channel.name] = channel
    return channel
