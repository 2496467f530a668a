"""`manage.py db_worker`: django-tasks' database worker, with a heartbeat.

The same command, arguments and behaviour as django_tasks_db's (this app comes before it in
INSTALLED_APPS), and a second thread that writes the worker's heartbeat every few seconds and
puts back on the queue the tasks of workers that stopped (csp_portal.jobs). Run as many as
docs/deploy.md says, each under systemd.
"""

import os
import threading

from django.utils.autoreload import DJANGO_AUTORELOAD_ENV
from django_tasks_db.management.commands.db_worker import Command as DatabaseWorkerCommand

from csp_portal import jobs


class Command(DatabaseWorkerCommand):
    help = "Run a background job worker (django-tasks' database worker, with a heartbeat)"

    def handle(self, *args, **options):
        reloader_parent = options["reload"] and os.environ.get(DJANGO_AUTORELOAD_ENV) != "true"
        if options["batch"]:
            # Runs what is queued, then stops: no heartbeat to keep.
            jobs.requeue_stalled()
        elif not reloader_parent:
            jobs.heartbeat(options["worker_id"])
            threading.Thread(
                target=jobs.keep_alive, args=(options["worker_id"],), daemon=True
            ).start()
        super().handle(*args, **options)
