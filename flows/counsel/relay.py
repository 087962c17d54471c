"""Her side of the relay: a drop-in for `flows.Conversation` that also talks to the staff desk.

For each of her messages: if she writes soon after a counselor closed her case, the case
reopens; if a counselor holds her case, her message is copied to that counselor. Once the
counselor has written to her, her plain messages go to the counselor only (the bot stays quiet
instead of answering beside a person), but triage still runs on every message: a risk hit is
answered by the bot at once and raises the case. Buttons and commands always reach the bot.
"""

from __future__ import annotations

from flows import (
    Conversation,
    Engine,
    Event,
    Outcome,
    Session,
    Text,
    Unsupported,
    alarm,
)
from flows.counsel.desk import Clock, StaffDesk
from flows.counsel.model import HerMessage
from flows.counsel.rules import Relay, relay_route, writes
from flows.service import Render


class RelayingConversation:
    """`Conversation.handle` plus reopen, relay to the counselor, and quiet while live."""

    def __init__(
        self, conversation: Conversation, desk: StaffDesk, *, route: str | None = None
    ) -> None:
        """Wrap `conversation`; `route` is her route when callers pass no `HerMessage`."""
        self.conversation = conversation
        self.desk = desk
        self.route = route

    @property
    def engine(self) -> Engine:
        """The wrapped conversation's engine."""
        return self.conversation.engine

    @property
    def clock(self) -> Clock:
        """The wrapped conversation's clock."""
        return self.conversation.clock

    async def peek(self, user_key: str) -> Session | None:
        """Her saved state."""
        return await self.conversation.peek(user_key)

    def _message(self, event: Event) -> HerMessage | None:
        if self.route is None or not writes(event):
            return None
        if isinstance(event, Text):
            return HerMessage(self.route, text=event.text)
        assert isinstance(event, Unsupported)
        return HerMessage(self.route, kind=event.kind)

    def _risky(self, event: Event) -> bool:
        return isinstance(event, Text) and alarm(event.text, self.engine.kb.lexicon) is not None

    async def handle(  # noqa: PLR0913 - the event, how to render and store it, and where she is
        self,
        user_key: str,
        event: Event,
        *,
        lang_hint: str | None = None,
        render: Render | None = None,
        inbox_id: int | None = None,
        message: HerMessage | None = None,
        route: str | None = None,
    ) -> Outcome:
        """Handle one event of hers: relay, or let the bot answer (and relay), then commit."""
        now = self.conversation.clock()
        message = message if message is not None and writes(event) else self._message(event)
        case = await self.desk.her_case(user_key, now, writing=message is not None)
        if case is not None and message is not None:
            goes = relay_route(case, writing=True, risky=case.live and self._risky(event))
            if goes is Relay.COUNSELOR:
                await self.desk.relay_her(case, message, now, inbox_id=inbox_id)
                if message.text:  # the bot did not see it, so keep it here (if policy allows)
                    await self.desk.store.add_transcript(
                        user_key, message.text, speaker="her", now=now
                    )
                state = await self.peek(user_key) or self.engine.new_session(lang_hint)
                return Outcome((), state)
            if goes is Relay.COPY:
                await self.desk.relay_her(case, message, now)
        # Her route is kept in the commit that opens or raises her case, never after it.
        outcome = await self.conversation.handle(
            user_key,
            event,
            lang_hint=lang_hint,
            render=render,
            inbox_id=inbox_id,
            route=route or (message.route if message is not None else self.route),
        )
        if outcome.effects:
            self.desk.on_change()
        return outcome
