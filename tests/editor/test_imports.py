"""Importing an action plan from a table: a file (XLSX, CSV) or rows pasted from Word or
Excel; the preview, errors by line and column with nothing saved, names created on request,
the round trip through the CSV export, and queries that do not grow with the rows."""

import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from openpyxl import Workbook

from csp_portal.dates import PartialDate, read_date
from csp_portal.tabular import Unreadable, read_text, read_upload
from strategies.imports import COLUMNS, parse_action_plan, parse_year
from strategies.models import Action, DeliveryArea, StrategicPriority
from tests.editor.helpers import confirm
from tests.factories import (
    ActionFactory,
    MembershipFactory,
    OrganisationFactory,
    SubgroupFactory,
)
from tests.pages import assert_says

pytestmark = pytest.mark.django_db

HEADER = "\t".join(COLUMNS)


@pytest.fixture
def url(draft_a):
    return reverse("strategies_editor:action_import", kwargs={"pk": draft_a.pk})


def pasted(*rows: str) -> str:
    return "\n".join([HEADER, *rows]) + "\n"


@pytest.fixture
def paste(client, draft_a, editor, url):
    """Paste rows, under the header, into the import page as the strategy's editor: the
    preview it answers."""
    client.force_login(editor)

    def preview(*rows: str, **fields: str):
        return client.post(url, {"text": pasted(*rows), "version": draft_a.version, **fields})

    return preview


def xlsx(rows: list[list]) -> bytes:
    workbook = Workbook()
    sheet = workbook.active
    for row in rows:
        sheet.append(row)
    out = io.BytesIO()
    workbook.save(out)
    return out.getvalue()


def test_year_and_due_as_plans_write_them():
    assert parse_year("2021/22") == parse_year("2021-22") == parse_year("2021") == 2021
    with pytest.raises(ValueError, match="21/22"):
        parse_year("21/22")
    assert read_date("31/03/2022") == PartialDate.of(2022, 3, 31)
    assert read_date("March 2022") == PartialDate.of(2022, 3)
    assert read_date("Sept 2022") == PartialDate.of(2022, 9)
    assert read_date("03/2022") == PartialDate.of(2022, 3)
    assert read_date("2022-03") == PartialDate.of(2022, 3)
    assert read_date("2022") == PartialDate.of(2022)
    assert str(read_date("31 March 2022")) == "31 March 2022"
    for bad in ["31/02/2022", "Smarch 2022", "soon", "2022-13"]:
        with pytest.raises(ValueError, match="."):
            read_date(bad)


def test_pasted_rows_are_previewed_then_imported_with_the_lead_matched(
    client, draft_a, editor, url, paste
):
    police = OrganisationFactory(name="Thames Valley Police", short_name="TVP")
    MembershipFactory(partnership=draft_a.partnership, organisation=police)
    SubgroupFactory(partnership=draft_a.partnership, name="Violence Reduction Group", acronym="VRG")
    preview = paste(
        "Reduce violence\t\tKnife crime\t2023/24\tWeapons sweeps in parks\tSweeps done\t12\tTVP"
        "\tPursue\tMarch 2024",
        "reduce  VIOLENCE\t\t\t2023\tSchools talks\t\t\tVRG\tprevent\t",
        year="",
    )
    assert preview.status_code == 200
    page = preview.content.decode()
    assert "Check the actions before they are imported" in page
    assert "Import 2 actions" in page
    assert "No target, no success measure" in page  # flagged, accepted
    assert not Action.objects.filter(strategy=draft_a).exists()  # a preview saves nothing

    response = confirm(client, url, preview)
    assert response.status_code == 302
    first, second = Action.objects.filter(strategy=draft_a).order_by("order")
    assert first.priority.title == second.priority.title == "Reduce violence"
    assert first.lead_organisation == police
    assert first.four_p == "pursue"
    assert first.due == PartialDate.of(2024, 3)
    assert str(first.due) == "March 2024"
    assert second.lead_subgroup.acronym == "VRG"
    assert second.missing == ["target", "success measure"]
    assert first.history.get().history_user == editor  # bulk, and still in the history


def test_any_bad_row_saves_nothing_and_every_error_is_given_by_line_and_column(draft_a, paste):
    response = paste(
        "Reduce violence\t\t\t2023\tGood row\tm\tt\tTVP\t\t",
        "Reduce violence\t\t\tlast year\t\tm\tt\t\tPrevention\t30/02/2025",
    )
    page = response.content.decode()
    assert_says(
        page,
        "nothing has been saved",
        "Line 3, Delivery: enter what will be done",
        "Line 3, Year: ‘last year’ is not a year",
        "Line 3, 4P: ‘Prevention’ is not one of: Prevent",
        "Line 3, Due: ‘30/02/2025’ is not a date",
    )
    assert "Import 1 action" not in page  # no way to import half a table
    assert response.context["form"]["text"].value().startswith("Priority\tDelivery area")
    assert "Good row" in response.context["form"]["text"].value()  # kept, to correct here
    assert not Action.objects.filter(strategy=draft_a).exists()


