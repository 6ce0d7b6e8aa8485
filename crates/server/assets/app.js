// tidings web interface: plain JavaScript and SVG, no framework, no build step.
//
// Every piece of data from the server (article text, titles, names) reaches the page
// through textContent or setAttribute on elements made here, never parsed as HTML,
// so a hostile article can only ever be shown as text.
'use strict';

const SVG = 'http://www.w3.org/2000/svg';

const TYPE_COLOURS = {
  'Battles': '#c62828',
  'Explosions/Remote violence': '#ef6c00',
  'Violence against civilians': '#6a1b9a',
  'Protests': '#2e7d32',
  'Riots': '#795548',
  'Strategic developments': '#1565c0',
};
const EVENT_TYPES = Object.keys(TYPE_COLOURS);

const FIELDS = ['event', 'date', 'place', 'actor1', 'actor2', 'target', 'weapon', 'toll', 'attribution'];
const FIELD_NAMES = {
  event: 'event (trigger)', date: 'date', place: 'place', actor1: 'actor 1', actor2: 'actor 2',
  target: 'target', weapon: 'weapon', toll: 'toll', attribution: 'attribution',
};
const PRECISION = { 1: 'exact place', 2: 'near a place / district', 3: 'province', 4: 'country only' };

// ---------------------------------------------------------------------------------
// DOM helpers

/** An element with attributes and children; strings become text nodes. */
function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  setAttrs(node, attrs);
  append(node, children);
  return node;
}

/** An SVG element with attributes and children. */
function svg(tag, attrs, ...children) {
  const node = document.createElementNS(SVG, tag);
  setAttrs(node, attrs);
  append(node, children);
  return node;
}

function setAttrs(node, attrs) {
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === null || v === undefined || v === false) continue;
    if (k === 'onclick' || k === 'onsubmit' || k === 'oninput' || k === 'onchange') {
      node.addEventListener(k.slice(2), v);
    } else {
      node.setAttribute(k, String(v));
    }
  }
}

