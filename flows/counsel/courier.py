"""Deliver staff-side messages inside the desk's transaction: to her, to a counselor, relays.

Her stored route decides the channel: "telegram:<chat>", "web:<session>", "kakao:<user>"
(outbox rows in the channel-neutral format, rendered by that channel's `Outlet`) or
"terminal" (local mail `gyeot chat` shows). A counselor is reached the way she claimed:
Telegram private chat or the terminal console.
Her messages are copied (never forwarded) into the counselor's chat: Telegram's copyMessage
keeps no link to her account; the terminal gets the text. She only ever sees "상담사".
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping
from datetime import datetime

from flows.counsel.cases import Case
from flows.counsel.model import TELEGRAM, TERMINAL_ROUTE, HerMessage
from flows.counsel.ports import Locate, Outlet, PlatformFormat, StaffTx
from flows.counsel.texts import NOTICES
from knowledge import Knowledge

logger = logging.getLogger(__name__)


class Courier:
    """Turn "tell her" / "tell the counselor" / "relay this" into outbox rows or mail."""

    def __init__(
        self,
        kb: Callable[[], Knowledge],
        locate: Locate,
        *,
        platform: PlatformFormat | None = None,
        outlets: Mapping[str, Outlet] | None = None,
    ) -> None:
        """Word her messages from the current knowledge (`kb()`, reloads included).

        `locate` reads her stored route; `outlets` shape her messages per channel (a channel
        without one is switched off in this process); `platform` reaches counselors on Telegram.
        """
        self._kb = kb
        self.locate = locate
        self.platform = platform
        self.outlets = dict(outlets or {})

    @property
    def kb(self) -> Knowledge:
        """The knowledge in use now."""
        return self._kb()

    async def to_her(
        self,
        tx: StaffTx,
        case: Case,
        key: str,
        now: datetime,
        *,
        also: tuple[str, ...] = (),
        **values: object,
    ) -> bool:
        """Tell her UI string `key` (then `also`) in her language; False if unreachable."""
        if case.user_key is None:
            return False
        lang, _ = await tx.facts(case.user_key)
        text = "\n\n".join(self.kb.text(lang, k, **values) for k in (key, *also))
        return await self.her_text(tx, case, text, lang, now)

    async def her_text(self, tx: StaffTx, case: Case, text: str, lang: str, now: datetime) -> bool:
        """Deliver text already in her language to her chat; False if unreachable."""
        user_key = case.user_key
        route = await tx.route(user_key) if user_key else None
        if user_key is None or route is None:
            return False
        if route == TERMINAL_ROUTE:
            await tx.post_mail("user", user_key, text, user_key=user_key, case_id=case.id, now=now)
            return True
        channel, chat = self.locate(route)
        outlet = self.outlets.get(channel)
        if outlet is None:
            logger.warning("case %s: her channel is switched off in this process", case.id)
            return False
        for payload in outlet.payloads(text, lang, user_key):
            await tx.enqueue(chat, payload, owner=user_key, now=now, channel=channel)
        return True

    async def to_counselor(
        self,
        tx: StaffTx,
        counselor: int,
        via: str | None,
        text: str,
        now: datetime,
        *,
        case: Case | None = None,
    ) -> list[int]:
        """Tell a counselor something in her private chat or console; return outbox ids."""
        owner = case.user_key if case else None
        if via != TELEGRAM or self.platform is None:
            case_id = case.id if case else None
            await tx.post_mail(
                "counselor", str(counselor), text, user_key=owner, case_id=case_id, now=now
            )
            return []
        return [
            await tx.enqueue(str(counselor), payload, owner=owner, now=now)
            for payload in self.platform.to_staff(text)
        ]

    async def relay(self, tx: StaffTx, case: Case, message: HerMessage, now: datetime) -> None:
        """Copy her message to the counselor holding the case, labelled with the alias."""
        counselor, via = case.claimed_by, case.claimed_via
        if counselor is None:
            return
        her_channel, her_chat = self.locate(message.route)
        copyable = (
            via == TELEGRAM
            and self.platform is not None
            and message.message_id is not None
            and her_channel == TELEGRAM
        )
        if not copyable:
            ids = await self.to_counselor(
                tx, counselor, via, _labelled(case, message), now, case=case
            )
        else:
            assert self.platform is not None and message.message_id is not None
            _, last = await tx.staff_state(counselor)
            if last != case.id:
                header = NOTICES["header"].format(alias=case.alias)
                await self.to_counselor(tx, counselor, via, header, now)
            payload = self.platform.copy(her_chat, message.message_id)
            ids = [await tx.enqueue(str(counselor), payload, owner=case.user_key, now=now)]
        for outbox_id in ids:
            await tx.link_relay(outbox_id, case.id, counselor)
        await tx.set_staff_state(counselor, now, relay=case.id)


def _labelled(case: Case, message: HerMessage) -> str:
    if message.text is not None:
        return NOTICES["relayed"].format(alias=case.alias, text=message.text)
    return NOTICES["relayed_media"].format(alias=case.alias, kind=_KINDS.get(message.kind, "파일"))


_KINDS = {
    "photo": "사진",
    "sticker": "스티커",
    "voice": "음성 메시지",
    "video": "동영상",
    "video_note": "동영상",
    "document": "파일",
    "location": "위치",
    "contact": "연락처",
}
