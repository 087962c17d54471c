"""Derive per-purpose keys from GYEOT_SECRET_KEY: pseudonymous user keys and field encryption.

Every purpose gets its own HKDF-SHA256 sub-key, so a user key, a link tag and a ciphertext
made from the same secret cannot be joined with each other.

- `user_key(channel, id)` is hex HMAC-SHA256 over `channel:id`: pseudonymous and not reversible.
  An unkeyed hash of a Telegram id is not a pseudonym (the id space is brute-forced in about
  two core-hours), so there is no plain-hash fallback.
- `encrypt` is AES-256-GCM with a random 12-byte nonce. A blob is
  `version (1 byte) || nonce (12) || ciphertext+tag`. The associated data names
  table|column|row, so a value copied into another row or column does not decrypt.
- Several secrets may be loaded under distinct versions: the current one encrypts, all of
  them decrypt, so `SqliteStore.rotate_keys()` can re-encrypt old values. `from_secrets`
  numbers each secret by its fingerprint (`key_id`), so operators never manage versions.
- User keys and link tags come from the pseudonym secret (`GYEOT_PSEUDONYM_KEY`, by default
  the current secret). It must never change while the database lives, or every session is
  orphaned; so rotating the encryption key means pinning the pseudonym secret to the old
  key first. `pseudonym_check` lets the store refuse a wrong pseudonym secret.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import secrets
from collections.abc import Mapping

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from storage.errors import SecretKeyError, StorageError

MIN_SECRET_BYTES = 16
NONCE_BYTES = 12
TAG_BYTES = 16
KEY_CHECK_AAD = "meta|key_check"
_KEY_CHECK_PLAINTEXT = b"gyeot key check v1"
_HKDF_SALT = b"gyeot/keyring/v1"
_MISMATCH = (
    "GYEOT_SECRET_KEY does not match the key this database was written with. Set "
    "GYEOT_SECRET_KEY back to that key (or load it as a previous key version). If that key "
    "is lost, the encrypted values cannot be recovered: move the database file aside to "
    "start with an empty one."
)


def _derive(secret: bytes, purpose: str) -> bytes:
    hkdf = HKDF(algorithm=hashes.SHA256(), length=32, salt=_HKDF_SALT, info=purpose.encode())
    return hkdf.derive(secret)


def _secret_bytes(secret: bytes | str) -> bytes:
    raw = secret.strip().encode() if isinstance(secret, str) else secret
    if len(raw) < MIN_SECRET_BYTES:
        raise SecretKeyError(
            f"GYEOT_SECRET_KEY is too short ({len(raw)} bytes; at least {MIN_SECRET_BYTES} "
            'are needed). Generate one with `python -c "import secrets; '
            'print(secrets.token_urlsafe(32))"`.'
        )
    return raw


_PSEUDONYM_CHECK = b"gyeot pseudonym check v1"
_PSEUDONYM_MISMATCH = (
    "the pseudonym key (GYEOT_PSEUDONYM_KEY, or GYEOT_SECRET_KEY while that is unset) is not "
    "the one this database's user keys were made with: every conversation would start afresh "
    "and /forget could not find anyone. Set GYEOT_PSEUDONYM_KEY to the key the database was "
    "started with (after a key rotation: the previous GYEOT_SECRET_KEY)."
)


def key_id(secret: bytes | str) -> int:
    """Return the key version (1-255) a secret is known by: a fingerprint, not a secret."""
    return 1 + _derive(_secret_bytes(secret), "key-id")[0] % 255


def _label(aad: str) -> str:
    """Name table.column of an associated-data string, never its row part (may be a key)."""
    return ".".join(aad.split("|")[:2])


class Keyring:
    """Hold the secret's purpose keys; encrypt with the current version, decrypt with any."""

    def __init__(
        self,
        secret: bytes | str,
        *,
        version: int = 1,
        previous: Mapping[int, bytes | str] | None = None,
        pseudonym: bytes | str | None = None,
    ) -> None:
        """Derive the sub-keys; `previous` maps older versions to their secrets.

        `pseudonym` is the secret user keys and link tags come from (default: `secret`).
        """
        older = dict(previous or {})
        if not 1 <= version <= 255 or any(not 1 <= v <= 255 for v in older):
            raise SecretKeyError("key versions must be between 1 and 255")
        if version in older:
            raise SecretKeyError(f"key version {version} is given twice")
        current = _secret_bytes(secret)
        self._version = version
        self._aead = {version: AESGCM(_derive(current, "aes-gcm"))}
        for old_version, old_secret in older.items():
            self._aead[old_version] = AESGCM(_derive(_secret_bytes(old_secret), "aes-gcm"))
        pseudonymous = current if pseudonym is None else _secret_bytes(pseudonym)
        self._user_key = _derive(pseudonymous, "user-key")
        self._link_key = _derive(pseudonymous, "link-tag")
        check_key = _derive(pseudonymous, "pseudonym-check")
        self._pseudonym_check = hmac.new(check_key, _PSEUDONYM_CHECK, hashlib.sha256).digest()

    @classmethod
    def from_secrets(
        cls,
        current: bytes | str,
        *,
        previous: bytes | str | None = None,
        pseudonym: bytes | str | None = None,
    ) -> Keyring:
        """Build a keyring whose versions are the secrets' fingerprints (`key_id`)."""
        version = key_id(current)
        older: dict[int, bytes | str] = {}
        if previous is not None:
            if _secret_bytes(previous) == _secret_bytes(current):
                raise SecretKeyError(
                    "GYEOT_SECRET_KEY_PREVIOUS is the same as GYEOT_SECRET_KEY: set "
                    "GYEOT_SECRET_KEY to the new key and the old one in _PREVIOUS"
                )
            if key_id(previous) == version:
                raise SecretKeyError(
                    "the new GYEOT_SECRET_KEY has the same key id as GYEOT_SECRET_KEY_PREVIOUS "
                    "(a 1 in 255 chance): generate another new key and use that"
                )
            older[key_id(previous)] = previous
        return cls(current, version=version, previous=older, pseudonym=pseudonym)

    def __repr__(self) -> str:
        """Show versions only, never key material."""
        return f"Keyring(version={self._version}, versions={sorted(self._aead)})"

    @staticmethod
    def generate_secret() -> str:
        """Return a fresh random secret suitable for GYEOT_SECRET_KEY."""
        return secrets.token_urlsafe(32)

    @property
    def version(self) -> int:
        """The key version new values are encrypted with."""
        return self._version

    def user_key(self, channel: str, platform_id: int | str) -> str:
        """Return her pseudonymous key: hex HMAC-SHA256 of `channel:platform_id`."""
        if not channel or ":" in channel:
            raise ValueError("channel must be a non-empty name without ':'")
        message = f"{channel}:{platform_id}".encode()
        return hmac.new(self._user_key, message, hashlib.sha256).hexdigest()

    def link_tag(self, value: str, salt: bytes) -> bytes:
        """Return a salted keyed tag of `value`, to find rows again without storing it."""
        return hmac.new(self._link_key, salt + value.encode(), hashlib.sha256).digest()

    def encrypt(self, plaintext: bytes, *, aad: str) -> bytes:
        """Encrypt under the current version, binding `aad` (table|column|row)."""
        header = bytes([self._version])
        nonce = os.urandom(NONCE_BYTES)
        sealed = self._aead[self._version].encrypt(nonce, plaintext, header + aad.encode())
        return header + nonce + sealed

    def decrypt(self, blob: bytes, *, aad: str) -> bytes:
        """Decrypt a blob from `encrypt`; raise `SecretKeyError` rather than return garbage."""
        if len(blob) < 1 + NONCE_BYTES + TAG_BYTES:
            raise StorageError(
                f"an encrypted value in {_label(aad)} is truncated; the database file is "
                "damaged: restore it from a backup"
            )
        version, nonce, sealed = blob[0], blob[1 : 1 + NONCE_BYTES], blob[1 + NONCE_BYTES :]
        aead = self._aead.get(version)
        if aead is None:
            raise SecretKeyError(
                f"a value in {_label(aad)} was encrypted with key version {version}, which "
                f"is not loaded. {_MISMATCH}"
            )
        try:
            return aead.decrypt(nonce, sealed, bytes([version]) + aad.encode())
        except InvalidTag as exc:
            raise SecretKeyError(
                f"cannot decrypt a value in {_label(aad)}: it was altered or moved from "
                f"another row, or {_MISMATCH}"
            ) from exc

    def encrypt_text(self, text: str, *, aad: str) -> bytes:
        """Encrypt a string as UTF-8."""
        return self.encrypt(text.encode(), aad=aad)

    def decrypt_text(self, blob: bytes, *, aad: str) -> str:
        """Decrypt a blob made by `encrypt_text`."""
        return self.decrypt(blob, aad=aad).decode()

    def key_check(self) -> bytes:
        """Return a fresh check value that proves, later, which key wrote the database."""
        return self.encrypt(_KEY_CHECK_PLAINTEXT, aad=KEY_CHECK_AAD)

    def pseudonym_check(self) -> bytes:
        """Return a keyed tag that proves, later, which pseudonym secret made the user keys."""
        return self._pseudonym_check

    def verify_pseudonym_check(self, blob: bytes) -> None:
        """Raise `SecretKeyError` unless `blob` came from `pseudonym_check` of this secret."""
        if not hmac.compare_digest(blob, self._pseudonym_check):
            raise SecretKeyError(_PSEUDONYM_MISMATCH)

    def verify_key_check(self, blob: bytes) -> None:
        """Raise `SecretKeyError` unless `blob` was made by `key_check` with a loaded key."""
        try:
            plaintext = self.decrypt(blob, aad=KEY_CHECK_AAD)
        except SecretKeyError as exc:
            raise SecretKeyError(_MISMATCH) from exc
        if not hmac.compare_digest(plaintext, _KEY_CHECK_PLAINTEXT):
            raise SecretKeyError(_MISMATCH)
