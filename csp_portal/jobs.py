"""Background jobs: what the portal adds to django-tasks and its database worker.

django-tasks (the backport of Django 6's tasks framework) queues a task in the database and
`manage.py db_worker` runs it, on SQLite and PostgreSQL alike. It does not try a failed task
again, nor notice that the worker running one was killed (the task stays "running" for ever),
nor know that the same work was asked for twice. This module adds those three, and knows no
app:

- `start(task, *args, key=...)` queues the task under a name, unless the work of that name
  is already waiting or running, or has failed (then only `again=True` queues it: the
  person's "Try again"). Its `Job` row says how it stands.
- A task that raises is queued again after JOBS_BACKOFF seconds, then four times as long, and
  so on, until it has been tried JOBS_ATTEMPTS times; then its job has failed, and says why,
  and the failure is logged.
- Each worker writes a heartbeat (csp_portal's `db_worker`); a task left running by a worker
  not heard from for JOBS_LEASE seconds goes back on the queue, or fails once it has been
  tried JOBS_ATTEMPTS times.

A task may therefore run more than once (a worker killed just after it stored its file), so
each must be idempotent: it checks whether its work is done, and stores its result so that a
second run leaves one copy.
"""

import datetime
import json
import logging
import time

from django.conf import settings
from django.db import DatabaseError, close_old_connections, transaction
from django.dispatch import receiver
from django.utils import timezone
from django_tasks import TaskResultStatus
from django_tasks.signals import task_finished
from django_tasks_db.models import DBTaskResult

from .models import Job, WorkerHeartbeat

logger = logging.getLogger(__name__)


class WorkerLost(Exception):
    """The worker running a task stopped (killed, or its machine went away)."""


def _arguments(args) -> str:
    return json.dumps(list(args), sort_keys=True, separators=(",", ":"))


def _jobs_of(task_path: str, args):
    return Job.objects.filter(task=task_path, arguments=_arguments(args), state=Job.State.WAITING)


def start(task, *args, key: str, again: bool = False) -> Job:
    """Queue `task(*args)` as the work named `key`, unless that work is waiting or running
    already, or has failed and this is not a new try (`again`). Returns its job as it stands
    (with a backend that runs tasks at once, already done or failed)."""
    with transaction.atomic():
        job, created = Job.objects.select_for_update().get_or_create(
            key=key, defaults={"task": task.module_path, "arguments": _arguments(args)}
        )
        if not created:
            if job.state == Job.State.WAITING:
                return job
            if job.state == Job.State.FAILED and not again:
                return job
            job.task, job.arguments = task.module_path, _arguments(args)
            job.state, job.attempts, job.error = Job.State.WAITING, 0, ""
            job.save()
        task.enqueue(*args)
    job.refresh_from_db()
    return job


def state(key: str) -> str | None:
    """How the work named `key` stands (a Job.State), or None if it was never asked for."""
    return Job.objects.filter(key=key).values_list("state", flat=True).first()


def backoff(attempts: int) -> datetime.timedelta:
    """How long to wait before trying again a task that has failed `attempts` times."""
    return datetime.timedelta(seconds=settings.JOBS_BACKOFF * 4 ** (attempts - 1))


@receiver(task_finished, dispatch_uid="csp-portal-jobs-finished")
def _finished(sender, task_result, **kwargs) -> None:
    """A task has run: its job is done, or it is queued again, or it has failed for good."""
    jobs = _jobs_of(task_result.task.module_path, task_result.args)
    attempts = task_result.attempts
    if task_result.status == TaskResultStatus.SUCCESSFUL:
        jobs.update(state=Job.State.DONE, attempts=attempts, error="")
        return
    error = task_result.errors[-1].traceback.strip().splitlines()[-1] if task_result.errors else ""
    db_result = getattr(task_result, "db_result", None)
    if db_result is not None and attempts < settings.JOBS_ATTEMPTS:
        run_after = timezone.now() + backoff(attempts)
        DBTaskResult.objects.filter(id=db_result.id, status=TaskResultStatus.FAILED).update(
            status=TaskResultStatus.READY, run_after=run_after, finished_at=None
        )
        jobs.update(attempts=attempts, error=error)
        logger.warning(
            "Job %s failed (attempt %d of %d), tried again at %s: %s",
            task_result.task.module_path,
            attempts,
            settings.JOBS_ATTEMPTS,
            run_after.isoformat(timespec="seconds"),
            error,
        )
        return
    jobs.update(state=Job.State.FAILED, attempts=attempts, error=error)
    logger.error(
        "Job %s%s failed %d times; given up: %s",
        task_result.task.module_path,
        tuple(task_result.args),
        attempts,
        error,
    )


def heartbeat(worker_id: str) -> None:
    now = timezone.now()
    WorkerHeartbeat.objects.update_or_create(worker_id=worker_id, defaults={"seen_at": now})
    WorkerHeartbeat.objects.filter(seen_at__lt=now - datetime.timedelta(days=1)).delete()


def requeue_stalled() -> int:
    """Tasks left running by a worker not heard from for JOBS_LEASE seconds: back on the
    queue, or failed once tried JOBS_ATTEMPTS times. Returns how many were found."""
    now = timezone.now()
    lease = datetime.timedelta(seconds=settings.JOBS_LEASE)
    alive = set(
        WorkerHeartbeat.objects.filter(seen_at__gte=now - lease).values_list("worker_id", flat=True)
    )
    found = 0
    for result in DBTaskResult.objects.running().filter(started_at__lt=now - lease):
        worker = result.worker_ids[-1] if result.worker_ids else ""
        if worker in alive:
            continue
        found += 1
        claimed = DBTaskResult.objects.filter(
            id=result.id, status=TaskResultStatus.RUNNING, started_at=result.started_at
        )
        args = result.args_kwargs["args"]
        if len(result.worker_ids) < settings.JOBS_ATTEMPTS:
            claimed.update(status=TaskResultStatus.READY, run_after=now)
            logger.warning(
                "Job %s%s was left running by worker %s, not heard from for %s s: queued again",
                result.task_path,
                tuple(args),
                worker,
                settings.JOBS_LEASE,
            )
            continue
        error = (
            f"{WorkerLost.__name__}: the worker running it stopped, {len(result.worker_ids)} times"
        )
        claimed.update(
            status=TaskResultStatus.FAILED,
            finished_at=now,
            exception_class_path=f"{__name__}.{WorkerLost.__name__}",
            traceback=error,
        )
        _jobs_of(result.task_path, args).update(
            state=Job.State.FAILED, attempts=len(result.worker_ids), error=error
        )
        logger.error("Job %s%s given up: %s", result.task_path, tuple(args), error)
    return found


def keep_alive(worker_id: str) -> None:
    """A worker's second thread, for as long as it runs: its heartbeat, and the tasks of
    workers that stopped put back on the queue."""
    while True:
        try:
            heartbeat(worker_id)
            requeue_stalled()
        except DatabaseError:
            logger.exception("Job worker %s could not write its heartbeat", worker_id)
        finally:
            close_old_connections()
        time.sleep(min(settings.JOBS_LEASE / 4, 10))
