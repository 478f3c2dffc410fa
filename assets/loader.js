// Parallax loader. `parallax-corpus finish` writes it next to the page as
// loader-<hash>.js and gives its <script id="loader"> the program's file
// names and integrity values as data attributes. It starts the program
// after the first paint (the text is already in the page, and nothing is
// fetched before it), checks the program's integrity, and says so in the
// page when anything fails.
const config = document.getElementById("loader").dataset;
let started = false;

function say(title, text, retry) {
  const main = document.getElementById("app");
  if (!main) return;
  const old = document.getElementById("load-failure");
  if (old) old.remove();
  const box = document.createElement("section");
  box.id = "load-failure";
  box.className = "load-error";
  box.setAttribute("role", retry ? "alert" : "status");
  const h = document.createElement("h2");
  h.textContent = title;
  const p = document.createElement("p");
  p.textContent = text;
  box.append(h, p);
  if (retry) {
    const b = document.createElement("button");
    b.type = "button";
    b.textContent = "Try again";
    b.addEventListener("click", () => location.reload());
    box.append(b);
  }
  main.prepend(box);
}

function fail(why) {
  say("The interactive part of Parallax could not start",
      why + " The articles below can still be read; topics, search and the comparison need the program.", true);
}

async function start() {
  const slow = setTimeout(() => {
    if (!started) say("Still loading…", "The interactive part of Parallax is taking long to load on this connection; the articles below can be read meanwhile.", false);
  }, 8000);
  try {
    // The glue module is preloaded with its integrity, so the import below
    // gets the checked module (or fails).
    const link = document.createElement("link");
    link.rel = "modulepreload";
    link.href = config.js;
    link.integrity = config.jsIntegrity;
    link.crossOrigin = "anonymous";
    document.head.append(link);
    const wasmResponse = fetch(config.wasm, { integrity: config.wasmIntegrity });
    const bindings = await import(config.js);
    let response;
    try {
      response = await wasmResponse;
    } catch (e) {
      throw new Error("The program file could not be downloaded or failed its integrity check (" + e.message + ").");
    }
    if (!response.ok) throw new Error("The server answered " + response.status + " for the program file.");
    await bindings.default({ module_or_path: response });
    started = true;
    const old = document.getElementById("load-failure");
    if (old && old.getAttribute("role") === "status") old.remove();
  } catch (e) {
    fail(e && e.message ? e.message : String(e));
  } finally {
    clearTimeout(slow);
  }
}

// A crash inside the program (it aborts on a Rust panic) must not leave a dead page in silence.
addEventListener("error", (e) => {
  if (e.error instanceof WebAssembly.RuntimeError) {
    say("Parallax stopped", "The program hit an error (" + e.error.message + "). Reload the page to start again.", true);
  }
});

requestAnimationFrame(() => setTimeout(start, 0));
