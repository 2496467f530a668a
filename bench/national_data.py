"""The national dataset: 320 partnerships, 1,600 strategy revisions, 100,000 actions with
four quarters of progress each, 200,000 consultation responses, bulk-inserted into its own
database (csp_portal_national); and a typical plan of 60 actions beside them."""

import subprocess
import time

DATABASE = "csp_portal_national"
PARTNERSHIPS, REVISIONS, ACTIONS, RESPONSES = 320, 5, 100_000, 200_000
LARGEST_ACTIONS = 2_000
TYPICAL_ACTIONS = 60


def database_exists() -> bool:
    out = subprocess.run(
        [
            "psql",
            "-h",
            "127.0.0.1",
            "-U",
            "postgres",
            "-tAc",
            f"SELECT 1 FROM pg_database WHERE datname = '{DATABASE}'",
        ],
        capture_output=True,
        text=True,
    )
    return out.stdout.strip() == "1"


def generate():
    """Bulk-inserts the national dataset (a few minutes)."""
    import datetime

    from django.utils import timezone

    from consultations.models import Answer, Consultation, Question, Response
    from consultations.questions import standard_questions
    from monitoring.models import ProgressUpdate
    from partnerships.models import Partnership
    from strategies.models import Action, DeliveryArea, StrategicPriority, Strategy

    started = time.perf_counter()
    partnerships = Partnership.objects.bulk_create(
        Partnership(
            name=f"Borough {n} Community Safety Partnership",
            slug=f"borough-{n}",
            area=f"Borough {n}",
        )
        for n in range(PARTNERSHIPS)
    )
    strategies = []
    for p in partnerships:
        for r in range(REVISIONS):
            current = r == REVISIONS - 1
            strategies.append(
                Strategy(
                    partnership=p,
                    title=f"Community Safety Strategy {2016 + r}-{2019 + r}",
                    slug=f"strategy-{2016 + r}",
                    period_start_year=2016 + r,
                    period_end_year=2019 + r,
                    revision=r + 1,
                    status="published" if current else "superseded",
                    summary="How the partnership keeps the borough safe. " * 10,
                    published_on=datetime.date(2016 + r, 6, 1),
                )
            )
    strategies = Strategy.objects.bulk_create(strategies, batch_size=2000)
    current = [s for s in strategies if s.status == "published"]
    priorities = StrategicPriority.objects.bulk_create(
        (
            StrategicPriority(
                strategy=s,
                order=i,
                title=f"Priority {i}: reduce harm {i}",
                description="What the partnership will do. " * 5,
            )
            for s in current
            for i in range(1, 6)
        ),
        batch_size=5000,
    )
    by_strategy = {}
    for p in priorities:
        by_strategy.setdefault(p.strategy_id, []).append(p)
    DeliveryArea.objects.bulk_create(
        (
            DeliveryArea(
                strategy_id=p.strategy_id, priority=p, order=i, title=f"Delivery area {p.order}.{i}"
            )
            for p in priorities
            for i in range(3)
        ),
        batch_size=5000,
    )
    largest = current[0]
    rest = ACTIONS - LARGEST_ACTIONS
    per = rest // (len(current) - 1)
    actions = []
    for s in current:
        count = LARGEST_ACTIONS if s is largest else per
        ps = by_strategy[s.pk]
        for i in range(count):
            actions.append(
                Action(
                    strategy=s,
                    priority=ps[i % 5],
                    year=2020,
                    order=i,
                    area=f"Ward {i % 20}",
                    delivery=f"Action {i}: joint patrols and a campaign in ward {i % 20}",
                    success_measure="Fewer repeat incidents",
                    target="10% fewer",
                )
            )
    Action.objects.bulk_create(actions, batch_size=5000)
    action_ids = list(Action.objects.values_list("pk", flat=True))
    ProgressUpdate.objects.bulk_create(
        (
            ProgressUpdate(
                action_id=a,
                year=2020,
                quarter=q,
                rag=("green", "amber", "red", "green")[q - 1],
                commentary="On track with the partners.",
            )
            for a in action_ids
            for q in range(1, 5)
        ),
        batch_size=10000,
    )
    from monitoring.models import QuarterPublication

    QuarterPublication.objects.bulk_create(
        QuarterPublication(strategy=s, year=2020, quarter=4) for s in current
    )
    now = timezone.now()
    # Every current strategy had a consultation with published results; all 200,000
    # responses are the largest strategy's, so the same page shows 0 or 200,000.
    consultations = Consultation.objects.bulk_create(
        Consultation(
            strategy=s,
            title="Have your say on the draft priorities",
            opens_at=now - datetime.timedelta(days=60),
            closes_at=now - datetime.timedelta(days=1),
            results_published=True,
        )
        for s in current
    )
    Question.objects.bulk_create(
        (q for c in consultations for q in standard_questions(c, equality=True)),
        batch_size=5000,
    )
    consultation = consultations[0]
    questions = list(consultation.questions.all())
    from consultations.questions import CHOICES

    def picked(q, n):
        options = CHOICES[q.kind]
        return options[(n * 7 + q.pk) % len(options)][0]

    kinds = {q.kind: q for q in questions}
    Response.objects.bulk_create(
        (
            Response(
                consultation=consultation,
                reference=f"N{n:07d}",
                respondent_type=picked(kinds["respondent_type"], n),
                area=f"RG{40 + n % 12}",
            )
            for n in range(RESPONSES)
        ),
        batch_size=10000,
    )
    response_ids = list(
        Response.objects.filter(consultation=consultation).values_list("pk", flat=True)
    )
    batch = []
    for n, rid in enumerate(response_ids):
        for q in questions:
            if q.kind in CHOICES:
                batch.append(Answer(response_id=rid, question=q, choice=picked(q, n)))
            elif q.kind == "area":
                batch.append(Answer(response_id=rid, question=q, choice=f"RG{40 + n % 12}"))
        if len(batch) >= 50_000:
            Answer.objects.bulk_create(batch, batch_size=10000)
            batch = []
    Answer.objects.bulk_create(batch, batch_size=10000)
    subprocess.run(
        ["psql", "-h", "127.0.0.1", "-U", "postgres", "-d", DATABASE, "-qc", "VACUUM ANALYZE"],
        check=True,
    )
    print(f"Generated in {time.perf_counter() - started:.0f} s")