function append(node, children) {
  for (const c of children.flat(Infinity)) {
    if (c === null || c === undefined || c === false) continue;
    node.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
}

function main() { return document.getElementById('main'); }

function show(...children) {
  const m = main();
  m.replaceChildren();
  append(m, children);
}

async function getJSON(url) {
  const response = await fetch(url, { headers: { Accept: 'application/json' } });
  const body = await response.json().catch(() => null);
  if (!response.ok) {
    const e = body && body.error ? body.error : { code: String(response.status), message: response.statusText };
    throw new Error(`${e.code}: ${e.message}`);
  }
  return body;
}

function errorBox(e) { return el('p', { class: 'error', role: 'alert' }, String(e.message || e)); }

function link(href, text) { return el('a', { href }, text); }

function eventHref(id) { return '#/event/' + encodeURIComponent(id); }
function actorHref(id) { return '#/actor/' + encodeURIComponent(id); }
function documentHref(id) { return '#/document/' + encodeURIComponent(id); }

function dash(v) { return v === null || v === undefined || v === '' ? '–' : String(v); }

// ---------------------------------------------------------------------------------
// Routing: #/ (events), #/event/ID, #/actor/ID, #/actors, #/document/ID, #/paste,
// #/search?q=…; the events page keeps its filters in the hash (#/?country=RU…).

function route() {
  const hash = location.hash.replace(/^#/, '') || '/';
  const [path, query] = hash.split('?');
  const params = new URLSearchParams(query || '');
  const parts = path.split('/').filter(Boolean).map(decodeURIComponent);
  const pages = {
    event: () => eventPage(parts[1]),
    actor: () => actorPage(parts[1]),
    actors: () => actorsPage(params),
    document: () => documentPage(parts[1]),
    paste: () => pastePage(),
    search: () => searchPage(params),
  };
  const page = pages[parts[0]] || (() => eventsPage(params));
  window.scrollTo(0, 0);
  delete document.body.dataset.shown;
  // `data-shown` names the page on screen once it is drawn (tests wait for it).
  page().catch((e) => show(errorBox(e))).then(() => { document.body.dataset.shown = location.hash || '#/'; });
}

window.addEventListener('hashchange', route);
window.addEventListener('DOMContentLoaded', () => {
  document.getElementById('search-form').addEventListener('submit', (ev) => {
    ev.preventDefault();
    const q = document.getElementById('search-q').value.trim();
    if (q) location.hash = '#/search?' + new URLSearchParams({ q });
  });
  route();
});

// ---------------------------------------------------------------------------------
// TopoJSON: decode the arcs (delta-encoded, quantized) into rings of [lon, lat].

let worldPromise = null;

function world() {
  if (!worldPromise) worldPromise = getJSON('/assets/countries-110m.json').then(decodeTopology);
  return worldPromise;
}

function decodeTopology(topo) {
  const [sx, sy] = topo.transform ? topo.transform.scale : [1, 1];
  const [tx, ty] = topo.transform ? topo.transform.translate : [0, 0];
  const arcs = topo.arcs.map((arc) => {
    let x = 0, y = 0;
    return arc.map(([dx, dy]) => {
      if (topo.transform) { x += dx; y += dy; return [x * sx + tx, y * sy + ty]; }
      return [dx, dy];
    });
  });
  const arcPoints = (i) => (i >= 0 ? arcs[i] : arcs[~i].slice().reverse());
  const ring = (indexes) => {
    const points = [];
    indexes.forEach((i, k) => {
      const p = arcPoints(i);
      points.push(...(k === 0 ? p : p.slice(1)));
    });
    return points;
  };
  const countries = topo.objects.countries.geometries.map((g) => {
    let polygons = [];
    if (g.type === 'Polygon') polygons = [g.arcs.map(ring)];
    else if (g.type === 'MultiPolygon') polygons = g.arcs.map((p) => p.map(ring));
    return { id: g.id, name: g.properties && g.properties.name, polygons };
  });
  return countries;
}

// Equirectangular projection onto a 960 × 480 box.
const MAP_W = 960, MAP_H = 480;
function project(lon, lat) { return [((lon + 180) / 360) * MAP_W, ((90 - lat) / 180) * MAP_H]; }

function countryPath(c) {
  const parts = [];
  for (const polygon of c.polygons) {
    for (const r of polygon) {
      let prev = null;
      r.forEach(([lon, lat], k) => {
        const [x, y] = project(lon, lat);
        // A jump across the antimeridian starts a new sub-path instead of a stripe.
        const jump = prev !== null && Math.abs(lon - prev) > 180;
        parts.push((k === 0 || jump ? 'M' : 'L') + x.toFixed(1) + ',' + y.toFixed(1));
        prev = lon;
      });
      parts.push('Z');
    }
  }
  return parts.join('');
}

// ---------------------------------------------------------------------------------
// The events page: filters, map, timeline and table, all from one list.

const FILTER_KEYS = ['country', 'type', 'since', 'until', 'actor', 'q'];

async function eventsPage(params) {
  const filters = {};
  for (const k of FILTER_KEYS) if (params.get(k)) filters[k] = params.get(k);
  const query = new URLSearchParams({ view: 'summary', limit: '10000', ...filters });
  const [countries, page, all] = await Promise.all([
    world(),
    getJSON('/api/events?' + query),
    // The choices of the country select: every country with an event.
    getJSON('/api/events?view=summary&limit=10000'),
  ]);
  const events = page.events;
  const setFilters = (next) => {
    const clean = Object.fromEntries(Object.entries(next).filter(([, v]) => v));
    location.hash = '#/?' + new URLSearchParams(clean);
  };
  show(
    filterForm(filters, all.events, setFilters),
    el('p', { class: 'muted', id: 'count' },
      `${events.length} event${events.length === 1 ? '' : 's'}`,
      page.next_cursor ? ' (the first 10,000; narrow the filters to see the rest)' : ''),
    el('section', { class: 'panel' }, el('h2', {}, 'Map'), mapView(countries, events), legend()),
    el('section', { class: 'panel' },
      el('h2', {}, 'Timeline'),
      el('p', { class: 'muted small' }, 'Drag across the bars to keep only those months.'),
      timeline(events, filters, setFilters)),
    el('section', { class: 'panel' }, el('h2', {}, 'Events'), eventTable(events)),
  );
}

function filterForm(filters, all, setFilters) {
  const countries = [...new Set(all.map((e) => e.country).filter(Boolean))].sort();
  const countrySelect = el('select', { name: 'country', id: 'f-country' },
    el('option', { value: '' }, 'any country'),
    countries.map((c) => el('option', { value: c, selected: filters.country === c }, c)));
  const typeSelect = el('select', { name: 'type', id: 'f-type' },
    el('option', { value: '' }, 'any type'),
    EVENT_TYPES.map((t) => el('option', { value: t, selected: filters.type === t }, t)));
  const text = (name, label, placeholder) => el('label', {}, label,
    el('input', { name, id: 'f-' + name, value: filters[name] || '', placeholder }));
  const form = el('form', { class: 'filters', id: 'filters' },
    el('label', {}, 'Country', countrySelect),
    el('label', {}, 'Type', typeSelect),
    text('since', 'From', 'YYYY-MM-DD'),
    text('until', 'To', 'YYYY-MM-DD'),
    text('actor', 'Actor', 'name or acronym'),
    text('q', 'Text', 'words'),
    el('button', { type: 'submit' }, 'Filter'),
    el('button', { type: 'button', onclick: () => setFilters({}) }, 'Clear'));
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    const data = new FormData(form);
    setFilters(Object.fromEntries(FILTER_KEYS.map((k) => [k, (data.get(k) || '').trim()])));
  });
  return form;
}