def test_unknown_priorities_and_areas_are_listed_then_created_with_the_import(
    client, draft_a, url, paste
):
    preview = paste(
        "Tackle fraud\tOnline scams\t\t2023\tAwareness sessions\tm\tt\tl\t\t",
        "Tackle fraud\tOnline scams\t\t2023\tBank protocol\tm\tt\tl\t\t",
        "\tNight-time economy\t\t2023\tBest Bar None\tm\tt\tl\t\t",
    )
    assert_says(
        preview.content.decode(),
        "Priorities the strategy does not have yet",
        "Tackle fraud",
        "Online scams (under Tackle fraud)",
        "Night-time economy",
        "The import also creates what the table names",
    )
    assert not StrategicPriority.objects.filter(title="Tackle fraud").exists()  # not yet

    assert confirm(client, url, preview).status_code == 302
    fraud = StrategicPriority.objects.get(strategy=draft_a, title="Tackle fraud")
    assert fraud.order == 3  # after the strategy's two
    scams = DeliveryArea.objects.get(strategy=draft_a, title="Online scams")
    assert scams.priority == fraud
    assert scams.actions.count() == 2
    night = DeliveryArea.objects.get(strategy=draft_a, title="Night-time economy")
    assert night.priority is None  # at strategy level, as the table has it
    assert set(fraud.actions.values_list("delivery", flat=True)) == {
        "Awareness sessions",
        "Bank protocol",
    }


def test_the_same_import_sent_twice_saves_once(client, draft_a, url, paste):
    preview = paste("Reduce violence\t\t\t2023\tOne row\tm\tt\tl\t\t")
    assert confirm(client, url, preview).status_code == 302
    again = confirm(client, url, preview)
    assert again.status_code == 200
    assert "these rows were just imported" in again.content.decode()
    assert Action.objects.filter(strategy=draft_a).count() == 1


def test_an_xlsx_file_with_the_plans_own_headings_and_real_dates(client, draft_a, editor, url):
    client.force_login(editor)
    data = xlsx(
        [
            ["Action plan 2024/25"],  # a title row above the table is not the header ...
            [],
            ["Action", "Outcome", "Lead / monitor", "Due date", "Financial year"],
            ["Hot-spot patrols", "Fewer incidents", "Police", None, "2023/24"],
            ["Review CCTV", "Coverage mapped", "Council", "2024-01-31", 2023],
        ]
    )
    response = client.post(
        url,
        {"file": SimpleUploadedFile("plan.xlsx", data), "version": draft_a.version},
    )
    assert "Import 2 actions" in response.content.decode()  # ... the heading row is found
    preview = response
    assert confirm(client, url, preview).status_code == 302
    cctv = Action.objects.get(strategy=draft_a, delivery="Review CCTV")
    assert cctv.year == 2023
    assert str(cctv.due) == "31 January 2024"
    assert cctv.lead_description == "Council"  # not a member's name: kept as written


def test_a_month_formatted_excel_date_stays_a_month():
    workbook = Workbook()
    sheet = workbook.active
    sheet.append(["Delivery", "Due"])
    sheet.append(["Patrols", __import__("datetime").date(2025, 3, 1)])
    sheet["B2"].number_format = "mmm yyyy"
    out = io.BytesIO()
    workbook.save(out)
    table = read_upload(out.getvalue())
    assert table.rows == [(2, {"delivery": "Patrols", "due": "2025-03"})]


def test_unreadable_tables_are_refused_with_a_reason(client, draft_a, editor, url):
    with pytest.raises(Unreadable, match="empty"):
        read_text("\n\n")
    with pytest.raises(Unreadable, match="no rows"):
        read_text(HEADER)
    with pytest.raises(Unreadable, match="Excel workbook"):
        read_upload(b"PK\x03\x04 not really a zip")
    with pytest.raises(Unreadable, match="UTF-8"):
        read_upload("Delivery\nCafé".encode("cp1252"))
    client.force_login(editor)
    response = client.post(url, {"version": draft_a.version})
    assert "Choose a file, or paste the rows below" in response.content.decode()
    response = client.post(
        url,
        {"file": SimpleUploadedFile("plan.csv", b"PK\x03\x04broken"), "version": draft_a.version},
    )
    assert "not an Excel workbook" in response.content.decode()


