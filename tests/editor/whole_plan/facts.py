"""The facts of Northbridge's plan, as its papers would give them. TEST DATA written for
these tests: Northbridge is not a real partnership, and none of the five demo ones."""

import datetime
import io

from openpyxl import Workbook

SLUG = "northbridge"
ADMINISTRATOR = ("portal-admin", "the portal administrator's own passphrase")
PASSWORD = "a long and unguessable pass"  # the manager's, chosen on accepting the invitation
MEMBERS = [  # organisation, short name, kind, role, representative, from, until
    ("Northbridge Borough Council", "NBC", "Local authority", "Responsible authority",
     "Director of Communities", "April 2019", ""),
    ("Wessex Police", "WP", "Police", "Responsible authority", "Superintendent, LPA Commander",
     "", ""),
    ("Wessex Fire and Rescue Service", "WFRS", "Fire and rescue", "Responsible authority",
     "Station Manager", "", ""),
    ("Wessex Probation Delivery Unit", "", "Probation", "Responsible authority",
     "Head of Service", "", ""),
    ("Northbridge CCG", "", "Health", "Responsible authority", "", "2019", "June 2022"),
    ("Wessex Integrated Care Board", "WICB", "Health", "Responsible authority", "",
     "July 2022", ""),
    ("Northbridge Voluntary Action", "NVA", "Voluntary and community sector", "Other member",
     "Chief Executive", "", ""),
    ("Office of the Wessex Police and Crime Commissioner", "OPCC",
     "Police and crime commissioner", "Co-operating body", "", "", ""),
]  # fmt: skip
BOARD_POSTS = [  # post, holder, organisation, from (month, year), until
    ("chair", "Cllr Ada Test", "Northbridge Borough Council", (5, 2019), (3, 2022)),
    ("chair", "Cllr Ben Test", "Northbridge Borough Council", (4, 2022), (None, None)),
    ("vice_chair", "Chief Inspector Cy Test", "Wessex Police", (5, 2019), (None, None)),
]
BOARD_MEETINGS = [((14, 10, 2021), "Agreed the draft"), ((None, 11, 2021), "")]
SUBGROUPS = [  # name, acronym, chair, frequency, public, members
    ("Violence Reduction Group", "VRG", "Police Inspector", "Every 6 weeks", "Yes",
     "WP; Youth Justice Service"),
    ("Domestic Abuse Partnership", "DAP", "Head of Safeguarding", "Quarterly", "Yes", "NBC; WICB"),
    ("Anti-social Behaviour Panel", "ASB Panel", "ASB Coordinator", "Monthly", "Yes", ""),
    ("Multi-Agency Risk Assessment Conference", "MARAC", "DA Coordinator", "Fortnightly", "No",
     "WP; WFRS"),
]  # fmt: skip
CONTACTS = [  # name, role, e-mail, telephone, on the public page
    ("Dana Test", "Community Safety Manager", "dana@northbridge.example", "01632 960001", True),
    ("Eli Test", "Partnership Analyst", "eli@northbridge.example", "", False),
]
FUNDING = [  # name, amount, year it starts, from (a member, or in words), purpose
    ("Community Safety Fund", "25000", "2022", "Office of the Wessex Police and Crime Commissioner",
     "Projects of the three priorities"),
    ("Serious Violence Duty grant", "12500.50", "2023", "Home Office", ""),
]  # fmt: skip
GOVERNANCE = [  # kind, body, description
    ("scrutinised_by", "Northbridge Overview and Scrutiny Committee", "Reviews the plan yearly."),
    ("accountable_to", "Northbridge Health and Wellbeing Board", ""),
]
ANNUAL_REPORT = ("Safer Northbridge Annual Report 2021/22", "https://www.northbridge.example/ar")
ASSESSMENT = ("Northbridge Strategic Assessment 2021", (12, 2020), "2019/20 and 2020/21")

