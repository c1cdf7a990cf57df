// Warta dashboard: plain DOM over the JSON API; no external scripts.
"use strict";

const $ = (sel) => document.querySelector(sel);
const esc = (s) => String(s ?? "").replace(/[&<>"']/g, (c) => ({"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;"}[c]));

async function api(path, options) {
  const res = await fetch(path, options);
  const data = await res.json();
  if (!res.ok) throw new Error(data.error || data.detail || res.statusText);
  return data;
}

function params(form) {
  const p = new URLSearchParams();
  for (const [k, v] of new FormData(form)) if (v) p.set(k, v === "on" ? "true" : v);
  return p;
}

function table(rows, cols) {
  if (!rows.length) return "<p class='meta'>Nothing found.</p>";
  const head = cols.map(([, label]) => `<th>${esc(label)}</th>`).join("");
  const body = rows.map((r) => "<tr>" + cols.map(([key]) => {
    const v = typeof key === "function" ? key(r) : esc(r[key]);
    return `<td>${v}</td>`;
  }).join("") + "</tr>").join("");
  return `<table><thead><tr>${head}</tr></thead><tbody>${body}</tbody></table>`;
}

const articleLink = (r) => `<a data-article="${esc(r.article_id || r.id)}">${esc(r.title || r.article_id || r.id)}</a>`;

function show(tab) {
  document.querySelectorAll("nav button").forEach((b) => b.classList.toggle("active", b.dataset.tab === tab));
  document.querySelectorAll("main > section").forEach((s) => { s.hidden = s.id !== "tab-" + tab; });
}

function highlight(text, quotes) {
  // the body with each quotation marked, built piece by piece from the raw offsets
  let html = "", at = 0;
  for (const q of [...quotes].sort((x, y) => x.start - y.start)) {
    if (q.start < at) continue;
    html += esc(text.slice(at, q.start)) + `<mark class="quote" title="${esc(q.speaker?.name || "?")}">` +
      esc(text.slice(q.start, q.end)) + "</mark>";
    at = q.end;
  }
  return html + esc(text.slice(at));
}

function renderArticle(a) {
  const body = highlight(a.body, a.quotes || []);
  const paras = body.split("\n\n").map((p) => `<p>${p}</p>`).join("");
  const ents = (a.entities || []).map((e) => `<span class="tag" title="${esc(e.id)}">${esc(e.name)} · ${esc(e.type)}${e.country ? " · " + esc(e.country) : ""}</span>`).join("");
  const outlets = (a.cluster_outlets || []).length > 1 ? `<p class="meta">Same story in: ${a.cluster_outlets.map(esc).join(", ")}</p>` : "";
  return `<h2>${esc(a.title || "(no title)")}</h2>
    <p class="meta">${esc(a.outlet || "?")} · ${esc(a.dateline?.place || "")} · ${esc(a.published || "date unknown")} · ${esc(a.language || "")}</p>
    ${outlets}<div>${ents}</div><div class="body">${paras}</div>
    <h3>Quotes</h3>${table(a.quotes || [], [[(q) => esc(q.speaker?.name || "?"), "speaker"], ["kind", "kind"], ["verb", "verb"], ["date", "date"], ["text", "text"]])}
    <h3>Dates</h3>${table(a.dates || [], [["text", "text"], ["value", "value"], ["precision", "precision"]])}
    <h3>Events</h3>${table(a.events || [], [["type", "type"], ["mode", "mode"], [(e) => esc(e.source?.country || e.source?.name), "source"], [(e) => esc(e.target?.country || e.target?.name || ""), "target"], ["modality", "modality"], ["date", "date"], [(e) => esc(e.location?.name || ""), "place"], ["text", "sentence"]])}`;
}

async function openArticle(id) {
  const section = $("#article");
  try {
    section.innerHTML = renderArticle(await api(`/api/articles/${encodeURIComponent(id)}`));
  } catch (err) {
    section.innerHTML = `<p class="error">${esc(err.message)}</p>`;
  }
  section.hidden = false;
  section.scrollIntoView();
}

function wire(formId, target, run) {
  $(formId).addEventListener("submit", async (ev) => {
    ev.preventDefault();
    $("#article").hidden = true;
    if (ev.target.id !== "check-form") history.replaceState(null, "", `#${ev.target.id.replace("-form", "")}?${params(ev.target)}`);
    try {
      $(target).innerHTML = await run(ev.target);
    } catch (err) {
      $(target).innerHTML = `<p class="error">${esc(err.message)}</p>`;
    }
  });
}

wire("#search-form", "#search-results", async (f) => {
  const hits = await api("/api/search?" + params(f));
  if (!hits.length) return "<p class='meta'>Nothing found.</p>";
  return hits.map((h) => `<div class="hit">${articleLink(h)}
    <div class="meta">${esc(h.outlet || "?")} · ${esc(h.published || "")}${h.outlets > 1 ? ` · ${h.outlets} outlets ran this story` : ""}</div>
    <div>${esc(h.snippet)}</div></div>`).join("");
});
wire("#quotes-form", "#quotes-results", async (f) => table(await api("/api/quotes?" + params(f)),
  [["speaker", "speaker"], ["role", "role"], ["date", "date"], ["text", "quotation"], ["outlet", "outlet"], [articleLink, "article"]]));
wire("#entities-form", "#entities-results", async (f) => table(await api("/api/entities?" + params(f)),
  [["name", "name"], ["type", "type"], ["entity_id", "id"], ["articles", "articles"], ["mentions", "mentions"], ["outlets", "outlets"]]));
wire("#events-form", "#events-results", async (f) => table(await api("/api/events?" + params(f)),
  [["date", "date"], ["type", "type"], ["mode", "mode"], ["source_country", "source"], ["target_country", "target"], ["modality", "modality"], ["place_name", "place"], ["text", "sentence"], [articleLink, "article"]]));
// The map: an equirectangular projection drawn as SVG over a backdrop of the world's towns (shipped
// with the package; tiles would need the network). A circle per place, its area by the events there;
// hollow when the place is known only from the dateline.
let worldDots = null;
async function mapSvg(places) {
  worldDots = worldDots || await api("/static/world.json");
  const W = 960, H = 480, x = (lon) => (lon + 180) / 360 * W, y = (lat) => (90 - lat) / 180 * H;
  const back = worldDots.map(([la, lo]) => `<circle cx="${x(lo).toFixed(1)}" cy="${y(la).toFixed(1)}" r="0.9" class="land"/>`).join("");
  const most = Math.max(1, ...places.map((p) => p.events));
  const marks = places.map((p) => {
    const r = 3 + 12 * Math.sqrt(p.events / most), hollow = p.from_dateline === p.events ? " dateline" : "";
    return `<circle cx="${x(p.lon).toFixed(1)}" cy="${y(p.lat).toFixed(1)}" r="${r.toFixed(1)}" class="event${hollow}" data-place="${esc(p.place_name)}"><title>${esc(p.place_name)}: ${p.events} event(s) · ${esc(p.types)}</title></circle>`;
  }).join("");
  return `<svg id="map" viewBox="0 0 ${W} ${H}" role="img" aria-label="events by place">${back}${marks}</svg>`;
}
wire("#map-form", "#map-results", async (f) => {
  const places = await api("/api/events/places?" + params(f));
  const list = table(places, [["place_name", "place"], ["place_country", "country"], ["events", "events"], ["from_dateline", "from the dateline"], ["types", "types"]]);
  return (await mapSvg(places)) + `<p class="meta">${places.length} places; hollow circles: placed by the dateline only</p>` + list;
});
wire("#check-form", "#check-results", async (f) => {
  const data = Object.fromEntries(new FormData(f));
  if (!data.published) delete data.published;
  return renderArticle(await api("/api/extract", {method: "POST", headers: {"Content-Type": "application/json"}, body: JSON.stringify(data)}));
});

document.addEventListener("click", (ev) => {
  const a = ev.target.closest("[data-article]");
  if (a) openArticle(a.dataset.article);
  const tab = ev.target.closest("nav button");
  if (tab) show(tab.dataset.tab);
});

// A view is a link: "#map?actor=IDN" opens the map tab with that filter and runs it.
function openFromHash() {
  const [tab, query] = location.hash.slice(1).split("?");
  const form = tab && document.getElementById(tab + "-form");
  if (!form || tab === "check") return;
  show(tab);
  for (const [k, v] of new URLSearchParams(query || "")) if (form.elements[k]) form.elements[k].value = v;
  form.requestSubmit();
}
window.addEventListener("hashchange", openFromHash);
openFromHash();

api("/api/articles?limit=15").then((rows) => {
  $("#search-results").innerHTML = "<h3>Latest articles</h3>" + table(rows,
    [[articleLink, "title"], ["outlet", "outlet"], ["published", "published"]]);
}).catch(() => {});

api("/api/stats").then((s) => {
  $("#stats").textContent = `${s.articles} articles · ${s.outlets} outlets · ${s.entities} entities · ` +
    `${s.quotes} quotes · ${s.events} events · ${s.clusters} stories`;
}).catch((err) => { $("#stats").textContent = err.message; });
