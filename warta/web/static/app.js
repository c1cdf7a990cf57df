// Warta dashboard: plain DOM over the JSON API; no external scripts. Every view is a URL
// ("#search?q=KPK&outlet=Antara", "#entity/per:joko-widodo", "#article/ID"), so a view can be
// shared, bookmarked and opened directly; forms and links only change the address.
"use strict";

const $ = (sel) => document.querySelector(sel);
const esc = (s) => String(s ?? "").replace(/[&<>"']/g, (c) => ({"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;"}[c]));
const PAGE = 20;

async function api(path, options) {
  const res = await fetch(path, options);
  const data = await res.json();
  if (!res.ok) throw new Error(data.error || (typeof data.detail === "string" ? data.detail : JSON.stringify(data.detail)) || res.statusText);
  return data;
}

function formParams(form) {
  const p = new URLSearchParams();
  for (const [k, v] of new FormData(form)) if (v) p.set(k, v);
  return p;
}

function fillForm(form, params) {
  for (const el of form.elements) if (el.name) el.value = params.get(el.name) || "";
}

// -- pieces ------------------------------------------------------------------
const link = (view, params, label) => `<a href="#${view}?${new URLSearchParams(params)}">${esc(label)}</a>`;
const articleLink = (id, label) => `<a href="#article/${encodeURIComponent(id)}">${esc(label || id)}</a>`;
const entityLink = (id, label) => id ? `<a href="#entity/${encodeURIComponent(id)}">${esc(label || id)}</a>` : esc(label || "");
const titleOf = (r) => r.title || (r.lead ? r.lead.split(/[.!?]\s/)[0].slice(0, 90) + "…" : r.article_id || r.id);

function table(rows, cols) {
  if (!rows.length) return "<p class='meta'>Nothing found.</p>";
  const head = cols.map(([, label]) => `<th>${esc(label)}</th>`).join("");
  const body = rows.map((r) => "<tr>" + cols.map(([key]) => `<td>${typeof key === "function" ? key(r) : esc(r[key])}</td>`).join("") + "</tr>").join("");
  return `<table><thead><tr>${head}</tr></thead><tbody>${body}</tbody></table>`;
}

// The rows on screen, for the export buttons of the current view.
let shown = {name: "view", rows: []};
function exportButtons(name, rows) {
  shown = {name, rows};
  return `<p class="export">Export this view: <button type="button" data-export="csv">CSV</button> <button type="button" data-export="jsonl">JSONL</button></p>`;
}
function download(kind) {
  const {name, rows} = shown;
  let text;
  if (kind === "jsonl") text = rows.map((r) => JSON.stringify(r)).join("\n") + "\n";
  else {
    const cols = [...new Set(rows.flatMap((r) => Object.keys(r)))];
    const cell = (v) => { const s = v == null ? "" : typeof v === "object" ? JSON.stringify(v) : String(v); return /[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s; };
    text = [cols.join(","), ...rows.map((r) => cols.map((c) => cell(r[c])).join(","))].join("\n") + "\n";
  }
  const a = document.createElement("a");
  a.href = URL.createObjectURL(new Blob([text], {type: kind === "csv" ? "text/csv" : "application/x-ndjson"}));
  a.download = `warta-${name}.${kind}`;
  a.click();
}

function pager(view, params, got, total) {
  const offset = Number(params.get("offset") || 0);
  const at = (o) => { const p = new URLSearchParams(params); p.set("offset", o); return p; };
  const prev = offset > 0 ? link(view, at(Math.max(0, offset - PAGE)), "← previous") : "";
  const more = total != null ? offset + got < total : got === PAGE;
  const next = more ? link(view, at(offset + PAGE), "next →") : "";
  return `<p class="pager">${prev} <span class="meta">${offset + 1}–${offset + got}${total != null ? ` of ${total}` : ""}</span> ${next}</p>`;
}

// Attention over time: articles per day (bars) and independent stories (dots), one SVG.
function chart(rows, title) {
  if (!rows.length) return "";
  const byDay = new Map();
  for (const r of rows) {
    const d = byDay.get(r.day) || {articles: 0, stories: 0, outlets: []};
    d.articles += r.articles; d.stories += r.stories; d.outlets.push(`${r.outlet || "?"}: ${r.articles}`);
    byDay.set(r.day, d);
  }
  const days = [...byDay.keys()].sort();
  // a true time axis: a day's bar sits at its date, so gaps in the coverage show as gaps
  const t = (day) => Date.parse(day + "T00:00:00Z") / 864e5, first = t(days[0]), span = Math.max(1, t(days[days.length - 1]) - first);
  const W = 720, H = 120, bw = Math.max(2, Math.min(12, W / (span + 1)));
  const most = Math.max(...[...byDay.values()].map((d) => d.articles));
  const bars = days.map((day) => {
    const d = byDay.get(day), h = (H - 20) * d.articles / most, x = (t(day) - first) / span * (W - bw);
    const sy = H - 12 - (H - 20) * d.stories / most;
    return `<g><rect x="${x.toFixed(1)}" y="${H - 12 - h}" width="${bw}" height="${h}" class="bar"><title>${esc(day)}: ${d.articles} articles, ${d.stories} stories (${esc(d.outlets.join(", "))})</title></rect>` +
      `<circle cx="${(x + bw / 2).toFixed(1)}" cy="${sy}" r="2" class="story"/></g>`;
  }).join("");
  const width = W;
  return `<figure class="chart"><figcaption>${esc(title)}: articles per day (bars), independent stories (dots); ${esc(days[0])} to ${esc(days[days.length - 1])}</figcaption>
    <svg id="timeline" viewBox="0 0 ${Math.max(width, 10)} ${H}" preserveAspectRatio="none" role="img">${bars}</svg></figure>`;
}

function facetList(name, label, items, params, show) {
  if (!items.length) return "";
  const rows = items.map((it) => {
    const p = new URLSearchParams(params); p.set(name, it.value ?? ""); p.delete("offset");
    return `<li>${link("search", p, show ? show(it) : (it.value ?? "?"))} <span class="meta">${it.n}</span></li>`;
  }).join("");
  return `<h4>${esc(label)}</h4><ul class="facet">${rows}</ul>`;
}

// -- views -------------------------------------------------------------------
const views = {
  async search(params) {
    const [page, facets, times] = await Promise.all([
      api(`/api/articles?${params}&limit=${PAGE}`), api(`/api/facets?${params}`), api(`/api/timeline?${params}`)]);
    $("#search-facets").innerHTML = facetList("outlet", "Outlet", facets.outlets, params) +
      facetList("entity", "Entity", facets.entities, params, (e) => `${e.name} (${e.type})`) +
      facetList("type", "Event type", facets.event_types, params) + facetList("language", "Language", facets.languages, params);
    const hits = page.hits.map((h) => `<div class="hit">${articleLink(h.id, titleOf(h))}
      <div class="meta">${esc(h.outlet || "?")} · ${esc(h.published || "date unknown")}${h.outlets > 1 ? ` · ${h.outlets} outlets ran this story` : ""}</div>
      <div>${esc(h.snippet || h.lead)}</div></div>`).join("");
    const what = params.get("q") ? `“${params.get("q")}”` : "all articles";
    return `${chart(times, what)}<p class="meta">${page.total} articles, ${page.stories} independent stories</p>` +
      (hits || "<p class='meta'>Nothing found.</p>") + pager("search", params, page.hits.length, page.total) + exportButtons("search", page.hits);
  },
  async quotes(params) {
    const rows = await api(`/api/quotes?${params}&limit=${PAGE}`);
    return table(rows, [[(q) => entityLink(q.speaker_id, q.speaker || "?"), "speaker"], ["role", "role"], ["date", "date"],
      ["text", "quotation"], ["outlet", "outlet"], [(q) => articleLink(q.article_id, q.title || "article"), "article"]]) +
      pager("quotes", params, rows.length) + exportButtons("quotes", rows);
  },
  async entities(params) {
    const rows = await api(`/api/entities?${params}&top=50`);
    return table(rows, [[(e) => entityLink(e.entity_id, e.name), "name"], ["type", "type"], ["entity_id", "id"],
      ["articles", "articles"], ["mentions", "mentions"], ["outlets", "outlets"], ["stories", "stories"]]) + exportButtons("entities", rows);
  },
  async events(params) {
    const byReport = params.get("by") === "report";
    const rows = await api(`/api/events?${params}&limit=${PAGE}${byReport ? "" : "&by=cluster"}`);
    const actor = (name, id, country, sector) => `${entityLink(id, name || "")}<div class="meta">${esc([country, sector].filter(Boolean).join(" "))}</div>`;
    if (!byReport) {
      const reports = (e) => { const p = new URLSearchParams(params); p.set("by", "report"); return `${e.reports} reports<div class="meta">${e.articles} articles · ${e.outlets} outlets · ${e.independent} independent</div>`; };
      return table(rows, [["date", "date"], [(e) => `${esc(e.type)}<div class="meta">${esc(e.mode || "")}</div>`, "type"],
        [(e) => actor(e.source_name, null, e.source_country, e.source_sector), "source"],
        [(e) => actor(e.target_name, null, e.target_country, e.target_sector), "target"],
        ["modalities", "modality"], [reports, "reported"], ["place_name", "place"], ["text", "a report"],
        [(e) => articleLink(e.article_id, "article"), "article"]]) + pager("events", params, rows.length) + exportButtons("events", rows);
    }
    return table(rows, [["date", "date"], [(e) => `${esc(e.type)}<div class="meta">${esc(e.mode || "")}</div>`, "type"],
      [(e) => actor(e.source_name, e.source_id, e.source_country, e.source_sector), "source"],
      [(e) => actor(e.target_name, e.target_id, e.target_country, e.target_sector), "target"],
      ["modality", "modality"], [(e) => (e.confidence ?? 0).toFixed(2), "confidence"],
      [(e) => esc(e.place_name || "") + (e.place_source === "dateline" ? " <span class='meta'>(dateline)</span>" : ""), "place"],
      ["text", "sentence"], [(e) => articleLink(e.article_id, e.outlet || "article"), "article"]]) +
      pager("events", params, rows.length) + exportButtons("events", rows);
  },
  async map(params) {
    const places = await api("/api/events/places?" + params);
    const list = table(places, [["place_name", "place"], ["place_country", "country"], ["events", "events"],
      ["from_dateline", "from the dateline"], ["types", "types"]]);
    return (await mapSvg(places)) + `<p class="meta">${places.length} places; hollow circles: placed by the dateline only</p>` + list + exportButtons("places", places);
  },
  async entity(params, id) {
    const e = await api(`/api/entity/${encodeURIComponent(id)}`);
    const aliases = e.aliases.map((a) => `${esc(a.alias)} <span class="meta">${a.n}</span>`).join(" · ");
    const roles = e.roles.map((r) => esc(r.role)).join(" · ");
    const where = e.lat != null ? ` · ${e.lat.toFixed(2)}, ${e.lon.toFixed(2)}` : "";
    return `<h2>${esc(e.name)}</h2><p class="meta">${esc(e.type)} · ${esc(e.entity_id)}${e.country ? " · " + esc(e.country) : ""}${e.sector ? " " + esc(e.sector) : ""}${where} · ${e.articles} articles, ${e.mentions} mentions · ${link("search", {entity: e.entity_id}, "its articles")}</p>
      <p><b>Named as</b> ${aliases}</p>${roles ? `<p><b>Roles</b> ${roles}</p>` : ""}
      ${chart(e.timeline, e.name)}
      <h3>Its quotes</h3>${table(e.quotes, [["date", "date"], ["kind", "kind"], ["text", "quotation"], ["outlet", "outlet"], [(q) => articleLink(q.article_id, "article"), "article"]])}
      <h3>Events where it is source or target</h3>${table(e.events, [["date", "date"], ["role", "as"], ["type", "type"], ["modality", "modality"],
        [(x) => entityLink(x.source_id, x.source_name), "source"], [(x) => entityLink(x.target_id, x.target_name), "target"], ["place_name", "place"], ["text", "sentence"]])}
      <h3>Named with</h3>${table(e.with, [[(o) => entityLink(o.entity_id, o.name), "entity"], ["type", "type"], ["articles", "articles together"]])}`;
  },
  async article(params, id) {
    return renderArticle(await api(`/api/articles/${encodeURIComponent(id)}`));
  },
};

// Body with entities, quotes and dates marked, from the raw offsets (quotes over the rest).
function highlight(a) {
  const marks = [];
  for (const q of a.quotes || []) marks.push({start: q.start, end: q.end, cls: "quote", title: `${q.speaker?.name || "?"} (${q.kind})`});
  for (const d of a.dates || []) marks.push({start: d.start, end: d.end, cls: "date", title: `${d.value} (${d.precision})`});
  for (const e of a.entities || []) for (const m of e.mentions) marks.push({start: m.start, end: m.end, cls: "ent", title: `${e.name} · ${e.type}`, id: e.id});
  marks.sort((x, y) => x.start - y.start || (y.end - y.start) - (x.end - x.start));
  let html = "", at = 0, openEnd = -1;
  const text = a.body;
  for (const m of marks) {
    if (m.start < at || m.start < openEnd) continue;
    html += esc(text.slice(at, m.start));
    const inner = esc(text.slice(m.start, m.end));
    html += m.id ? `<a href="#entity/${encodeURIComponent(m.id)}" class="${m.cls}" title="${esc(m.title)}">${inner}</a>`
                 : `<mark class="${m.cls}" title="${esc(m.title)}">${inner}</mark>`;
    at = m.end;
  }
  return html + esc(text.slice(at));
}

function renderArticle(a) {
  const paras = highlight(a).split("\n\n").map((p) => `<p>${p}</p>`).join("");
  const meta = [["outlet", a.outlet], ["published", a.published && `${a.published} (${a.published_source || "?"})`],
    ["dateline", a.dateline?.place], ["authors", (a.authors || []).join(", ")], ["editors", (a.editors || []).join(", ")],
    ["wire sources", (a.wire_sources || []).join(", ")], ["language", a.language], ["url", a.url], ["source", a.source],
    ["tone", a.tone && `${a.tone.score.toFixed(2)} (${a.tone.label || "?"})`]].filter(([, v]) => v);
  const media = (a.media || []).map((m) => `<figure class="media"><figcaption>${esc(m.caption || "")} <span class="meta">${esc(m.credit || "")}${m.date ? " · " + esc(m.date) : ""}</span></figcaption></figure>`).join("");
  const others = (a.cluster_outlets || []).filter((o) => o !== a.outlet);
  const cluster = others.length ? `<p class="meta">Also ran this story: ${others.map(esc).join(", ")} · ${link("search", {q: (a.title || "").split(" ").slice(0, 4).join(" ")}, "find them")}</p>` : "";
  return `<h2>${esc(a.title || "(no title)")}</h2>${a.subtitle ? `<p class="subtitle">${esc(a.subtitle)}</p>` : ""}
    <dl class="meta-list">${meta.map(([k, v]) => `<dt>${esc(k)}</dt><dd>${esc(v)}</dd>`).join("")}</dl>${cluster}${media}
    <div class="body">${paras}</div>
    <h3>Quotes</h3>${table(a.quotes || [], [[(q) => entityLink(q.speaker?.entity_id, q.speaker?.name || "?"), "speaker"], ["kind", "kind"], ["verb", "verb"], ["date", "date"], ["text", "text"]])}
    <h3>Dates</h3>${table(a.dates || [], [["text", "text"], ["value", "value"], ["precision", "precision"], ["anchor", "resolved against"]])}
    <h3>Events</h3>${table(a.events || [], [["type", "type"], ["mode", "mode"], [(e) => entityLink(e.source?.entity_id, `${e.source?.name || ""} ${e.source?.country || ""} ${e.source?.sector || ""}`), "source"],
      [(e) => entityLink(e.target?.entity_id, `${e.target?.name || ""} ${e.target?.country || ""} ${e.target?.sector || ""}`), "target"], ["modality", "modality"], ["date", "date"],
      [(e) => esc(e.location?.name || "") + (e.place_source === "dateline" ? " <span class='meta'>(dateline)</span>" : ""), "place"], ["text", "sentence"]])}`;
}

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

// -- routing -----------------------------------------------------------------
const TABS = ["search", "quotes", "entities", "events", "map", "check", "entity", "article"];

function show(tab) {
  document.querySelectorAll("nav a[data-tab]").forEach((b) => b.classList.toggle("active", b.dataset.tab === tab));
  for (const t of TABS) { const s = document.getElementById("tab-" + t); if (s) s.hidden = t !== tab; }
}

async function route() {
  const [path, query] = location.hash.slice(1).split("?");
  const [view, ...rest] = (path || "search").split("/");
  const id = decodeURIComponent(rest.join("/"));
  const params = new URLSearchParams(query || "");
  if (!TABS.includes(view)) return;
  show(view);
  if (view === "check") return;
  const form = document.getElementById(view + "-form");
  if (form) fillForm(form, params);
  const target = form ? document.getElementById(view + "-results") : document.getElementById("tab-" + view);
  target.innerHTML = "<p class='meta'>Loading…</p>";
  try {
    target.innerHTML = await views[view](params, id);
  } catch (err) {
    target.innerHTML = `<p class="error">${esc(err.message)}</p>`;
  }
}

for (const form of document.querySelectorAll("form")) {
  if (form.id === "check-form") continue;
  form.addEventListener("submit", (ev) => {
    ev.preventDefault();
    const p = formParams(form); p.delete("offset");
    const next = `#${form.id.replace("-form", "")}?${p}`;
    if (location.hash === next) route(); else location.hash = next;
  });
}

$("#check-form").addEventListener("submit", async (ev) => {
  ev.preventDefault();
  const data = Object.fromEntries(new FormData(ev.target));
  if (!data.published) delete data.published;
  try {
    $("#check-results").innerHTML = renderArticle(await api("/api/extract", {method: "POST", headers: {"Content-Type": "application/json"}, body: JSON.stringify(data)}));
  } catch (err) {
    $("#check-results").innerHTML = `<p class="error">${esc(err.message)}</p>`;
  }
});

document.addEventListener("click", (ev) => {
  const b = ev.target.closest("[data-export]");
  if (b) download(b.dataset.export);
});

window.addEventListener("hashchange", route);
route();

api("/api/stats").then((s) => {
  $("#stats").textContent = `${s.articles} articles · ${s.outlets} outlets · ${s.entities} entities · ` +
    `${s.quotes} quotes · ${s.events} events · ${s.clusters} stories`;
}).catch((err) => { $("#stats").textContent = err.message; });
