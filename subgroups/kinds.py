"""Subgroups and their members, added, changed and deleted as every kind of record is
(csp_portal.kinds)."""

from csp_portal.kinds import Kind

from .forms import SubgroupForm, SubgroupMemberForm
from .models import Subgroup, SubgroupMember

SUBGROUP = Kind(
    "subgroup",
    "subgroups",
    Subgroup,
    SubgroupForm,
    "subgroup",
    "reports_editor:partnership",
    "subgroups",
)
MEMBER = Kind(
    "subgroup_member",
    "members",
    SubgroupMember,
    SubgroupMemberForm,
    "member of the subgroup",
    "subgroups_editor:members",
    "members",
    another=True,
)
