"""The public opt-out notice (情報公開文書), rendered from the policy so that what patients read and what the
gateway enforces come from one source. Jinja2 with autoescape on and strict undefined variables."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from jinja2 import Environment, FileSystemLoader, StrictUndefined, select_autoescape

from policies.consent import CHANNEL_LABELS_JA, Channel
from policies.policy import DATA_KIND_LABELS_JA, Policy, policy_hash

TEMPLATE_DIR = Path(__file__).parent / "data"
TEMPLATE = "optout-notice.html"

CHANNEL_NOTICE_JA = {
    Channel.COUNTER: "窓口（受付時間内に直接お越しください）",
    Channel.MAIL: "郵送",
    Channel.PHONE: "電話",
    Channel.WEB: "ウェブサイトの申出フォーム",
}
ROLE_LABELS_JA = {"lead": "研究代表機関", "joint": "共同研究機関", "provider": "情報提供機関"}
assert set(CHANNEL_NOTICE_JA) == set(CHANNEL_LABELS_JA)


def jdate(value: date) -> str:
    """``2017-05-16`` -> ``2017年5月16日``."""
    return f"{value.year}年{value.month}月{value.day}日"


def _env() -> Environment:
    env = Environment(
        loader=FileSystemLoader(str(TEMPLATE_DIR)),
        autoescape=select_autoescape(default=True, default_for_string=True),
        undefined=StrictUndefined,
        keep_trailing_newline=True,
    )
    env.filters["jdate"] = jdate
    return env


def render_notice(policy: Policy, *, version_label: str = "(unversioned)") -> str:
    """The notice as a complete HTML document (UTF-8 text)."""
    recipients = [
        {
            "name": r.name,
            "purpose": r.purpose,
            "expires": r.expires,
            "location": r.location,
            "kinds": "、".join(DATA_KIND_LABELS_JA[k] for k in r.data_kinds),
        }
        for r in policy.recipients
    ]
    return (
        _env()
        .get_template(TEMPLATE)
        .render(
            p=policy,
            lead=policy.lead_institution,
            policy_hash=policy_hash(policy),
            version_label=version_label,
            modalities=list(policy.eligibility.modalities),
            data_kinds=[DATA_KIND_LABELS_JA[k] for k in policy.eligibility.data_kinds],
            channels=[CHANNEL_NOTICE_JA[Channel(c)] for c in policy.optout.channels],
            recipients=recipients,
            role_labels=ROLE_LABELS_JA,
        )
    )
