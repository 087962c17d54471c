"""KakaoTalk: a Kakao i Open Builder skill server on the shared HTTP server."""

from bot.kakao.channel import SECRET_HEADER, KakaoChannel
from bot.kakao.notify import EVENT_NAME, EventNotifier, Poster
from bot.kakao.setup import check_kakao, mount_kakao
from bot.kakao.skill import parse_request, short_label

__all__ = [
    "EVENT_NAME",
    "SECRET_HEADER",
    "EventNotifier",
    "KakaoChannel",
    "Poster",
    "check_kakao",
    "mount_kakao",
    "parse_request",
    "short_label",
]