RECORD = {
    "title": "Northbridge Community Safety Strategy 2022-2025",
    "summary": "TEST DATA. Three priorities for a safer Northbridge.",
    "published": (7, 2022),
}
PRIORITIES = {
    "Keep young people safe": ["Serious violence", "Exploitation and county lines"],
    "Tackle domestic abuse": ["Support for victims", "Perpetrator programmes"],
    "Safer streets": ["Anti-social behaviour", "Night-time economy"],
}
LOCAL_PRIORITIES = ("Local crime priorities", ["Shoplifting in the town centre"])
# Leads as the action plan writes them, and as the plan's page names them.
LEADS = {
    "VRG": "Violence Reduction Group (VRG)",
    "DAP": "Domestic Abuse Partnership (DAP)",
    "ASB Panel": "Anti-social Behaviour Panel (ASB Panel)",
    "WP": "Wessex Police",
    "NBC": "Northbridge Borough Council",
    "Youth Justice Service": "Youth Justice Service",  # not a member: added as a lead
}
TYPED_ACTIONS = [  # typed on the action form, after the imports
    {"delivery": "Northbridge typed action: knife crime workshops in every secondary school",
     "priority": "Keep young people safe", "delivery_area": "Serious violence", "year": "2024",
     "success_measure": "Workshops held", "target": "Every secondary school",
     "lead_subgroup": "Violence Reduction Group (VRG)", "four_p": "Prevent", "due": (3, 2025)},
    {"delivery": "Northbridge typed action: a refuge place for every referral",
     "priority": "Tackle domestic abuse", "delivery_area": "Support for victims",
     "success_measure": "Referrals placed", "target": "All referrals",
     "lead_organisation": "Northbridge Borough Council", "four_p": "Protect", "due": (None, 2025)},
]  # fmt: skip
MILESTONES = [  # kind, title, planned (month, year), actual
    ("assessment", "Strategic assessment completed", (6, 2021), (6, 2021)),
    ("board_sign_off", "Board signs off the strategy", (10, 2021), (11, 2021)),
    ("scrutiny", "Scrutiny committee considers the plan", (None, 2022), (3, 2022)),
]
RISKS = [("Funding ends in March 2023", "Bids to the PCC's fund for the years after", "D3")]
POLICY_LINKS = [  # kind, title, link
    ("pcc_plan", "Wessex Police and Crime Plan 2021-2024", "https://www.wessex-pcc.example/plan"),
    ("legislation", "Crime and Disorder Act 1998", ""),
]
EQUALITY_IMPACT = ("Northbridge Strategy Equality Impact Assessment", (6, 2022))
DOCUMENT = b"%PDF-1.4\n% Northbridge equality impact assessment (TEST DATA)\n"
SURVEY = {
    "title": "Northbridge community safety survey 2021",
    "response_count": "412",
    "reach": "2500",
    "reach_description": "households sent the survey",
    "introduction": "Whether residents agreed with the three draft priorities.",
    "summary": "TEST DATA. Most residents agreed with the priorities.",
}
REPORTED = [("Keep young people safe", "62.5", "400"), ("Tackle domestic abuse", "81.3", "398")]
RECOMMENDATIONS = [
    ("Report knife crime figures every quarter", "accepted", "Accepted"),
    ("Consult young people on the next plan", "open", "Not yet answered"),
]
NEW_PLAN = {
    "title": "Northbridge Community Safety Strategy 2025-2028",
    "priority": "Safer town centre",
    "consultation": "Have your say on the 2025-2028 priorities",
}


def action_rows() -> list[dict]:
    """50 actions: 40 for the workbook, 10 to paste. Every sixth has no target."""
    rows = []
    areas = [(p, a) for p, names in PRIORITIES.items() for a in names]
    for i in range(50):
        priority, area = areas[i % len(areas)]
        rows.append(
            {
                "priority": priority,
                "area": area,
                "year": 2022 + i % 3,
                "delivery": f"Northbridge test action {i + 1:02d}: deliver {area.lower()} work",
                "measure": f"Measure {i + 1:02d}",
                "target": "" if i % 6 == 5 else f"Target {i + 1:02d}",
                "lead": list(LEADS)[i % len(LEADS)],
                "four_p": ["Prevent", "Protect", "Pursue", "Prepare"][i % 4],
                "due": datetime.date(2023 + i % 3, 1 + i % 12, 1),
            }
        )
    return rows


def workbook(rows) -> bytes:
    """As a council's own spreadsheet: a title row, its own headings, due dates formatted
    as months."""
    book = Workbook()
    sheet = book.active
    sheet.append(["Northbridge Community Safety Action Plan (TEST DATA)"])
    sheet.append([])
    sheet.append(["Priority", "Focus area", "Financial year", "Action", "Outcome", "Target",
                  "Lead / monitor", "4P category", "Due date"])  # fmt: skip
    for row in rows:
        sheet.append([row["priority"], row["area"], f"{row['year']}/{(row['year'] + 1) % 100:02d}",
                      row["delivery"], row["measure"], row["target"], row["lead"],
                      row["four_p"], row["due"]])  # fmt: skip
        sheet.cell(sheet.max_row, 9).number_format = "mmm yyyy"
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def pasted(rows) -> str:
    """As rows copied from the plan's Word table."""
    lines = ["Priority\tDelivery area\tYear\tDelivery\tSuccess measure\tTarget\tLead\t4P\tDue"]
    for row in rows:
        cells = [row["priority"], row["area"], str(row["year"]), row["delivery"], row["measure"],
                 row["target"], row["lead"], row["four_p"], f"{row['due']:%B %Y}"]  # fmt: skip
        lines.append("\t".join(cells))
    return "\n".join(lines)


def date_fields(name: str, day=None, month=None, year=None) -> dict:
    """A GOV.UK date input as a person fills it in: the day (and month) left empty where the
    paper does not give them."""
    return {f"{name}_0": day or "", f"{name}_1": month or "", f"{name}_2": year or ""}