function radius(e) { return 3 + Math.min(14, Math.sqrt(e.fatalities || 0) * 2); }

function mapView(countries, events) {
  const map = svg('svg', { viewBox: `0 0 ${MAP_W} ${MAP_H}`, class: 'map', id: 'map', role: 'img',
    'aria-label': 'Map of events' });
  map.append(svg('rect', { x: 0, y: 0, width: MAP_W, height: MAP_H, class: 'sea' }));
  const land = svg('g', { class: 'countries' });
  for (const c of countries) {
    land.append(svg('path', { d: countryPath(c), class: 'country' }, svg('title', {}, c.name || '')));
  }
  map.append(land);
  const dots = svg('g', { class: 'events' });
  // Largest first, so small events stay clickable on top.
  const located = events.filter((e) => e.lat !== null && e.lon !== null)
    .sort((a, b) => radius(b) - radius(a));
  for (const e of located) {
    const [x, y] = project(e.lon, e.lat);
    const precision = e.geo_precision || 1;
    const a = svg('a', { href: eventHref(e.id), class: 'event-dot', 'data-id': e.id });
    if (precision >= 2) {
      // The area the event may lie in: wider the coarser the location.
      a.append(svg('circle', { cx: x, cy: y, r: radius(e) + 3 * precision, class: 'precision p' + precision,
        stroke: TYPE_COLOURS[e.event_type] || '#555' }));
    }
    a.append(svg('circle', { cx: x, cy: y, r: radius(e), fill: TYPE_COLOURS[e.event_type] || '#555',
      class: 'dot' + (precision >= 4 ? ' hollow' : '') }));
    a.append(svg('title', {}, `${dash(e.date)} · ${e.event_type} / ${e.sub_event_type} · ${dash(e.location)}` +
      ` (${PRECISION[precision] || ''}) · fatalities ${dash(e.fatalities)}`));
    dots.append(a);
  }
  map.append(dots);
  return el('div', { class: 'map-wrap' }, map);
}

function legend() {
  return el('div', { class: 'legend' },
    EVENT_TYPES.map((t) => el('span', { class: 'key' },
      el('span', { class: 'swatch', style: null, 'data-colour': t }), t)),
    el('span', { class: 'key muted' }, 'Size: fatalities. Ring: location known only to a district or province; hollow: country only.'));
}

// Swatch colours are set through CSSOM (the style attribute is not allowed by the CSP).
function paintSwatches(root) {
  for (const s of root.querySelectorAll('[data-colour]')) s.style.background = TYPE_COLOURS[s.dataset.colour];
}
new MutationObserver(() => paintSwatches(document)).observe(document.documentElement, { childList: true, subtree: true });

function monthsBetween(first, last) {
  const out = [];
  let [y, m] = first.split('-').map(Number);
  const [ly, lm] = last.split('-').map(Number);
  while (y < ly || (y === ly && m <= lm)) {
    out.push(`${y}-${String(m).padStart(2, '0')}`);
    m += 1;
    if (m > 12) { m = 1; y += 1; }
    if (out.length > 1200) break;
  }
  return out;
}

