"""What a test reads on a page, or in the HTML a PDF is made from."""


def assert_says(text: str, *phrases: str) -> None:
    """Each phrase is in the text; those that are not are named together."""
    missing = [phrase for phrase in phrases if phrase not in text]
    assert not missing, f"not in the text: {missing}"


def assert_page_says(response, *phrases: str, status_code: int = 200) -> None:
    """The page answered with the status and says each phrase."""
    assert response.status_code == status_code, f"answered {response.status_code}"
    assert_says(response.content.decode(), *phrases)
