// What a phone must show: no sideways scrolling (WCAG 1.4.10, reflow), no control narrower
// than its text, every diagram's text legible. Run by tests/browser/sweeping.py on a page;
// returns the problems found, in words.
(legible) => {
  const problems = [];
  const width = window.innerWidth;
  const name = e => {
    const text = (e.innerText || e.value || e.textContent || "").trim().replace(/\s+/g, " ");
    return `<${e.tagName.toLowerCase()}${e.id ? "#" + e.id : ""}${e.className && typeof e.className === "string" ? "." + e.className.trim().split(/\s+/).join(".") : ""}> "${text.slice(0, 40)}"`;
  };
  const shown = e => e.getClientRects().length > 0 && getComputedStyle(e).visibility !== "hidden";
  const scrolled = document.documentElement.scrollWidth;
  if (scrolled > width) {
    // What sticks out: the innermost elements past the right edge or with text wider than
    // themselves (a long address), but those in a box of their own that scrolls or clips.
    const past = e => e.getBoundingClientRect().right > width + 0.5
      || (e.clientWidth > 1 && e.scrollWidth > e.clientWidth + 2);
    const boxed = e => {
      for (let a = e.parentElement; a && a !== document.body; a = a.parentElement) {
        if (getComputedStyle(a).overflowX !== "visible") return true;
      }
      return false;
    };
    const culprits = [...document.body.querySelectorAll("*")]
      .filter(e => past(e) && !boxed(e) && !e.closest("svg") && ![...e.children].some(past));
    problems.push(`scrolls sideways (${scrolled} px): ${culprits.slice(0, 3).map(name).join(", ")}`);
  }
  // GOV.UK's buttons reach 2 pixels past their box (a larger target for a finger). (A list
  // to choose from never scrolls: one whose choices are cut short is found below.)
  for (const e of document.querySelectorAll(
    "button, a.govuk-button, input[type=submit], input[type=button], select"
  )) {
    if (shown(e) && e.scrollWidth > e.clientWidth + 2) {
      problems.push(`${name(e)} is narrower than its text (${e.scrollWidth} > ${e.clientWidth} px)`);
    }
  }
  // A list to choose from whose longest choice is cut short must take all the width it has.
  const ruler = document.createElement("canvas").getContext("2d");
  for (const e of document.querySelectorAll("select")) {
    if (!shown(e)) continue;
    const style = getComputedStyle(e);
    ruler.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
    const longest = Math.max(...[...e.options].map(o => ruler.measureText(o.text).width));
    const room = e.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight) - 24;
    const parent = e.parentElement, around = getComputedStyle(parent);
    const space = parent.clientWidth - parseFloat(around.paddingLeft) - parseFloat(around.paddingRight);
    if (longest > room && e.getBoundingClientRect().width < space - 1) {
      problems.push(`${name(e)} cuts its choices short (${Math.round(longest)} > ${Math.round(room)} px) in ${Math.round(e.getBoundingClientRect().width)} of ${Math.round(space)} px`);
    }
  }
  // A box to type in shows two characters at least, and what is typed up to eight.
  for (const e of document.querySelectorAll(
    "input:not([type=hidden]):not([type=radio]):not([type=checkbox]):not([type=submit]):not([type=button]):not([type=file]), textarea"
  )) {
    const em = parseFloat(getComputedStyle(e).fontSize);
    if (shown(e) && (e.clientWidth < 2 * em || (e.scrollWidth > e.clientWidth && e.clientWidth < 8 * em))) {
      problems.push(`${name(e)} is too narrow for its text (${e.clientWidth} px)`);
    }
  }
  for (const svg of document.querySelectorAll("svg.portal-diagram")) {
    if (!shown(svg)) continue;
    const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
    const small = [...svg.querySelectorAll("text")].find(
      t => parseFloat(getComputedStyle(t).fontSize) * scale < legible
    );
    if (small) {
      const size = parseFloat(getComputedStyle(small).fontSize) * scale;
      problems.push(`the diagram "${svg.querySelector("title").textContent}" has text ${size.toFixed(1)} px high`);
    }
  }
  return problems;
}
