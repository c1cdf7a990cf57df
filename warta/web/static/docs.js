// The API page: every endpoint of /openapi.json, drawn without any external script.
"use strict";
const esc = (s) => String(s ?? "").replace(/[&<>"']/g, (c) => ({"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;"}[c]));
fetch("/openapi.json").then((r) => r.json()).then((spec) => {
  const parts = [];
  for (const [path, ops] of Object.entries(spec.paths)) {
    for (const [method, op] of Object.entries(ops)) {
      const params = (op.parameters || []).map((p) => `<li><code>${esc(p.name)}</code> (${esc(p.in)}${p.required ? ", required" : ""}) ${esc(p.schema?.description || p.description || "")}</li>`).join("");
      parts.push(`<section class="endpoint"><h3><code>${esc(method.toUpperCase())} ${esc(path)}</code></h3>
        <p>${esc(op.description || op.summary || "")}</p>${params ? `<ul>${params}</ul>` : ""}</section>`);
    }
  }
  document.getElementById("docs").innerHTML = parts.join("");
});
