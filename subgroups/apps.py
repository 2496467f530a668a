from django.apps import AppConfig


class SubgroupsConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "subgroups"
    # What public pages and PDFs show (csp_portal.pagecache retires them when these change).
    public_content = ["Subgroup", "SubgroupMember"]
