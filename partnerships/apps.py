from django.apps import AppConfig
from django.db.models.signals import post_delete, post_save


class PartnershipsConfig(AppConfig):
    name = "partnerships"
    # What public pages and PDFs show, and the way from each to its partnership
    # (csp_portal.pagecache retires that partnership's pages when these change; the
    # national list of organisations is on every partnership's).
    public_content = {
        "Organisation": None,
        "Partnership": "",
        "Membership": "partnership",
        "Contact": "partnership",
        "Funding": "partnership",
        "GovernanceLink": "partnership",
        "BoardPost": "partnership",
        "BoardMeeting": "partnership",
    }
    # What the home page lists.
    home_content = ["Partnership"]
    # Shown on no public page or PDF.
    private_content = ["PartnershipRole"]

    def ready(self):
        from .models import PartnershipRole
        from .services import role_change_recorded

        post_save.connect(role_change_recorded, sender=PartnershipRole, dispatch_uid="role-saved")
        post_delete.connect(
            role_change_recorded, sender=PartnershipRole, dispatch_uid="role-deleted"
        )
