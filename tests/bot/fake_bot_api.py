"""A fake Telegram Bot API over loopback HTTP, strict where Telegram is strict.

Serves ``POST /bot{token}/{method}`` for the methods gyeot uses, long-polls ``getUpdates`` with
offsets, delivers to a webhook when one is set, records every call in order, and injects
faults (429 with ``retry_after``, 5xx, hung or dropped connections). Unknown methods get a 400
JSON error, never 404 (PTB maps 404 to ``InvalidToken``).

In-process: ``fake = FakeBotApi(); await fake.start()`` on the test's event loop. Separate
process (for ``kill -9`` tests of the bot): ``python -m tests.bot.fake_bot_api --port P``, driven
through ``POST /sim/push``, ``POST /sim/fault``, ``GET /sim/calls`` and ``GET /sim/transcript``.
"""

from __future__ import annotations

import argparse
import asyncio
import itertools
import json
import random
import signal
import time
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import httpx
from tornado.httpserver import HTTPServer
from tornado.netutil import bind_sockets
from tornado.web import Application, RequestHandler

JSON = dict[str, Any]
# Parameters PTB sends as plain strings; every other form field is JSON-encoded.
STRING_FIELDS = frozenset(
    {
        "text",
        "callback_query_id",
        "url",
        "secret_token",
        "name",
        "caption",
        "parse_mode",
        "language_code",
        "description",
        "icon_custom_emoji_id",
        "business_connection_id",
        "message_effect_id",
        "ip_address",
    }
)
_NOT_MODIFIED = (
    "Bad Request: message is not modified: specified new message content and reply markup "
    "are exactly the same as a current content and reply markup of the message"
)


class ApiError(Exception):
    """An error answer: HTTP status, description and optional parameters."""

    def __init__(self, status: int, description: str, parameters: JSON | None = None) -> None:
        super().__init__(description)
        self.status = status
        self.description = description
        self.parameters = parameters


@dataclass(frozen=True)
class Call:
    """One recorded request."""

    method: str
    params: JSON
    at: float


@dataclass
class Fault:
    """What to do to the next `count` calls of a method (optionally only for one chat)."""

    kind: str  # "status" | "hang" | "drop"
    count: int = 1
    status: int = 429
    retry_after: int | None = None
    description: str = ""
    chat_id: int | None = None
    rate: float = 1.0


@dataclass
class _Chat:
    id: int
    type: str = "private"
    title: str | None = None
    next_mid: int = 1
    messages: dict[int, JSON] = field(default_factory=dict)


def _utf16_len(text: str) -> int:
    return len(text.encode("utf-16-le", "surrogatepass")) // 2


def _ok(result: object) -> JSON:
    return {"ok": True, "result": result}


