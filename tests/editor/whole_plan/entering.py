"""Northbridge's plan entered through the workspace, page by page, as its people would fill
them in (tests.browsing): each function one part of the job, on the Visitor that counts the
forms submitted."""

import datetime
import re

from django.test import Client
from django.urls import reverse
from django.utils import timezone

from partnerships.models import Partnership
from strategies.models import Strategy
from tests.browsing import Visitor, forms_of
from tests.factories import moment_fields

from . import facts
from .facts import SLUG, date_fields

PARTNERSHIP = {"slug": SLUG}


def add_the_partnership(client, on_commit) -> Visitor:
    """A portal administrator (neither staff nor superuser) signs in and adds it."""
    visitor = Visitor(client)
    username, password = facts.ADMINISTRATOR
    visitor.submit(reverse("login"), {"username": username, "password": password})
    with on_commit(execute=True):  # the invitation is sent once the partnership is saved
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
    client.logout()
    return visitor


def accept_the_invitation(client, invitation) -> Visitor:
    """The manager follows the link in the e-mail, chooses a password and signs in."""
    link = re.search(r"https?://[^/\s]+(/\S+)", invitation.body).group(1)
    form_page = client.get(link, follow=True)
    visitor = Visitor(client)
    visitor.submit(
        form_page.redirect_chain[-1][0] if form_page.redirect_chain else link,
        {"new_password1": facts.PASSWORD, "new_password2": facts.PASSWORD},
    )
    manager = Partnership.objects.get(slug=SLUG).roles.get().user
    visitor.submit(reverse("login"), {"username": manager.username, "password": facts.PASSWORD})
    return visitor


def table_import(visitor: Visitor, url: str, ticked: dict | None = None, **table) -> str:
    """Check a table (`text` or `files`), then import it from its preview; the preview."""
    files = table.pop("files", None)
    preview = visitor.submit(url, table, files=files, expect=200).content.decode()
    visitor.submit(url, ticked or {}, html=preview, button="Import")
    return preview


def enter_the_partnership(visitor: Visitor) -> None:
    """Its profile, members, board, subgroups, contacts, funding, governance, papers."""
    visitor.submit(
        reverse("partnerships_editor:profile", kwargs=PARTNERSHIP),
        {
            "description": "TEST DATA. The partnership of the borough of Northbridge.",
            "board_name": "Safer Northbridge Board",
            "board_meets": "Quarterly",
            "contact_email": "safer@northbridge.example",
            "contact_phone": "01632 960000",
        },
    )
    # Members: seven from the council's table at once, the commissioner on the form.
    *listed, (commissioner, *_) = facts.MEMBERS
    table = "Organisation\tShort name\tKind\tRole\tRepresentative\tFrom\tUntil\n"
    table += "\n".join("\t".join(member) for member in listed)
    table_import(
        visitor, reverse("partnerships_editor:member_import", kwargs=PARTNERSHIP), text=table
    )
    visitor.submit(
        reverse("partnerships_editor:member_add", kwargs=PARTNERSHIP),
        {
            "new_organisation": commissioner,
            "new_organisation_kind": "pcc",
            "role": "co_operating_body",
        },
    )
    # The CCG was replaced by the ICB: abolished, its record kept.
    partnership = Partnership.objects.get(slug=SLUG)
    organisations = {m.organisation.name: m.organisation for m in partnership.memberships.all()}
    visitor.submit(
        reverse(
            "partnerships_editor:organisation",
            kwargs={**PARTNERSHIP, "pk": organisations["Northbridge CCG"].pk},
        ),
        {**date_fields("abolished_on", 30, 6, 2022), "replaced_by": "Wessex Integrated Care Board"},
    )
    for post, holder, organisation, start, end in facts.BOARD_POSTS:
        visitor.submit(
            reverse("partnerships_editor:board_post_add", kwargs=PARTNERSHIP),
            {
                "post": post,
                "holder": holder,
                "organisation": organisation,
                **date_fields("held_from", None, *start),
                **date_fields("held_until", None, *end),
            },
        )
    for day, note in facts.BOARD_MEETINGS:
        visitor.submit(
            reverse("partnerships_editor:board_meeting_add", kwargs=PARTNERSHIP),
            {**date_fields("held_on", *day), "note": note},
        )
    table = "Name\tAcronym\tChair\tFrequency\tPublic\tMembers\n"
    table += "\n".join("\t".join(subgroup) for subgroup in facts.SUBGROUPS)
    table_import(
        visitor, reverse("subgroups_editor:subgroup_import", kwargs=PARTNERSHIP), text=table
    )
    for name, role, email, phone, public in facts.CONTACTS:
        visitor.submit(
            reverse("partnerships_editor:contact_add", kwargs=PARTNERSHIP),
            {
                "name": name,
                "role": role,
                "email": email,
                "phone": phone,
                "is_public": "on" if public else None,
            },
        )
    for name, amount, year, source, purpose in facts.FUNDING:
        member = source in organisations
        visitor.submit(
            reverse("partnerships_editor:funding_add", kwargs=PARTNERSHIP),
            {
                "name": name,
                "amount": amount,
                "financial_year": year,
                "source": source if member else "",
                "source_description": "" if member else source,
                "purpose": purpose,
            },
        )
    for kind, body, description in facts.GOVERNANCE:
        visitor.submit(
            reverse("partnerships_editor:governance_link_add", kwargs=PARTNERSHIP),
            {"kind": kind, "body": body, "description": description},
        )
    title, url = facts.ANNUAL_REPORT
    visitor.submit(
        reverse("strategies_editor:partnership_document_add", kwargs=PARTNERSHIP),
        {"title": title, "kind": "other", "url": url, **date_fields("dated", None, None, 2022)},
    )
    title, (month, year), data = facts.ASSESSMENT
    visitor.submit(
        reverse("strategies_editor:assessment_add", kwargs=PARTNERSHIP),
        {"title": title, **date_fields("completed_on", None, month, year), "data_period": data},
    )


