"""The keyring: pseudonymous user keys and authenticated field encryption."""

from __future__ import annotations

import hashlib

import pytest

from storage import Keyring, SecretKeyError, StorageError
from tests.storage.conftest import SECRET


def test_a_user_key_is_stable_for_the_same_secret() -> None:
    """The same person on the same channel always gets the same key."""
    assert Keyring(SECRET).user_key("telegram", 7391048265) == Keyring(SECRET).user_key(
        "telegram", "7391048265"
    )


def test_a_user_key_depends_on_channel_and_secret() -> None:
    """Another channel or another secret gives an unrelated key."""
    keys = {
        Keyring(SECRET).user_key("telegram", 1),
        Keyring(SECRET).user_key("terminal", 1),
        Keyring("another-secret-0123456789abcdef").user_key("telegram", 1),
    }
    assert len(keys) == 3


def test_a_user_key_is_not_a_plain_hash() -> None:
    """The key is keyed: it is neither the id nor any unkeyed hash of it."""
    key = Keyring(SECRET).user_key("telegram", 7391048265)
    assert "7391048265" not in key
    assert key != hashlib.sha256(b"telegram:7391048265").hexdigest()
    assert len(key) == 64


def test_a_channel_with_a_colon_is_refused() -> None:
    """`a:b` + `c` must not collide with `a` + `b:c`."""
    with pytest.raises(ValueError, match="channel"):
        Keyring(SECRET).user_key("tele:gram", 1)


def test_a_short_secret_is_refused_with_instructions() -> None:
    """A weak secret fails at once and says how to make a good one."""
    with pytest.raises(SecretKeyError, match=r"too short.*secrets\.token_urlsafe"):
        Keyring("short")


def test_a_generated_secret_is_accepted() -> None:
    """`generate_secret` makes a secret the keyring takes."""
    assert Keyring(Keyring.generate_secret()).version == 1


def test_a_string_secret_ignores_surrounding_whitespace() -> None:
    """A secret read from a file with a trailing newline is the same secret."""
    assert Keyring(SECRET + "\n").user_key("t", 1) == Keyring(SECRET).user_key("t", 1)


def test_encryption_round_trips() -> None:
    """What goes in comes out, with the same associated data."""
    ring = Keyring(SECRET)
    blob = ring.encrypt("곁에 있을게요".encode(), aad="routes|route|k")
    assert ring.decrypt(blob, aad="routes|route|k").decode() == "곁에 있을게요"


def test_the_blob_is_version_nonce_ciphertext_tag() -> None:
    """Format: 1 version byte, 12 nonce bytes, then ciphertext and a 16-byte tag."""
    blob = Keyring(SECRET, version=7).encrypt(b"abc", aad="x|y|z")
    assert (blob[0], len(blob)) == (7, 1 + 12 + 3 + 16)


def test_the_same_plaintext_encrypts_differently_each_time() -> None:
    """A fresh nonce per value: equal plaintexts do not give equal blobs."""
    ring = Keyring(SECRET)
    assert ring.encrypt(b"abc", aad="a|b|c") != ring.encrypt(b"abc", aad="a|b|c")


def test_other_associated_data_fails() -> None:
    """A value bound to one row does not decrypt as another row's value."""
    ring = Keyring(SECRET)
    blob = ring.encrypt(b"chat-1", aad="routes|route|her")
    with pytest.raises(SecretKeyError, match="altered or moved"):
        ring.decrypt(blob, aad="routes|route|other")


def test_a_wrong_key_raises_instead_of_returning_garbage() -> None:
    """Decrypting with another secret under the same version is an error, never bytes."""
    blob = Keyring(SECRET).encrypt(b"chat-1", aad="a|b|c")
    with pytest.raises(SecretKeyError, match="GYEOT_SECRET_KEY does not match"):
        Keyring("another-secret-0123456789abcdef").decrypt(blob, aad="a|b|c")


def test_an_unknown_version_names_it() -> None:
    """A value from a key version that is not loaded says which version it needs."""
    blob = Keyring(SECRET, version=3).encrypt(b"x", aad="a|b|c")
    with pytest.raises(SecretKeyError, match="key version 3"):
        Keyring(SECRET).decrypt(blob, aad="a|b|c")


def test_the_error_never_shows_the_row_part_of_the_associated_data() -> None:
    """Messages name table.column only, since the row part may be a user key."""
    blob = Keyring(SECRET).encrypt(b"x", aad="routes|route|secret-user-key")
    with pytest.raises(SecretKeyError) as info:
        Keyring(SECRET).decrypt(blob, aad="routes|route|other-user-key")
    assert ("routes.route" in str(info.value), "user-key" in str(info.value)) == (True, False)


def test_a_truncated_blob_is_damage_not_a_key_problem() -> None:
    """Too few bytes to hold nonce and tag is reported as a damaged file."""
    with pytest.raises(StorageError, match="truncated"):
        Keyring(SECRET).decrypt(b"\x01abc", aad="a|b|c")


def test_old_versions_decrypt_and_the_newest_encrypts() -> None:
    """With several versions loaded, old blobs read and new ones use the current version."""
    old = Keyring(SECRET).encrypt(b"v1", aad="a|b|c")
    ring = Keyring("a-brand-new-secret-for-version-2", version=2, previous={1: SECRET})
    assert ring.decrypt(old, aad="a|b|c") == b"v1"
    assert ring.encrypt(b"v2", aad="a|b|c")[0] == 2


def test_a_version_given_twice_is_refused() -> None:
    """The current version cannot also be a previous one."""
    with pytest.raises(SecretKeyError, match="twice"):
        Keyring(SECRET, version=1, previous={1: SECRET})


def test_the_repr_shows_no_key_material() -> None:
    """Printing a keyring shows versions only."""
    assert repr(Keyring(SECRET, version=2, previous={1: SECRET})) == (
        "Keyring(version=2, versions=[1, 2])"
    )


def test_the_key_check_detects_another_secret() -> None:
    """A check value made by one secret is refused by another."""
    check = Keyring(SECRET).key_check()
    Keyring(SECRET).verify_key_check(check)
    with pytest.raises(SecretKeyError, match="does not match the key this database"):
        Keyring("another-secret-0123456789abcdef").verify_key_check(check)
