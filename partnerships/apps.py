from django.apps import AppConfig
from django.db.models.signals import post_delete, post_save


class PartnershipsConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "partnerships"
    # What public pages and PDFs show (csp_portal.pagecache retires them when these change).
    public_content = [
        "Organisation",
        "Partnership",
        "Membership",
        "Contact",
        "Funding",
        "GovernanceLink",
        "BoardPost",
        "BoardMeeting",
    ]
    # Shown on no public page or PDF.
    private_content = ["PartnershipRole"]

    def ready(self):
        from .models import PartnershipRole
        from .services import role_change_recorded

        post_save.connect(role_change_recorded, sender=PartnershipRole, dispatch_uid="role-saved")
        post_delete.connect(
            role_change_recorded, sender=PartnershipRole, dispatch_uid="role-deleted"
        )
