from django.apps import AppConfig


class SubgroupsConfig(AppConfig):
    name = "subgroups"
    # What public pages and PDFs show, and the way from each to its partnership
    # (csp_portal.pagecache retires that partnership's pages when these change).
    public_content = {"Subgroup": "partnership", "SubgroupMember": "subgroup.partnership"}
