"""The channel-neutral delivery core: events in through the inbox, replies out through the outbox.

Every channel (Telegram, the web chat, KakaoTalk) reduces platform input to an `Inbound`
written to the inbox before it is acknowledged; one `InboxProcessor` handles the inbox for all
of them (per person in order); one `Renderer` shapes replies to a channel's `Limits`; one
`OutboxSender` delivers on channels that can push, and the others hand out what waits for a
conversation when it asks (`Outbox.outbox_for`).
"""

from bot.channels.base import Channel, DeliveryError, Keyring, Limits, split_route
from bot.channels.inbound import (
    Inbound,
    decode_inbound,
    encode_inbound,
    event_json,
    parse_command,
    received,
    text_event,
)
from bot.channels.lanes import Lanes
from bot.channels.processor import Hooks, InboxProcessor, Intake, Relay, her_message
from bot.channels.render import (
    Render,
    Renderer,
    RenderSettings,
    button_rows,
    encode_payload,
    label_width,
    split_text,
    utf16_len,
)
from bot.channels.sender import OutboxSender, SendPolicy, sent_mark

__all__ = [
    "Channel",
    "DeliveryError",
    "Hooks",
    "Inbound",
    "InboxProcessor",
    "Intake",
    "Keyring",
    "Lanes",
    "Limits",
    "OutboxSender",
    "Relay",
    "Render",
    "RenderSettings",
    "Renderer",
    "SendPolicy",
    "button_rows",
    "decode_inbound",
    "encode_inbound",
    "encode_payload",
    "event_json",
    "her_message",
    "label_width",
    "parse_command",
    "received",
    "sent_mark",
    "split_route",
    "split_text",
    "text_event",
    "utf16_len",
]
