"""A partnership the portal has never seen puts its whole plan on the portal, in the
workspace, without the admin and without anybody's help: a portal administrator adds it and
invites its community safety manager; the manager (an approver: neither staff nor superuser)
enters everything its papers say and publishes the plan as the record of one published
before the portal; then every fact is read back from the public pages and the PDF's text.

The facts are TEST DATA written for this test: Northbridge is not a real partnership, and
none of the five demo partnerships. Every page is filled in as the person would fill it in
(tests.browsing); the submissions are counted."""

import datetime
import io
import re

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse
from openpyxl import Workbook
from pypdf import PdfReader

from partnerships.models import Organisation, Partnership
from partnerships.permissions import PORTAL_ADMINISTRATORS
from strategies.models import Strategy
from tests.browsing import Visitor
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

SLUG = "northbridge"
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
PRIORITIES = {
    "Keep young people safe": ["Serious violence", "Exploitation and county lines"],
    "Tackle domestic abuse": ["Support for victims", "Perpetrator programmes"],
    "Safer streets": ["Anti-social behaviour", "Night-time economy"],
}
LOCAL_PRIORITIES = ("Local crime priorities", ["Shoplifting in the town centre"])
MILESTONES = [  # kind, title, planned, actual (month, year)
    ("Strategic assessment", "Strategic assessment completed", (6, 2021), (6, 2021)),
    ("Partnership sign-off", "Board signs off the strategy", (10, 2021), (11, 2021)),
    ("Scrutiny", "Overview and Scrutiny Committee", (None, 2022), (3, 2022)),
]
SUBGROUPS = [  # name, acronym, chair, frequency, public, members
    ("Violence Reduction Group", "VRG", "Police Inspector", "Every 6 weeks", "Yes",
     "WP; Youth Justice Service"),
    ("Domestic Abuse Partnership", "DAP", "Head of Safeguarding", "Quarterly", "Yes", "NBC; WICB"),
    ("Anti-social Behaviour Panel", "ASB Panel", "ASB Coordinator", "Monthly", "Yes", ""),
    ("Multi-Agency Risk Assessment Conference", "MARAC", "DA Coordinator", "Fortnightly", "No",
     "WP; WFRS"),
]  # fmt: skip


def action_rows():
    """50 actions: 40 for the workbook, 10 to paste. Every sixth has no target."""
    rows = []
    areas = [(p, a) for p, names in PRIORITIES.items() for a in names]
    leads = ["VRG", "DAP", "ASB Panel", "WP", "NBC", "Youth Justice Service"]
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
                "lead": leads[i % len(leads)],
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
    lines = ["Priority\tDelivery area\tYear\tDelivery\tSuccess measure\tTarget\tLead\t4P\tDue"]
    for row in rows:
        lines.append(
            "\t".join(
                [
                    row["priority"],
                    row["area"],
                    str(row["year"]),
                    row["delivery"],
                    row["measure"],
                    row["target"],
                    row["lead"],
                    row["four_p"],
                    f"{row['due']:%B %Y}",
                ]
            )  # fmt: skip
        )
    return "\n".join(lines)


def date_fields(name: str, day=None, month=None, year=None) -> dict:
    return {f"{name}_0": day or "", f"{name}_1": month or "", f"{name}_2": year or ""}


def pdf_text(client, url: str) -> str:
    response = client.get(url)
    assert response.status_code == 200, response.status_code
    body = b"".join(response.streaming_content) if response.streaming else response.content
    text = "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(body)).pages)
    # A line that breaks after a hyphen ('anti-' / 'social') reads back as 'anti- social'.
    return re.sub(r"(\w)- (\w)", r"\1-\2", " ".join(text.split()))


def text_of(html: str) -> str:
    html = re.sub(r"<(script|style)\b.*?</\1>", " ", html, flags=re.S)
    text = re.sub(r"<[^>]+>", " ", html).replace("&#x27;", "'").replace("&amp;", "&")
    return " ".join(text.split())


