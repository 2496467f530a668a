"""Editor forms. Every text field is length-limited by its model; errors show in the GOV.UK
pattern (a summary at the top, a message by the field)."""

from .parts import (
    ActionForm,
    ActionImportForm,
    DeliveryAreaForm,
    DocumentForm,
    MilestoneForm,
    PartForm,
    PolicyLinkForm,
    PriorityForm,
    RiskForm,
    StrategicAssessmentForm,
    SubgroupDeliveryForm,
)
from .strategy import (
    NewStrategyForm,
    RecordPublicationForm,
    RefreshForm,
    StrategyForm,
    TransitionForm,
    check_period,
)

__all__ = [
    "ActionForm",
    "ActionImportForm",
    "DeliveryAreaForm",
    "DocumentForm",
    "MilestoneForm",
    "NewStrategyForm",
    "PartForm",
    "PolicyLinkForm",
    "PriorityForm",
    "RecordPublicationForm",
    "RefreshForm",
    "RiskForm",
    "StrategicAssessmentForm",
    "StrategyForm",
    "SubgroupDeliveryForm",
    "TransitionForm",
    "check_period",
]
