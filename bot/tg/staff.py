"""Telegram side of the human counselors: the staff group, counselors' chats, her copies.

- `TelegramBoard`: alert cards in the staff supergroup (one paced call at a time, at most 20 a
  minute, edits included); losing the group is reported as `ChatLost` so alerts move to the
  fallback chat.
- `TelegramFormat`: outbox payloads: to her with the neutral first line, to a counselor as
  plain text, and `copyMessage` for her messages (a copy, never a forward: nothing links the
  copy to her account).
- `StaffSender`: the outbox sender plus `copyMessage`, and what a final failure means: she
  blocked the bot (the counselor is told), a counselor blocked it (her cases are released).
- `StaffUpdates`: which updates are staff's (claim presses anywhere; private messages from
  `[staff] counselors`; `/reload` from an admin), reduced for the inbox and handled from it.
"""

from __future__ import annotations

import hmac
import json
import logging
from collections.abc import Awaitable, Callable
from typing import Any, Protocol

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

from bot.staff import (
    TELEGRAM,
    Actor,
    BoardError,
    Card,
    ChatLost,
    CounselorInput,
    HerMessage,
    MessageGone,
    TryLater,
    claim_ref,
)
from bot.staff.setup import Staff
from bot.tg.codec import decode_callback, encode_callback
from bot.tg.errors import guarded
from bot.tg.outbox import OutboxSender, SendPolicy, parse_route, retry_seconds
from bot.tg.pacing import Limits, Pacer
from bot.tg.ports import TelegramStore
from bot.tg.render import Render, Renderer, encode_payload, split_text, utf16_len
from bot.tg.updates import FORMAT, MEDIA_KINDS, Inbound
from bot.tg.webhook import WebhookReceiver
from flows import Event, Outcome, PendingMessage, Received, Reply, Text, Unsupported

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
    """Bot API payloads in the format `OutboxSender` sends (`bot.tg.render.encode_payload`)."""

    def __init__(self, renderer: Renderer) -> None:
        """Use her renderer (neutral first line, splitting)."""
        self.renderer = renderer

    def to_user(self, text: str, lang: str, user_key: str) -> list[str]:
        """Text for her chat: neutral first line, split if long, logged in her chat log."""
        params = self.renderer.message_params(Reply(text), lang)
        return [encode_payload("sendMessage", p, user_key) for p in params]

    def to_staff(self, text: str) -> list[str]:
        """Text for a counselor's private chat (never linked to her chat log)."""
        return [encode_payload("sendMessage", {"text": part}, None) for part in split_text(text)]

    def copy(self, from_route: str, message_id: int) -> str:
        """Copy one of her messages (text or media) into a counselor's chat."""
        params = {"from_chat_id": int(from_route), "message_id": message_id}
        return encode_payload("copyMessage", params, None)


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

    def __init__(self, bot: Bot, limits: Limits | None = None) -> None:
        """Talk through `bot`; `limits` default to Telegram's (20 a minute per group)."""
        self.bot = bot
        self.limits = limits or Limits()
        self._pacer: Pacer | None = None

    async def ready(self, chat: int) -> None:
        """Wait for the chat's budget (and the global one)."""
        if self._pacer is None:
            self._pacer = Pacer(self.limits)
        await self._pacer.wait(chat)

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


# ------------------------------------------------------------------ the sender


FinalHook = Callable[[int, str, str, TelegramError], Awaitable[None]]


class StaffSender(OutboxSender):
    """`OutboxSender` that also copies messages and reports final failures to the desk."""

    def __init__(
        self, bot: Bot, store: TelegramStore, *, policy: SendPolicy, on_final: FinalHook
    ) -> None:
        """`on_final(row id, route, payload, error)` runs when a row is given up."""
        super().__init__(bot, store, policy=policy)
        self.on_final = on_final

    async def _call(self, chat_id: int, thread: int | None, payload: str) -> int | None:
        body = json.loads(payload)
        if body["method"] != "copyMessage":
            return await super()._call(chat_id, thread, payload)
        params = body["params"]
        sent = await self.api.call(
            "copyMessage",
            {
                "chat_id": chat_id,
                "message_thread_id": thread,
                "from_chat_id": params["from_chat_id"],
                "message_id": params["message_id"],
            },
        )
        return int(sent["message_id"])

    async def _failed(
        self, row: PendingMessage, exc: TelegramError, attempts: int
    ) -> float | None:
        delay = await super()._failed(row, exc, attempts)
        if delay is None:
            await guarded("final failure", self.on_final(row.id, row.route, row.payload, exc))
        return delay


