from django.db.models import Count, F, Q
from django.utils import timezone

from strategies.models import Strategy

from .models import Consultation


def open_now(partnership_id: int, now) -> Q:
    """The partnership's consultations taking responses at `now`."""
    return Q(
        strategy__partnership=partnership_id,
        strategy__status=Strategy.Status.CONSULTATION,
        opens_at__lte=now,
        closes_at__gt=now,
    )


def open_consultations(partnership_id: int, now=None) -> list[Consultation]:
    """Consultations taking responses now, for the partnership's public pages."""
    now = now or timezone.now()
    return list(
        Consultation.objects.filter(open_now(partnership_id, now))
        .select_related("strategy__partnership")
        .order_by(F("closes_at"))
    )


def strategy_page_consultations(strategy: Strategy, now=None):
    """In one query: the strategy's own consultations (with their online responses counted)
    and those of the partnership open now. Returns (own, open now)."""
    now = now or timezone.now()
    found = list(
        Consultation.objects.filter(
            Q(strategy=strategy.pk) | open_now(strategy.partnership_id, now)
        )
        .select_related("strategy__partnership")
        .annotate(online=Count("responses"))
        .order_by(F("closes_at"))
    )
    own = [c for c in found if c.strategy_id == strategy.pk]
    open_ = [c for c in found if c.is_open(now)]
    return own, open_


def public_consultation(partnership_slug: str, pk: int) -> Consultation:
    """A consultation residents may see: its strategy has gone out for consultation (or
    further). A draft's consultation that never opened is not found."""
    return Consultation.objects.select_related("strategy__partnership").get(
        pk=pk,
        strategy__partnership__slug=partnership_slug,
        strategy__status__in=[s for s in Strategy.Status.values if s != Strategy.Status.DRAFT],
    )