def test_the_export_imports_back_as_it_is(client, draft_a, editor, url):
    priority = draft_a.priorities.first()
    area = DeliveryArea.objects.create(strategy=draft_a, priority=priority, title="Knife crime")
    police = OrganisationFactory(name="Thames Valley Police")
    MembershipFactory(partnership=draft_a.partnership, organisation=police)
    group = SubgroupFactory(partnership=draft_a.partnership, name="Violence Reduction Group")
    ActionFactory(
        strategy=draft_a,
        priority=priority,
        delivery_area=area,
        year=2023,
        delivery="=HYPERLINK(evil)",  # guarded in the CSV, read back as typed
        success_measure="Line one\nLine two",
        lead_organisation=police,
        lead_subgroup=group,
        four_p="prevent",
        due_on=PartialDate.of(2024, 3).start,
        due_on_precision="month",
    )
    ActionFactory(
        strategy=draft_a, year=2023, delivery="No priority", lead_description="Youth Service"
    )
    client.force_login(editor)
    plan = reverse("strategies_editor:actions", kwargs={"pk": draft_a.pk})
    exported = client.get(plan, {"_export": "csv"}).content
    assert exported.decode("utf-8-sig").splitlines()[0] == ",".join(COLUMNS)

    fields = ["priority", "delivery_area", "area", "year", "delivery", "success_measure",
              "target", "lead_organisation", "lead_subgroup", "lead_description", "four_p",
              "due_on", "due_on_precision"]  # fmt: skip
    before = list(Action.objects.filter(strategy=draft_a).order_by("order").values(*fields))
    preview = client.post(
        url,
        {"file": SimpleUploadedFile("actions.csv", exported), "version": draft_a.version},
    )
    assert "Import 2 actions" in preview.content.decode(), preview.context["preview"].errors
    assert confirm(client, url, preview).status_code == 302
    after = list(Action.objects.filter(strategy=draft_a).order_by("order").values(*fields))
    assert after[2:] == before


def test_incomplete_actions_are_flagged_and_filtered(client, draft_a, editor):
    ActionFactory(strategy=draft_a, delivery="Complete one", target="t", success_measure="m",
                  lead_description="l")  # fmt: skip
    ActionFactory(strategy=draft_a, delivery="Lacks a lead", target="t", success_measure="m")
    client.force_login(editor)
    plan = reverse("strategies_editor:actions", kwargs={"pk": draft_a.pk})
    page = client.get(plan).content.decode()
    assert "no lead" in page
    incomplete = client.get(plan, {"completeness": "incomplete"}).content.decode()
    assert "Lacks a lead" in incomplete
    assert "Complete one" not in incomplete
    complete = client.get(plan, {"completeness": "complete"}).content.decode()
    assert "Complete one" in complete
    assert "Lacks a lead" not in complete


def test_queries_do_not_grow_with_the_rows(client, draft_a, url, paste):
    police = OrganisationFactory(name="Thames Valley Police", short_name="TVP")
    MembershipFactory(partnership=draft_a.partnership, organisation=police)

    def queries(rows: int) -> tuple[int, int]:
        lines = (
            f"Priority {i % 3}\tArea {i % 4}\t\t2023\tRow {i}\tm\tt\tTVP\t\t" for i in range(rows)
        )
        with CaptureQueriesContext(connection) as previewing:
            preview = paste(*lines)
        with CaptureQueriesContext(connection) as saving:
            assert confirm(client, url, preview).status_code == 302
        draft_a.refresh_from_db()
        return len(previewing), len(saving)

    small, large = queries(10), queries(200)
    assert large[0] == small[0]
    # Saving: the same but for the batches SQLite splits a bulk insert into (measured: 25
    # queries for 10 rows, 30 for 200; PostgreSQL 25 for both; 34 for 200 once each text had
    # its English and Welsh columns, more columns a row making more batches); a query a row
    # would be 190.
    assert large[1] <= small[1] + 12, (small, large)


def test_a_viewer_cannot_import_and_another_partnership_cannot_see_it(client, draft_a, url, people):
    client.force_login(people["viewer A"])
    assert client.get(url).status_code == 403
    client.force_login(people["editor B"])
    assert client.get(url).status_code == 404


def test_the_blank_table_downloads_with_the_columns(client, draft_a, editor, url):
    client.force_login(editor)
    response = client.get(url, {"blank": "csv"})
    assert response["Content-Type"].startswith("text/csv")
    assert response.content.decode("utf-8-sig").strip() == ",".join(COLUMNS)


def test_parse_reads_the_strategy_in_a_fixed_number_of_queries(
    draft_a, django_assert_max_num_queries
):
    table = read_text(pasted(*(f"\t\t\t2023\tRow {i}\t\t\tSomeone\t\t" for i in range(50))))
    with django_assert_max_num_queries(5):
        preview = parse_action_plan(draft_a, table, default_year=None)
    assert len(preview.lines) == 50
    assert not preview.errors


def test_a_table_without_the_required_column_or_with_unknown_ones(client, draft_a, editor, url):
    client.force_login(editor)
    response = client.post(url, {"text": "Outcome\tLead\nx\ty\n", "version": draft_a.version})
    assert "No row of the table names its columns" not in response.content.decode()
    assert "The table has no ‘Delivery’ column" in response.content.decode()
    response = client.post(
        url, {"text": "Delivery\tColour\tLead\nx\tred\ty\n", "version": draft_a.version}
    )
    assert "columns the portal does not know: colour" in response.content.decode()
    response = client.post(url, {"text": "Delivery\tLead\nx\ty\tz\n", "version": draft_a.version})
    assert "Line 2 has 3 cells, more than the 2 columns" in response.content.decode()
