// Starts the workbench's program: on workbench.html, and in the worker the
// page starts from this same file (the program tells the two apart).
// trunk writes the program beside it (a `worker` link in index.html).
import init from "./parallax-workbench.js";

init().catch((error) => {
  // In the worker there is no page: the page hears of it through onerror.
  if (typeof document === "undefined") throw error;
  const box = document.getElementById("loading");
  if (!box) return;
  const p = document.createElement("p");
  p.setAttribute("role", "alert");
  p.textContent = "The workbench could not start (" + error + "). It needs a recent browser with WebAssembly and module workers: Chrome, Edge, Firefox or Safari.";
  box.replaceChildren(p);
});
