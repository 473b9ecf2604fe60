"""Signed notes and checkpoints: known answers from the Go reference implementation (golang.org/x/mod/sumdb/note
documentation) and the C2SP signed-note specification, and rejection of altered notes."""

from __future__ import annotations

import base64

import pytest

from audit import CheckpointError
from audit.checkpoint import Checkpoint, open_checkpoint, sign_checkpoint
from audit.note import NoteSigner, NoteVerifier, open_note, sign_note
from audit.sinks import CheckpointSink, DirectorySink

GO_SKEY = "PRIVATE+KEY+PeterNeumann+c74f20a3+AYEKFALVFGyNhPJEMzD1QIDr+Y7hfZx09iUvxdXHKDFz"
GO_VKEY = "PeterNeumann+c74f20a3+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW"
GO_TEXT = "If you think cryptography is the answer to your problem,\nthen you don't know what your problem is.\n"
GO_SIG = (
    "\u2014 PeterNeumann x08go/ZJkuBS9UG/SffcvIAQxVBtiFupLLr8pAcElZInNIuGUgYN1FFYC2pZSNXgKvqfqdngotpRZb6KE6RyyBwJnAM=\n"
)
SPEC_VKEY = "example.com/foo+530d903a+AekyeRrm56hApGFkyQR4ZCbV54Id2LKaANYcrnKv3U2k"
SPEC_NOTE = (
    "This is an example message.\n\n"
    "\u2014 example.com/foo "
    "Uw2QOkn8srV1yJGh2VYRlL1Tnagv1YEq6TfXppzi2ONncAlTgK7Ztg1ERYNZXsYjOBH3mFXmRKuwHjG1Yu72IneyaQM=\n"
)


def test_reference_signer_reproduces_the_reference_note():
    signer = NoteSigner.decode(GO_SKEY)
    assert signer.encode() == GO_SKEY
    assert signer.verifier.encode() == GO_VKEY
    assert sign_note(GO_TEXT, [signer]) == GO_TEXT + "\n" + GO_SIG
    assert "AYEKFALV" not in repr(signer)


def test_reference_notes_verify():
    assert open_note(GO_TEXT + "\n" + GO_SIG, [NoteVerifier.decode(GO_VKEY)]).text == GO_TEXT
    spec = open_note(SPEC_NOTE, [NoteVerifier.decode(SPEC_VKEY)])
    assert spec.text == "This is an example message.\n"
    assert spec.verified_by == ("example.com/foo",)


@pytest.mark.parametrize(
    "note",
    [
        GO_TEXT.replace("problem,", "problem;") + "\n" + GO_SIG,  # altered text
        GO_TEXT + "\n" + GO_SIG.replace("x08go", "x08gp"),  # altered signature
        GO_TEXT + GO_SIG,  # no blank line
        GO_TEXT + "\n" + GO_SIG.replace("\u2014", "-"),  # not an em dash
        GO_TEXT + "\n",  # no signature
    ],
)
def test_altered_or_malformed_notes_are_rejected(note):
    with pytest.raises(CheckpointError):
        open_note(note, [NoteVerifier.decode(GO_VKEY)])


def test_unknown_keys_are_ignored_but_not_enough():
    other = NoteSigner.generate("other")
    note = sign_note(GO_TEXT, [other, NoteSigner.decode(GO_SKEY)])
    assert open_note(note, [NoteVerifier.decode(GO_VKEY)]).verified_by == ("PeterNeumann",)
    with pytest.raises(CheckpointError, match="trusted"):
        open_note(sign_note(GO_TEXT, [other]), [NoteVerifier.decode(GO_VKEY)])


@pytest.mark.parametrize(
    "vkey",
    [
        GO_VKEY.replace("c74f20a3", "c74f20a4"),  # wrong key hash
        "PeterNeumann+cc469956+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TWBADKEY==",  # wrong length
        "PeterNeumann+173116ae+ZRpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW",  # unknown algorithm
        GO_VKEY[:-4],
        "Peter Neumann+c74f20a3+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW",
    ],
)
def test_bad_verifier_keys(vkey):
    with pytest.raises(CheckpointError):
        NoteVerifier.decode(vkey)


def test_checkpoint_round_trip_and_format():
    signer = NoteSigner.generate("sekisho-audit")
    cp = Checkpoint("sekisho.local/audit", 42, bytes(range(32)), ("time 2026-11-27T00:00:00.000000Z",))
    note = sign_checkpoint(cp, signer)
    lines = note.split("\n")
    assert lines[:4] == ["sekisho.local/audit", "42", base64.b64encode(bytes(range(32))).decode(), cp.extensions[0]]
    assert lines[4] == "" and lines[5].startswith("\u2014 sekisho-audit ")
    opened = open_checkpoint(note, [signer.verifier], origin="sekisho.local/audit")
    assert opened == cp and opened.time == "2026-11-27T00:00:00.000000Z"
    with pytest.raises(CheckpointError, match="origin"):
        open_checkpoint(note, [signer.verifier], origin="other.example/log")


@pytest.mark.parametrize(
    "body",
    [
        "origin\n042\n" + base64.b64encode(bytes(32)).decode() + "\n",  # leading zero
        "origin\n-1\n" + base64.b64encode(bytes(32)).decode() + "\n",
        "origin\n1\n" + base64.b64encode(bytes(31)).decode() + "\n",
        "origin\n1\n",
        "\n1\n" + base64.b64encode(bytes(32)).decode() + "\n",
    ],
)
def test_malformed_checkpoints(body):
    with pytest.raises(CheckpointError):
        Checkpoint.parse(body)


def test_directory_sink_never_overwrites(tmp_path):
    sink = DirectorySink(tmp_path / "cps")
    assert isinstance(sink, CheckpointSink)
    path = sink.publish("000000000001-x.checkpoint", "note one\n")
    assert sink.publish("000000000001-x.checkpoint", "note one\n") == path
    with pytest.raises(FileExistsError):
        sink.publish("000000000001-x.checkpoint", "another note\n")
    with pytest.raises(ValueError):
        sink.publish("../escape.checkpoint", "x\n")
    assert [p.name for p in sink.notes()] == ["000000000001-x.checkpoint"]
    assert not list((tmp_path / "cps").glob(".tmp-*"))
