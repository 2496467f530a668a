import datetime

import factory
from django.utils import timezone

from consultations.models import Consultation, Question
from consultations.questions import standard_questions
from monitoring.models import Indicator
from partnerships.models import Membership, Organisation, Partnership
from scrutiny.models import ScrutinyReview
from strategies.models import Action, DeliveryArea, StrategicPriority, Strategy
from subgroups.models import Subgroup


class OrganisationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Organisation
        django_get_or_create = ["name"]

    name = factory.Sequence(lambda n: f"Organisation {n}")
    kind = Organisation.Kind.OTHER


class PartnershipFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Partnership

    name = factory.Sequence(lambda n: f"Borough {n} Community Safety Partnership")
    slug = factory.Sequence(lambda n: f"borough-{n}")
    area = factory.Sequence(lambda n: f"Borough {n}")


class PartnershipPartFactory(factory.django.DjangoModelFactory):
    """A record of a partnership (a new partnership's unless the test gives one)."""

    class Meta:
        abstract = True

    partnership = factory.SubFactory(PartnershipFactory)


class MembershipFactory(PartnershipPartFactory):
    class Meta:
        model = Membership

    organisation = factory.SubFactory(OrganisationFactory)
    role = Membership.Role.RESPONSIBLE_AUTHORITY


class StrategyFactory(PartnershipPartFactory):
    class Meta:
        model = Strategy

    title = factory.Sequence(lambda n: f"Community Safety Strategy {n}")
    slug = factory.Sequence(lambda n: f"community-safety-strategy-{n}")
    period_start_year = 2021
    period_end_year = 2024
    status = Strategy.Status.PUBLISHED


class StrategyPartFactory(factory.django.DjangoModelFactory):
    """A part of a strategy, placed after the parts of its kind made before it (each kind
    counts on its own)."""

    class Meta:
        abstract = True

    strategy = factory.SubFactory(StrategyFactory)
    order = factory.Sequence(lambda n: n)


class PriorityFactory(StrategyPartFactory):
    class Meta:
        model = StrategicPriority

    title = factory.Sequence(lambda n: f"Priority {n}")


class DeliveryAreaFactory(StrategyPartFactory):
    class Meta:
        model = DeliveryArea

    title = factory.Sequence(lambda n: f"Delivery area {n}")


class ActionFactory(StrategyPartFactory):
    class Meta:
        model = Action

    year = 2021
    delivery = factory.Sequence(lambda n: f"Action {n}")


class IndicatorFactory(factory.django.DjangoModelFactory):
    """A count of offences, where lower is better."""

    class Meta:
        model = Indicator

    strategy = factory.SubFactory(StrategyFactory)
    name = factory.Sequence(lambda n: f"Indicator {n}")
    unit = "offences"
    direction = "lower"


class SubgroupFactory(PartnershipPartFactory):
    class Meta:
        model = Subgroup

    name = factory.Sequence(lambda n: f"Delivery group {n}")
    slug = factory.Sequence(lambda n: f"delivery-group-{n}")


class ScrutinyReviewFactory(PartnershipPartFactory):
    class Meta:
        model = ScrutinyReview

    committee = "Overview and Scrutiny"


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = "auth.User"
        django_get_or_create = ["username"]

    username = factory.Sequence(lambda n: f"user{n}")
    password = factory.django.Password("a-long-test-password")


def user_with_role(partnership, role, username=None):
    from partnerships.models import PartnershipRole

    user = UserFactory(username=username) if username else UserFactory()
    PartnershipRole.objects.create(user=user, partnership=partnership, role=role)
    return user


def open_consultation(strategy, title="Have your say on our draft priorities"):
    """A consultation on the strategy, open since yesterday for a week, with the standard
    questions on its draft priorities."""
    now = timezone.now()
    consultation = Consultation.objects.create(
        strategy=strategy,
        title=title,
        opens_at=now - datetime.timedelta(days=1),
        closes_at=now + datetime.timedelta(days=7),
    )
    Question.objects.bulk_create(standard_questions(consultation))
    return consultation


def moment_fields(name: str, when: datetime.datetime | str) -> dict:
    """A day-and-time field as a person fills it in: the GOV.UK date input's three boxes and
    the time box ('9:00am'), from an aware datetime or from 'YYYY-MM-DDTHH:MM' in UK time."""
    if isinstance(when, str):
        when = timezone.make_aware(datetime.datetime.fromisoformat(when))
    local = timezone.localtime(when)
    hour = local.hour % 12 or 12
    return {
        f"{name}_0": str(local.day),
        f"{name}_1": str(local.month),
        f"{name}_2": str(local.year),
        f"{name}_3": f"{hour}:{local.minute:02}{'am' if local.hour < 12 else 'pm'}",
    }