def enter_the_record(visitor: Visitor, on_commit) -> tuple[Strategy, list[str]]:
    """The plan published before the portal: its structure and action plan, timeline,
    risks, links and papers, consultation and scrutiny; then published on its real date.
    Returns it, and the years the action form proposed (enter_the_action_plan)."""
    visitor.submit(
        reverse("strategies_editor:add", kwargs=PARTNERSHIP),
        {
            "published_elsewhere": "True",
            "title": facts.RECORD["title"],
            "period_start_year": "2022",
            "period_end_year": "2025",
            "summary": facts.RECORD["summary"],
        },
    )
    strategy = Strategy.objects.get(partnership__slug=SLUG, title=facts.RECORD["title"])
    plan = {"pk": strategy.pk}
    for title, areas in facts.PRIORITIES.items():
        visitor.submit(reverse("strategies_editor:priority_add", kwargs=plan), {"title": title})
        for area in areas:
            visitor.submit(
                reverse("strategies_editor:delivery_area_add", kwargs=plan),
                {"title": area, "priority": title},
            )
    heading, areas = facts.LOCAL_PRIORITIES
    visitor.submit(
        reverse("strategies_editor:edit", kwargs=plan),
        {
            "strategy_level_areas_heading": heading,
            "strategic_assessment": str(strategy.partnership.strategic_assessments.get().pk),
        },
    )
    for area in areas:
        visitor.submit(reverse("strategies_editor:delivery_area_add", kwargs=plan), {"title": area})
    proposed = enter_the_action_plan(visitor, strategy)
    for kind, title, (pm, py), (am, ay) in facts.MILESTONES:
        visitor.submit(
            reverse("strategies_editor:milestone_add", kwargs=plan),
            {
                "kind": kind,
                "title": title,
                **date_fields("planned_on", None, pm, py),
                **date_fields("actual_on", None, am, ay),
            },
        )
    for title, mitigation, rating in facts.RISKS:
        visitor.submit(
            reverse("strategies_editor:risk_add", kwargs=plan),
            {"title": title, "mitigation": mitigation, "rating": rating},
        )
    for kind, title, url in facts.POLICY_LINKS:
        visitor.submit(
            reverse("strategies_editor:policy_link_add", kwargs=plan),
            {"kind": kind, "title": title, "url": url},
        )
    title, (month, year) = facts.EQUALITY_IMPACT
    visitor.submit(
        reverse("strategies_editor:document_add", kwargs=plan),
        {"title": title, "kind": "eia", **date_fields("dated", None, month, year)},
        files={"file": ("eia.pdf", facts.DOCUMENT)},
    )
    enter_the_survey(visitor, strategy)
    enter_the_scrutiny(visitor, strategy)
    month, year = facts.RECORD["published"]
    with on_commit(execute=True):  # its PDF of record is made, with the partnership of today
        visitor.submit(
            reverse("strategies_editor:record_publication", kwargs=plan),
            {
                **date_fields("published_on", None, month, year),
                "comment": "On the council's website.",
            },
        )
    strategy.refresh_from_db()
    return strategy, proposed


