"""Character sets. Input: whatever pydicom decodes (ISO 2022 IR 6/13/87/159 with code extensions, ISO_IR 192,
Shift_JIS-like private encodings are not DICOM and fail decoding). Output: if any text value that remains holds a
non-ASCII character, the whole output is written as ISO_IR 192 (UTF-8) and SpecificCharacterSet says so: one
self-describing encoding, no escape sequences, every Japanese script (kanji, kana, half-width kana) representable.
An all-ASCII output carries no SpecificCharacterSet (the default repertoire). Sequence items never carry their
own SpecificCharacterSet in the output.

``encodings_of`` gives the byte forms under which an identifier could hide in raw bytes: UTF-8, Shift_JIS (cp932),
EUC-JP, and the ISO 2022 forms (JIS X 0208 after ``ESC $ B``, JIS X 0212 after ``ESC $ ( D``).
"""

from __future__ import annotations

OUTPUT_CHARSET = "ISO_IR 192"


def is_ascii(text: str) -> bool:
    return text.isascii()


def encodings_of(text: str) -> set[bytes]:
    out: set[bytes] = set()
    for codec in ("utf-8", "cp932", "euc_jp", "iso2022_jp_ext", "iso2022_jp_1"):
        try:
            b = text.encode(codec)
        except UnicodeEncodeError:
            continue
        # ISO 2022: keep the designation of the first multibyte run (ESC $ B ...) but not the final return to
        # ASCII, so a name at the end of a longer run still matches
        if codec.startswith("iso2022") and b.endswith(b"\x1b(B"):
            b = b[:-3]
        out.add(b)
    return out
