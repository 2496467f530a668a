from django.db.models import F
from django.utils import timezone

from strategies.models import Strategy

from .models import Consultation


def open_consultations(partnership_id: int, now=None) -> list[Consultation]:
    """Consultations taking responses now, for the partnership's public pages."""
    now = now or timezone.now()
    return list(
        Consultation.objects.filter(
            strategy__partnership=partnership_id,
            strategy__status=Strategy.Status.CONSULTATION,
            opens_at__lte=now,
            closes_at__gt=now,
        )
        .select_related("strategy__partnership")
        .order_by(F("closes_at"))
    )


def public_consultation(partnership_slug: str, pk: int) -> Consultation:
    """A consultation residents may see: its strategy has gone out for consultation (or
    further). A draft's consultation that never opened is not found."""
    return Consultation.objects.select_related("strategy__partnership").get(
        pk=pk,
        strategy__partnership__slug=partnership_slug,
        strategy__status__in=[s for s in Strategy.Status.values if s != Strategy.Status.DRAFT],
    )
