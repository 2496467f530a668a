"""The parts of a strategy an editor adds, changes, deletes and restores, all in the same way:
priorities, delivery areas, actions, milestones and risks."""

from dataclasses import dataclass

from django import forms
from django.db import models

from .forms import ActionForm, DeliveryAreaForm, MilestoneForm, PriorityForm, RiskForm
from .models import Action, DeliveryArea, Milestone, Risk, StrategicPriority


@dataclass(frozen=True)
class Part:
    name: str  # in URL names: priority_add, priority_edit, priority_delete, priority_restore
    segment: str  # in the address: /editor/strategies/<pk>/priorities/add/
    model: type[models.Model]
    form: type[forms.ModelForm]
    noun: str  # in sentences: "The delivery area was added."
    list_page: str = ""  # the editor page that lists them, if not the strategy's overview

    def __str__(self):
        return self.noun


PARTS = [
    Part("priority", "priorities", StrategicPriority, PriorityForm, "priority"),
    Part("delivery_area", "delivery-areas", DeliveryArea, DeliveryAreaForm, "delivery area"),
    Part("action", "actions", Action, ActionForm, "action", list_page="strategies_editor:actions"),
    Part("milestone", "milestones", Milestone, MilestoneForm, "milestone"),
    Part("risk", "risks", Risk, RiskForm, "risk"),
]
PART_OF_MODEL = {part.model: part for part in PARTS}
