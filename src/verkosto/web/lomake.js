// verkosto lomake: the glue that runs the assessment's pages inside this one HTML file.
//
// Everything the page needs is inside the file: the Pyodide runtime (pyodide.js,
// pyodide.asm.js, pyodide.asm.wasm, python_stdlib.zip, pyodide-lock.json), verkosto's own
// Python modules as a zip, and the questions as the parsed tree verkosto's cache keeps. Each is
// a gzip-compressed, base64-encoded data block (<script type="application/octet-stream">),
// which the browser never runs. Nothing is fetched from any network: the page's
// Content-Security-Policy forbids it (default-src 'none'), and the runtime's own requests for
// its files are answered from memory below.
//
// The answers stay in this page (in the Python interpreter's memory) until the person
// downloads them; nothing is stored in the browser and nothing is sent anywhere.
"use strict";

(function () {
  const config = JSON.parse(document.getElementById("verkosto-asetukset").textContent);
  const main = document.getElementById("sisalto");
  const tools = document.getElementById("verkosto-tallennus");
  // The runtime asks for its files under this made-up folder; `fetch` below answers them.
  const RUNTIME_BASE = new URL("./verkosto-pyodide/", location.href).href;

  let texts = config.texts[config.lang];
  let inpage = null; // verkosto.web.inpage, once Python runs
  let unsaved = false; // answers given since the last download

  // --- Showing a plain message (loading, failure) -------------------------------------------

  function say(key, detail) {
    const p = document.createElement("p");
    p.textContent = texts[key];
    main.replaceChildren(p);
    if (detail) {
      const pre = document.createElement("pre");
      pre.textContent = detail;
      main.appendChild(pre);
    }
    main.setAttribute("aria-busy", "false");
  }

  // --- Reading the embedded files -----------------------------------------------------------

  function base64Bytes(text) {
    const binary = atob(text.replace(/\s+/g, ""));
    const bytes = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
    return bytes;
  }

  async function embedded(name) {
    // Each data block names its file in data-name; its text is base64 of the gzip stream.
    const block = document.querySelector(
      'script[type="application/octet-stream"][data-name="' + name + '"]'
    );
    if (!block) throw new Error("missing embedded file " + name);
    const stream = new Blob([base64Bytes(block.textContent)])
      .stream()
      .pipeThrough(new DecompressionStream("gzip"));
    return new Uint8Array(await new Response(stream).arrayBuffer());
  }

  function runScript(bytes) {
    // A blob: URL is the one script source the CSP allows besides this glue itself.
    return new Promise((resolve, reject) => {
      const url = URL.createObjectURL(new Blob([bytes], { type: "text/javascript" }));
      const script = document.createElement("script");
      script.src = url;
      script.onload = () => {
        URL.revokeObjectURL(url);
        resolve();
      };
      script.onerror = () => reject(new Error("script failed to load"));
      document.head.appendChild(script);
    });
  }

  // --- Starting Python ----------------------------------------------------------------------

  async function boot() {
    const names = config.runtime_files;
    const files = new Map();
    await Promise.all(names.map(async (name) => files.set(name, await embedded(name))));
    // The runtime fetches its own files by URL; answer from memory, and refuse anything else
    // (the CSP would refuse it too, but an answer here is quicker and says why).
    globalThis.fetch = async function (resource) {
      const url = String(resource instanceof Request ? resource.url : resource);
      const name = url.startsWith(RUNTIME_BASE) ? url.slice(RUNTIME_BASE.length) : "";
      if (!files.has(name)) throw new TypeError("verkosto lomake fetches nothing: " + url);
      const type = name.endsWith(".wasm") ? "application/wasm" : "application/octet-stream";
      return new Response(files.get(name), { headers: { "Content-Type": type } });
    };
    await runScript(files.get("pyodide.js"));
    // pyodide.js loads pyodide.asm.js only when it is not there yet: load it from memory.
    await runScript(files.get("pyodide.asm.js"));
    const pyodide = await globalThis.loadPyodide({
      indexURL: RUNTIME_BASE,
      stdout: () => {},
      stderr: (line) => console.warn(line),
    });
    const modules = await embedded("verkosto.zip");
    pyodide.FS.writeFile("/home/pyodide/verkosto.zip", modules);
    pyodide.runPython("import sys; sys.path.insert(0, '/home/pyodide/verkosto.zip')");
    inpage = pyodide.pyimport("verkosto.web.inpage");
    const questions = new TextDecoder().decode(await embedded("kysymykset.json"));
    show(inpage.boot(questions, config.lang));
  }

  // --- One turn: show what Python returned --------------------------------------------------

  function show(turnJson) {
    const turn = JSON.parse(turnJson);
    texts = config.texts[turn.lang] || texts;
    document.documentElement.lang = turn.lang;
    document.title = turn.title;
    main.innerHTML = turn.body; // escaped by the page module; it holds no script
    main.setAttribute("aria-busy", "false");
    if (turn.page === "start") addOpenSaved();
    showTools(turn);
    // Keyboard and screen-reader users start where the new page starts: the error summary
    // if there is one, else the page's heading.
    const target =
      main.querySelector(".error-summary, [role=alert]") || main.querySelector("h1");
    if (target) {
      if (!target.hasAttribute("tabindex")) target.setAttribute("tabindex", "-1");
      target.focus();
    }
    window.scrollTo(0, 0);
  }

  function showTools(turn) {
    // Download the answers so far (resumable), or at the end the export.
    tools.replaceChildren();
    if (turn.can_save) tools.appendChild(button(texts.save_answers, () => download("answers")));
    if (turn.has_export) tools.appendChild(button(texts.save_export, () => download("export")));
    tools.hidden = !tools.firstChild;
    // Below a question page (after its own buttons), but above the result: the report is
    // long, and saving it is what the person came for.
    if (turn.page === "result") main.before(tools);
    else main.after(tools);
  }

  function button(label, onClick) {
    const b = document.createElement("button");
    b.type = "button";
    b.textContent = label;
    b.addEventListener("click", onClick);
    return b;
  }

  // --- Forms --------------------------------------------------------------------------------

  function pairs(form, submitter) {
    // The fields, then the button pressed (its name and value say what to do). Added by
    // hand: browsers that predate FormData(form, submitter) ignore its second argument.
    const data = new FormData(form);
    if (submitter && submitter.name) data.append(submitter.name, submitter.value);
    const result = [];
    for (const [name, value] of data.entries()) {
      if (typeof value === "string") result.push([name, value]);
    }
    return result;
  }

  function localNow() {
    // The person's own clock and UTC offset, as the command line's timestamps carry them.
    const d = new Date();
    const two = (n) => String(n).padStart(2, "0");
    const offset = -d.getTimezoneOffset();
    const sign = offset >= 0 ? "+" : "-";
    const abs = Math.abs(offset);
    return (
      d.getFullYear() + "-" + two(d.getMonth() + 1) + "-" + two(d.getDate()) +
      "T" + two(d.getHours()) + ":" + two(d.getMinutes()) + ":" + two(d.getSeconds()) +
      sign + two(Math.floor(abs / 60)) + ":" + two(abs % 60)
    );
  }

  function step(call) {
    // One call into Python. Should it fail (a bug, not a wrong answer: those come back as
    // pages), say so and keep the save button, so the answers so far can still be saved.
    try {
      show(call());
    } catch (error) {
      console.error(error);
      say("failed", String(error && error.message ? error.message : error));
    }
  }

  main.addEventListener("submit", (event) => {
    event.preventDefault();
    if (!inpage) return;
    const form = event.target;
    step(() => inpage.submit(JSON.stringify(pairs(form, event.submitter)), localNow()));
    unsaved = true;
  });

  // Closing the tab loses answers that were not saved: the browser asks first.
  window.addEventListener("beforeunload", (event) => {
    if (unsaved && !tools.hidden) event.preventDefault();
  });

  // --- Saving and opening answers -----------------------------------------------------------

  function download(kind) {
    const [name, text] = JSON.parse(inpage.saved(kind, localNow()));
    unsaved = false;
    const url = URL.createObjectURL(new Blob([text], { type: "application/json" }));
    const a = document.createElement("a");
    a.href = url;
    a.download = name;
    document.body.appendChild(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  }

  function addOpenSaved() {
    // On the start page: continue from answers saved earlier from this form.
    const section = document.createElement("section");
    section.setAttribute("aria-labelledby", "verkosto-avaa-otsikko");
    const heading = document.createElement("h2");
    heading.id = "verkosto-avaa-otsikko";
    heading.textContent = texts.open_heading;
    const label = document.createElement("label");
    label.htmlFor = "verkosto-avaa-tiedosto";
    label.className = "field"; // on a line of its own, above the browser's file button
    label.textContent = texts.open_label;
    const input = document.createElement("input");
    input.type = "file";
    input.id = "verkosto-avaa-tiedosto";
    input.accept = ".json,application/json";
    input.addEventListener("change", async () => {
      const file = input.files && input.files[0];
      if (!file) return;
      const text = await file.text();
      step(() => inpage.open_saved(text, file.name));
    });
    section.append(heading, label, input);
    main.appendChild(section);
  }

  // --- Start --------------------------------------------------------------------------------

  if (typeof WebAssembly !== "object" || typeof DecompressionStream !== "function") {
    say("no_wasm");
    return;
  }
  boot().catch((error) => {
    console.error(error);
    say("boot_failed", String(error && error.message ? error.message : error));
  });
})();
