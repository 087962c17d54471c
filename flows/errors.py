"""Errors of the flows package."""

from __future__ import annotations


class FlowError(Exception):
    """Root of every flows error."""


class StoreError(FlowError):
    """A port implementation could not do its job; the message says what to do."""