function lastDay(month) {
  const [y, m] = month.split('-').map(Number);
  return `${month}-${String(new Date(Date.UTC(y, m, 0)).getUTCDate()).padStart(2, '0')}`;
}

function timeline(events, filters, setFilters) {
  const counts = new Map();
  for (const e of events) {
    if (!e.date_start) continue;
    const month = e.date_start.slice(0, 7);
    counts.set(month, (counts.get(month) || 0) + 1);
  }
  if (counts.size === 0) return el('p', { class: 'muted', id: 'timeline' }, 'No dated events.');
  const sorted = [...counts.keys()].sort();
  const months = monthsBetween(sorted[0], sorted[sorted.length - 1]);
  const W = 960, H = 140, pad = 22;
  const bw = (W - 2 * pad) / months.length;
  const max = Math.max(...counts.values());
  const chart = svg('svg', { viewBox: `0 0 ${W} ${H}`, class: 'timeline', id: 'timeline' });
  months.forEach((month, i) => {
    const n = counts.get(month) || 0;
    const h = (n / max) * (H - 2 * pad);
    chart.append(svg('rect', { x: pad + i * bw + 0.5, y: H - pad - h, width: Math.max(1, bw - 1), height: h,
      class: 'bar', 'data-month': month, 'data-count': n }, svg('title', {}, `${month}: ${n} event${n === 1 ? '' : 's'}`)));
  });
  // Year labels.
  let lastYear = '';
  months.forEach((month, i) => {
    const year = month.slice(0, 4);
    if (year !== lastYear) {
      chart.append(svg('text', { x: pad + i * bw, y: H - 6, class: 'axis' }, year));
      lastYear = year;
    }
  });
  chart.append(svg('line', { x1: pad, x2: W - pad, y1: H - pad, y2: H - pad, class: 'baseline' }));
  // Brushing: drag to select months; release to filter by them.
  const brush = svg('rect', { x: 0, y: pad / 2, width: 0, height: H - pad - pad / 2, class: 'brush' });
  chart.append(brush);
  const toX = (ev) => {
    const box = chart.getBoundingClientRect();
    return ((ev.clientX - box.left) / box.width) * W;
  };
  const index = (x) => Math.max(0, Math.min(months.length - 1, Math.floor((x - pad) / bw)));
  let start = null;
  chart.addEventListener('pointerdown', (ev) => {
    start = toX(ev);
    chart.setPointerCapture(ev.pointerId);
    brush.setAttribute('x', start);
    brush.setAttribute('width', 0);
  });
  chart.addEventListener('pointermove', (ev) => {
    if (start === null) return;
    const x = toX(ev);
    brush.setAttribute('x', Math.min(start, x));
    brush.setAttribute('width', Math.abs(x - start));
  });
  chart.addEventListener('pointerup', (ev) => {
    if (start === null) return;
    const x = toX(ev);
    const [a, b] = [index(Math.min(start, x)), index(Math.max(start, x))];
    start = null;
    setFilters({ ...filters, since: months[a] + '-01', until: lastDay(months[b]) });
  });
  return chart;
}

function eventTable(events) {
  if (events.length === 0) return el('p', { class: 'muted', id: 'events-table' }, 'No events match.');
  const head = ['Date', 'Type', 'Sub-type', 'Modality', 'Actors', 'Location', 'Fatalities', 'Sources'];
  return el('table', { class: 'events', id: 'events-table' },
    el('thead', {}, el('tr', {}, head.map((h) => el('th', {}, h)))),
    el('tbody', {}, events.map((e) => el('tr', { 'data-id': e.id },
      el('td', {}, link(eventHref(e.id), dash(e.date))),
      el('td', {}, el('span', { class: 'swatch', 'data-colour': e.event_type }), e.event_type),
      el('td', {}, e.sub_event_type),
      el('td', {}, e.modality),
      el('td', {}, actorsText(e.actor1, e.actor2)),
      el('td', {}, [e.location, e.country].filter(Boolean).join(', ') || '–'),
      el('td', { class: 'num' }, dash(e.fatalities)),
      el('td', { class: 'num' }, String(e.documents.length))))));
}

function actorsText(a1, a2) {
  if (a1 && a2) return `${a1} → ${a2}`;
  if (a1) return a1;
  if (a2) return `? → ${a2}`;
  return '–';
}

// ---------------------------------------------------------------------------------
// Highlighted text: spans are byte offsets into the UTF-8 text.

