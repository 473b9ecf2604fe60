"""Kana to romaji (Hepburn), in the two spellings Japanese hospitals actually use.

``passport`` drops long vowels the way passports and most DICOM alphabetic groups do (さとう -> SATO,
おおの -> ONO); ``wapuro`` keeps every kana (さとう -> SATOU). Both use Hepburn consonants (し shi, ち chi,
つ tsu, ふ fu, じ ji), doubled consonants for っ (っち -> tchi) and ``n`` for ん.
"""

from __future__ import annotations

from typing import Literal

import jaconv

Style = Literal["passport", "wapuro"]

_BASE: dict[str, str] = {
    "あ": "a", "い": "i", "う": "u", "え": "e", "お": "o",
    "か": "ka", "き": "ki", "く": "ku", "け": "ke", "こ": "ko",
    "が": "ga", "ぎ": "gi", "ぐ": "gu", "げ": "ge", "ご": "go",
    "さ": "sa", "し": "shi", "す": "su", "せ": "se", "そ": "so",
    "ざ": "za", "じ": "ji", "ず": "zu", "ぜ": "ze", "ぞ": "zo",
    "た": "ta", "ち": "chi", "つ": "tsu", "て": "te", "と": "to",
    "だ": "da", "ぢ": "ji", "づ": "zu", "で": "de", "ど": "do",
    "な": "na", "に": "ni", "ぬ": "nu", "ね": "ne", "の": "no",
    "は": "ha", "ひ": "hi", "ふ": "fu", "へ": "he", "ほ": "ho",
    "ば": "ba", "び": "bi", "ぶ": "bu", "べ": "be", "ぼ": "bo",
    "ぱ": "pa", "ぴ": "pi", "ぷ": "pu", "ぺ": "pe", "ぽ": "po",
    "ま": "ma", "み": "mi", "む": "mu", "め": "me", "も": "mo",
    "や": "ya", "ゆ": "yu", "よ": "yo",
    "ら": "ra", "り": "ri", "る": "ru", "れ": "re", "ろ": "ro",
    "わ": "wa", "ゐ": "i", "ゑ": "e", "を": "o", "ん": "n",
    "ぁ": "a", "ぃ": "i", "ぅ": "u", "ぇ": "e", "ぉ": "o", "ゔ": "vu",
}  # fmt: skip

_YOON: dict[str, str] = {
    "きゃ": "kya", "きゅ": "kyu", "きょ": "kyo", "ぎゃ": "gya", "ぎゅ": "gyu", "ぎょ": "gyo",
    "しゃ": "sha", "しゅ": "shu", "しょ": "sho", "じゃ": "ja", "じゅ": "ju", "じょ": "jo",
    "ちゃ": "cha", "ちゅ": "chu", "ちょ": "cho", "ぢゃ": "ja", "ぢゅ": "ju", "ぢょ": "jo",
    "にゃ": "nya", "にゅ": "nyu", "にょ": "nyo", "ひゃ": "hya", "ひゅ": "hyu", "ひょ": "hyo",
    "びゃ": "bya", "びゅ": "byu", "びょ": "byo", "ぴゃ": "pya", "ぴゅ": "pyu", "ぴょ": "pyo",
    "みゃ": "mya", "みゅ": "myu", "みょ": "myo", "りゃ": "rya", "りゅ": "ryu", "りょ": "ryo",
    "しぇ": "she", "じぇ": "je", "ちぇ": "che", "てぃ": "ti", "でぃ": "di", "ふぁ": "fa", "ふぃ": "fi",
    "ふぇ": "fe", "ふぉ": "fo", "うぃ": "wi", "うぇ": "we", "うぉ": "wo",
}  # fmt: skip


def _syllables(hira: str) -> list[str]:
    out: list[str] = []
    i = 0
    while i < len(hira):
        pair = hira[i : i + 2]
        if pair in _YOON:
            out.append(_YOON[pair])
            i += 2
            continue
        ch = hira[i]
        if ch == "ー":
            out.append("-")
        elif ch in _BASE:
            out.append(_BASE[ch])
        else:
            out.append(ch)
        i += 1
    return out


def kana_to_romaji(kana: str, style: Style = "passport") -> str:
    """Lower-case Hepburn romaji of hiragana or katakana (full- or half-width) text."""
    hira = jaconv.kata2hira(jaconv.h2z(kana))
    syl = _syllables(hira)
    # small tsu: double the next consonant (ch -> tch)
    merged: list[str] = []
    geminate = False
    for s in syl:
        if s == "っ":
            geminate = True
            continue
        syl_out = s
        if geminate and s and s[0] not in "aeiou":
            syl_out = ("t" + s) if s.startswith("ch") else (s[0] + s)
        geminate = False
        merged.append(syl_out)
    text = ""
    for s in merged:
        if s == "-":  # long-vowel mark: repeat the previous vowel only in wapuro style
            if style == "wapuro" and text:
                text += text[-1]
            continue
        if style == "passport" and text and s in ("u", "o") and text[-1] == "o":
            continue  # おう, おお -> o
        if style == "passport" and text and s == "u" and text[-1] == "u" and len(text) >= 2:
            continue  # ゆう, くう -> yu, ku
        text += s
    return text


def name_romaji(kana: str, style: Style = "passport") -> str:
    """Capitalised romaji for a name part (``やまだ`` -> ``Yamada``)."""
    r = kana_to_romaji(kana, style)
    return r[:1].upper() + r[1:]
