"""The trainer opens only a release that verifies (docs/RELEASE_FORMAT.md): one refusal test per bad condition."""

from __future__ import annotations

import base64
import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from tests.support.releases import SignedRelease, fixed_key, write_release, write_status
from trainer.release import ReleaseRefused, verify_release


@pytest.fixture
def release(tmp_path: Path) -> SignedRelease:
    return write_release(tmp_path / "releases", subjects=6, images_per_subject=2, size=16)


def _verify(rel: SignedRelease, **kw: object) -> object:
    return verify_release(rel.path, trusted_keys=[rel.public_key_hex], **kw)  # type: ignore[arg-type]


def _refused(rel: SignedRelease, reason: str, **kw: object) -> ReleaseRefused:
    with pytest.raises(ReleaseRefused) as info:
        _verify(rel, **kw)
    assert info.value.reason == reason, str(info.value)
    return info.value


def test_valid_release_verifies_and_is_a_bagit_bag(release: SignedRelease) -> None:
    v = _verify(release)
    assert v.release_id == release.release_id  # type: ignore[attr-defined]
    assert v.shape == (12, 16, 16)  # type: ignore[attr-defined]
    assert len(v.manifest_sha256) == 64  # type: ignore[attr-defined]
    assert {r["subject"] for r in v.index["rows"]} == set(release.subjects)  # type: ignore[attr-defined]
    import bagit

    bag = bagit.Bag(str(release.path))
    bag.validate()  # payload and tag manifests agree with the files


def test_tampered_payload_file_is_refused(release: SignedRelease) -> None:
    images = release.path / "data" / "arrays" / "images.u8"
    blob = bytearray(images.read_bytes())
    blob[5] ^= 0xFF
    images.write_bytes(bytes(blob))
    _refused(release, "hash_mismatch")


def test_truncated_file_is_refused(release: SignedRelease) -> None:
    labels = release.path / "data" / "labels" / "labels.jsonl"
    labels.write_bytes(labels.read_bytes()[:-3])
    _refused(release, "size_mismatch")


def test_missing_and_unlisted_files_are_refused(release: SignedRelease) -> None:
    extra = release.path / "data" / "records" / "extra.jsonl"
    extra.write_text("{}\n")
    _refused(release, "unlisted_file")
    extra.unlink()
    (release.path / "data" / "records" / "records.jsonl").unlink()
    _refused(release, "missing_file")


def test_edited_manifest_is_refused_even_with_matching_hashes(release: SignedRelease) -> None:
    manifest = json.loads((release.path / "release.json").read_bytes())
    manifest["expires_at"] = "2099-01-01T00:00:00Z"
    (release.path / "release.json").write_text(json.dumps(manifest))
    _refused(release, "statement")


def test_bad_signature_is_refused(release: SignedRelease) -> None:
    env_path = release.path / "release.intoto.dsse.json"
    env = json.loads(env_path.read_text())
    sig = bytearray(base64.b64decode(env["signatures"][0]["sig"]))
    sig[0] ^= 1
    env["signatures"][0]["sig"] = base64.b64encode(bytes(sig)).decode()
    env_path.write_text(json.dumps(env))
    _refused(release, "signature")


def test_release_signed_by_an_untrusted_key_is_refused(tmp_path: Path) -> None:
    rel = write_release(tmp_path / "r", subjects=4, images_per_subject=1, size=16, key=fixed_key(7), with_dicom=False)
    with pytest.raises(ReleaseRefused) as info:
        verify_release(rel.path, trusted_keys=[fixed_key(0).public_key().public_bytes_raw().hex()])
    assert info.value.reason == "signature"
    assert verify_release(rel.path, trusted_keys=[rel.public_key_hex]).release_id == rel.release_id


def test_revoked_release_is_refused(release: SignedRelease) -> None:
    write_status(release, state="revoked")
    _refused(release, "revoked")


def test_superseded_release_is_refused(release: SignedRelease) -> None:
    write_status(release, state="superseded", superseded_by="rel-test-0002")
    _refused(release, "superseded")


def test_expired_release_is_refused(tmp_path: Path) -> None:
    created = datetime.now(UTC) - timedelta(days=10)
    rel = write_release(
        tmp_path / "r", subjects=4, images_per_subject=1, size=16, now=created, valid_for=timedelta(days=5),
        with_dicom=False,
    )  # fmt: skip
    write_status(rel)  # a fresh "released" status does not rescue an expired manifest
    _refused(rel, "expired")
    write_status(rel, state="expired")
    _refused(rel, "expired")


def test_status_expiry_is_enforced_at_start_time(release: SignedRelease) -> None:
    write_status(release, expires_at=datetime.now(UTC) + timedelta(hours=1))
    _verify(release)
    _refused(release, "expired", now=datetime.now(UTC) + timedelta(hours=2), status_max_age=timedelta(days=1))


def test_withdrawn_subjects_are_refused(release: SignedRelease) -> None:
    write_status(release, withdrawn_subjects=[release.subjects[2]])
    err = _refused(release, "withdrawn")
    assert release.subjects[2] not in str(err)


def test_stale_status_is_refused(release: SignedRelease) -> None:
    write_status(release, issued_at=datetime.now(UTC) - timedelta(hours=25))
    _refused(release, "stale_status")
    _verify(release, status_max_age=timedelta(hours=48))


def test_status_signed_by_another_key_or_missing_is_refused(release: SignedRelease) -> None:
    write_status(release, key=fixed_key(9))
    _refused(release, "status_signature")
    release.status_path.unlink()
    _refused(release, "status_missing")


def test_status_of_another_release_is_refused(tmp_path: Path) -> None:
    a = write_release(tmp_path / "r", release_id="rel-a", subjects=3, images_per_subject=1, size=16, with_dicom=False)
    b = write_release(tmp_path / "r", release_id="rel-b", subjects=3, images_per_subject=1, size=16, with_dicom=False)
    b.status_path.replace(a.status_path)
    _refused(a, "status_mismatch")


def test_url_safe_base64_envelope_is_accepted(release: SignedRelease) -> None:
    env_path = release.path / "release.intoto.dsse.json"
    env = json.loads(env_path.read_text())
    for field, holder in (("payload", env), ("sig", env["signatures"][0])):
        raw = base64.b64decode(holder[field])
        holder[field] = base64.urlsafe_b64encode(raw).decode().rstrip("=")
    env_path.write_text(json.dumps(env))
    assert _verify(release).release_id == release.release_id  # type: ignore[attr-defined]
    env["payload"] = "!!not base64!!"
    env_path.write_text(json.dumps(env))
    _refused(release, "signature")
