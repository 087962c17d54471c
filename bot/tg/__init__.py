"""Telegram channel: updates in through the inbox, replies out through the core's sender.

`bot.serve` wires it with the other channels; the parts are importable for tests and for the
staff relay: the callback codec, the channel (delivery and pacing), update translation, the
poller, the webhook receiver and the command menu.
"""

from bot.tg.application import build_application
from bot.tg.channel import TelegramChannel, parse_route
from bot.tg.codec import CallbackDataError, decode_callback, encode_callback
from bot.tg.commands import register_commands
from bot.tg.inbox import InboxPoller, PollSettings
from bot.tg.pacing import Limits
from bot.tg.run import TelegramParts, webhook_secret
from bot.tg.updates import inbound_from_json
from bot.tg.webhook import WebhookReceiver, add_webhook

__all__ = [
    "CallbackDataError",
    "InboxPoller",
    "Limits",
    "PollSettings",
    "TelegramChannel",
    "TelegramParts",
    "WebhookReceiver",
    "add_webhook",
    "build_application",
    "decode_callback",
    "encode_callback",
    "inbound_from_json",
    "parse_route",
    "register_commands",
    "webhook_secret",
]
