"""Telegram adapter: updates in through an inbox, replies out through an outbox.

`run_telegram` (used by `gyeot run`) wires everything; the parts are importable for tests and
for the staff relay: the callback codec, the renderer, update translation, the poller, the
processor, the sender, the webhook receiver and the command menu.
"""

from bot.tg.application import build_application
from bot.tg.codec import CallbackDataError, decode_callback, encode_callback
from bot.tg.commands import register_commands
from bot.tg.inbox import Hooks, InboxPoller, InboxProcessor, PollSettings
from bot.tg.outbox import OutboxSender, SendPolicy
from bot.tg.pacing import Limits
from bot.tg.render import Renderer, RenderSettings, split_text
from bot.tg.run import build_bot, run_telegram, webhook_secret
from bot.tg.updates import Inbound, inbound_from_json
from bot.tg.webhook import WebhookReceiver, WebhookServer

__all__ = [
    "CallbackDataError",
    "Hooks",
    "Inbound",
    "InboxPoller",
    "InboxProcessor",
    "Limits",
    "OutboxSender",
    "PollSettings",
    "RenderSettings",
    "Renderer",
    "SendPolicy",
    "WebhookReceiver",
    "WebhookServer",
    "build_application",
    "build_bot",
    "decode_callback",
    "encode_callback",
    "inbound_from_json",
    "register_commands",
    "run_telegram",
    "split_text",
    "webhook_secret",
]
