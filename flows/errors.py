"""Errors of the flows package."""

from __future__ import annotations


class FlowError(Exception):
    """Root of every flows error."""


class StoreError(FlowError):
    """A port implementation could not do its job; the message says what to do."""


class AlreadyHandled(StoreError):
    """Another process handled this inbox event first; this commit was rolled back.

    Several processes share one database, and an event's claim is a lease: a process starved
    of CPU past it may still be handling the event when another takes it over. The commit
    that marks the event done is therefore fenced: only the first one commits.
    """
