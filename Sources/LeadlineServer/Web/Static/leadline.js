// Leadline's web admin: the few live parts, in plain JavaScript. Every page works without it.
"use strict";

// A process page follows its process until it ends.
function followProcess(box) {
  const url = box.dataset.progressUrl;
  const show = (id, text) => { const node = document.getElementById(id); if (node) node.textContent = text; };
  async function poll() {
    let progress;
    try {
      const response = await fetch(url, { headers: { Accept: "application/json" }, credentials: "same-origin" });
      if (!response.ok) return setTimeout(poll, 3000);
      progress = await response.json();
    } catch (error) {
      return setTimeout(poll, 3000);
    }
    const bar = document.getElementById("process-progress");
    bar.value = progress.progress;
    show("process-percent", progress.progress + "%");
    const state = document.getElementById("process-state");
    state.textContent = progress.state;
    state.className = "state-" + progress.state;
    show("process-counts", progress.counts);
    show("process-started", progress.started);
    show("process-ended", progress.ended);
    show("process-details", progress.details);
    if (progress.fileHref) {
      document.getElementById("process-download").href = progress.fileHref;
      document.getElementById("process-file").hidden = false;
    }
    if (progress.live) {
      setTimeout(poll, 1000);
    } else {
      const cancel = document.getElementById("process-cancel");
      if (cancel) cancel.remove();
    }
  }
  poll();
}

// A table of running processes reloads its rows until none is running.
function reloadWhileLive(table) {
  const every = Number(table.dataset.liveReload) || 3000;
  setTimeout(async function again() {
    try {
      const response = await fetch(location.href, { credentials: "same-origin" });
      if (!response.ok) return setTimeout(again, every);
      const page = new DOMParser().parseFromString(await response.text(), "text/html");
      const fresh = page.getElementById(table.id);
      if (!fresh) return;
      table.tBodies[0].replaceWith(fresh.tBodies[0]);
      if (fresh.dataset.liveReload) setTimeout(again, every);
    } catch (error) {
      setTimeout(again, every);
    }
  }, every);
}

// The import form's drop zone: a file dropped on it is the file chosen.
function dropZone(form) {
  const zone = form.querySelector("[data-drop-target]");
  const input = form.querySelector("input[type=file]");
  const chosen = form.querySelector("[data-chosen]");
  const say = () => { chosen.textContent = input.files.length ? "Chosen: " + input.files[0].name : ""; };
  input.addEventListener("change", say);
  ["dragenter", "dragover"].forEach((name) => zone.addEventListener(name, (event) => { event.preventDefault(); zone.classList.add("over"); }));
  ["dragleave", "drop"].forEach((name) => zone.addEventListener(name, () => zone.classList.remove("over")));
  zone.addEventListener("drop", (event) => {
    event.preventDefault();
    if (event.dataTransfer.files.length) { input.files = event.dataTransfer.files; say(); }
  });
}

document.addEventListener("DOMContentLoaded", () => {
  const box = document.getElementById("process");
  if (box && box.dataset.live !== undefined) followProcess(box);
  document.querySelectorAll("table[data-live-reload]").forEach(reloadWhileLive);
  document.querySelectorAll("form[data-drop-zone]").forEach(dropZone);
});
