"""Errors of the knowledge package: one root, with the file and field in the message."""

from __future__ import annotations

from pathlib import Path


class KnowledgeError(Exception):
    """Root of every knowledge error."""


class KnowledgeFileError(KnowledgeError):
    """A knowledge file is missing, unreadable or invalid; names the file and the field."""

    def __init__(self, path: Path | str, message: str) -> None:
        """Keep the path so callers can point the admin at it."""
        self.path = Path(path)
        super().__init__(f"{self.path}: {message}")
