// Reordering priorities without a page load. Without JavaScript the "Move up" and
// "Move down" buttons post their forms and the page reloads; with it, the same POST is sent
// with fetch, the priorities section is replaced by the one in the answer, focus stays on
// the moved priority's button, and a live region says what happened.
const section = document.querySelector("[data-priorities]");

async function move(event) {
  const form = event.target.closest("form[data-move-form]");
  if (!form) return;
  event.preventDefault();
  const direction = form.dataset.moveForm;
  const priorityId = form.closest("[data-priority]").dataset.priority;
  const response = await fetch(form.action, {
    method: "POST",
    body: new FormData(form),
    credentials: "same-origin",
  });
  if (!response.ok) {
    form.submit();
    return;
  }
  const html = await response.text();
  const fresh = new DOMParser().parseFromString(html, "text/html").querySelector("[data-priorities]");
  if (!fresh) {
    window.location.reload();
    return;
  }
  section.innerHTML = fresh.innerHTML;
  const moved = section.querySelector(`[data-priority="${priorityId}"]`);
  const button = moved.querySelector(`form[data-move-form="${direction}"] button`) ||
    moved.querySelector("form[data-move-form] button");
  if (button) button.focus();
  const title = moved.querySelector("h3").textContent.trim();
  section.querySelector("[data-priorities-status]").textContent = `Moved ${direction}: ${title}`;
}

if (section) section.addEventListener("submit", move);