class FakeBotApi:
    """The fake server's state and method table."""

    def __init__(self, token: str = "123:TEST", *, seed: int = 0) -> None:
        self.token = token
        self.bot_user: JSON = {
            "id": int(token.split(":")[0]),
            "is_bot": True,
            "first_name": "gyeot test",
            "username": "gyeot_test_bot",
            "can_join_groups": True,
            "can_read_all_group_messages": False,
            "supports_inline_queries": False,
        }
        self.calls: list[Call] = []
        self.sent: list[JSON] = []  # every message sendMessage accepted, in order
        self.updates: list[JSON] = []  # not yet confirmed
        self.chats: dict[int, _Chat] = {}
        self.blocked: set[int] = set()
        self.answered: set[str] = set()
        self.callbacks: set[str] = set()
        self.commands: dict[tuple[str, str], list[JSON]] = {}
        self.webhook: JSON | None = None
        self.faults: dict[str, list[Fault]] = defaultdict(list)
        self.log: list[tuple[str, int, str]] = []  # (who, chat id, what) for transcripts
        self.clock: Callable[[], float] = time.time
        self.port = 0
        self._ids = itertools.count(1)
        self._cq_ids = itertools.count(1)
        self._rng = random.Random(seed)
        self._arrived = asyncio.Event()  # replaced by a fresh one on every push
        self._poller: asyncio.Future[None] | None = None
        self._server: HTTPServer | None = None
        self._hung: set[asyncio.Event] = set()
        self._delivery: asyncio.Task[None] | None = None
        self.handlers: dict[str, Callable[[JSON], Any]] = {
            "getMe": lambda p: self.bot_user,
            "logOut": lambda p: True,
            "close": lambda p: True,
            "getWebhookInfo": self._get_webhook_info,
            "setWebhook": self._set_webhook,
            "deleteWebhook": self._delete_webhook,
            "sendMessage": self._send_message,
            "editMessageText": self._edit_message_text,
            "answerCallbackQuery": self._answer_callback_query,
            "deleteMessage": self._delete_message,
            "deleteMessages": self._delete_messages,
            "setMyCommands": self._set_my_commands,
            "getMyCommands": self._get_my_commands,
            "copyMessage": self._copy_message,
            "createForumTopic": self._create_forum_topic,
            "sendChatAction": lambda p: True,
        }

    # ------------------------------------------------------------------ lifecycle

    @property
    def base_url(self) -> str:
        """The value for `ApplicationBuilder.base_url` (the token is appended by PTB)."""
        return f"http://127.0.0.1:{self.port}/bot"

    @property
    def base_file_url(self) -> str:
        """The value for `ApplicationBuilder.base_file_url`."""
        return f"http://127.0.0.1:{self.port}/file/bot"

    @property
    def api_base_url(self) -> str:
        """The value for `[telegram] api_base_url`."""
        return f"http://127.0.0.1:{self.port}"

    async def start(self, port: int = 0) -> int:
        """Listen on 127.0.0.1 (a free port by default) and return the port."""
        sockets = bind_sockets(port, "127.0.0.1")
        self.port = sockets[0].getsockname()[1]
        app = Application(
            [
                (r"/bot([^/]+)/([A-Za-z]+)", _ApiHandler, {"fake": self}),
                (r"/file/bot([^/]+)/(.+)", _FileHandler, {"fake": self}),
                (r"/sim/([a-z_]+)", _SimHandler, {"fake": self}),
            ],
            log_function=lambda handler: None,
        )
        self._server = HTTPServer(app)
        self._server.add_sockets(sockets)
        return self.port

    async def stop(self) -> None:
        """Stop serving; release hung requests and the webhook delivery."""
        for event in list(self._hung):
            event.set()
        if self._delivery is not None:
            self._delivery.cancel()
            await asyncio.gather(self._delivery, return_exceptions=True)
        if self._server is not None:
            self._server.stop()
            await self._server.close_all_connections()
            self._server = None

    # ------------------------------------------------------------------ pushing updates

    def chat(self, chat_id: int, *, type_: str = "private", title: str | None = None) -> _Chat:
        """Return a chat, creating it on first use."""
        if chat_id not in self.chats:
            self.chats[chat_id] = _Chat(chat_id, type_, title)
        return self.chats[chat_id]

    def _user(self, user_id: int, lang: str | None) -> JSON:
        user: JSON = {"id": user_id, "is_bot": False, "first_name": "Test", "username": "tester"}
        if lang:
            user["language_code"] = lang
        return user

    def _chat_json(self, chat: _Chat) -> JSON:
        if chat.type == "private":
            return {"id": chat.id, "type": "private", "first_name": "Test", "username": "tester"}
        return {"id": chat.id, "type": chat.type, "title": chat.title or "group"}

    def _new_message(self, chat: _Chat, sender: JSON, **content: Any) -> JSON:
        mid = chat.next_mid
        chat.next_mid += 1
        message = {
            "message_id": mid,
            "date": int(self.clock()),
            "chat": self._chat_json(chat),
            "from": sender,
            **content,
        }
        chat.messages[mid] = message
        return message

    def push_update(self, update: JSON) -> JSON:
        """Queue a raw update (an `update_id` is assigned when missing) and return it."""
        update.setdefault("update_id", next(self._ids))
        self.updates.append(update)
        self._notify()
        return update

    def push_message(
        self,
        user_id: int,
        *,
        chat_id: int | None = None,
        chat_type: str = "private",
        lang: str | None = "ko",
        edited: bool = False,
        **content: Any,
    ) -> JSON:
        """Queue a message update from a user (in her private chat unless `chat_id`)."""
        chat = self.chat(user_id if chat_id is None else chat_id, type_=chat_type)
        message = self._new_message(chat, self._user(user_id, lang), **content)
        what = content.get("text") or "<" + ",".join(sorted(content)) + ">"
        self.log.append(("user", chat.id, f"{'(edited) ' if edited else ''}{what}"))
        kind = "channel_post" if chat_type == "channel" else "message"
        return self.push_update({"edited_message" if edited else kind: message})

    def push_text(self, user_id: int, text: str, **kwargs: Any) -> JSON:
        """Queue a text message (commands are text starting with /, with an entity)."""
        if text.startswith("/"):
            length = len(text.split()[0])
            kwargs.setdefault("entities", [{"type": "bot_command", "offset": 0, "length": length}])
        return self.push_message(user_id, text=text, **kwargs)

    def push_media(self, user_id: int, kind: str, **kwargs: Any) -> JSON:
        """Queue a sticker, photo, voice, video, document, location, contact, ... message."""
        samples: dict[str, Any] = {
            "sticker": {"file_id": "s1", "file_unique_id": "su1", "type": "regular",
                        "width": 512, "height": 512, "is_animated": False, "is_video": False},
            "photo": [{"file_id": "p1", "file_unique_id": "pu1", "width": 90, "height": 90}],
            "voice": {"file_id": "v1", "file_unique_id": "vu1", "duration": 3},
            "video": {"file_id": "d1", "file_unique_id": "du1", "width": 1, "height": 1,
                      "duration": 1},
            "video_note": {"file_id": "n1", "file_unique_id": "nu1", "length": 1, "duration": 1},
            "animation": {"file_id": "a1", "file_unique_id": "au1", "width": 1, "height": 1,
                          "duration": 1},
            "document": {"file_id": "f1", "file_unique_id": "fu1", "file_name": "scan.pdf"},
            "location": {"latitude": 37.5665, "longitude": 126.978},
            "contact": {"phone_number": "+821012345678", "first_name": "Mina", "user_id": 77},
        }  # fmt: skip
        content = {kind: samples[kind]}
        if kind == "animation":
            content["document"] = samples["document"]
        return self.push_message(user_id, **content, **kwargs)

    def push_callback(
        self,
        user_id: int,
        data: str,
        message_id: int,
        *,
        chat_id: int | None = None,
        label: str | None = None,
    ) -> JSON:
        """Queue a button press on a message the bot sent to this chat."""
        chat = self.chat(user_id if chat_id is None else chat_id)
        message = chat.messages.get(message_id) or {
            "message_id": message_id,
            "date": int(self.clock()),
            "chat": self._chat_json(chat),
            "text": "(gone)",
        }
        query_id = f"cq{next(self._cq_ids)}"
        self.callbacks.add(query_id)
        self.log.append(("user", chat.id, f"[{label}]" if label else f"[callback {data!r}]"))
        query = {
            "id": query_id,
            "from": self._user(user_id, "ko"),
            "chat_instance": f"ci{chat.id}",
            "message": message,
            "data": data,
        }
        return self.push_update({"callback_query": query})

    def press(self, user_id: int, label: str) -> JSON:
        """Press the button with this label on the newest bot message that has it."""
        chat = self.chat(user_id)
        for mid in sorted(chat.messages, reverse=True):
            markup = chat.messages[mid].get("reply_markup") or {}
            for row in markup.get("inline_keyboard", []):
                for button in row:
                    if button["text"] == label:
                        data = button["callback_data"]
                        return self.push_callback(user_id, data, mid, label=label)
        raise LookupError(f"no button labelled {label!r} in chat {user_id}")

    def _notify(self) -> None:
        arrived, self._arrived = self._arrived, asyncio.Event()
        arrived.set()
        if self.webhook is not None and self._delivery is None:
            self._delivery = asyncio.get_running_loop().create_task(self._deliver_webhook())

    # ------------------------------------------------------------------ faults and queries

    def fail_next(
        self,
        method: str,
        count: int = 1,
        *,
        status: int = 429,
        retry_after: int | None = None,
        description: str = "",
        chat_id: int | None = None,
    ) -> None:
        """Answer the next `count` calls of `method` with an error status."""
        if status == 429 and retry_after is None:
            retry_after = 1
        fault = Fault("status", count, status, retry_after, description, chat_id)
        self.faults[method].append(fault)

    def hang_next(self, method: str, count: int = 1) -> None:
        """Never answer the next `count` calls of `method` (the client times out)."""
        self.faults[method].append(Fault("hang", count))

    def drop_next(self, method: str, count: int = 1) -> None:
        """Close the connection without an answer on the next `count` calls."""
        self.faults[method].append(Fault("drop", count))

    def fault_rate(self, method: str, rate: float, *, kind: str = "status", status: int = 502,
                   retry_after: int | None = None) -> None:  # fmt: skip
        """Apply a fault to a random share of all further calls of `method`."""
        self.faults[method].append(Fault(kind, -1, status, retry_after, rate=rate))

    def block(self, user_id: int) -> None:
        """Make her block the bot: sends to her chat answer 403."""
        self.blocked.add(user_id)

    def calls_of(self, method: str) -> list[Call]:
        """Recorded calls of one method, in order."""
        return [c for c in self.calls if c.method == method]

    def sent_texts(self, chat_id: int) -> list[str]:
        """Texts the bot sent to one chat with their button labels, in order (deleted too)."""
        return [t for who, c, t in self.log if who == "bot" and c == chat_id]

    def sent_messages(self, chat_id: int) -> list[JSON]:
        """Messages sendMessage accepted for one chat, in order (deleted ones included)."""
        return [m for m in self.sent if m["chat"]["id"] == chat_id]

    def transcript(self) -> str:
        """A readable log of the conversation as the fake saw it."""
        lines = []
        arrows = {"user": "her →", "bot": "bot →", "api": "bot ·"}
        for who, chat_id, what in self.log:
            lines.append(f"[{chat_id}] {arrows[who]} {what}")
        return "\n".join(lines)

    async def wait_for(self, predicate: Callable[[], bool], timeout: float = 10.0) -> None:
        """Wait until `predicate()` holds, polling every 10 ms."""
        deadline = asyncio.get_running_loop().time() + timeout
        while not predicate():
            if asyncio.get_running_loop().time() > deadline:
                raise TimeoutError("condition not met on the fake Bot API")
            await asyncio.sleep(0.01)

    # ------------------------------------------------------------------ request handling

    def _take_fault(self, method: str, params: JSON) -> Fault | None:
        for fault in self.faults.get(method, []):
            if fault.chat_id is not None and params.get("chat_id") != fault.chat_id:
                continue
            if fault.count == -1:  # a rate: fires for a share of calls, else try the next fault
                if self._rng.random() < fault.rate:
                    return fault
                continue
            fault.count -= 1
            if fault.count <= 0:
                self.faults[method].remove(fault)
            return fault
        return None

    async def dispatch(self, method: str, params: JSON) -> tuple[int, JSON]:
        """Answer one API call: (HTTP status, JSON body)."""
        if method == "getUpdates":
            return 200, _ok(await self._get_updates(params))
        handler = self.handlers.get(method)
        if handler is None:
            raise ApiError(400, f"Bad Request: method {method} is not implemented by the fake")
        return 200, _ok(handler(params))

    async def _get_updates(self, params: JSON) -> list[JSON]:
        if self.webhook is not None:
            raise ApiError(409, "Conflict: can't use getUpdates method while webhook is active")
        if self._poller is not None and not self._poller.done():
            self._poller.set_exception(ApiError(409, "Conflict: terminated by other getUpdates"))
        self._poller = poller = asyncio.get_running_loop().create_future()
        offset = int(params.get("offset") or 0)
        if offset:
            self.updates = [u for u in self.updates if u["update_id"] >= offset]
        loop = asyncio.get_running_loop()
        deadline = loop.time() + float(params.get("timeout") or 0)
        while not self.updates and not poller.done() and loop.time() < deadline:
            waiter = asyncio.ensure_future(self._arrived.wait())
            await asyncio.wait([waiter, poller], timeout=deadline - loop.time(),
                               return_when=asyncio.FIRST_COMPLETED)  # fmt: skip
            waiter.cancel()
            await asyncio.gather(waiter, return_exceptions=True)
        if poller.done():
            poller.result()  # raises the 409 when another poll took over
        poller.set_result(None)
        allowed = params.get("allowed_updates")
        chosen = [
            u for u in self.updates if not allowed or (set(u) - {"update_id"}) & set(allowed)
        ]
        return chosen[: int(params.get("limit") or 100)]

    def _chat_for(self, params: JSON) -> _Chat:
        chat_id = int(params["chat_id"])
        if chat_id in self.blocked:
            raise ApiError(403, "Forbidden: bot was blocked by the user")
        if chat_id not in self.chats:
            raise ApiError(400, "Bad Request: chat not found")
        return self.chats[chat_id]

    def _check_text(self, text: object) -> str:
        if not isinstance(text, str) or not text.strip():
            raise ApiError(400, "Bad Request: message text is empty")
        if _utf16_len(text) > 4096:
            raise ApiError(400, "Bad Request: message is too long")
        return text

    def _check_markup(self, markup: object) -> JSON | None:
        if markup is None:
            return None
        if not isinstance(markup, dict):
            raise ApiError(400, "Bad Request: can't parse reply keyboard markup JSON object")
        for row in markup.get("inline_keyboard", []):
            for button in row:
                data = button.get("callback_data")
                if data is not None and not 1 <= len(str(data).encode()) <= 64:
                    raise ApiError(400, "Bad Request: BUTTON_DATA_INVALID")
                if not button.get("text"):
                    raise ApiError(400, "Bad Request: text buttons are unallowed")
        return markup

    def _send_message(self, params: JSON) -> JSON:
        chat = self._chat_for(params)
        text = self._check_text(params.get("text"))
        markup = self._check_markup(params.get("reply_markup"))
        content: JSON = {"text": text}
        if markup:
            content["reply_markup"] = markup
        if params.get("message_thread_id"):
            content["message_thread_id"] = params["message_thread_id"]
        message = self._new_message(chat, self.bot_user, **content)
        self.sent.append(message)
        labels = [b["text"] for row in (markup or {}).get("inline_keyboard", []) for b in row]
        self.log.append(("bot", chat.id, text + (f"  [{' | '.join(labels)}]" if labels else "")))
        return message

    def _edit_message_text(self, params: JSON) -> JSON:
        chat = self._chat_for(params)
        message = chat.messages.get(int(params.get("message_id", 0)))
        if message is None:
            raise ApiError(400, "Bad Request: message to edit not found")
        text = self._check_text(params.get("text"))
        markup = self._check_markup(params.get("reply_markup"))
        if message.get("text") == text and message.get("reply_markup") == markup:
            raise ApiError(400, _NOT_MODIFIED)
        message["text"] = text
        message.pop("reply_markup", None)
        if markup:
            message["reply_markup"] = markup
        self.log.append(("api", chat.id, f"(edited message {message['message_id']}) {text}"))
        return message

    def _answer_callback_query(self, params: JSON) -> bool:
        query_id = str(params.get("callback_query_id"))
        if query_id not in self.callbacks or query_id in self.answered:
            raise ApiError(400, "Bad Request: query is too old and response timeout expired "
                                "or query ID is invalid")  # fmt: skip
        if len(str(params.get("text") or "")) > 200:
            raise ApiError(400, "Bad Request: text is too long")
        self.answered.add(query_id)
        return True

    def _deletable(self, chat: _Chat, mid: int) -> bool:
        message = chat.messages.get(mid)
        if message is None or self.clock() - message["date"] > 48 * 3600:
            return False
        return chat.type == "private" or message["from"].get("id") == self.bot_user["id"]

    def _delete_message(self, params: JSON) -> bool:
        chat = self._chat_for(params)
        mid = int(params.get("message_id", 0))
        if not self._deletable(chat, mid):
            raise ApiError(400, "Bad Request: message to delete not found")
        del chat.messages[mid]
        self.log.append(("api", chat.id, f"(deleted message {mid})"))
        return True

    def _delete_messages(self, params: JSON) -> bool:
        chat = self._chat_for(params)
        ids = params.get("message_ids")
        if not isinstance(ids, list) or not 1 <= len(ids) <= 100:
            raise ApiError(400, "Bad Request: message_ids must have 1-100 elements")
        deleted = [int(m) for m in ids if self._deletable(chat, int(m))]
        for mid in deleted:
            del chat.messages[mid]
        self.log.append(("api", chat.id, f"(deleted {len(deleted)} of {len(ids)} messages)"))
        return True

    def _set_my_commands(self, params: JSON) -> bool:
        commands = params.get("commands")
        if not isinstance(commands, list) or len(commands) > 100:
            raise ApiError(400, "Bad Request: commands must be a list of at most 100")
        for command in commands:
            name, desc = command.get("command", ""), command.get("description", "")
            if not (1 <= len(name) <= 32 and name.islower() and name.replace("_", "").isalnum()):
                raise ApiError(400, "Bad Request: BOT_COMMAND_INVALID")
            if not 1 <= len(desc) <= 256:
                raise ApiError(400, "Bad Request: BOT_COMMAND_DESCRIPTION_INVALID")
        scope = json.dumps(params.get("scope") or {"type": "default"}, sort_keys=True)
        self.commands[(scope, str(params.get("language_code") or ""))] = commands
        return True

    def _get_my_commands(self, params: JSON) -> list[JSON]:
        scope = json.dumps(params.get("scope") or {"type": "default"}, sort_keys=True)
        return self.commands.get((scope, str(params.get("language_code") or "")), [])

    def _copy_message(self, params: JSON) -> JSON:
        source = self.chats.get(int(params["from_chat_id"]))
        original = source.messages.get(int(params["message_id"])) if source else None
        if original is None:
            raise ApiError(400, "Bad Request: message to copy not found")
        chat = self._chat_for(params)
        content = {
            k: v for k, v in original.items() if k not in {"message_id", "date", "chat", "from"}
        }
        message = self._new_message(chat, self.bot_user, **content)
        self.log.append(("bot", chat.id, f"(copy) {content.get('text', '<media>')}"))
        return {"message_id": message["message_id"]}

    def _create_forum_topic(self, params: JSON) -> JSON:
        chat = self._chat_for(params)
        name = str(params.get("name") or "")
        if not 1 <= len(name) <= 128:
            raise ApiError(400, "Bad Request: TOPIC_NAME_INVALID")
        service = self._new_message(chat, self.bot_user, forum_topic_created={"name": name})
        thread = service["message_id"]
        return {"message_thread_id": thread, "name": name, "icon_color": 7322096}

    def _get_webhook_info(self, params: JSON) -> JSON:
        url = (self.webhook or {}).get("url", "")
        return {
            "url": url,
            "has_custom_certificate": False,
            "pending_update_count": len(self.updates),
        }

    def _set_webhook(self, params: JSON) -> bool:
        self.webhook = {"url": str(params["url"]), "secret": params.get("secret_token")}
        if params.get("drop_pending_updates"):
            self.updates.clear()
        self._notify()
        return True

    def _delete_webhook(self, params: JSON) -> bool:
        self.webhook = None
        if self._delivery is not None:
            self._delivery.cancel()
            self._delivery = None
        if params.get("drop_pending_updates"):
            self.updates.clear()
        return True

    async def _deliver_webhook(self) -> None:
        """POST pending updates to the webhook in order; retry one until it gets a 2xx."""
        async with httpx.AsyncClient(timeout=10) as client:
            while self.webhook is not None:
                if not self.updates:
                    await self._arrived.wait()
                    continue
                update, hook = self.updates[0], self.webhook
                headers = (
                    {"X-Telegram-Bot-Api-Secret-Token": hook["secret"]} if hook["secret"] else {}
                )
                try:
                    response = await client.post(hook["url"], json=update, headers=headers)
                    delivered = 200 <= response.status_code < 300
                except httpx.HTTPError:
                    delivered = False
                note = {"update_id": update["update_id"], "delivered": delivered}
                self.calls.append(Call("(webhook)", note, self.clock()))
                if delivered:
                    self.updates.pop(0)
                else:
                    await asyncio.sleep(0.2)

    def hang(self) -> asyncio.Event:
        """Return an event a hung request waits on (set on stop or disconnect)."""
        event = asyncio.Event()
        self._hung.add(event)
        return event


