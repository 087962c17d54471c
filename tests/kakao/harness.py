"""A real `gyeot run` with the KakaoTalk channel on, and a fake Kakao talking to it over HTTP."""

from __future__ import annotations

import asyncio
import json
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import aiohttp  # noqa: TID251 - the fake Kakao speaks real HTTP, as Kakao does
from aiohttp import web  # noqa: TID251 - and answers on a callback URL

from tests.web.harness import WebServer, free_port

KAKAO_SECRET = "kakao-skill-header-secret-0123456789"
PATH = "/kakao/skill"


class KakaoServer(WebServer):
    """`gyeot run` with web and Kakao on, SQLite in `root`; restartable, killable."""

    def __init__(self, root: Path, *, extra: str = "", env: dict[str, str] | None = None) -> None:
        super().__init__(root)
        self.base = f"http://127.0.0.1:{self.port}"
        self.url = self.base + PATH
        self.db = root / "gyeot.db"
        self.env = env or {}
        self.config.write_text(
            f'[storage]\npath = "{self.db}"\n\n'
            f'[http]\nlisten = "127.0.0.1:{self.port}"\n\n'
            f"[kakao]\nenabled = true\n{extra}\n",
            encoding="utf-8",
        )

    def environ(self) -> dict[str, str]:
        """The web server's environment plus the skill's header secret and `env`."""
        return super().environ() | {"GYEOT_KAKAO_SECRET": KAKAO_SECRET} | self.env


def payload(
    user: str, utterance: str, *, extra: dict[str, Any] | None = None, **request: Any
) -> dict[str, Any]:
    """A skill payload as Kakao i Open Builder sends it (fallback block).

    `extra` is the tapped quick reply's `extra`, which Kakao passes on as `action.clientExtra`.
    """
    return {
        "intent": {"id": "fallback-block-id", "name": "폴백 블록"},
        "userRequest": {
            "timezone": "Asia/Seoul",
            "params": {"ignoreMe": "true"},
            "block": {"id": "fallback-block-id", "name": "폴백 블록"},
            "utterance": utterance,
            "lang": "ko",
            "user": {
                "id": user,
                "type": "botUserKey",
                "properties": {"botUserKey": user, "plusfriendUserKey": "pf-" + user},
            },
            **request,
        },
        "bot": {"id": "bot-id", "name": "곁"},
        "action": {
            "name": "gyeot",
            "clientExtra": extra,
            "params": {},
            "id": "a",
            "detailParams": {},
        },
    }


@dataclass
class Said:
    """One skill answer as she would see it."""

    status: int
    body: dict[str, Any]
    seconds: float

    @property
    def texts(self) -> list[str]:
        """The simpleText outputs."""
        outputs = self.body.get("template", {}).get("outputs", [])
        return [o["simpleText"]["text"] for o in outputs]

    @property
    def text(self) -> str:
        """All outputs joined."""
        return "\n\n".join(self.texts)

    @property
    def quick(self) -> list[dict[str, Any]]:
        """The quick replies."""
        return list(self.body.get("template", {}).get("quickReplies", []))

    def extra(self, label: str) -> dict[str, Any] | None:
        """The `extra` of the quick reply whose label starts with `label`."""
        for reply in self.quick:
            if reply["label"].startswith(label) or reply["messageText"].startswith(label):
                found: dict[str, Any] | None = reply.get("extra")
                return found
        raise AssertionError(f"no quick reply {label!r}")

    def tap(self, label: str) -> str:
        """The messageText of the quick reply whose label starts with `label`."""
        for reply in self.quick:
            if reply["label"].startswith(label) or reply["messageText"].startswith(label):
                return str(reply["messageText"])
        raise AssertionError(f"no quick reply {label!r} in {[r['label'] for r in self.quick]}")


class FakeKakao:
    """Kakao's side: POSTs skill payloads with the secret header, as Open Builder does."""

    def __init__(self, server: KakaoServer, session: aiohttp.ClientSession) -> None:
        self.server = server
        self.session = session

    async def say(
        self,
        user: str,
        utterance: str,
        *,
        secret: str | None = KAKAO_SECRET,
        extra: dict[str, Any] | None = None,
        **request: Any,
    ) -> Said:
        """Send one utterance of `user`; return the answer."""
        body = payload(user, utterance, extra=extra, **request)
        data = json.dumps(body, ensure_ascii=False).encode()
        return await self.post(data, secret=secret)

    async def post(self, data: bytes, *, secret: str | None = KAKAO_SECRET) -> Said:
        """POST raw bytes to the skill URL."""
        headers = {"Content-Type": "application/json"}
        if secret is not None:
            headers["X-Gyeot-Kakao-Secret"] = secret
        started = time.monotonic()
        async with self.session.post(self.server.url, data=data, headers=headers) as resp:
            raw = await resp.read()
            try:
                body = json.loads(raw) if raw else {}
            except ValueError:
                body = {"raw": raw.decode("utf-8", "replace")}
            return Said(resp.status, body, time.monotonic() - started)


def client(connections: int = 200, timeout: float = 15.0) -> aiohttp.ClientSession:
    """An HTTP client for Kakao's side, with enough connections for a burst."""
    return aiohttp.ClientSession(
        connector=aiohttp.TCPConnector(limit=connections),
        timeout=aiohttp.ClientTimeout(total=timeout),
    )


class CallbackSink:
    """Kakao's callback URL: records the answers the bot posts there."""

    def __init__(self) -> None:
        self.received: list[dict[str, Any]] = []
        self.got = asyncio.Event()
        self._runner: web.AppRunner | None = None
        self.url = ""

    async def start(self) -> None:
        """Listen on a free loopback port."""
        app = web.Application()
        app.router.add_post("/callback/{token}", self._post)
        self._runner = web.AppRunner(app, access_log=None)
        await self._runner.setup()
        port = free_port()
        await web.TCPSite(self._runner, "127.0.0.1", port).start()
        self.url = f"http://127.0.0.1:{port}/callback/"

    async def _post(self, request: web.Request) -> web.Response:
        self.received.append(await request.json())
        self.got.set()
        return web.json_response({"taskId": "t", "status": "SUCCESS"})

    async def stop(self) -> None:
        """Stop listening."""
        if self._runner is not None:
            await self._runner.cleanup()
