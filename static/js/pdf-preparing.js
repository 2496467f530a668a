// The page of a PDF being prepared (templates/reports/pdf_preparing.html). Without
// JavaScript the person follows "Check again"; with it, the page asks every few seconds
// (a HEAD request to the same address) and, once the file is there, says so and downloads
// it. No timed refresh of the whole page (WCAG 2.2.1).
const status = document.querySelector("[data-pdf-preparing]");
if (status) {
  const address = window.location.href;
  const seconds = Number(status.dataset.pdfPreparing) || 5;
  const ask = async () => {
    try {
      const answer = await fetch(address, { method: "HEAD", credentials: "same-origin" });
      const kind = answer.headers.get("content-type") || "";
      if (answer.ok && kind.startsWith("application/pdf")) {
        status.textContent = "The PDF is ready. It is downloading now.";
        window.location.assign(address);
        return;
      }
      if (answer.status === 503) {
        window.location.reload(); // it could not be prepared: the page says so
        return;
      }
    } catch (error) {
      // Offline for a moment: ask again later.
    }
    window.setTimeout(ask, seconds * 1000);
  };
  status.textContent = `This page checks every ${seconds} seconds and downloads the PDF when it is ready.`;
  window.setTimeout(ask, seconds * 1000);
}