def parse_params(content_type: str, body: bytes, arguments: dict[str, list[bytes]]) -> JSON:
    """Decode a Bot API request body: empty, JSON, form-urlencoded or multipart."""
    if not body:
        return {}
    if content_type.startswith("application/json"):
        data = json.loads(body)
        return data if isinstance(data, dict) else {}
    params: JSON = {}
    for key, values in arguments.items():
        raw = values[-1].decode("utf-8")
        if key in STRING_FIELDS:
            params[key] = raw
            continue
        try:
            params[key] = json.loads(raw)
        except ValueError:
            params[key] = raw
    return params


class _FakeHandler(RequestHandler):
    def initialize(self, fake: FakeBotApi) -> None:
        self.fake = fake

    def check_xsrf_cookie(self) -> None:
        return None

    def reply(self, status: int, body: object) -> None:
        self.set_status(status)
        self.set_header("Content-Type", "application/json")
        self.finish(json.dumps(body, ensure_ascii=False))


class _ApiHandler(_FakeHandler):
    """POST /bot{token}/{method}."""

    async def post(self, token: str, method: str) -> None:
        fake = self.fake
        if token != fake.token:
            return self.reply(401, {"ok": False, "error_code": 401, "description": "Unauthorized"})
        ctype = self.request.headers.get("Content-Type", "")
        params = parse_params(ctype, self.request.body, self.request.body_arguments)
        fake.calls.append(Call(method, params, fake.clock()))
        fault = fake._take_fault(method, params)
        if fault is not None and fault.kind == "hang":
            event = fake.hang()
            self._hang_event = event
            await event.wait()
            fake._hung.discard(event)
            return None
        if fault is not None and fault.kind == "drop":
            self.request.connection.close()  # type: ignore[union-attr]
            return None
        try:
            if fault is not None:
                extra = {"retry_after": fault.retry_after} if fault.retry_after else None
                raise ApiError(fault.status, fault.description or _describe(fault.status), extra)
            status, body = await fake.dispatch(method, params)
        except ApiError as err:
            status, body = err.status, {"ok": False, "error_code": err.status,
                                        "description": err.description}  # fmt: skip
            if err.parameters:
                body["parameters"] = err.parameters
        if not self.request.connection.stream.closed():  # type: ignore[union-attr]
            self.reply(status, body)
        return None

    get = post

    def on_connection_close(self) -> None:
        event = getattr(self, "_hang_event", None)
        if event is not None:
            event.set()


