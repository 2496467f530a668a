import { initAll } from "../dist/govuk/govuk-frontend.min.js";

initAll();
