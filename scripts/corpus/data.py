"""Deterministic data for the corpus: families (MECHANISM.md §3) and candidates (§3b).

Everything is drawn from a seeded mulberry32 generator (the same as src/engine/simulation/random.ts), so the
corpus does not change when it is regenerated. Families are built to validate WITHOUT ERRORS (and
without warnings) for the given current year: outcomes are filled exactly for the due cohort years,
housing kept = Sì only after a signed lease, stability = Sì only while the housing is kept, wellbeing
always answered, ISEE under the default ceiling (26 000 €), a waiting-months value only where one of
the two dates is missing.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import List, Optional

FIRST_CALENDAR_YEAR = 2023

REFERRING_SERVICES = [
    "Servizio Emergenza Abitativa",
    "Commissione Emergenza Abitativa",
    "Sportello Lo.C.A.Re.",
    "Servizi sociali – Circoscrizione 2",
    "Servizi sociali – Circoscrizione 5",
    "Servizi sociali – Circoscrizione 6",
    "Servizi sociali – Circoscrizione 7",
    "Servizio Adulti in Difficoltà",
]

CONDITION_WEIGHTS = [
    ("sfratto", 5),
    ("struttura temporanea", 3),
    ("albergo", 1),
    ("dormitorio", 1),
    ("alloggio inadeguato", 3),
    ("altro", 1),
]

YES = "Sì"
NO = "No"

# The beneficiary columns, in the order the corpus writes them (Italian headers of §3).
BENEFICIARY_HEADERS_IT = [
    "ID famiglia", "Coorte", "Componenti", "Minori", "ISEE", "Condizione abitativa",
    "Servizio inviante", "Data domanda", "Data contratto", "Mesi di attesa",
    "Contratto firmato", "Accompagnamento avviato", "Alloggio mantenuto",
    "Accompagnamento proseguito", "Stabilità abitativa", "Benessere migliorato",
]
BENEFICIARY_HEADERS_EN = [
    "Family ID", "Cohort", "Household size", "Minors", "ISEE", "Housing condition",
    "Referring service", "Request date", "Contract date", "Waiting months",
    "Lease signed", "Support started", "Housing kept", "Support continued",
    "Housing stability", "Wellbeing improved",
]
BENEFICIARY_KEYS = [
    "id", "cohort", "members", "minors", "isee", "condition", "referral", "requestDate",
    "contractDate", "waitMonths", "leaseSigned", "supportStarted", "housingKept",
    "supportContinued", "stability", "wellbeing",
]
OUTCOME_DUE_YEAR = {
    "leaseSigned": 1, "supportStarted": 1, "housingKept": 2, "supportContinued": 2,
    "stability": 3, "wellbeing": 3,
}

CANDIDATE_HEADERS = [
    "ID famiglia", "Data domanda", "Servizio inviante", "Componenti", "Minori", "Anziani",
    "Disabili", "ISEE", "Condizione abitativa", "Sfratto", "Mesi in struttura", "Violenza",
]
CANDIDATE_KEYS = [
    "id", "requestDate", "referral", "members", "minors", "elders", "disabled", "isee",
    "condition", "eviction", "shelterMonths", "violence",
]
EVICTION_STAGES = ["nessuno", "intimato", "convalidato", "eseguito"]


class Random:
    """mulberry32, as src/engine/simulation/random.ts."""

    def __init__(self, seed: int) -> None:
        self.state = seed & 0xFFFFFFFF

    def next(self) -> float:
        self.state = (self.state + 0x6D2B79F5) & 0xFFFFFFFF
        t = self.state
        t = _imul(t ^ (t >> 15), t | 1)
        t ^= (t + _imul(t ^ (t >> 7), t | 61)) & 0xFFFFFFFF
        return ((t ^ (t >> 14)) & 0xFFFFFFFF) / 4294967296

    def int(self, lo: int, hi: int) -> int:
        return lo + int(self.next() * (hi - lo + 1))

    def pick(self, items):
        return items[int(self.next() * len(items))]

    def chance(self, p: float) -> bool:
        return self.next() < p


def _imul(a: int, b: int) -> int:
    return (a * b) & 0xFFFFFFFF


def add_months(d: dt.date, months: int) -> dt.date:
    """EDATE: plus n months, clamped to the month's end."""
    y, m = divmod(d.month - 1 + months, 12)
    year, month = d.year + y, m + 1
    for day in (d.day, 30, 29, 28):
        try:
            return dt.date(year, month, day)
        except ValueError:
            continue
    raise ValueError(d)