def _describe(status: int) -> str:
    return {
        429: "Too Many Requests: retry later",
        500: "Internal Server Error",
        502: "Bad Gateway",
        403: "Forbidden: bot was blocked by the user",
    }.get(status, f"Error {status}")


class _FileHandler(_FakeHandler):
    """GET /file/bot{token}/{path}: every file is the same few bytes."""

    def get(self, token: str, path: str) -> None:
        self.set_header("Content-Type", "application/octet-stream")
        self.finish(b"fake file")


class _SimHandler(_FakeHandler):
    """Control API for a fake running in another process."""

    def get(self, action: str) -> None:
        fake = self.fake
        if action == "calls":
            calls = [{"method": c.method, "params": c.params, "at": c.at} for c in fake.calls]
            return self.reply(200, calls)
        if action == "transcript":
            return self.reply(200, {"transcript": fake.transcript(), "log": fake.log})
        if action == "state":
            return self.reply(200, {"pending_updates": len(fake.updates),
                                    "answered": sorted(fake.answered)})  # fmt: skip
        return self.reply(404, {"error": "unknown action"})

    def post(self, action: str) -> None:
        fake = self.fake
        body = json.loads(self.request.body or b"{}")
        if action == "push":
            kind = body.pop("kind", "update")
            pushers: dict[str, Callable[..., JSON]] = {
                "update": lambda **b: fake.push_update(b["update"]),
                "text": fake.push_text,
                "callback": fake.push_callback,
                "media": fake.push_media,
            }
            return self.reply(200, pushers[kind](**body))
        if action == "fault":
            kind = body.pop("kind", "status")
            method = body.pop("method")
            {"status": fake.fail_next, "hang": fake.hang_next, "drop": fake.drop_next}[kind](
                method, **body
            )
            return self.reply(200, {"ok": True})
        return self.reply(404, {"error": "unknown action"})


async def _serve(port: int, token: str) -> None:
    fake = FakeBotApi(token)
    await fake.start(port)
    print(f"READY {fake.port}", flush=True)
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(sig, stop.set)
    await stop.wait()
    await fake.stop()


def main() -> None:
    """Run the fake as its own process until SIGTERM."""
    parser = argparse.ArgumentParser(description="fake Telegram Bot API for tests")
    parser.add_argument("--port", type=int, default=0)
    parser.add_argument("--token", default="123:TEST")
    args = parser.parse_args()
    asyncio.run(_serve(args.port, args.token))


if __name__ == "__main__":
    main()