# ------------------------------------------------------------------ staff updates


class Relay(Protocol):
    """Her conversation with the relay (`bot.staff.RelayingConversation`)."""

    async def handle(
        self,
        user_key: str,
        event: Event,
        *,
        lang_hint: str | None = None,
        render: Render | None = None,
        inbox_id: int | None = None,
        message: HerMessage | None = None,
    ) -> Outcome:
        """Handle one event of hers."""
        ...


def her_message(inbound: Inbound) -> HerMessage | None:
    """What of her update a counselor may get: a copy of the message itself."""
    route = str(inbound.chat_id)
    if isinstance(inbound.event, Text):
        return HerMessage(route, inbound.event.text, message_id=inbound.message_id)
    if isinstance(inbound.event, Unsupported):
        return HerMessage(route, kind=inbound.event.kind, message_id=inbound.message_id)
    return None


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
        reload: Callable[[], str] | None = None,
    ) -> None:
        """`reload()` reloads the knowledge for an admin's `/reload` and describes the result."""
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

    async def handle(self, update_id: int, raw: str) -> None:
        """Handle one staff row (its inbox mark lands with its effects)."""
        body = json.loads(raw)
        staff, uid = body["s"], int(body["u"])
        if staff["k"] == "claim":
            await self._claim(update_id, uid, staff)
            return
        text = staff.get("x")
        if self.reload is not None and uid in self.admins and str(text).startswith("/reload"):
            where = Actor(int(body["c"]), TELEGRAM)  # answered where it was asked
            await self.staff.counseling.tell(where, self.reload(), inbox_id=update_id)
            return
        kind = str(staff.get("kind", "text"))
        item = CounselorInput(None if kind == "edited" else text, staff.get("r"), kind)
        await self.staff.counseling.handle(Actor(uid, TELEGRAM), item, inbox_id=update_id)

    async def _claim(self, update_id: int, uid: int, staff: dict[str, str]) -> None:
        actor = Actor(uid, TELEGRAM, staff.get("n", ""))
        answer = await self.staff.desk.claim(
            actor, staff["t"], self.staff.desk.clock(), inbox_id=update_id
        )
        try:
            await self.bot.answer_callback_query(staff["q"], text=answer.text[:200])
        except BadRequest:  # too old (a restart) or answered already
            logger.info("a claim press could not be answered (too old)")

    async def on_final(self, row_id: int, route: str, payload: str, exc: TelegramError) -> None:
        """A message was given up: tell whoever needs to know, release what must be."""
        now = self.staff.desk.clock()
        body = json.loads(payload)
        chat, _ = parse_route(route)
        blocked = isinstance(exc, Forbidden)
        if body.get("key"):
            await self.staff.desk.her_unreachable(str(body["key"]), now, blocked=blocked)
        elif chat in self.counselors and blocked:
            logger.warning("a counselor's chat refused a message (blocked the bot?)")
            await self.staff.desk.counselor_unreachable(chat, now)
        elif chat in self.counselors:
            await self.staff.desk.relay_undelivered(row_id, now)


def _record(user: int, chat: int, staff: dict[str, object]) -> str:
    body = {"v": FORMAT, "u": user, "c": chat, "s": staff}
    return json.dumps(body, ensure_ascii=False, separators=(",", ":"))


class StaffReceiver(WebhookReceiver):
    """The webhook receiver, with staff updates stored in their own form."""

    def __init__(self, *, staff: StaffUpdates, **kwargs: object) -> None:
        """Wrap `WebhookReceiver` (same keyword arguments) with the staff reducer."""
        super().__init__(**kwargs)  # type: ignore[arg-type]
        self.staff = staff

    async def receive(self, secret: str | None, body: bytes) -> int:
        """Store a staff update (after the secret check); anything else as before."""
        if secret is None or not hmac.compare_digest(secret.encode(), self._secret):
            return await super().receive(secret, body)
        try:
            data = json.loads(body)
            raw = self.staff.encode(data) if isinstance(data, dict) else None
        except (ValueError, TypeError, KeyError, AttributeError):
            raw = None
        if raw is None:
            return await super().receive(secret, body)
        row = Received(data["update_id"], raw)
        ok, _ = await guarded("webhook inbox write", self.store.inbox_put([row], now=self.clock()))
        if not ok:
            return 500
        self.on_stored()
        return 200
