"""What a sweep of every page checks on each one, in one browser: at a desktop's width, the
headings and axe (WCAG 2.2 AA); at a phone's (390 pixels, and 320: 1,280 at 400% zoom), no
sideways scrolling (WCAG 1.4.10, reflow), no control narrower than its text, every diagram's
text legible, and axe again. Problems are gathered, not raised, so that one run names every
page that fails and why."""

from pathlib import Path

WCAG_22_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]
PHONES = (390, 320)
DESKTOP = 1280
HEIGHT = 900
# The smallest text a diagram may show, in pixels (GOV.UK's smallest is 16).
LEGIBLE = 14

HEADINGS = """() => {
  // GOV.UK puts the error summary and notification banners above the h1, by design.
  const headings = [...document.querySelectorAll("h1, h2, h3, h4, h5, h6")]
    .filter(h => !h.closest(".govuk-error-summary, .govuk-notification-banner"));
  const levels = headings.map(h => +h.tagName[1]);
  const skips = levels.filter((level, i) => i > 0 && level > levels[i - 1] + 1);
  const h1 = headings.filter(h => h.tagName === "H1");
  return {
    h1: h1.length,
    empty_h1: h1.filter(h => !h.innerText.trim()).length,
    first: levels[0],
    skips: skips.length,
  };
}"""

# The function in reflow.js, without the comment that heads the file.
REFLOW = "(" + (Path(__file__).parent / "reflow.js").read_text().split("\n(", 1)[1]


def structure_problems(page) -> list[str]:
    """One h1, with words in it, first; no heading level skipped; the language set."""
    headings = page.evaluate(HEADINGS)
    problems = []
    if headings != {"h1": 1, "empty_h1": 0, "first": 1, "skips": 0}:
        problems.append(f"headings: {headings}")
    welsh = "/cy/" in page.url  # a bilingual partnership's page in Welsh
    if page.evaluate("document.documentElement.lang") != ("cy" if welsh else "en-GB"):
        problems.append(f"the page's language is not {'cy' if welsh else 'en-GB'}")
    return problems


def axe_problems(axe, page) -> list[str]:
    results = axe.run(
        page,
        options={"runOnly": {"type": "tag", "values": WCAG_22_AA}, "resultTypes": ["violations"]},
    )
    return [results.generate_report()] if results.violations_count else []


def reflow_problems(page) -> list[str]:
    return page.evaluate(REFLOW, LEGIBLE)


def check_page(page, axe) -> list[str]:
    """The page (loaded) at a desktop's width, then at a phone's; left at the narrowest."""
    page.set_viewport_size({"width": DESKTOP, "height": HEIGHT})
    problems = structure_problems(page) + axe_problems(axe, page)
    for width in PHONES:
        page.set_viewport_size({"width": width, "height": HEIGHT})
        problems += [f"at {width} px, {problem}" for problem in reflow_problems(page)]
    problems += [f"at {PHONES[-1]} px, axe: {problem}" for problem in axe_problems(axe, page)]
    return problems
