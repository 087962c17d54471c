"""Telegram side of the human counselors: the staff group, counselors' chats, her copies.

- `TelegramBoard`: alert cards in the staff supergroup (one paced call at a time, at most 20 a
  minute, edits included); losing the group is reported as `ChatLost` so alerts move to the
  fallback chat.
- `TelegramFormat`: outbox payloads for a counselor's chat: plain text, and `copyMessage` for
  her messages (a copy, never a forward: nothing links the copy to her account).
- `StaffUpdates.on_final`: what a final failure means: she blocked the bot (the counselor is
  told), a counselor blocked it (her cases are released).
- `StaffUpdates`: which updates are staff's (claim presses anywhere; private messages from
  `[staff] counselors`; `/reload` from an admin), reduced for the inbox and handled from it.
"""

from __future__ import annotations

import inspect
import json
import logging
from collections.abc import Awaitable, Callable
from typing import Any

from telegram import (
    Bot,
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    LinkPreviewOptions,
    Message,
    MessageEntity,
    Update,
    User,
)
from telegram.constants import ChatType
from telegram.error import BadRequest, ChatMigrated, Forbidden, RetryAfter, TelegramError

from bot.channels.render import encode_payload, split_text, utf16_len
from bot.staff import BoardError, ChatLost, MessageGone, Staff, TryLater
from bot.tg.channel import parse_route, retry_seconds
from bot.tg.codec import decode_callback, encode_callback
from bot.tg.pacing import Pacer
from bot.tg.updates import MEDIA_KINDS, parse_update
from bot.tg.webhook import WebhookReceiver
from flows import Received
from flows.counsel import TELEGRAM, Actor, Card, CounselorInput, claim_ref

STAFF_FORMAT = 1  # staff rows: {"v": 1, "u": user, "c": chat, "s": {...}}

logger = logging.getLogger(__name__)

_NO_PREVIEW = LinkPreviewOptions(is_disabled=True)
_LOST = (
    "chat not found",
    "not enough rights",
    "have no rights",
    "chat_write_forbidden",
    "need administrator rights",
    "not a member",
    "kicked",
    "group chat was upgraded",
)


# ------------------------------------------------------------------ outbox payloads


class TelegramFormat:
    """Raw Bot API payloads for counselors' chats, which the Telegram channel delivers."""

    def to_staff(self, text: str) -> list[str]:
        """Text for a counselor's private chat (never linked to her chat log)."""
        return [
            encode_payload({"method": "sendMessage", "params": {"text": part}}, None)
            for part in split_text(text)
        ]

    def copy(self, from_route: str, message_id: int) -> str:
        """Copy one of her messages (text or media) into a counselor's chat."""
        params = {"from_chat_id": int(from_route), "message_id": message_id}
        return encode_payload({"method": "copyMessage", "params": params}, None)


# ------------------------------------------------------------------ the staff group


def _markup(card: Card) -> InlineKeyboardMarkup | None:
    if not card.buttons:
        return None
    rows = [
        [InlineKeyboardButton(b.label, callback_data=encode_callback(b.id))] for b in card.buttons
    ]
    return InlineKeyboardMarkup(rows)


def _with_mentions(card: Card) -> tuple[str, list[MessageEntity]]:
    """Append the on-duty counselors as text mentions (they get notified; no names needed)."""
    if not card.mentions:
        return card.text, []
    text = card.text + "\n📣 당직: "
    entities = []
    for i, counselor in enumerate(card.mentions):
        label = f"상담사{i + 1}"
        offset = utf16_len(text)
        entities.append(
            MessageEntity(
                MessageEntity.TEXT_MENTION,
                offset,
                utf16_len(label),
                user=User(counselor, label, is_bot=False),
            )
        )
        text += label + (" · " if i + 1 < len(card.mentions) else "")
    return text, entities


