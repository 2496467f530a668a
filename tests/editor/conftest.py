import pytest

from tests.factories import PartnershipFactory, UserFactory
from tests.factories import user_with_role as _user_with_role


@pytest.fixture
def editor(draft_a):
    return _user_with_role(draft_a.partnership, "editor", username="alex")


@pytest.fixture
def people(partnership_a):
    """Who is asked: nobody, the three roles of partnership A, an editor of B, a superuser."""
    partnership_b = PartnershipFactory(slug="borough-b")
    return {
        "anonymous": None,
        "viewer A": _user_with_role(partnership_a, "viewer"),
        "editor A": _user_with_role(partnership_a, "editor"),
        "approver A": _user_with_role(partnership_a, "approver"),
        "editor B": _user_with_role(partnership_b, "editor"),
        "superuser": UserFactory(is_superuser=True, is_staff=True),
    }
