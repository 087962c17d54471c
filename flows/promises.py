"""What gyeot tells her about her data, generated from the privacy policy.

The welcome and the confidentiality answer carry a `{privacy}` placeholder; this module fills it
with sentences chosen by the same settings that `gyeot privacy show` reads (`[privacy]` through
`PrivacyPolicy`), so a change of settings changes the promise and cannot leave a false one. The
wording of each sentence lives in the UI catalogs under `privacy.*`; the choice lives here.
"""

from __future__ import annotations

from flows.ports import PrivacyPolicy
from knowledge import Knowledge

PLACEHOLDER = "{privacy}"
# Intake fields in the order the intake asks them (flows/intake.py FIELD_ORDER).
FIELDS = ("weeks", "age", "region", "needs", "safe")
# The Bot API lets a bot delete only messages younger than this (deleteMessage).
ERASE_HOURS = 48

Sentence = tuple[str, dict[str, object]]


def privacy_bullets(policy: PrivacyPolicy) -> tuple[tuple[Sentence, ...], ...]:
    """Return the privacy sentences `policy` makes true: bullets of (UI key, values)."""
    kept = "privacy.transcripts_on" if policy.store_transcripts else "privacy.transcripts_off"
    fields = tuple(f for f in FIELDS if f in policy.intake_fields)
    intake: Sentence = (
        ("privacy.intake", {"fields": fields}) if fields else ("privacy.intake_none", {})
    )
    return (
        (("privacy.never", {}), (kept, {})),
        (intake, ("privacy.unanswered", {})),
        (("privacy.retention", {"retention_days": policy.retention_days}), ("privacy.forget", {})),
        (("privacy.erase", {"hours": ERASE_HOURS}),),
    )


def privacy_notice(kb: Knowledge, lang: str, policy: PrivacyPolicy) -> str:
    """Return the privacy sentences in `lang` as bullet lines."""
    lines = []
    for bullet in privacy_bullets(policy):
        sentences = [_sentence(kb, lang, key, values) for key, values in bullet]
        lines.append("• " + " ".join(sentences))
    return "\n".join(lines)


def fill_privacy(text: str, kb: Knowledge, lang: str, policy: PrivacyPolicy) -> str:
    """Replace the `{privacy}` placeholder in `text`, if any, with the privacy notice."""
    if PLACEHOLDER not in text:
        return text
    return text.replace(PLACEHOLDER, privacy_notice(kb, lang, policy))


def _sentence(kb: Knowledge, lang: str, key: str, values: dict[str, object]) -> str:
    fields = values.get("fields")
    if isinstance(fields, tuple):
        names = [kb.text(lang, f"privacy.field.{name}") for name in fields]
        values = {**values, "fields": ", ".join(names)}
    return kb.text(lang, key, **values)