def board_error(exc: TelegramError) -> BoardError:
    """Translate a Bot API error on the staff chat into what the dispatcher acts on."""
    text = str(exc).lower()
    if isinstance(exc, RetryAfter):
        return TryLater(retry_seconds(exc) + 0.1)
    if isinstance(exc, Forbidden | ChatMigrated) or any(s in text for s in _LOST):
        return ChatLost(type(exc).__name__)
    if isinstance(exc, BadRequest) and (
        "message to edit not found" in text or "message_id" in text
    ):
        return MessageGone(type(exc).__name__)
    if isinstance(exc, BadRequest):
        return BoardError(type(exc).__name__)
    return TryLater(5.0)  # network trouble, 5xx, time-outs


class TelegramBoard:
    """The staff supergroup (or the fallback chat) through the Bot API, paced per chat."""

    def __init__(self, bot: Bot, pacer: Callable[[], Pacer]) -> None:
        """Talk through `bot`, paced by the bot's one pacer (`TelegramChannel.pacer`)."""
        self.bot = bot
        self.pacer = pacer

    async def ready(self, chat: int) -> None:
        """Wait for the chat's budget (and the global one, shared with her replies)."""
        await self.pacer().wait(chat)

    async def post(self, chat: int, card: Card) -> int:
        """Send a card; return its message id."""
        text, entities = _with_mentions(card)
        try:
            sent = await self.bot.send_message(
                chat,
                text,
                reply_markup=_markup(card),
                entities=entities or None,
                link_preview_options=_NO_PREVIEW,
            )
        except TelegramError as exc:
            raise board_error(exc) from exc
        return sent.message_id

    async def edit(self, chat: int, message: int, card: Card) -> None:
        """Replace a card's text and buttons (unchanged is fine)."""
        try:
            await self.bot.edit_message_text(
                card.text, chat_id=chat, message_id=message, reply_markup=_markup(card)
            )
        except BadRequest as exc:
            if "not modified" in str(exc).lower():
                return
            raise board_error(exc) from exc
        except TelegramError as exc:
            raise board_error(exc) from exc


# ------------------------------------------------------------------ staff updates


def _media(message: Message) -> str:
    return next((k for k in MEDIA_KINDS if getattr(message, k, None)), "file")


