"""The partnership's records an editor adds, changes and deletes in the same way
(csp_portal.kinds), each listed in its section of the partnership's workspace page."""

from csp_portal.kinds import Kind

from .forms import (
    BoardMeetingForm,
    BoardPostForm,
    ContactForm,
    FundingForm,
    GovernanceLinkForm,
    MembershipForm,
)
from .models import BoardMeeting, BoardPost, Contact, Funding, GovernanceLink, Membership

PAGE = "reports_editor:partnership"

MEMBER = Kind(
    "member", "members", Membership, MembershipForm, "member", PAGE, "members", another=True
)
KINDS = [
    MEMBER,
    Kind(
        "board_post", "board/posts", BoardPost, BoardPostForm, "chair or vice-chair", PAGE, "board"
    ),
    Kind(
        "board_meeting",
        "board/meetings",
        BoardMeeting,
        BoardMeetingForm,
        "board meeting",
        PAGE,
        "board",
        another=True,
    ),
    Kind("contact", "contacts", Contact, ContactForm, "contact", PAGE, "contacts"),
    Kind("funding", "funding", Funding, FundingForm, "budget or grant", PAGE, "funding"),
    Kind(
        "governance_link",
        "governance",
        GovernanceLink,
        GovernanceLinkForm,
        "body the partnership works with",
        PAGE,
        "governance",
    ),
]
