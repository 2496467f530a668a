from django.apps import AppConfig


class NotificationsConfig(AppConfig):
    name = "notifications"
    verbose_name = "Reminders and notifications"
    # A person's reminders are shown on no public page and in no report.
    public_content = {}
    private_content = ("PersonLanguage", "Preference", "Reminder")

    def ready(self):
        from reports.attention import attention_providers

        from .attention import due_for_user

        attention_providers.append(due_for_user)