/** Maps UTF-8 byte offsets to JavaScript string (UTF-16) indexes. */
function byteIndex(text) {
  const map = new Map();
  let byte = 0, unit = 0;
  for (const ch of text) {
    map.set(byte, unit);
    const cp = ch.codePointAt(0);
    byte += cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
    unit += ch.length;
  }
  map.set(byte, unit);
  return (b) => map.get(b);
}

/** The text with every span marked: overlapping spans split at each boundary. */
function highlighted(text, spans, id) {
  const at = byteIndex(text);
  const marks = spans.map((s) => ({ ...s, s: at(s.start), e: at(s.end) }))
    .filter((s) => s.s !== undefined && s.e !== undefined && s.e > s.s);
  const cuts = new Set([0, text.length]);
  for (const m of marks) { cuts.add(m.s); cuts.add(m.e); }
  const points = [...cuts].sort((a, b) => a - b);
  const out = el('div', { class: 'article', id: id || null });
  for (let i = 0; i + 1 < points.length; i++) {
    const [a, b] = [points[i], points[i + 1]];
    const piece = text.slice(a, b);
    const covering = marks.filter((m) => m.s <= a && m.e >= b);
    if (covering.length === 0) { out.append(document.createTextNode(piece)); continue; }
    // The most specific field shows; the others are named in the tooltip.
    const fields = [...new Set(covering.map((m) => m.field))];
    const top = fields.filter((f) => f !== 'event')[0] || 'event';
    out.append(el('mark', { class: 'f-' + top, 'data-field': top, title: fields.map((f) => FIELD_NAMES[f]).join(', ') },
      piece));
  }
  return out;
}

function fieldLegend() {
  return el('div', { class: 'legend fields' },
    FIELDS.map((f) => el('mark', { class: 'f-' + f, 'data-field': f }, FIELD_NAMES[f])));
}

/** Field by field: each value of the event with the words that support it. */
function evidenceTable(event, spans) {
  const value = {
    event: `${event.event_type} / ${event.sub_event_type} (${event.modality})`,
    date: event.date ? event.date.value : null,
    place: event.location ? `${event.location.name}${event.location.country ? ', ' + event.location.country : ''}` : null,
    actor1: [event.actor1, ...(event.assoc_actor1 || [])].filter(Boolean).map((a) => a.name).join('; ') || null,
    actor2: [event.actor2, ...(event.assoc_actor2 || [])].filter(Boolean).map((a) => a.name).join('; ') || null,
    target: event.target ? event.target.name : null,
    weapon: (event.weapons || []).map((w) => w.name).join('; ') || null,
    toll: event.fatalities ? `${event.fatalities.best} (${event.fatalities.low}–${event.fatalities.high})` : null,
    attribution: event.attribution ? [event.attribution.source, event.attribution.verb].filter(Boolean).join(' ') +
      (event.attribution.hedged ? ' (hedged)' : '') : null,
  };
  const rows = FIELDS.filter((f) => value[f] || spans.some((s) => s.field === f)).map((f) => el('tr', { 'data-field': f },
    el('th', {}, el('mark', { class: 'f-' + f }, FIELD_NAMES[f])),
    el('td', {}, dash(value[f])),
    el('td', { class: 'evidence' }, spans.filter((s) => s.field === f).map((s) => el('q', {}, s.text)))));
  return el('table', { class: 'evidence-table' },
    el('thead', {}, el('tr', {}, el('th', {}, 'Field'), el('th', {}, 'Value'), el('th', {}, 'Evidence'))),
    el('tbody', {}, rows));
}

// ---------------------------------------------------------------------------------
// The event page

