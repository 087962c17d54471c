"""The console's stand-in for the staff group: cards become staff notices in local mail."""

from __future__ import annotations

from flows.counsel import Card, Clock, StaffStore


class MailBoard:
    """Post cards as staff notices that every `gyeot staff` console prints."""

    def __init__(self, store: StaffStore, clock: Clock) -> None:
        """Write into `store` at the time `clock` says."""
        self.store = store
        self.clock = clock

    async def ready(self, chat: int) -> None:
        """The terminal has no flood limit."""

    async def post(self, chat: int, card: Card) -> int:
        """Write a card with claim hints instead of buttons."""
        hints = [f"/claim {b.alias}" for b in card.buttons]
        text = card.text + (f"\n→ {' · '.join(hints)}" if hints else "")
        return await self._write(text)

    async def edit(self, chat: int, message: int, card: Card) -> None:
        """The terminal cannot edit what it printed: print what changed."""
        await self._write(f"↻ {card.summary or card.text}")

    async def _write(self, text: str) -> int:
        async with self.store.staff_tx() as tx:
            return await tx.post_mail(
                "staff", "", text, user_key=None, case_id=None, now=self.clock()
            )


class MailReader:
    """Take one recipient's local mail: her messages from a counselor, or a console's."""

    def __init__(self, store: StaffStore, recipient: str, target: str) -> None:
        """Read mail for `recipient` ('user' or 'counselor') `target` (her key or an id)."""
        self.store = store
        self.recipient = recipient
        self.target = target

    async def take(self) -> list[str]:
        """Return and delete what arrived, oldest first."""
        async with self.store.staff_tx() as tx:
            return await tx.take_mail(self.recipient, self.target)
