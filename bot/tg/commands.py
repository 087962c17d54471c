"""The command menu, registered with setMyCommands in Korean (the default) and English.

Descriptions are neutral on purpose: someone glancing at her screen sees a help bot, not a
pregnancy service.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from types import MappingProxyType

from telegram import Bot, BotCommand

COMMANDS: Mapping[str, Sequence[tuple[str, str]]] = MappingProxyType(
    {
        "ko": (
            ("start", "시작하기, 무엇을 보관하는지 안내"),
            ("menu", "처음 메뉴로"),
            ("help", "도움말"),
            ("language", "언어 바꾸기 (Language)"),
            ("counselor", "상담사와 이야기하기"),
            ("forget", "내 기록 모두 지우기"),
            ("erase", "기록과 이 대화의 메시지까지 지우기"),
        ),
        "en": (
            ("start", "Start, and what is kept about you"),
            ("menu", "Back to the main menu"),
            ("help", "Help"),
            ("language", "Change language (언어)"),
            ("counselor", "Talk to a counselor"),
            ("forget", "Erase everything kept about me"),
            ("erase", "Erase my records and the messages in this chat"),
        ),
    }
)


def bot_commands(lang: str) -> list[BotCommand]:
    """Return the command menu in one language."""
    return [BotCommand(name, description) for name, description in COMMANDS[lang]]


async def register_commands(bot: Bot, *, default_lang: str = "ko") -> None:
    """Register the menu for Korean and English clients and as the default for all others."""
    await bot.set_my_commands(bot_commands(default_lang))
    for lang in COMMANDS:
        await bot.set_my_commands(bot_commands(lang), language_code=lang)