async function eventPage(id) {
  const { event: m, sources } = await getJSON('/api/events/' + encodeURIComponent(id));
  const place = m.location;
  const f = m.fatalities;
  const facts = [
    ['Date', m.date ? `${m.date.value} (${m.date.start} – ${m.date.end})` : '–'],
    ['Modality', m.modality],
    ['Location', place ? `${place.name}${place.admin1 ? ', ' + place.admin1 : ''}${place.country ? ', ' + place.country : ''}` +
      ` — ${PRECISION[place.precision] || ''} (${place.lat.toFixed(3)}, ${place.lon.toFixed(3)})` : '–'],
    ['Actor 1', [m.actor1, ...m.assoc_actor1].filter(Boolean).map((a) => a.name).join('; ') || '–', m.actor1],
    ['Actor 2', [m.actor2, ...m.assoc_actor2].filter(Boolean).map((a) => a.name).join('; ') || '–', m.actor2],
    ['Fatalities', f ? `${f.best} (range ${f.low}–${f.high})` : 'no number given'],
    ['Sources', String(m.documents.length)],
  ];
  show(
    el('p', {}, link('#/', '← all events')),
    el('h1', { id: 'event-title' }, el('span', { class: 'swatch', 'data-colour': m.event_type }),
      `${m.event_type} / ${m.sub_event_type}`),
    el('dl', { class: 'facts' }, facts.map(([k, v, actor]) => [el('dt', {}, k),
      el('dd', {}, actor && actor.id ? link(actorHref(actor.id), v) : v)])),
    m.notes ? el('p', { class: 'notes' }, m.notes) : null,
    m.disagreements.length ? el('section', { class: 'panel', id: 'disagreements' },
      el('h2', {}, 'Where the sources disagree'),
      el('ul', {}, m.disagreements.map((d) => el('li', {}, el('strong', {}, d.field + ': '),
        d.values.map((c, i) => [i ? '; ' : '', `${c.value} [${c.documents.join(', ')}]`]))))) : null,
    el('h2', {}, 'Sources and their evidence'),
    fieldLegend(),
    sources.map((s, i) => sourceBlock(s, i)),
  );
}

function sourceBlock(s, i) {
  const d = s.document;
  if (!d) return el('section', { class: 'panel' }, el('p', { class: 'muted' }, `The source ${s.event.documents} is missing.`));
  return el('section', { class: 'panel source', id: 'source-' + i },
    el('h3', {}, link(documentHref(d.id), d.title || d.id)),
    el('p', { class: 'muted small' }, [d.source, d.published, d.url].filter(Boolean).join(' · ')),
    evidenceTable(s.event, s.spans),
    highlighted(d.text, s.spans));
}

// ---------------------------------------------------------------------------------
// Documents, actors, search

async function documentPage(id) {
  const d = await getJSON('/api/documents/' + encodeURIComponent(id));
  const doc = d.document;
  show(
    el('p', {}, link('#/', '← all events')),
    el('h1', {}, doc.title || doc.id),
    el('p', { class: 'muted small' }, [doc.source, doc.published, doc.url, doc.license].filter(Boolean).join(' · ')),
    el('h2', {}, 'Events reported'),
    d.merged.length ? eventTable(d.merged) : el('p', { class: 'muted' }, 'None coded from this document.'),
    el('h2', {}, 'Text and evidence'),
    fieldLegend(),
    highlighted(doc.text, d.spans, 'document-text'),
  );
}

async function actorsPage(params) {
  const q = params.get('q') || '';
  const page = await getJSON('/api/actors?' + new URLSearchParams({ limit: '1000', ...(q ? { q } : {}) }));
  const form = el('form', { class: 'filters' },
    el('label', {}, 'Name', el('input', { name: 'q', value: q, id: 'actor-q' })),
    el('button', { type: 'submit' }, 'Filter'));
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    const v = new FormData(form).get('q').trim();
    location.hash = '#/actors' + (v ? '?' + new URLSearchParams({ q: v }) : '');
  });
  show(el('h1', {}, 'Actors'), form,
    el('table', { class: 'events', id: 'actors-table' },
      el('thead', {}, el('tr', {}, ['Name', 'Kind', 'Country', 'Documents'].map((h) => el('th', {}, h)))),
      el('tbody', {}, page.actors.map((a) => el('tr', {},
        el('td', {}, link(actorHref(a.id), a.name)), el('td', {}, a.kind), el('td', {}, dash(a.country)),
        el('td', { class: 'num' }, String(a.documents)))))));
}

const RELATION_TITLES = {
  enemy_of: 'Enemies', allied_with: 'Allies', active_in: 'Active in', supporters_in: 'Supporters in',
  member_origin: 'Members from', founded: 'Founded', killed_by: 'Killed by', captured_by: 'Captured by',
  leader_of: 'Leads',
};

function sourcesOf(list) {
  const docs = [...new Set((list || []).map((s) => s.document))];
  return el('span', { class: 'sources' }, ' [', docs.map((d, i) => [i ? ', ' : '', link(documentHref(d), d)]), ']');
}

