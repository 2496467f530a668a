"""How an editor page of one strategy is reached: the access toolkit (csp_portal.editor)
with the strategy found among the user's partnerships'. Used by every app's editor pages of
a strategy (the plan's own, its consultations, its monitoring)."""

from csp_portal.editor import EditorAccessMixin, url_at
from partnerships import permissions

from . import selectors
from .models import Strategy


def overview_url(strategy: Strategy, anchor: str = "") -> str:
    """The strategy's page in the workspace (reports), at a section."""
    return url_at("reports_editor:strategy", anchor, pk=strategy.pk)


class StrategyAccessMixin(EditorAccessMixin):
    """An editor page of one strategy, `pk` in the address."""

    needs = permissions.READ

    def get_scoped(self):
        return selectors.strategy_for_editor(self.request.user, self.kwargs["pk"])

    @property
    def strategy(self) -> Strategy:
        return self.scoped

    def is_frozen(self) -> bool:
        return self.strategy.is_frozen

    def frozen_url(self) -> str:
        return overview_url(self.strategy)

    @property
    def frozen_message(self) -> str:
        return self.strategy.frozen_message

    def can_edit(self) -> bool:
        return permissions.can_edit(self.request.user, self.strategy.partnership_id)

    def bilingual(self) -> bool:
        return self.strategy.partnership.is_bilingual

    def get_context_data(self, **kwargs):
        kwargs.setdefault("strategy", self.strategy)
        kwargs.setdefault("partnership", self.strategy.partnership)
        return super().get_context_data(**kwargs)
