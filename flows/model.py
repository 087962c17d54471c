"""Data the engine takes and gives: events in, replies and effects out, session state kept.

Everything here is plain data: no I/O, no platform types. Adapters in `bot/` turn platform
updates into events and replies into platform calls; `storage/` persists sessions and effects.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

from pydantic import BaseModel, ConfigDict


class Lang(StrEnum):
    """Languages the bot speaks. Korean is the default; English is complete."""

    KO = "ko"
    EN = "en"
    VI = "vi"
    ZH = "zh"


class Risk(StrEnum):
    """Risk categories from DESIGN.md, in the order triage reports them."""

    NONE = "none"
    MEDICAL = "medical"
    SELF_HARM = "self_harm"
    VIOLENCE = "violence"
    CHILD_SAFETY = "child_safety"


class Flow(StrEnum):
    """Where the conversation is. Each guided flow keeps its own step id in `Session.step`."""

    MENU = "menu"
    LANGUAGE = "language"
    INTAKE = "intake"
    SHELTER = "shelter"
    PROTECTED_BIRTH = "protected_birth"
    BIRTH_NOTIFICATION = "birth_notification"
    TOPIC = "topic"
    FORGET_CONFIRM = "forget_confirm"
    END = "end"


# ---------------------------------------------------------------- events (what she did)


@dataclass(frozen=True, slots=True)
class Text:
    """She typed free text."""

    text: str


@dataclass(frozen=True, slots=True)
class Press:
    """She pressed a button (or typed its number/label in the terminal)."""

    button_id: str


@dataclass(frozen=True, slots=True)
class Command:
    """A slash command such as `/menu`; `name` has no slash and is lower case."""

    name: str
    arg: str = ""


@dataclass(frozen=True, slots=True)
class Unsupported:
    """Something we cannot read: sticker, photo, voice, file, location, contact."""

    kind: str


Event = Text | Press | Command | Unsupported


# ---------------------------------------------------------------- replies (what she sees)


@dataclass(frozen=True, slots=True)
class Button:
    """One button: a stable id the engine understands and the label she reads."""

    id: str
    label: str


@dataclass(frozen=True, slots=True)
class Reply:
    """One message to her. `safety` marks crisis replies (sent first, never dropped)."""

    text: str
    buttons: tuple[Button, ...] = ()
    safety: bool = False


# ---------------------------------------------------------------- effects (what must happen)


@dataclass(frozen=True, slots=True)
class Escalate:
    """A risk rule fired: open or raise her case to urgent and alert counselors."""

    risk: Risk
    rule_id: str


@dataclass(frozen=True, slots=True)
class RequestCounselor:
    """She asked for a person: open a normal case (or keep the open one)."""

    reason: str = "request"


@dataclass(frozen=True, slots=True)
class EndCase:
    """She ended the conversation with the counselor."""


@dataclass(frozen=True, slots=True)
class RecordUnanswered:
    """A question no topic fitted, already redacted, for admins' report."""

    text: str
    lang: Lang


@dataclass(frozen=True, slots=True)
class KeepIntake:
    """Intake answers she agreed to, already filtered to `[privacy] intake_fields`."""

    fields: tuple[tuple[str, str], ...]


@dataclass(frozen=True, slots=True)
class Forget:
    """Erase everything about her; `chat_messages` also deletes chat messages (/erase)."""

    chat_messages: bool = False


@dataclass(frozen=True, slots=True)
class Audit:
    """A content-free audit event: a type and an optional rule or topic id."""

    kind: str
    detail: str = ""


Effect = Escalate | RequestCounselor | EndCase | RecordUnanswered | KeepIntake | Forget | Audit


# ---------------------------------------------------------------- state (what is kept)


class Session(BaseModel):
    """Her place in the conversation. Only coarse codes, never message text."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    lang: Lang = Lang.KO
    flow: Flow = Flow.MENU
    step: str = ""
    answers: dict[str, str] = {}
    offered: tuple[str, ...] = ()
    return_to: str = ""
    under14: bool = False
    case_open: bool = False
    started: bool = False


@dataclass(frozen=True, slots=True)
class Outcome:
    """What one event produced: replies to send, effects to apply, the state to keep."""

    replies: tuple[Reply, ...]
    next_state: Session
    effects: tuple[Effect, ...] = field(default=())