async function actorPage(id) {
  const { profile: p, events, by_month: months } = await getJSON('/api/actors/' + encodeURIComponent(id));
  const own = p.facts.filter((f) => f.subject.id === p.id);
  const groups = {};
  for (const f of own) (groups[f.relation] = groups[f.relation] || []).push(f);
  show(
    el('p', {}, link('#/actors', '← all actors')),
    el('h1', { id: 'actor-name' }, p.name),
    el('p', { class: 'muted' }, `${p.kind.replace(/_/g, ' ')} · ${dash(p.country)} · ${p.documents.length} document(s)`),
    el('section', { class: 'panel' }, el('h2', {}, 'Names seen'),
      el('ul', { id: 'actor-names' }, p.aliases.map((a) => el('li', {}, a.name, sourcesOf(a.documents.map((d) => ({ document: d })))))),
      p.also_known_as.length ? el('p', {}, 'Also known as: ' + p.also_known_as.join('; ') +
        (p.alias_source ? ` (alias table: ${p.alias_source})` : '')) : null),
    p.leaders.length ? el('section', { class: 'panel', id: 'leaders' }, el('h2', {}, 'Leaders and their fates'),
      el('ul', {}, p.leaders.map((l) => el('li', {},
        el('strong', {}, l.person.name), l.time ? ` (${l.time})` : '', sourcesOf(l.sources),
        l.fates.length ? el('ul', {}, l.fates.map((f) => el('li', {},
          `${f.relation === 'killed_by' ? 'killed by' : 'captured by'} ${f.object ? f.object.name : '?'}`,
          f.time ? ` (${f.time})` : '', sourcesOf(f.sources)))) : null)))) : null,
    Object.entries(groups).filter(([r]) => r !== 'leader_of' || true).map(([relation, facts]) =>
      el('section', { class: 'panel', 'data-relation': relation }, el('h2', {}, RELATION_TITLES[relation] || relation),
        el('ul', {}, facts.map((f) => el('li', {},
          f.object ? (f.object.id ? link(actorHref(f.object.id), f.object.name) : f.object.name) : '–',
          f.time ? ` (${f.time})` : '', sourcesOf(f.sources)))))),
    el('section', { class: 'panel' }, el('h2', {}, 'Events over time'), monthBars(months),
      eventTable(events)),
  );
}

function monthBars(months) {
  if (!months.length) return el('p', { class: 'muted' }, 'No dated events.');
  const all = monthsBetween(months[0].month, months[months.length - 1].month);
  const counts = new Map(months.map((m) => [m.month, m.events]));
  const W = 960, H = 100, pad = 20;
  const bw = (W - 2 * pad) / all.length;
  const max = Math.max(...counts.values());
  const chart = svg('svg', { viewBox: `0 0 ${W} ${H}`, class: 'timeline', id: 'actor-timeline' });
  all.forEach((month, i) => {
    const n = counts.get(month) || 0;
    const h = (n / max) * (H - 2 * pad);
    chart.append(svg('rect', { x: pad + i * bw + 0.5, y: H - pad - h, width: Math.max(1, bw - 1), height: h, class: 'bar' },
      svg('title', {}, `${month}: ${n}`)));
  });
  chart.append(svg('text', { x: pad, y: H - 4, class: 'axis' }, all[0]));
  chart.append(svg('text', { x: W - pad, y: H - 4, class: 'axis end' }, all[all.length - 1]));
  return chart;
}

async function searchPage(params) {
  const q = params.get('q') || '';
  document.getElementById('search-q').value = q;
  const r = await getJSON('/api/search?' + new URLSearchParams({ q }));
  show(el('h1', {}, 'Search: ', el('q', {}, q)),
    el('h2', {}, `Events (${r.events.length})`), eventTable(r.events),
    el('h2', {}, `Actors (${r.actors.length})`),
    el('ul', {}, r.actors.map((a) => el('li', {}, link(actorHref(a.id), a.name), ` (${a.kind})`))),
    el('h2', {}, `Documents (${r.documents.length})`),
    el('ul', {}, r.documents.map((d) => el('li', {}, link(documentHref(d.id), d.title || d.id),
      d.source ? ` · ${d.source}` : ''))));
}

// ---------------------------------------------------------------------------------
// Coding an article live

