"""催收通知书 (demand notice): one A4 page per loan or guarantor, with a tear-off receipt (回执)
the debtor or guarantor signs and dates; the returned receipt is recorded as a `demand_signed`
or `guarantor_demand` event (ruralperf.services.demand_notices). Statement fonts (reports.fonts)."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, PageBreak, Spacer, Table

from ruralperf.domain.enums import GuaranteeKind
from ruralperf.domain.money import money_display
from ruralperf.reports.cn_amount import cn_capital
from ruralperf.reports.labels import en
from ruralperf.reports.pdf_common import MUTED, Section, SectionInfo, build_pdf, para, table_style


@dataclass(frozen=True)
class Notice:
    """What one notice says."""
    contract_no: str
    borrower: str  # the borrower's name (户名)
    amount: Decimal  # the loan amount
    balance: Decimal | None  # the latest month-end balance on or before as_of
    disbursed_on: date
    maturity: date  # after extensions
    deadline: date | None  # the limitation expiry, or the guarantee period's end
    manager: str  # the officer responsible, "E001 张三"
    guarantor: str | None = None  # a guarantor's notice: its name
    guarantee_kind: str | None = None  # joint_several | general


TEXT = {
    "title": ("催收通知书", "Demand notice"),
    "title_g": ("履行保证责任通知书", "Notice to a guarantor"),
    "body": ("您于 {disbursed} 在我社借款人民币 {amount} 元（大写：{words}；借款合同号 {contract}），"
             "借款已于 {maturity} 到期。截至 {as_of}，尚欠借款本金人民币 {balance} 元。"
             "请您接到本通知后尽快归还，并在下方回执上签字、注明签收日期后交回我社。",
             "On {disbursed} you borrowed CNY {amount} from us (contract {contract}), due on "
             "{maturity}. On {as_of} the principal still owed is CNY {balance}. Please repay it "
             "as soon as possible, and sign and date the receipt below and return it to us."),
    "body_g": ("借款人 {borrower} 于 {disbursed} 在我社借款人民币 {amount} 元（借款合同号 {contract}），"
               "您为该笔借款提供{kind}，借款已于 {maturity} 到期。截至 {as_of}，借款人尚欠借款本金"
               "人民币 {balance} 元。现依照保证合同和《中华人民共和国民法典》的规定，要求您履行保证责任，"
               "并在下方回执上签字、注明签收日期后交回我社。",
               "{borrower} borrowed CNY {amount} from us on {disbursed} (contract {contract}); you "
               "guaranteed this loan ({kind}). It fell due on {maturity}. On {as_of} the borrower "
               "still owes CNY {balance}. Under the guarantee contract and the Civil Code we demand "
               "that you perform your guarantee; please sign and date the receipt below and return "
               "it to us."),
    "deadline": ("须于 {deadline} 前签收 · 信贷员 {manager}",
                 "to be signed by {deadline} · officer {manager}"),
    "sign_off": ("{branch}\n{today}", "{branch}\n{today}"),
    "tear": ("- - - - - - - - - - - - - - 请沿此线剪下 - - - - - - - - - - - - - -",
             "- - - - - - - - - - - - - - - - cut along this line - - - - - - - - - - - - - - - -"),
    "receipt": ("回　执", "Receipt"),
    "receipt_body": ("本人已收到{branch}发出的催收通知书（借款合同号 {contract}，截至 {as_of} "
                     "尚欠借款本金人民币 {balance} 元），对上述债务予以确认。",
                     "I have received the demand notice of {branch} (contract {contract}; "
                     "principal owed on {as_of}: CNY {balance}) and acknowledge the debt."),
    "receipt_body_g": ("本人已收到{branch}发出的履行保证责任通知书（借款人 {borrower}，借款合同号 "
                       "{contract}，截至 {as_of} 尚欠借款本金人民币 {balance} 元）。",
                       "I have received the notice to a guarantor of {branch} (borrower {borrower}, "
                       "contract {contract}; principal owed on {as_of}: CNY {balance})."),
    "signer": ("签收人（签字）：", "Signed by:"),
    "signed_on": ("签收日期：________年______月______日", "Date: ____________________"),
    "footer": ("催收通知书 · {contract}", "Demand notice · {contract}"),
    "joint_several": (GuaranteeKind.JOINT_SEVERAL.zh, "joint and several guarantee"),
    "general": (GuaranteeKind.GENERAL.zh, "general guarantee"),
}


def _t(key: str, lang: str, **params) -> str:
    zh, english = TEXT[key]
    return (english if en(lang) else zh).format(**params)


class _Rule(Flowable):
    """A full-width dashed cut line."""

    def __init__(self, text: str, width: float):
        super().__init__()
        self.text, self.width = text, width

    def wrap(self, avail_width, avail_height):
        return avail_width, 6 * mm

    def draw(self):
        self.canv.saveState()
        self.canv.setDash(3, 2)
        self.canv.setStrokeColor(MUTED)
        self.canv.line(0, 3 * mm, self.width, 3 * mm)
        self.canv.restoreState()


def _notice(n: Notice, as_of: date, branch: str, today: date, lang: str, width: float) -> list:
    guarantor = n.guarantor is not None
    balance = money_display(n.balance) if n.balance is not None else money_display(n.amount)
    params = dict(disbursed=n.disbursed_on.isoformat(), amount=money_display(n.amount),
                  words=cn_capital(n.amount), contract=n.contract_no,
                  maturity=n.maturity.isoformat(), as_of=as_of.isoformat(), balance=balance,
                  borrower=n.borrower, branch=branch,
                  kind=_t(n.guarantee_kind, lang) if n.guarantee_kind in TEXT else "")
    whom = n.guarantor if guarantor else n.borrower
    info = SectionInfo(footer_left=_t("footer", lang, contract=n.contract_no),
                       page_label=lambda page, pages: "")
    story = [Section(info), Spacer(1, 8 * mm),
             para(_t("title_g" if guarantor else "title", lang), 20, "center"),
             Spacer(1, 10 * mm), para(f"{whom}{'：' if not en(lang) else ':'}", 12),
             Spacer(1, 4 * mm),
             para(("　　" if not en(lang) else "") + _t("body_g" if guarantor else "body", lang,
                                                        **params), 12),
             Spacer(1, 12 * mm)]
    for line in _t("sign_off", lang, branch=branch, today=today.isoformat()).split("\n"):
        story.append(para(line, 12, "right"))
    story += [Spacer(1, 18 * mm), para(_t("tear", lang), 8, "center", MUTED),
              _Rule("", width), Spacer(1, 6 * mm), para(_t("receipt", lang), 16, "center"),
              Spacer(1, 6 * mm),
              para(("　　" if not en(lang) else "") + _t(
                  "receipt_body_g" if guarantor else "receipt_body", lang, **params), 11),
              Spacer(1, 12 * mm)]
    signature = Table([[para(_t("signer", lang), 11), "", para(_t("signed_on", lang), 11)]],
                      colWidths=[width * 0.22, width * 0.30, width * 0.48])
    style = table_style(11, header_rows=0)
    style.add("GRID", (0, 0), (-1, -1), 0, "white")
    style.add("LINEBELOW", (1, 0), (1, 0), 0.6, MUTED)
    signature.setStyle(style)
    # for the cooperative, on the part that comes back: whose signature was due by when
    due = _t("deadline", lang, deadline=n.deadline.isoformat(), manager=n.manager) \
        if n.deadline else n.manager
    story += [signature, Spacer(1, 8 * mm),
              para(f"{n.contract_no} · {whom} · {as_of.isoformat()} · {due}", 7.5, "right",
                   MUTED)]
    return story


def demand_notices_pdf(notices: list[Notice], as_of: date, branch: str, lang: str = "zh_CN",
                       today: date | None = None) -> bytes:
    """One page per notice, in the order given."""
    width = A4[0] - 40 * mm
    story: list = []
    for i, n in enumerate(notices):
        if i:
            story.append(PageBreak())
        story += _notice(n, as_of, branch, today or date.today(), lang, width)
    if not story:
        story = [para(_t("title", lang), 20, "center")]
    return build_pdf(story, A4, margins_mm=(20, 20, 18, 16), title=_t("title", lang))
