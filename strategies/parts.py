"""The parts of a strategy an editor adds, changes, deletes and restores, all in the same way:
priorities, delivery areas, actions, milestones, risks and the policies it links to."""

from csp_portal.kinds import Kind

from .forms import (
    ActionForm,
    DeliveryAreaForm,
    DocumentForm,
    MilestoneForm,
    PolicyLinkForm,
    PriorityForm,
    RiskForm,
    StrategicAssessmentForm,
)
from .models import (
    Action,
    DeliveryArea,
    Document,
    Milestone,
    PolicyLink,
    Risk,
    StrategicAssessment,
    StrategicPriority,
)

OVERVIEW = "reports_editor:strategy"

PRIORITY = Kind(
    "priority",
    "priorities",
    StrategicPriority,
    PriorityForm,
    "priority",
    OVERVIEW,
    "priorities",
)
PARTS = [
    PRIORITY,
    Kind(
        "delivery_area",
        "delivery-areas",
        DeliveryArea,
        DeliveryAreaForm,
        "delivery area",
        OVERVIEW,
        "delivery-areas",
    ),
    Kind(
        "action",
        "actions",
        Action,
        ActionForm,
        "action",
        "strategies_editor:actions",
        article="an",
        another=True,
    ),
    Kind("milestone", "milestones", Milestone, MilestoneForm, "milestone", OVERVIEW, "milestones"),
    Kind("risk", "risks", Risk, RiskForm, "risk", OVERVIEW, "risks"),
    Kind(
        "policy_link",
        "policy-links",
        PolicyLink,
        PolicyLinkForm,
        "link to legislation or a plan",
        OVERVIEW,
        "policy-links",
    ),
]
PART_OF_MODEL = {part.model: part for part in PARTS}

# Records that go with a plan, or with the partnership, and can be added to a published one.
DOCUMENT = Kind("document", "documents", Document, DocumentForm, "document", OVERVIEW, "documents")
PARTNERSHIP_PAGE = "reports_editor:partnership"
PARTNERSHIP_DOCUMENT = Kind(
    "partnership_document",
    "documents",
    Document,
    DocumentForm,
    "document",
    PARTNERSHIP_PAGE,
    "documents",
)
ASSESSMENT = Kind(
    "assessment",
    "assessments",
    StrategicAssessment,
    StrategicAssessmentForm,
    "strategic assessment",
    PARTNERSHIP_PAGE,
    "assessments",
)