class StaffUpdates:
    """Reduce staff updates for the inbox and handle them from it."""

    def __init__(
        self,
        staff: Staff,
        bot: Bot,
        *,
        counselors: frozenset[int],
        admins: frozenset[int] = frozenset(),
        reload: Callable[[], Awaitable[str] | str] | None = None,
    ) -> None:
        """`reload()` reloads the knowledge for an admin's `/reload` and describes the result.

        Pass `bot.reload.reload_summary` (bound to the runtime): it parses off the event loop.
        """
        self.staff = staff
        self.bot = bot
        self.counselors = counselors
        self.admins = admins
        self.reload = reload

    # -------------------------------------------------------------- intake

    def encode(self, data: dict[str, Any]) -> str | None:
        """The inbox record of a raw staff update, or None when it is hers (or nothing at all).

        Hers are recognised from the JSON without building PTB objects (the hot path).
        """
        if not self._maybe_staff(data):
            return None
        try:
            update = Update.de_json(data, self.bot)
        except (TypeError, KeyError, AttributeError, ValueError):
            return None
        query = update.callback_query
        if query is not None:
            button = decode_callback(query.data)
            token = claim_ref(button) if button else None
            if token is None:
                return None
            chat = query.message.chat.id if query.message else query.from_user.id
            name = (query.from_user.first_name or "")[:32]
            return _record(
                query.from_user.id, chat, {"k": "claim", "t": token, "q": query.id, "n": name}
            )
        message = update.message or update.edited_message
        if message is None or message.from_user is None:
            return None
        return self._message_record(message, edited=update.edited_message is not None)

    def _maybe_staff(self, data: dict[str, Any]) -> bool:
        """A claim press, or a message from a counselor or an admin."""
        query = data.get("callback_query")
        if isinstance(query, dict):
            button = decode_callback(query.get("data"))
            return button is not None and claim_ref(button) is not None
        message = data.get("message") or data.get("edited_message")
        user = message.get("from") if isinstance(message, dict) else None
        uid = user.get("id") if isinstance(user, dict) else None
        return isinstance(uid, int) and (uid in self.counselors or uid in self.admins)

    def _message_record(self, message: Message, *, edited: bool) -> str | None:
        assert message.from_user is not None
        uid = message.from_user.id
        text = message.text if message.text is not None else message.caption
        admin_command = uid in self.admins and (text or "").strip().startswith("/reload")
        private = message.chat.type == ChatType.PRIVATE
        if not admin_command and (not private or uid not in self.counselors):
            return None
        body: dict[str, object] = {"k": "msg", "m": message.message_id}
        if text is not None:
            body["x"] = text
        body["kind"] = "edited" if edited else ("text" if text is not None else _media(message))
        if message.reply_to_message is not None:
            body["r"] = message.reply_to_message.message_id
        return _record(uid, message.chat.id, body)

    def owns(self, raw: str) -> bool:
        """True for inbox rows this class wrote."""
        try:
            return isinstance(json.loads(raw).get("s"), dict)
        except (ValueError, AttributeError):
            return False

    # -------------------------------------------------------------- handling

    async def handle(self, inbox_id: int, raw: str) -> None:
        """Handle one staff row (its inbox mark lands with its effects)."""
        body = json.loads(raw)
        staff, uid = body["s"], int(body["u"])
        if staff["k"] == "claim":
            await self._claim(inbox_id, uid, staff)
            return
        text = staff.get("x")
        if self.reload is not None and uid in self.admins and str(text).startswith("/reload"):
            where = Actor(int(body["c"]), TELEGRAM)  # answered where it was asked
            answer = self.reload()
            summary = await answer if inspect.isawaitable(answer) else answer
            await self.staff.counseling.tell(where, summary, inbox_id=inbox_id)
            return
        kind = str(staff.get("kind", "text"))
        item = CounselorInput(None if kind == "edited" else text, staff.get("r"), kind)
        await self.staff.counseling.handle(Actor(uid, TELEGRAM), item, inbox_id=inbox_id)

    async def _claim(self, inbox_id: int, uid: int, staff: dict[str, str]) -> None:
        actor = Actor(uid, TELEGRAM, staff.get("n", ""))
        answer = await self.staff.desk.claim(
            actor, staff["t"], self.staff.desk.clock(), inbox_id=inbox_id
        )
        try:
            await self.bot.answer_callback_query(staff["q"], text=answer.text[:200])
        except BadRequest:  # too old (a restart) or answered already
            logger.info("a claim press could not be answered (too old)")

    async def on_final(self, row_id: int, route: str, payload: str, blocked: bool) -> None:
        """A message was given up: tell whoever needs to know, release what must be."""
        now = self.staff.desk.clock()
        body = json.loads(payload)
        chat, _ = parse_route(route)
        if body.get("key"):
            await self.staff.desk.her_unreachable(str(body["key"]), now, blocked=blocked)
        elif chat in self.counselors and blocked:
            logger.warning("a counselor's chat refused a message (blocked the bot?)")
            await self.staff.desk.counselor_unreachable(chat, now)
        elif chat in self.counselors:
            await self.staff.desk.relay_undelivered(row_id, now)


def _record(user: int, chat: int, staff: dict[str, object]) -> str:
    body = {"v": STAFF_FORMAT, "u": user, "c": chat, "s": staff}
    return json.dumps(body, ensure_ascii=False, separators=(",", ":"))


class StaffReceiver(WebhookReceiver):
    """The webhook receiver, with staff updates stored in their own form."""

    def __init__(self, *, staff: StaffUpdates, **kwargs: object) -> None:
        """Wrap `WebhookReceiver` (same keyword arguments) with the staff reducer."""
        super().__init__(**kwargs)  # type: ignore[arg-type]
        self.staff = staff

    async def store_body(self, body: bytes) -> int:
        """Store a staff update in its own form; anything else as before."""
        try:
            data = parse_update(body)
            raw = self.staff.encode(data)
        except (ValueError, TypeError, KeyError, AttributeError):
            raw = None
        if raw is None:
            return await super().store_body(body)
        return await self.put(Received(TELEGRAM, str(data["update_id"]), raw, conv="staff"))