def typical_plan():
    """A published plan of 60 actions (most partnerships' size), made once: the dataset's
    other plans have 307 each."""
    from monitoring.models import ProgressUpdate, QuarterPublication
    from partnerships.models import Partnership
    from strategies.models import Action, StrategicPriority, Strategy

    partnership, made = Partnership.objects.get_or_create(
        slug="typical", defaults={"name": "Typical Community Safety Partnership", "area": "Typical"}
    )
    if not made:
        return Strategy.objects.get(partnership=partnership)
    strategy = Strategy.objects.create(
        partnership=partnership,
        title="Community Safety Strategy 2020-2023",
        slug="strategy-2020",
        period_start_year=2020,
        period_end_year=2023,
        status="published",
        summary="How the partnership keeps the borough safe. " * 10,
    )
    priorities = [
        StrategicPriority.objects.create(strategy=strategy, order=i, title=f"Priority {i}")
        for i in range(1, 6)
    ]
    actions = Action.objects.bulk_create(
        Action(
            strategy=strategy,
            priority=priorities[i % 5],
            year=2020,
            order=i,
            delivery=f"Action {i}: joint patrols and a campaign in ward {i % 20}",
            success_measure="Fewer repeat incidents",
            target="10% fewer",
        )
        for i in range(TYPICAL_ACTIONS)
    )
    ProgressUpdate.objects.bulk_create(
        ProgressUpdate(action=a, year=2020, quarter=q, rag="green", commentary="On track.")
        for a in actions
        for q in range(1, 5)
    )
    QuarterPublication.objects.create(strategy=strategy, year=2020, quarter=4)
    return strategy


def submitters_consultation():
    """A consultation open now on a draft of its own, with the standard questions and no
    earlier run's responses; returns ((partnership slug, its pk), the agreement questions,
    the concerns question)."""
    import datetime

    from django.utils import timezone

    from consultations.models import Consultation, Response
    from consultations.questions import standard_questions
    from partnerships.models import Partnership
    from strategies.models import StrategicPriority, Strategy

    partnership, made = Partnership.objects.get_or_create(
        slug="submitters", defaults={"name": "Submitters Partnership", "area": "Submitters"}
    )
    now = timezone.now()
    if made:
        strategy = Strategy.objects.create(
            partnership=partnership,
            title="Draft Community Safety Strategy",
            slug="draft",
            period_start_year=2026,
            period_end_year=2029,
            status="consultation",
        )
        for i in range(1, 4):
            StrategicPriority.objects.create(strategy=strategy, order=i, title=f"Priority {i}")
        consultation = Consultation.objects.create(
            strategy=strategy,
            title="Have your say",
            opens_at=now,
            closes_at=now + datetime.timedelta(days=1),
        )
        for question in standard_questions(consultation, equality=False):
            question.save()
    consultation = Consultation.objects.get(strategy__partnership=partnership)
    Response.objects.filter(consultation=consultation).delete()
    Consultation.objects.filter(pk=consultation.pk).update(
        opens_at=now - datetime.timedelta(hours=1), closes_at=now + datetime.timedelta(days=1)
    )
    questions = consultation.questions.all()
    agreement = [q.pk for q in questions if q.kind == "agreement"]
    concerns = next(q.pk for q in questions if q.kind == "concerns")
    return (partnership.slug, consultation.pk), agreement, concerns
