"""Writes to strategies, each a function keyword-only and named <entity>_<verb>, taking plain
data and the acting user; views stay thin and call exactly one of them. Role checks come
from partnerships.permissions.

- edits: the strategy and its parts, respecting the freeze and refusing a stale save;
- workflow: the steps from draft to published, and the record of a plan published before
  the portal;
- refresh: the annual refresh, a new draft revision;
- imports: an action plan read from a table, saved in one step.
"""

from .edits import (
    StaleEdit,
    document_delete,
    document_save,
    free_slug,
    history_restore,
    part_delete,
    part_save,
    priority_move,
    strategy_create,
    strategy_touch,
    strategy_update,
    subgroup_delivery_set,
)
from .imports import action_plan_import
from .refresh import Proposal, RefreshInProgress, refresh_proposal, strategy_start_refresh
from .workflow import (
    ACTION_LABELS,
    TRANSITIONS,
    Decision,
    allowed_transitions,
    sent_for_approval_by,
    strategy_record_publication,
    strategy_transition,
)

__all__ = [
    "ACTION_LABELS",
    "TRANSITIONS",
    "Decision",
    "Proposal",
    "RefreshInProgress",
    "action_plan_import",
    "StaleEdit",
    "allowed_transitions",
    "sent_for_approval_by",
    "document_delete",
    "document_save",
    "free_slug",
    "history_restore",
    "part_delete",
    "part_save",
    "priority_move",
    "refresh_proposal",
    "strategy_create",
    "strategy_record_publication",
    "strategy_start_refresh",
    "strategy_touch",
    "strategy_transition",
    "strategy_update",
    "subgroup_delivery_set",
]
