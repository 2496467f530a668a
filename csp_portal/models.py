"""The audit log: who signed in (or failed to), who was refused, what was published, who
was given which role (written by csp_portal.audit; read by superusers in the admin); and
the content versions the cached public pages and PDFs are keyed on (csp_portal.pagecache)."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from .links import optional_link


class AuditEvent(models.Model):
    class Kind(models.TextChoices):
        LOGIN = "login", _("Signed in")
        LOGIN_FAILED = "login_failed", _("Failed sign-in")
        LOGOUT = "logout", _("Signed out")
        PERMISSION_DENIED = "permission_denied", _("Refused (403)")
        PUBLISHED = "published", _("Published")
        ROLE_GIVEN = "role_given", _("Role given")
        ROLE_REMOVED = "role_removed", _("Role removed")
        PARTNERSHIP_ADDED = "partnership_added", _("Partnership added")
        SUSPENDED = "suspended", _("Public pages suspended")
        RESTORED = "restored", _("Public pages restored")

    at = models.DateTimeField(auto_now_add=True, db_index=True)
    kind = models.CharField(max_length=30, choices=Kind.choices, db_index=True)
    user = optional_link("auth.User")
    username = models.CharField(
        max_length=150,
        blank=True,
        help_text=_("As typed, for failed sign-ins; kept if the user goes."),
    )
    ip_address = models.GenericIPAddressField(null=True, blank=True)
    # The portal's unit of tenancy, named in settings: this module knows no app above it.
    partnership = optional_link(settings.AUDIT_PARTNERSHIP_MODEL)
    detail = models.CharField(max_length=500, blank=True)

    class Meta:
        ordering = ["-at", "-pk"]

    def __str__(self):
        return f"{self.at:%Y-%m-%d %H:%M} {self.get_kind_display()} {self.username}"


class ContentVersion(models.Model):
    """How many times what one scope of the public pages shows has changed (a partnership's
    pages, the home page, search results, or all of them): cached pages and PDFs are keyed
    on it. Kept in the database, not the cache: it moves on with the commit that changes
    the content, and stays right whatever happens to the cache."""

    scope = models.CharField(max_length=120, primary_key=True)
    version = models.BigIntegerField(default=0)

    def __str__(self):
        return f"{self.scope}: {self.version}"


class SentForm(models.Model):
    """A form that adds something, sent once: its one-time token, and where its sending
    led. The same form sent again (a double click, a retry after a slow answer) is led
    there, and adds nothing more (csp_portal.editor.RecordFormView)."""

    token = models.CharField(max_length=40, primary_key=True)
    at = models.DateTimeField(auto_now_add=True, db_index=True)
    led_to = models.CharField(max_length=500, blank=True)

    def __str__(self):
        return f"{self.at:%Y-%m-%d %H:%M} {self.led_to}"


class Job(models.Model):
    """A piece of slow work asked for under a name (`key`, e.g. the PDF of record of one
    strategy), and how it stands: at most one is waiting or running under a name, so asking
    again while it is does nothing (csp_portal.jobs). The queue itself is django-tasks'."""

    class State(models.TextChoices):
        WAITING = "waiting", _("Waiting or running")
        DONE = "done", _("Done")
        FAILED = "failed", _("Failed")

    key = models.CharField(max_length=200, primary_key=True)
    task = models.CharField(max_length=200, help_text=_("The task's import path."))
    arguments = models.TextField(help_text=_("The task's arguments, as JSON."))
    state = models.CharField(max_length=10, choices=State.choices, default=State.WAITING)
    attempts = models.PositiveSmallIntegerField(default=0)
    error = models.TextField(blank=True, help_text=_("The last failure's exception."))
    updated_at = models.DateTimeField(auto_now=True, db_index=True)

    class Meta:
        indexes = [models.Index(fields=["task", "arguments"], name="job_task_arguments")]

    def __str__(self):
        return f"{self.key}: {self.get_state_display()}"


class WorkerHeartbeat(models.Model):
    """A job worker's last sign of life, written every few seconds while it runs: a job
    left running by a worker not heard from for JOBS_LEASE seconds goes back on the queue."""

    worker_id = models.CharField(max_length=64, primary_key=True)
    seen_at = models.DateTimeField(db_index=True)

    def __str__(self):
        return f"{self.worker_id} {self.seen_at:%Y-%m-%d %H:%M:%S}"


class TranslationStamp(models.Model):
    """What the other language said (a hash of its text) when one language's text of a
    field was last written or checked: once the other language's text differs from it, this
    one needs review (csp_portal.bilingual)."""

    content_type = models.ForeignKey("contenttypes.ContentType", on_delete=models.CASCADE)
    object_id = models.PositiveBigIntegerField()
    field = models.CharField(max_length=60)
    language = models.CharField(max_length=5)
    source_hash = models.CharField(max_length=64)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["content_type", "object_id", "field", "language"],
                name="one_translation_stamp_a_field_and_language",
            )
        ]

    def __str__(self):
        return f"{self.content_type} {self.object_id} {self.field} ({self.language})"