def test_a_new_partnership_enters_its_whole_plan_and_every_fact_is_public(
    client, django_capture_on_commit_callbacks, mailoutbox, statutory_themes
):
    # A portal administrator (neither staff nor superuser) adds the partnership.
    admin = UserFactory(username="portal-admin")
    admin.groups.add(Group.objects.get_or_create(name=PORTAL_ADMINISTRATORS)[0])
    client.force_login(admin)
    visitor = Visitor(client)
    with django_capture_on_commit_callbacks(execute=True):
        visitor.submit(
            reverse("partnerships_editor:partnership_add"),
            {
                "name": "Northbridge Community Safety Partnership",
                "local_name": "Safer Northbridge",
                "slug": SLUG,
                "area": "Northbridge",
                "nation": "england",
                "councils": "Northbridge Borough Council\nWessex County Council",
                "approver_email": "csm@northbridge.example",
            },
        )
    admin_submissions = visitor.submissions

    # The manager follows the invitation, chooses a password and signs in.
    (invitation,) = mailoutbox
    link = re.search(r"https?://[^/\s]+(/\S+)", invitation.body).group(1)
    client.logout()
    form_page = client.get(link, follow=True)
    visitor = Visitor(client)
    visitor.submit(
        form_page.redirect_chain[-1][0] if form_page.redirect_chain else link,
        {
            "new_password1": "a long and unguessable pass",
            "new_password2": "a long and unguessable pass",
        },
    )
    manager = Partnership.objects.get(slug=SLUG).roles.get().user
    assert not manager.is_staff
    assert not manager.is_superuser
    visitor.submit(
        reverse("login"), {"username": manager.username, "password": "a long and unguessable pass"}
    )
    first_steps = visitor.page(reverse("reports_editor:dashboard"))
    assert "Safer Northbridge" in first_steps
    slug = {"slug": SLUG}

    # Its profile.
    visitor.submit(
        reverse("partnerships_editor:profile", kwargs=slug),
        {
            "description": "TEST DATA. The partnership of the borough of Northbridge.",
            "board_name": "Safer Northbridge Board",
            "board_meets": "Quarterly",
            "contact_email": "safer@northbridge.example",
            "contact_phone": "01632 960000",
        },
    )
    # Members: six from the council's table at once, the commissioner on the form.
    member_table = (
        "Organisation\tShort name\tKind\tRole\tRepresentative\tFrom\tUntil\n"
        + "\n".join("\t".join(member) for member in MEMBERS[:-1])
    )
    url = reverse("partnerships_editor:member_import", kwargs=slug)
    preview = visitor.submit(url, {"text": member_table}, expect=200)
    visitor.submit(url, {}, html=preview.content.decode(), button="Import")
    name, short, kind, role, *_ = MEMBERS[-1]
    visitor.submit(
        reverse("partnerships_editor:member_add", kwargs=slug),
        {
            "new_organisation": name,
            "new_organisation_kind": "pcc",
            "role": "co_operating_body",
        },
    )
    # The CCG was replaced by the ICB: abolished, its record kept.
    ccg = Organisation.objects.get(name="Northbridge CCG")
    icb = Organisation.objects.get(name="Wessex Integrated Care Board")
    visitor.submit(
        reverse("partnerships_editor:organisation", kwargs={**slug, "pk": ccg.pk}),
        {**date_fields("abolished_on", 30, 6, 2022), "replaced_by": str(icb.pk)},
    )
    # The board: two chairs over time, a vice-chair, two meetings (one known to the month).
    council = Organisation.objects.get(name="Northbridge Borough Council")
    police = Organisation.objects.get(name="Wessex Police")
    for post, holder, organisation, start, end in [
        ("chair", "Cllr Ada Test", council, (5, 2019), (3, 2022)),
        ("chair", "Cllr Ben Test", council, (4, 2022), (None, None)),
        ("vice_chair", "Chief Inspector Cy Test", police, (5, 2019), (None, None)),
    ]:
        visitor.submit(
            reverse("partnerships_editor:board_post_add", kwargs=slug),
            {
                "post": post,
                "holder": holder,
                "organisation": str(organisation.pk),
                **date_fields("held_from", None, *start),
                **date_fields("held_until", None, *end),
            },
        )
    for day, month, year, note in [(14, 10, 2021, "Agreed the draft"), (None, 11, 2021, "")]:
        visitor.submit(
            reverse("partnerships_editor:board_meeting_add", kwargs=slug),
            {**date_fields("held_on", day, month, year), "note": note},
        )
    # Subgroups, from a table.
    subgroup_table = "Name\tAcronym\tChair\tFrequency\tPublic\tMembers\n" + "\n".join(
        "\t".join(subgroup) for subgroup in SUBGROUPS
    )
    url = reverse("subgroups_editor:subgroup_import", kwargs=slug)
    preview = visitor.submit(url, {"text": subgroup_table}, expect=200)
    visitor.submit(url, {}, html=preview.content.decode(), button="Import")
    # The strategic assessment behind the plan.
    visitor.submit(
        reverse("strategies_editor:assessment_add", kwargs=slug),
        {
            "title": "Northbridge Strategic Assessment 2021",
            **date_fields("completed_on", None, 12, 2020),
            "data_period": "2019/20 and 2020/21",
        },
    )

    # The plan, published before the portal: its record.
    visitor.submit(
        reverse("strategies_editor:add", kwargs=slug),
        {
            "published_elsewhere": "True",
            "title": "Northbridge Community Safety Strategy 2022-2025",
            "period_start_year": "2022",
            "period_end_year": "2025",
            "summary": "TEST DATA. Three priorities for a safer Northbridge.",
        },
    )
    strategy = Strategy.objects.get(partnership__slug=SLUG)
    pk = {"pk": strategy.pk}
    for title, areas in PRIORITIES.items():
        visitor.submit(reverse("strategies_editor:priority_add", kwargs=pk), {"title": title})
        priority = strategy.priorities.get(title=title)
        for area in areas:
            visitor.submit(
                reverse("strategies_editor:delivery_area_add", kwargs=pk),
                {"title": area, "priority": str(priority.pk)},
            )
    heading, areas = LOCAL_PRIORITIES
    visitor.submit(
        reverse("strategies_editor:edit", kwargs=pk),
        {
            "strategy_level_areas_heading": heading,
            "strategic_assessment": str(strategy.partnership.strategic_assessments.get().pk),
        },
    )
    for area in areas:
        visitor.submit(reverse("strategies_editor:delivery_area_add", kwargs=pk), {"title": area})
    # The action plan: 40 rows from the council's workbook, 10 pasted from its Word table.
    rows = action_rows()
    url = reverse("strategies_editor:action_import", kwargs=pk)
    preview = visitor.submit(url, files={"file": ("plan.xlsx", workbook(rows[:40]))}, expect=200)
    assert "Import 40 actions" in preview.content.decode()
    visitor.submit(url, {}, html=preview.content.decode(), button="Import")
    preview = visitor.submit(url, {"text": pasted(rows[40:])}, expect=200)
    visitor.submit(url, {}, html=preview.content.decode(), button="Import")
    assert strategy.actions.count() == 50
    # The timeline, as the papers date it: months, and a year.
    kinds = {"Strategic assessment": "assessment", "Partnership sign-off": "board_sign_off",
             "Scrutiny": "scrutiny"}  # fmt: skip
    for kind, title, (pm, py), (am, ay) in MILESTONES:
        visitor.submit(
            reverse("strategies_editor:milestone_add", kwargs=pk),
            {
                "kind": kinds[kind],
                "title": title,
                **date_fields("planned_on", None, pm, py),
                **date_fields("actual_on", None, am, ay),
            },
        )
    # The consultation, a paper survey the council ran itself.
    visitor.submit(
        reverse("consultations_editor:record", kwargs=pk),
        {
            "title": "Northbridge community safety survey 2021",
            "channel": "paper_survey",
            "response_count": "412",
            "reach": "2500",
            "reach_description": "households sent the survey",
            "introduction": "Whether residents agreed with the three draft priorities.",
            "summary": "TEST DATA. Most residents agreed with the priorities.",
            **date_fields("opens_at", None, 9, 2021),
            **date_fields("closes_at", 31, 10, 2021),
        },
    )
    consultation = strategy.consultations.get()
    for title, percent, respondents in [
        ("Keep young people safe", "62.5", "400"),
        ("Tackle domestic abuse", "81.3", "398"),
    ]:
        visitor.submit(
            reverse("consultations_editor:reported_result_add", kwargs={"pk": consultation.pk}),
            {
                "priority": str(strategy.priorities.get(title=title).pk),
                "agree_percent": percent,
                "respondents": respondents,
            },
        )
    # "Publish the results" on its page leads to the page that asks first.
    assert reverse("consultations_editor:publish", kwargs={"pk": consultation.pk}) in (
        visitor.page(reverse("consultations_editor:detail", kwargs={"pk": consultation.pk}))
    )
    visitor.submit(
        reverse("consultations_editor:publish", kwargs={"pk": consultation.pk}),
        button="Publish the results",
    )
    # Scrutiny: the committee's meeting and its recommendations.
    visitor.submit(
        reverse("scrutiny_editor:review_add", kwargs=slug),
        {
            "committee": "Northbridge Overview and Scrutiny Committee",
            "strategy": str(strategy.pk),
            "outcome": "recommendations",
            **date_fields("meeting_on", 10, 3, 2022),
        },
    )
    review = strategy.scrutiny_reviews.get()
    for text, status in [
        ("Report knife crime figures every quarter", "accepted"),
        ("Consult young people on the next plan", "open"),
    ]:
        visitor.submit(
            reverse("scrutiny_editor:recommendation_add", kwargs={**slug, "review_pk": review.pk}),
            {"text": text, "status": status},
        )
    # Published in July 2022, as the council's papers say.
    visitor.submit(
        reverse("strategies_editor:record_publication", kwargs=pk),
        {**date_fields("published_on", None, 7, 2022), "comment": "On the council's website."},
    )
    strategy.refresh_from_db()
    assert strategy.status == "published"
    manager_submissions = visitor.submissions
    print(f"\nform submissions: portal administrator {admin_submissions}, manager", end=" ")
    print(f"{manager_submissions} (of them 2 to set a password and sign in)")

    # Every fact, read back by a resident and a councillor.
    client.logout()
    partnership_page = text_of(client.get(f"/{SLUG}/").content.decode())
    strategy_page = text_of(client.get(strategy.get_absolute_url()).content.decode())
    pdf = pdf_text(
        client,
        reverse("reports:strategy_pdf", kwargs={"partnership_slug": SLUG, "slug": strategy.slug}),
    )
    facts = {
        "partnership": [
            "Northbridge Community Safety Partnership",
            "Northbridge Borough Council",
            "Wessex County Council",
            "safer@northbridge.example",
            "01632 960000",
            "The partnership of the borough of Northbridge.",
            "Responsible authorities",
            "Safer Northbridge Board",
            "Cllr Ada Test",
            "May 2019",
            "March 2022",
            "Cllr Ben Test",
            "April 2022",
            "Chief Inspector Cy Test",
            "14 October 2021",
            "November 2021",
            *(name for name, *_ in MEMBERS),
            "Superintendent, LPA Commander",
            "from April 2019",
            "until June 2022",
            "abolished 30 June 2022",
            "replaced by Wessex Integrated Care Board",
            "Co-operating body",
            "Other member",
            *(name for name, *_rest, public, _m in SUBGROUPS if public == "Yes"),
            "Every 6 weeks",
            "Monthly",
        ],
        "strategy": [
            "Northbridge Community Safety Strategy 2022-2025",
            "July 2022",
            *PRIORITIES,
            *(area for areas in PRIORITIES.values() for area in areas),
            LOCAL_PRIORITIES[0],
            *LOCAL_PRIORITIES[1],
            *(row["delivery"] for row in rows),
            *{f"Due {row['due']:%B %Y}" for row in rows},  # as months, as the papers gave them
            "Prevent",
            "Pursue",
            "June 2021",
            "October 2021",
            "November 2021",
            "March 2022",
            "412",
            "62.5%",
            "81.3%",
            "Paper survey",
            "households sent the survey",
            "Whether residents agreed with the three draft priorities.",
            "Most residents agreed with the priorities.",
            "Northbridge Strategic Assessment 2021",
            "December 2020",
            "Northbridge Overview and Scrutiny Committee",
            "10 March 2022",
            "Report knife crime figures every quarter",
            "Consult young people on the next plan",
        ],
    }
    for where, text in [("public partnership page", partnership_page), ("PDF", pdf)]:
        missing = [fact for fact in facts["partnership"] if fact not in text]
        assert not missing, f"{where} lacks {missing}"
    for where, text in [("public strategy page", strategy_page), ("PDF", pdf)]:
        missing = [fact for fact in facts["strategy"] if fact not in text]
        assert not missing, f"{where} lacks {missing}"
    # Each public subgroup's page: its chair, how often it meets, its members.
    for name, acronym, chair, frequency, public, members in SUBGROUPS:
        subgroup = Partnership.objects.get(slug=SLUG).subgroups.get(name=name)
        response = client.get(subgroup.get_absolute_url())
        if public == "No":
            assert response.status_code == 404
            continue
        page = text_of(response.content.decode())
        for fact in [name, acronym, chair, frequency, *(m for m in members.split("; ") if m)]:
            assert fact in page, f"the page of {name} lacks {fact}"
    # The confidential panel stays in the workspace.
    assert "Multi-Agency Risk Assessment Conference" not in partnership_page
    assert "Multi-Agency Risk Assessment Conference" not in strategy_page
    assert "Multi-Agency Risk Assessment Conference" not in pdf
    # The action plan in the PDF gives the months the workbook gave, never a day invented.
    assert "1 January 2023" not in pdf