def enter_the_action_plan(visitor: Visitor, strategy: Strategy) -> list[str]:
    """40 rows from the council's workbook (its unknown lead added as an organisation), 10
    pasted from its Word table, and two typed on the form, one after another ('Save and add
    another'). Returns the year the form proposed for each typed action."""
    rows = facts.action_rows()
    url = reverse("strategies_editor:action_import", kwargs={"pk": strategy.pk})
    preview = table_import(
        visitor,
        url,
        {"new_leads": ["Youth Justice Service"]},
        files={"file": ("plan.xlsx", facts.workbook(rows[:40]))},
    )
    assert "Import 40 actions" in preview
    assert "Leads the portal does not know" in preview
    table_import(visitor, url, text=facts.pasted(rows[40:]))
    add = reverse("strategies_editor:action_add", kwargs={"pk": strategy.pk})
    proposed = []
    for action, button in zip(facts.TYPED_ACTIONS, ["Save and add another", ""], strict=True):
        page = visitor.page(add)
        (form,) = [f for f in forms_of(page) if "delivery" in f.names]
        proposed.append(dict(form.fields)["year"])
        fields = {k: v for k, v in action.items() if k != "due"}
        response = visitor.submit(
            add, {**fields, **date_fields("due_on", None, *action["due"])}, html=page, button=button
        )
        if button:
            assert response["Location"] == add  # the next one, straight away
    return proposed


def enter_the_survey(visitor: Visitor, strategy: Strategy) -> None:
    """The consultation, a paper survey the council ran itself, with what it reports."""
    visitor.submit(
        reverse("consultations_editor:record", kwargs={"pk": strategy.pk}),
        {
            "channel": "paper_survey",
            **facts.SURVEY,
            **date_fields("opens_at", None, 9, 2021),
            **date_fields("closes_at", 31, 10, 2021),
        },
    )
    consultation = strategy.consultations.get()
    for title, percent, respondents in facts.REPORTED:
        visitor.submit(
            reverse("consultations_editor:reported_result_add", kwargs={"pk": consultation.pk}),
            {"priority": title, "agree_percent": percent, "respondents": respondents},
        )
    # "Publish the results" on its page leads to the page that asks first.
    publish = reverse("consultations_editor:publish", kwargs={"pk": consultation.pk})
    detail = reverse("consultations_editor:detail", kwargs={"pk": consultation.pk})
    assert publish in visitor.page(detail)
    visitor.submit(publish, button="Publish the results")


def enter_the_scrutiny(visitor: Visitor, strategy: Strategy) -> None:
    visitor.submit(
        reverse("scrutiny_editor:review_add", kwargs=PARTNERSHIP),
        {
            "committee": "Northbridge Overview and Scrutiny Committee",
            "strategy": str(strategy.pk),
            "outcome": "recommendations",
            **date_fields("meeting_on", 10, 3, 2022),
        },
    )
    review = {**PARTNERSHIP, "review_pk": strategy.scrutiny_reviews.get().pk}
    for text, status, _label in facts.RECOMMENDATIONS:
        visitor.submit(
            reverse("scrutiny_editor:recommendation_add", kwargs=review),
            {"text": text, "status": status},
        )


def consult_on_a_new_plan(visitor: Visitor) -> tuple[Strategy, str]:
    """A new plan, drafted in the portal and consulted on there: a resident answers online,
    a form that came by post is typed in; once it closes, the results are published.
    Returns the new plan and the address of its public results."""
    visitor.submit(
        reverse("strategies_editor:add", kwargs=PARTNERSHIP),
        {
            "published_elsewhere": "False",
            "title": facts.NEW_PLAN["title"],
            "period_start_year": "2025",
            "period_end_year": "2028",
        },
    )
    strategy = Strategy.objects.get(partnership__slug=SLUG, title=facts.NEW_PLAN["title"])
    plan = {"pk": strategy.pk}
    visitor.submit(
        reverse("strategies_editor:priority_add", kwargs=plan),
        {"title": facts.NEW_PLAN["priority"]},
    )
    now = timezone.localtime()
    visitor.submit(
        reverse("consultations_editor:add", kwargs=plan),
        {
            "title": facts.NEW_PLAN["consultation"],
            **moment_fields("opens_at", now - datetime.timedelta(hours=1)),
            **moment_fields("closes_at", now + datetime.timedelta(days=28)),
        },
    )
    visitor.submit(
        reverse("strategies_editor:transition", kwargs=plan) + "?to=consultation", button="Send out"
    )
    consultation = strategy.consultations.get()
    agreement = consultation.questions.get(kind="agreement")
    respond = reverse(
        "consultations:respond", kwargs={"partnership_slug": SLUG, "pk": consultation.pk}
    )
    Visitor(Client()).submit(respond, {f"q{agreement.pk}": "agree"})  # a resident, online
    on_paper = {"pk": consultation.pk}
    visitor.submit(
        reverse("consultations_editor:paper_response", kwargs=on_paper),
        {f"q{agreement.pk}": "strongly_agree"},
    )
    visitor.submit(reverse("consultations_editor:close", kwargs=on_paper), button="Close it now")
    visitor.submit(
        reverse("consultations_editor:publish", kwargs=on_paper), button="Publish the results"
    )
    results = reverse(
        "consultations:results", kwargs={"partnership_slug": SLUG, "pk": consultation.pk}
    )
    return strategy, results
