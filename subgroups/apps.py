from django.apps import AppConfig


class SubgroupsConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "subgroups"
    # What public pages and PDFs show, and the way from each to its partnership
    # (csp_portal.pagecache retires that partnership's pages when these change).
    public_content = {"Subgroup": "partnership", "SubgroupMember": "subgroup.partnership"}