def excel_serial(d: dt.date) -> int:
    return (d - dt.date(1899, 12, 30)).days


@dataclass
class Family:
    id: str
    cohort: int
    members: int
    minors: int
    isee: float
    condition: str
    referral: str
    requestDate: Optional[dt.date]
    contractDate: Optional[dt.date]
    waitMonths: Optional[int]
    leaseSigned: str = ""
    supportStarted: str = ""
    housingKept: str = ""
    supportContinued: str = ""
    stability: str = ""
    wellbeing: str = ""
    rentSaving: int = 0

    def value(self, key: str):
        return getattr(self, key)


@dataclass
class Candidate:
    id: str
    requestDate: dt.date
    referral: str
    members: int
    minors: int
    elders: int
    disabled: int
    isee: Optional[float]
    condition: str
    eviction: str
    shelterMonths: int
    violence: str

    def value(self, key: str):
        return getattr(self, key)


def _condition(r: Random) -> str:
    total = sum(w for _, w in CONDITION_WEIGHTS)
    roll = r.next() * total
    for name, w in CONDITION_WEIGHTS:
        roll -= w
        if roll < 0:
            return name
    return CONDITION_WEIGHTS[-1][0]


def families(seed: int, count: int, current_year: int, first_year: int = FIRST_CALENDAR_YEAR) -> List[Family]:
    """`count` families spread over cohorts 1..current_year, ids TO-<year>-<nnn>."""
    assert 11 <= count <= 30 and current_year in (3, 4)
    r = Random(seed)
    # Cohort sizes: as even as possible, earlier cohorts first.
    sizes = [count // current_year + (1 if i < count % current_year else 0) for i in range(current_year)]
    out: List[Family] = []
    for cohort, size in enumerate(sizes, start=1):
        year = first_year + cohort - 1
        for seq in range(1, size + 1):
            members = r.pick([1, 2, 2, 3, 3, 3, 4, 4, 5, 6])
            minors = 0 if members == 1 else r.int(0, min(members - 1, 4))
            contract_month = r.int(2, 11)
            day = r.int(1, 28)
            wait = r.int(2, 12)
            contract = dt.date(year, contract_month, day)
            request = add_months(contract, -wait)
            record = "both"
            roll = r.next()
            if roll < 0.12:
                record = "monthsOnly"
            f = Family(
                id=f"TO-{year}-{seq:03d}",
                cohort=cohort,
                members=members,
                minors=minors,
                isee=r.int(250_000, 2_350_000) / 100,
                condition=_condition(r),
                referral=r.pick(REFERRING_SERVICES),
                requestDate=None if record == "monthsOnly" else request,
                contractDate=contract,
                waitMonths=wait if record == "monthsOnly" else None,
                rentSaving=r.int(12, 64) * 5,
            )
            due = lambda k: cohort + k - 1 <= current_year  # noqa: E731
            lease = YES if r.chance(0.92) else NO
            if lease == NO:
                # Lease not signed yet: no contract date, the wait so far in months.
                f.contractDate = None
                f.waitMonths = wait
            f.leaseSigned = lease
            f.supportStarted = YES if r.chance(0.9) else NO
            if due(2):
                f.housingKept = YES if lease == YES and r.chance(0.88) else NO
                f.supportContinued = YES if r.chance(0.82) else NO
            if due(3):
                f.stability = YES if f.housingKept == YES and r.chance(0.85) else NO
                f.wellbeing = YES if r.chance(0.75) else NO
            out.append(f)
    return out


def candidates(seed: int, count: int, year: int, beneficiaries: List[Family]) -> List[Candidate]:
    """Applications of calendar `year`: the families of that year's cohort (same ids), then others."""
    r = Random(seed)
    out: List[Candidate] = []
    entered = [f for f in beneficiaries if f.id.startswith(f"TO-{year}-")]
    for f in entered:
        request = f.requestDate or add_months(f.contractDate or dt.date(year, 6, 1), -(f.waitMonths or 0))
        out.append(Candidate(
            id=f.id, requestDate=request, referral=f.referral, members=f.members, minors=f.minors,
            elders=1 if r.chance(0.15) else 0, disabled=1 if r.chance(0.2) else 0, isee=f.isee,
            condition=f.condition, eviction=_eviction_for(f.condition, r),
            shelterMonths=r.int(3, 18) if f.condition in ("struttura temporanea", "dormitorio", "albergo") else 0,
            violence=YES if r.chance(0.1) else NO,
        ))
    seq = len(entered)
    while len(out) < count:
        seq += 1
        members = r.pick([1, 2, 2, 3, 3, 4, 5])
        condition = _condition(r)
        isee: Optional[float] = r.int(400_000, 2_500_000) / 100
        roll = r.next()
        if roll < 0.08:
            isee = None  # not given: not eligible
        elif roll < 0.16:
            isee = r.int(2_650_000, 3_400_000) / 100  # above the ceiling: not eligible
        out.append(Candidate(
            id=f"TO-{year}-{seq:03d}", requestDate=dt.date(year, r.int(1, 9), r.int(1, 28)),
            referral=r.pick(REFERRING_SERVICES), members=members,
            minors=0 if members == 1 else r.int(0, min(members - 1, 3)),
            elders=1 if r.chance(0.12) else 0, disabled=1 if r.chance(0.15) else 0, isee=isee,
            condition=condition, eviction=_eviction_for(condition, r),
            shelterMonths=r.int(1, 20) if condition in ("struttura temporanea", "dormitorio", "albergo") else 0,
            violence=YES if r.chance(0.1) else NO,
        ))
    return out


def _eviction_for(condition: str, r: Random) -> str:
    if condition == "sfratto":
        return r.pick(["intimato", "convalidato", "convalidato", "eseguito", "eseguito"])
    return "nessuno" if r.chance(0.85) else "intimato"


# ---------------------------------------------------------------------------------------------
# The Riepilogo (summary) sheet: formulas over the beneficiary columns, with their values computed
# here so that files written without a calculation engine still carry cached values.

@dataclass
class SummaryRow:
    label: str
    formula: str  # without the leading "="
    value: float


def summary_rows(fams: List[Family], sheet: str, first_row: int, last_row: int, current_year: int) -> List[SummaryRow]:
    """COUNTIF/SUMPRODUCT formulas reading the beneficiary sheet's columns (fixed layout A..P)."""
    q = f"'{sheet}'" if not sheet.isalnum() else sheet
    rng = lambda col: f"{q}!${col}${first_row}:${col}${last_row}"  # noqa: E731
    rows: List[SummaryRow] = []
    rows.append(SummaryRow("Famiglie", f"COUNTA({rng('A')})", len(fams)))
    for c in range(1, current_year + 1):
        rows.append(SummaryRow(f"Famiglie coorte {c}", f"COUNTIF({rng('B')},{c})", sum(1 for f in fams if f.cohort == c)))
    rows.append(SummaryRow("Componenti (totale)", f"SUM({rng('C')})", sum(f.members for f in fams)))
    rows.append(SummaryRow("Minori (totale)", f"SUM({rng('D')})", sum(f.minors for f in fams)))
    rows.append(SummaryRow("Contratti firmati", f'COUNTIF({rng("K")},"Sì")', sum(1 for f in fams if f.leaseSigned == YES)))
    rows.append(SummaryRow("Alloggi mantenuti", f'COUNTIF({rng("M")},"Sì")', sum(1 for f in fams if f.housingKept == YES)))
    rows.append(SummaryRow("Stabilità abitativa", f'COUNTIF({rng("O")},"Sì")', sum(1 for f in fams if f.stability == YES)))
    rows.append(SummaryRow(
        "Coorte 1 con contratto firmato",
        f'SUMPRODUCT(({rng("B")}=1)*({rng("K")}="Sì"))',
        sum(1 for f in fams if f.cohort == 1 and f.leaseSigned == YES),
    ))
    rows.append(SummaryRow(
        "ISEE medio (€)",
        f"ROUND(SUMPRODUCT({rng('E')})/COUNT({rng('E')}),2)",
        float(_round_half_up(sum(f.isee for f in fams) / len(fams), 2)),
    ))
    return rows


def _round_half_up(x: float, digits: int) -> float:
    from decimal import Decimal, ROUND_HALF_UP
    return float(Decimal(repr(x)).quantize(Decimal(1).scaleb(-digits), rounding=ROUND_HALF_UP))


def wait_months_formula_value(f: Family) -> float:
    """ROUND((contract − request)/(365.25/12), 1), as Excel computes it."""
    days = excel_serial(f.contractDate) - excel_serial(f.requestDate)  # type: ignore[arg-type]
    return _round_half_up(days / (365.25 / 12), 1)