async function pastePage() {
  const token = el('input', { type: 'password', id: 'paste-token', autocomplete: 'off',
    value: sessionStorage.getItem('tidings-token') || '', placeholder: 'tdg_…' });
  const title = el('input', { id: 'paste-title', placeholder: 'optional' });
  const published = el('input', { id: 'paste-published', placeholder: 'YYYY-MM-DD (anchors relative dates)' });
  const url = el('input', { id: 'paste-url', type: 'url', placeholder: 'https://… (fetched by the server when no text is pasted)' });
  const text = el('textarea', { id: 'paste-text', rows: 14, placeholder: 'Paste the article text here, or give its URL above' });
  const out = el('div', { id: 'paste-result' });
  const form = el('form', { class: 'paste', id: 'paste-form' },
    el('label', {}, 'Write token ', el('span', { class: 'muted small' },
      '(from `tidings token create --scope write`; kept for this tab only)'), token),
    el('label', {}, 'Title', title),
    el('label', {}, 'Published', published),
    el('label', {}, 'Article URL', url),
    el('label', {}, 'Article', text),
    el('button', { type: 'submit', id: 'paste-submit' }, 'Code it'));
  form.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    out.replaceChildren(el('p', { class: 'muted' }, 'Coding…'));
    if (token.value) sessionStorage.setItem('tidings-token', token.value);
    const query = new URLSearchParams();
    const meta = {};
    if (title.value.trim()) meta.title = title.value.trim();
    if (published.value.trim()) meta.published = published.value.trim();
    if (url.value.trim()) meta.url = url.value.trim();
    // Text pasted: sent as it is, the URL only recorded. No text: the server fetches the URL.
    const byUrl = !text.value.trim() && meta.url;
    for (const [k, v] of Object.entries(meta)) query.set(k, v);
    const headers = { 'Content-Type': byUrl ? 'application/json' : 'text/plain; charset=utf-8' };
    if (token.value.trim()) headers.Authorization = 'Bearer ' + token.value.trim();
    if (byUrl) out.replaceChildren(el('p', { class: 'muted' }, 'Fetching ' + meta.url + ' and coding it…'));
    try {
      const response = byUrl
        ? await fetch('/api/documents', { method: 'POST', headers, body: JSON.stringify(meta) })
        : await fetch('/api/documents?' + query, { method: 'POST', headers, body: text.value });
      const body = await response.json();
      if (!response.ok) throw new Error(`${body.error.code}: ${body.error.message}`);
      out.replaceChildren(...body.results.map(postedBlock));
    } catch (e) {
      out.replaceChildren(errorBox(e));
    }
  });
  show(el('h1', {}, 'Code an article'),
    el('p', { class: 'muted' }, 'The article (pasted, or fetched from its URL by the server) is stored, coded and merged with the database; its events and their evidence show below.'),
    form, out);
}

function postedBlock(r) {
  const d = r.document;
  return el('section', { class: 'panel posted', 'data-status': r.status },
    el('h2', {}, d.title || d.id, ' ', el('span', { class: 'badge' }, r.status)),
    r.diagnostics.length ? el('ul', { class: 'muted small' }, r.diagnostics.map((x) => el('li', {}, x))) : null,
    el('h3', {}, `Events coded (${r.events.length})`),
    el('table', { class: 'events', id: 'posted-events' },
      el('thead', {}, el('tr', {}, ['Type', 'Modality', 'Actors', 'Place', 'Date', 'Fatalities'].map((h) => el('th', {}, h)))),
      el('tbody', {}, r.events.map((e) => el('tr', {},
        el('td', {}, `${e.event_type} / ${e.sub_event_type}`),
        el('td', { class: 'modality' }, e.modality),
        el('td', {}, actorsText(e.actor1 && e.actor1.name, e.actor2 && e.actor2.name)),
        el('td', {}, e.location ? e.location.name : '–'),
        el('td', {}, e.date ? e.date.value : '–'),
        el('td', { class: 'num' }, e.fatalities ? String(e.fatalities.best) : '–'))))),
    r.merged.length ? el('p', {}, 'Merged events: ', r.merged.map((m, i) => [i ? ', ' : '', link(eventHref(m.id), m.id)])) : null,
    fieldLegend(),
    highlighted(d.text, r.spans, 'posted-text'));
}
