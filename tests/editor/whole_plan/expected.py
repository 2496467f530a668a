"""What a reader finds of Northbridge's facts (facts.py), as the pages and the PDF write
them. A string is a fact; a pair is a fact and what must follow it (reading.missing)."""

import datetime

from . import facts


def profile() -> list:
    """On the partnership's public page, and in the plan's PDF."""
    return [
        "Northbridge Community Safety Partnership",
        "Northbridge Borough Council and Wessex County Council",
        "safer@northbridge.example",
        "01632 960000",
        "The partnership of the borough of Northbridge.",
    ]


def people() -> list:
    """Its members, board and subgroups: on its public page, and on the plan's page and in
    its PDF as they stood when it was published."""
    found = [
        "Responsible authorities",
        "Co-operating body",
        "Other member",
        "Safer Northbridge Board",
        ("14 October 2021", "Agreed the draft"),
        "November 2021",
        "from April 2019",
        "until June 2022",
        "abolished 30 June 2022",
        "replaced by Wessex Integrated Care Board",
    ]
    for name, _short, _kind, _role, representative, *_dates in facts.MEMBERS:
        found.append((name, representative) if representative else name)
    for _post, holder, organisation, held_from, held_until in facts.BOARD_POSTS:
        began = month(*held_from)
        found.append((f"{holder}, {organisation}", began))
        if held_until != (None, None):
            found.append((began, month(*held_until)))
    for name, acronym, chair, frequency, public, _members in facts.SUBGROUPS:
        if public == "Yes":
            found += [(f"{name} ({acronym})", chair), (chair, frequency)]
    return found


def partnership_page() -> list:
    """Only on its public page: its public contact, funding, governance and papers."""
    name, role, email, phone, _public = facts.CONTACTS[0]
    title, _url = facts.ANNUAL_REPORT
    return [
        "It meets quarterly.",
        f"{name} {role} {email} Telephone: {phone}",
        "2022/23 Community Safety Fund Projects of the three priorities Office of the Wessex "
        "Police and Crime Commissioner £25,000",
        "2023/24 Serious Violence Duty grant Home Office £12,500.50",
        "Scrutinised by: Northbridge Overview and Scrutiny Committee — Reviews the plan yearly.",
        "Accountable to: Northbridge Health and Wellbeing Board",
        f"{title} (other, 2022)",
    ]


def strategy(rows: list[dict]) -> list:
    """On the plan's public page and in its PDF."""
    found = [
        facts.RECORD["title"],
        "Published July 2022",
        "Three priorities for a safer Northbridge.",
        *facts.PRIORITIES,
        *(area for areas in facts.PRIORITIES.values() for area in areas),
        # The local priorities under their own heading, not 'within these priorities'.
        (facts.LOCAL_PRIORITIES[0], facts.LOCAL_PRIORITIES[1][0]),
        *(row["delivery"] for row in rows),
        *{f"Due {row['due']:%B %Y}" for row in rows},  # as months, as the papers gave them
        *(row["measure"] for row in rows),
        *(row["target"] for row in rows if row["target"]),
        *facts.LEADS.values(),
        "2022/23",
        "2023/24",
        "2024/25",
        "Prevent",
        "Pursue",
        *(action["delivery"] for action in facts.TYPED_ACTIONS),
        ("Workshops held", "Every secondary school Violence Reduction Group (VRG) 2024/25"),
        ("Due March 2025", "Prevent"),
        ("Referrals placed", "All referrals Northbridge Borough Council 2024/25 Due 2025"),
        *(title for _kind, title, _planned, _actual in facts.MILESTONES),
        ("June 2021", "Strategic assessment completed"),
        ("November 2021", "Planned for October 2021 Board signs off the strategy"),
        ("March 2022", "Planned for 2022 Scrutiny committee considers the plan"),
        facts.SURVEY["title"],
        "Paper survey, September 2021 to 31 October 2021",
        "412 responses",
        facts.SURVEY["introduction"],
        "Most residents agreed with the priorities.",
        "Results reported by the partnership: 412 responses; reach 2500 households sent the survey",
        *(f"{title} {n} {percent}%" for title, percent, n in facts.REPORTED),
        "These are the figures Safer Northbridge reports of a consultation it held outside the "
        "portal",
        "Northbridge Overview and Scrutiny Committee, 10 March 2022",
        *(f"{text} {label}" for text, _status, label in facts.RECOMMENDATIONS),
        "Northbridge Strategic Assessment 2021, December 2020 (data: 2019/20 and 2020/21)",
        "Wessex Police and Crime Plan 2021-2024 (police and crime plan)",
        "Crime and Disorder Act 1998 (legislation)",
        f"{facts.EQUALITY_IMPACT[0]} (equality impact assessment, June 2022)",
    ]
    return found


def action_row(row: dict) -> list:
    """In the action's row of the plan's page."""
    year = f"{row['year']}/{(row['year'] + 1) % 100:02d}"
    return [
        row["delivery"],
        row["measure"],
        row["target"] or "Not stated",
        facts.LEADS[row["lead"]],
        f"{year} Due {row['due']:%B %Y} {row['four_p']}",
    ]


def workspace() -> list:
    """What is not public, on the partnership's and the plan's workspace pages."""
    name, role, *_ = facts.CONTACTS[1]
    title, mitigation, rating = facts.RISKS[0]
    return [
        (f"{name}, {role}", ""),  # a contact not on the public page
        ("Multi-Agency Risk Assessment Conference (MARAC)", "Meets: Fortnightly."),
        (f"{title} ({rating})", mitigation),
    ]


def month(number: int, year: int) -> str:
    return f"{datetime.date(year, number, 1):%B %Y}"
