"""PERSON and ADDRESS in correspondence: chat logs, e-mails between staff and letters written by patients.

Structure, not vocabulary: the speaker after a chat time stamp (``[15:42] 保坂:``), ``@`` mentions, the writer
naming themselves after a greeting (``お疲れ様です。檜垣です。``, ``いつもありがとうございます。じんぼです``), a
letter's closing signature line (``神保 善治郎より``), a family member after a kinship word written in kana or
kanji (``むすめのいおりが``), initials before an honorific (``N.S.先生``) or as a reader pair (``(C.I./N.S.)``),
and a place before a moving or living expression (``白金にひっこして``, ``千塚のいえに``)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from presidio_analyzer import RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from gateway.scrub.text.data import load
from gateway.scrub.text.nlp import Morph
from gateway.scrub.text.recognizers.base import HIRAGANA, KANJI, KATAKANA, JaRecognizer, Span, trie_regex

_CTX = load("person_context")
_NEVER = frozenset(_CTX["never_name"])
_NEEDS_SEP = frozenset(_CTX["separator_required"])
_LABELS = sorted((w for w in _CTX["label_prefixes"] if not w.isascii()), key=len, reverse=True)
_RUN = f"[{KANJI}{HIRAGANA}{KATAKANA}]"
_CHAT = re.compile(
    rf"(?m)^[ \u3000]*[\[【(]?\d{{1,2}}:\d{{2}}(?::\d{{2}})?[\]】)]?[ \u3000]+(?P<v>{_RUN}{{1,8}})"
    r"(?:[(（][^()（）\n]{1,8}[)）])?[ \u3000]?[:：]"  # a role in brackets may follow: ショウジ(訪看)：
)
# speakers that are units, not people: 10:05 薬剤部：
_UNIT_END = ("部", "科", "課", "室", "棟", "局", "センター", "ステーション", "病院", "外来", "薬局")
_MENTION = re.compile(rf"[@＠](?P<v>[{KANJI}{KATAKANA}]{{1,8}}|[{HIRAGANA}]{{2,8}})")
_GREETING = (
    r"(?:お疲れ様です|お疲れさまです|おつかれさまです|お世話になっております|お世話になります|"
    r"ありがとうございます|こんにちは|こんばんは|失礼いたします|失礼します)"
)
_SELF_INTRO = re.compile(
    rf"{_GREETING}[。、!！\s]*(?P<v>{_RUN}{{1,10}}?|{_RUN}{{1,6}}[ \u3000]{_RUN}{{1,6}})"
    r"(?:です|と申します|でございます)"
)
_SIGNATURE = re.compile(rf"(?m)^[ \u3000]*(?P<v>{_RUN}{{1,12}}|{_RUN}{{1,8}}[ \u3000]{_RUN}{{1,8}})より[ \u3000。]*$")
_KIN = (
    r"(?:むすこ|むすめ|まご|よめ|おっと|つま|あに|あね|おとうと|いもうと|おい|めい|"
    r"息子|娘|嫁|婿|主人|家内|孫|甥|姪)"
)
_KIN_NAME = re.compile(rf"{_KIN}の[ \u3000]?(?P<v>[{HIRAGANA}]{{2,8}}|[{KANJI}{KATAKANA}]{{1,6}})")
_PARTICLE_END = re.compile("(?:が|と|に|は|を|も|へ|の|から|より)$")
_RELATION = (
    r"(?:息子|娘|嫁|婿|妻|夫|主人|家内|長男|長女|次男|次女|三男|三女|孫|母|父|姉|兄|弟|妹|甥|姪|義母|義父|"
    r"むすこ|むすめ|よめ|つま|おっと|まご|はは|ちち|あね|あに|おとうと|いもうと)"
)
# a writer naming themselves by their relation to the patient: 渡嘉敷の息子です, 十河 嫁です, 六角の家内でございます
_RELATION_INTRO = re.compile(
    rf"(?<![{KANJI}{HIRAGANA}{KATAKANA}])(?P<v>[{KANJI}]{{1,4}}|[{KATAKANA}]{{2,6}}|[{HIRAGANA}]{{2,6}}?)"
    rf"(?:の|[ \u3000])(?:{_RELATION})(?:です|と申します|でございます)"
)
# a parent or sibling named after a kinship word (母のマツが, 父の重蔵は): only a value that looks like a given name (a
# kanji name ending or a short kana word) before a particle or honorific, and not a common noun of the dictionary
# (母の介護が, 父のケアは stay)
_PARENT_NAME = re.compile(
    r"(?:母|父|祖母|祖父|姉|兄|弟|妹|はは|ちち)の[ \u3000]?"
    rf"(?P<v>[{KANJI}]{{1,2}}[子美江代郎雄夫男枝恵蔵衛吉作造]|[{KATAKANA}]{{2,3}}|[{HIRAGANA}]{{2,3}})"
    r"(?=が|は|と|に|を|も|さん|様|[、。 \u3000])"
)
# the writer's sign-off: 以上、六角でした / a surname alone in brackets on the last line of a note (（蓬田）)
_SIGN_OFF = re.compile(
    rf"(?:以上|よろしくお願いします|よろしくお願いいたします)[、。 \u3000]*(?P<v>[{KANJI}]{{1,4}})(?:でした|です)"
)
_BRACKET_LAST = re.compile(rf"[(（](?P<v>[{KANJI}]{{2,4}})[)）][ \u3000]*$")
_NOTE_WORD_END = tuple("略中済続記了定要無有可否欠未明")
_RELATION_WORDS = frozenset(
    {"患者", "本人", "ご本人", "患者様", "利用者", "入居者", "私", "わたし", "うち", "そちら", "こちら"}
)
_KANA_CHARS = frozenset(chr(c) for c in range(0x3041, 0x30FF))
_KIN_STOP = frozenset(
    {
        "こと",
        "もの",
        "ため",
        "ほう",
        "ところ",
        "まま",
        "よう",
        "ころ",
        "ほか",
        "かた",
        "ぶん",
        "ケア",
        "がん",
        "ガン",
        "メモ",
        "ミス",
        "ペース",
        "サイン",
        "ケース",
        "ヘルパー",
        "デイ",
        "ショート",
        "ベッド",
        "トイレ",
        "ホーム",
    }
)
_INITIALS = re.compile(
    r"(?<![A-Za-z.])(?P<v>[A-Z]\.[ ]?[A-Z]\.)(?=[ ]?(?:先生|様|さん|くん|君|ちゃん|医師|Dr|氏))"
    r"|[(（](?P<a>[A-Z]\.[A-Z]\.)/(?P<b>[A-Z]\.[A-Z]\.)[)）]"
)
_PLACE_MOVE = re.compile(
    rf"(?P<v>[{KANJI}{KATAKANA}ヶ]{{2,6}})(?:(?:に|へ|から)(?:ひっこ|引っ越|引越|転居|うつり|移り住|移って)"
    r"|(?:のいえ|の家|の自宅|のうち|在住|にすんで|に住んで))"
)
# a form line: a person label at the line start, then a name that fills the rest of the line (stray OCR spaces
# inside it, an annotation such as （署名） before it, 印/様/先生 after it, or the name broken over two lines)
_LABEL_LINE = re.compile(
    rf"(?m)^[ \u3000・■□◆●]*[{KANJI}]{{0,4}}?(?P<label>{trie_regex(_LABELS)})"
    rf"(?P<sep>[ \u3000]*[:：]?[ \u3000]*(?:[(（][{KANJI}]{{1,4}}[)）])?[ \u3000]*)"
    rf"(?P<v>{_RUN}{{1,8}}(?:[ \u3000]{{1,2}}{_RUN}{{1,8}}){{0,6}})"
    rf"(?:\n(?P<cont>[{KANJI}{KATAKANA}{HIRAGANA}]{{1,4}})(?=[ \u3000]*(?:印|様|殿|先生)))?"
    r"(?=[ \u3000]*(?:印|様|殿|先生|[(（]|$))"
)
# the end of a facility or of an occupation (漁師の家, 農家, 会社員), not of a place
_NOT_PLACE_END = (
    "家",
    "宅",
    "院",
    "所",
    "設",
    "ホーム",
    "センター",
    "施設",
    "病棟",
    "室",
    "師",
    "者",
    "員",
    "業",
    "主",
)
# places that point at no place: 県外在住, 近隣在住, 現住地に移り住み
_GENERIC_PLACES = frozenset(
    {"県外", "市外", "県内", "市内", "近隣", "近所", "現住地", "同市", "同県", "同町", "同地", "地元", "郊外", "国外"}
    | {"海外", "都外", "府外", "道外", "町内", "区内", "都内", "村内", "当地", "他県", "他市", "遠方", "実家", "現地"}
)


_PLACE_HINT = re.compile("ひっこ|引っ越|引越|転居|うつり|移り住|移って|のいえ|の家|の自宅|のうち|在住|すんで|住んで")


def _places(text: str) -> list[re.Match[str]]:
    if _PLACE_HINT.search(text) is None:
        return []
    return [
        m
        for m in _PLACE_MOVE.finditer(text)
        if not m.group("v").endswith(_NOT_PLACE_END) and m.group("v") not in _NEVER | _GENERIC_PLACES
    ]


# words that show the rest of a line is a sentence or a clinical phrase, not a name
_NAME_STOP = re.compile(
    "(?:です|ます|した|する|あり|なし|について|による|及び|および|[のをはがにでと][^ \u3000]{0,1}$)"
)


# a kanji word with a hiragana tail of two or more is a phrase (不在のため, 説明した), not a name
_OKURIGANA_TAIL = re.compile(f"[{KANJI}][{HIRAGANA}]{{2,}}$")


_ROLE_WORDS = tuple(sorted({w for w in (*_CTX["prefixes"], *_CTX["label_prefixes"]) if len(w) >= 2}, key=len))
_KANA_VALUE = re.compile(f"[{HIRAGANA}{KATAKANA} \u3000]+")
_PARTICLE_START = re.compile("[はがのをにでともへや]")
# one-character kinship words that stand before a relative's name in a form line (キーパーソン：甥 川崎 希)
_KIN_CHARS = frozenset("甥姪孫妻夫母父姉兄弟妹娘嫁婿")
_TRAILING = ("印", "様", "殿", "先生", "署名", "自署", "捺印", "御侍史", "御机下", "(", "（")
_WORD = re.compile(r"[^ \u3000]+")


def _label_value(text: str, m: re.Match[str]) -> tuple[int, int] | None:
    """The name in a form line's value: role words before it are dropped (臨床検査技師 鳥居昇), the value stops
    at the next role word (飯塚大和 記載医 渡辺綾乃) or at a trailing 印/様."""
    start = end = -1
    for w in _WORD.finditer(text, m.start("v"), m.end("v")):
        word = w.group(0)
        if word.startswith(_TRAILING):
            break
        if start < 0 and word in _KIN_CHARS:
            continue  # a leading kinship word (甥 川崎 希); inside a value it may be a split surname (我 妻 美鈴)
        if (len(word) >= 2 and word in _NEVER) or word.endswith(_ROLE_WORDS):
            if start < 0:
                continue
            break
        if start < 0:
            start = w.start()
        end = w.end()
    if start < 0:
        return None
    if not m.group("sep") and (_PARTICLE_START.match(text, start) or not _KANA_VALUE.fullmatch(text, start, end)):
        # no separator after the label: only a kana reading (フリガナさそうかんたろう from a letter-spaced line);
        # 主治医意見書 is a word, キーパーソンは夫の… a sentence
        return None
    value = text[start:end]
    words = value.split()
    if len("".join(words)) > 12 or not _ok(words[0]) or _NAME_STOP.search(value):
        return None
    if any(_OKURIGANA_TAIL.search(w) for w in words):
        return None
    if m.group("cont") and end == m.end("v"):
        end = m.end("cont")
    return start, end


def _ok(value: str) -> bool:
    return bool(value) and value not in _NEVER and not any(value.endswith(w) for w in ("先生", "医師", "さん", "様"))


def _speaker_ok(value: str) -> bool:
    return _ok(value) and not value.endswith(_UNIT_END)


class CorrespondenceRecognizer(JaRecognizer):
    ENTITY = "PERSON"

    def __init__(self) -> None:
        super().__init__()
        self.supported_entities = ["PERSON", "ADDRESS"]

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        out = super().analyze(text, entities, nlp_artifacts)
        places = {(m.start("v"), m.end("v")) for m in _places(text)}
        for r in out:
            if (r.start, r.end) in places:
                r.entity_type = "ADDRESS"
        return out

    def spans(self, text: str, morphemes: list[Morph]) -> Iterator[Span]:
        if ":" in text or "：" in text:
            for m in _CHAT.finditer(text):
                if _speaker_ok(m.group("v")):
                    yield m.start("v"), m.end("v"), 0.75
        if "@" in text or "＠" in text:
            for m in _MENTION.finditer(text):
                if _ok(m.group("v")):
                    yield m.start("v"), m.end("v"), 0.75
        for m in _SELF_INTRO.finditer(text):
            if _ok(m.group("v").strip()):
                yield m.start("v"), m.end("v"), 0.75
        if "より" in text:
            for m in _SIGNATURE.finditer(text):
                if _ok(m.group("v")):
                    yield m.start("v"), m.end("v"), 0.75
        for m in _KIN_NAME.finditer(text):
            v = m.group("v")
            cut = _PARTICLE_END.search(v)
            if cut is not None and cut.start() >= 2:
                v = v[: cut.start()]
            elif cut is not None:
                continue
            if _ok(v):
                yield m.start("v"), m.start("v") + len(v), 0.75
        if "以上" in text or "よろしく" in text:
            for m in _SIGN_OFF.finditer(text):
                if _ok(m.group("v")) and m.group("v") not in _RELATION_WORDS:
                    yield m.start("v"), m.end("v"), 0.75
        last = _BRACKET_LAST.search(text.rstrip())
        if last is not None:
            v = last.group("v")
            line_start = text.rfind("\n", 0, last.start()) + 1
            if not text[line_start : last.start()].strip() and _ok(v) and not v.endswith(_NOTE_WORD_END):
                yield last.start("v"), last.end("v"), 0.75
        for m in _RELATION_INTRO.finditer(text):
            v = m.group("v")
            if _ok(v) and v not in _RELATION_WORDS:
                yield m.start("v"), m.end("v"), 0.75
        for m in _PARENT_NAME.finditer(text):
            s, e = m.start("v"), m.end("v")
            v = m.group("v")
            if v[-1] in _KANA_CHARS:
                # short kana given names (マツ, キヨ) are common nouns to the dictionary: a stop list instead
                common = v in _KIN_STOP
            else:
                common = any(t.start == s and t.end == e and "普通名詞" in t.pos for t in morphemes)
            if not common and _ok(v):
                yield s, e, 0.75
        if "." in text:
            for m in _INITIALS.finditer(text):
                for g in ("v", "a", "b"):
                    if m.group(g) is not None:
                        yield m.start(g), m.end(g), 0.75
        for m in _LABEL_LINE.finditer(text):
            if m.group("label") in _NEEDS_SEP and not m.group("sep"):
                continue
            span = _label_value(text, m)
            if span is not None:
                yield span[0], span[1], 0.75
        for m in _places(text):
            yield m.start("v"), m.end("v"), 0.75
