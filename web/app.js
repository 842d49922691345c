// marsad web page: map (Leaflet, offline country shapes, optional OSM tiles),
// clustered markers, a timeline (Chart.js) whose selected range filters the
// map and the table, filters, a sortable table, an event view with the
// Arabic sentence and its highlighted parts, and a document view.
// Plain JS, no build step; every library comes from /static/vendor/ (npm).
(function () {
  'use strict';

  // ------------------------------------------------------------------ i18n
  const I18N = {
    ar: {
      type: 'النوع', actor: 'الفاعل', country: 'البلد', from: 'من', to: 'إلى', search: 'بحث',
      apply: 'تطبيق', reset: 'مسح', all: 'الكل', timeline: 'الأحداث يوميا حسب النوع', timelineMonth: 'الأحداث شهريا حسب النوع',
      clearRange: 'إلغاء النطاق', rangeHint: 'اسحب على المخطط أو انقر مرتين لاختيار نطاق',
      events: 'الأحداث', date: 'التاريخ', actor1: 'الفاعل', actor2: 'المفعول به', place: 'المكان',
      fatalities: 'قتلى', injured: 'جرحى', arrested: 'معتقلون', displaced: 'نازحون', modality: 'الصيغة',
      confidence: 'الثقة', pick: 'اختر حدثا على الخريطة أو في الجدول.', sentence: 'الجملة',
      trigger: 'الفعل', time: 'الزمن', codes: 'الرموز', mode: 'الأسلوب', cameo: 'CAMEO',
      goldstein: 'غولدستين', quad: 'الفئة', acled: 'ACLED', negated: 'منفي', document: 'عرض الوثيقة',
      source: 'المصدر', published: 'تاريخ النشر', close: 'إغلاق', loading: 'جار التحميل…',
      shown: (n, t) => `${n} من ${t} حدثا`, located: (n) => `${n} على الخريطة`,
      offline: 'حدود الدول (دون اتصال)', osm: 'OpenStreetMap (عبر الإنترنت)',
      noVendor: 'ملفات الواجهة (node_modules) غير موجودة: شغّل ./marsad.sh أو npm install في جذر المستودع.',
      error: 'خطأ', precision: 'الدقة', lang: 'English', yes: 'نعم', no: 'لا', unknown: 'غير معروف',
      eventsInDoc: 'أحداث الوثيقة',
      modalities: { asserted: 'مؤكد', requested: 'مطلوب', future: 'مستقبلي', denied: 'منفي', hypothetical: 'افتراضي', claimed: 'ادعاء' },
    },
    en: {
      type: 'Type', actor: 'Actor', country: 'Country', from: 'From', to: 'To', search: 'Search',
      apply: 'Apply', reset: 'Reset', all: 'All', timeline: 'Events per day by type', timelineMonth: 'Events per month by type',
      clearRange: 'Clear range', rangeHint: 'Drag on the chart, or click twice, to select a range',
      events: 'Events', date: 'Date', actor1: 'Actor 1', actor2: 'Actor 2', place: 'Place',
      fatalities: 'Killed', injured: 'Injured', arrested: 'Arrested', displaced: 'Displaced', modality: 'Modality',
      confidence: 'Confidence', pick: 'Pick an event on the map or in the table.', sentence: 'Sentence',
      trigger: 'Trigger', time: 'Time', codes: 'Codes', mode: 'Mode', cameo: 'CAMEO',
      goldstein: 'Goldstein', quad: 'QuadClass', acled: 'ACLED', negated: 'Negated', document: 'Document view',
      source: 'Source', published: 'Published', close: 'Close', loading: 'Loading…',
      shown: (n, t) => `${n} of ${t} events`, located: (n) => `${n} on the map`,
      offline: 'Country shapes (offline)', osm: 'OpenStreetMap (online)',
      noVendor: 'The page\'s libraries (node_modules) are missing: run ./marsad.sh or npm install at the repository root.',
      error: 'Error', precision: 'Precision', lang: 'العربية', yes: 'yes', no: 'no', unknown: 'unknown',
      eventsInDoc: 'Events in this document',
      modalities: { asserted: 'asserted', requested: 'requested', future: 'future', denied: 'denied', hypothetical: 'hypothetical', claimed: 'claimed' },
    },
  };
  const TYPE_AR = {
    AGREE: 'اتفاق', CONSULT: 'تشاور', SUPPORT: 'تأييد', CONCEDE: 'تنازل', COOPERATE: 'تعاون', AID: 'مساعدة',
    RETREAT: 'انسحاب', REQUEST: 'طلب', ACCUSE: 'اتهام', REJECT: 'رفض', THREATEN: 'تهديد', PROTEST: 'احتجاج',
    SANCTION: 'عقوبة', MOBILIZE: 'تعبئة', COERCE: 'إكراه', ASSAULT: 'هجوم',
  };
  const TYPE_COLOR = {
    ASSAULT: '#c0392b', COERCE: '#e67e22', MOBILIZE: '#8e44ad', SANCTION: '#7f8c8d', PROTEST: '#f1c40f',
    THREATEN: '#d35400', REJECT: '#95a5a6', ACCUSE: '#e84393', REQUEST: '#3498db', RETREAT: '#1abc9c',
    AID: '#27ae60', COOPERATE: '#2ecc71', CONCEDE: '#16a085', SUPPORT: '#2980b9', CONSULT: '#6c5ce7', AGREE: '#00b894',
  };
  const TYPES = Object.keys(TYPE_AR);

  let lang = 'ar';
  try { lang = localStorage.getItem('marsad.lang') || 'ar'; } catch (e) { /* private mode */ }
  { const l = new URLSearchParams(location.search).get('lang'); if (l === 'ar' || l === 'en') lang = l; }  // ?lang=en
  const t = (k) => (I18N[lang] && I18N[lang][k] !== undefined ? I18N[lang][k] : k);
  const typeLabel = (ty) => (lang === 'ar' ? `${TYPE_AR[ty] || ty}` : ty || '');

  // ------------------------------------------------------------------ helpers
  const $ = (sel) => document.querySelector(sel);
  function el(tag, attrs, ...kids) {
    const e = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (v === null || v === undefined || v === false) continue;
      if (k === 'class') e.className = v;
      else if (k === 'style') e.setAttribute('style', v);
      else if (k.startsWith('on')) e.addEventListener(k.slice(2), v);
      else e.setAttribute(k, v === true ? '' : v);
    }
    for (const c of kids.flat()) if (c !== null && c !== undefined && c !== false) e.append(c instanceof Node ? c : String(c));
    return e;
  }
  async function api(path) {
    const r = await fetch(path, { headers: { Accept: 'application/json' } });
    let body = null;
    try { body = await r.json(); } catch (e) { /* not JSON */ }
    if (!r.ok) throw new Error((body && body.error) || `${r.status} ${r.statusText}`);
    return body;
  }
  function setStatus(msg, isError) {
    const s = $('#status');
    s.textContent = msg || '';
    s.classList.toggle('error', !!isError);
  }
  const evDate = (e) => (e.date && (e.date.start || e.date.end)) || (e.doc && e.doc.published) || '';
  const placeName = (e) => (e.location && (e.location.name || e.location.text)) || '';
  const actorName = (a) => (a ? (a.code ? `${a.code}` : '') + (a.name ? ` ${a.name}` : a.text ? ` ${a.text}` : '') : '');
  function markerSize(f) {
    const n = typeof f === 'number' && f > 0 ? f : 0;
    return Math.round(Math.min(40, 12 + 5 * Math.sqrt(n)));
  }
  function addDays(iso, n) {
    const d = new Date(iso + 'T00:00:00Z');
    d.setUTCDate(d.getUTCDate() + n);
    return d.toISOString().slice(0, 10);
  }

  // ------------------------------------------------------------------ state
  const state = {
    filters: {},          // type actor country from to q (from the form)
    range: null,          // [from, to] selected on the timeline
    events: [],           // the loaded page(s)
    total: 0,
    sortKey: 'date', sortDir: -1,
    selected: null,       // event_id
  };
  const params = new URLSearchParams(location.search);

  function queryString(withRange) {
    const p = new URLSearchParams();
    for (const [k, v] of Object.entries(state.filters)) if (v) p.set(k, v);
    if (withRange && state.range) {
      const from = p.get('from'), to = p.get('to');
      p.set('from', from && from > state.range[0] ? from : state.range[0]);
      p.set('to', to && to < state.range[1] ? to : state.range[1]);
      if (p.get('from') > p.get('to')) p.set('to', p.get('from'));
    }
    return p;
  }

  // ------------------------------------------------------------------ map
  let map = null, clusters = null, markersById = new Map();
  function initMap() {
    map = L.map('map', { worldCopyJump: true, zoomSnap: 0.5, minZoom: 2, maxZoom: 18 }).setView([31, 40], 4);
    const offline = L.layerGroup();
    const osm = L.tileLayer('https://tile.openstreetmap.org/{z}/{x}/{y}.png', {
      maxZoom: 18,
      attribution: '&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a> contributors',
    });
    offline.addTo(map);
    const layers = {};
    layers[t('offline')] = offline;
    layers[t('osm')] = osm;
    L.control.layers(layers, null, { position: 'topright' }).addTo(map);
    L.control.scale({ imperial: false }).addTo(map);
    map.attributionControl.addAttribution('Natural Earth via world-atlas');
    // the offline basemap: world-atlas countries (Natural Earth 1:50m) as TopoJSON
    fetch('/static/vendor/world-atlas/countries-50m.json')
      .then((r) => { if (!r.ok) throw new Error(`countries-50m.json: ${r.status}`); return r.json(); })
      .then((topo) => {
        const land = topojson.feature(topo, topo.objects.countries);
        L.geoJSON(land, {
          style: { color: '#7a8a99', weight: 0.7, fillColor: '#e9e4d8', fillOpacity: 1 },
          interactive: false,
          className: 'country-shape',
        }).addTo(offline);
      })
      .catch((e) => setStatus(`${t('error')}: ${e.message}`, true));
    clusters = L.markerClusterGroup({ maxClusterRadius: 40, showCoverageOnHover: false });
    map.addLayer(clusters);
  }

  function drawMarkers() {
    clusters.clearLayers();
    markersById = new Map();
    const ms = [];
    for (const e of state.events) {
      const loc = e.location;
      if (!loc || typeof loc.lat !== 'number' || typeof loc.lon !== 'number') continue;
      const s = markerSize(e.fatalities);
      const color = TYPE_COLOR[e.type] || '#34495e';
      const icon = L.divIcon({
        className: 'ev-marker',
        html: `<span class="ev-dot" style="background:${color};width:${s}px;height:${s}px"></span>`,
        iconSize: [s, s],
      });
      const m = L.marker([loc.lat, loc.lon], { icon, title: `${e.type} · ${placeName(e)}`, keyboard: true });
      m.on('click', () => selectEvent(e.event_id, { pan: false }));
      m.bindTooltip(`${typeLabel(e.type)} · ${placeName(e)} · ${evDate(e)}`, { direction: 'top' });
      markersById.set(e.event_id, m);
      ms.push(m);
    }
    clusters.addLayers(ms);
    return ms.length;
  }

  // Centres the map on the event, rings its place and marks its marker (or
  // the cluster that holds it at this zoom).
  let ring = null;
  function focusMarker(id) {
    const m = markersById.get(id);
    if (ring) { ring.remove(); ring = null; }
    document.querySelectorAll('.ev-marker.selected, .marker-cluster.selected').forEach((x) => x.classList.remove('selected'));
    if (!m) return;
    const ll = m.getLatLng();
    ring = L.circleMarker(ll, { radius: 22, color: '#1f3b4d', weight: 3, fill: false, interactive: false, className: 'sel-ring' }).addTo(map);
    const mark = () => {
      const vis = clusters.getVisibleParent(m) || m;
      const icon = vis.getElement && vis.getElement();
      if (icon) icon.classList.add('selected');
    };
    map.once('moveend', () => setTimeout(mark, 0));
    map.setView(ll, Math.max(map.getZoom(), 7), { animate: false });
    setTimeout(mark, 0);
  }

  // ------------------------------------------------------------------ timeline
  let chart = null, timelineDays = [], pendingStart = null, dragStart = null;
  const rangePlugin = {
    id: 'marsadRange',
    beforeDatasetsDraw(c) {
      let a = null, b = null;
      if (state.range) { a = rangeIndex(state.range[0]); b = rangeIndex(state.range[1]); }
      else if (pendingStart !== null) { a = b = pendingStart; }
      if (a === null || a < 0 || b < 0) return;
      const x = c.scales.x, area = c.chartArea;
      const half = timelineDays.length > 1 ? (x.getPixelForValue(1) - x.getPixelForValue(0)) / 2 : 20;
      const x0 = x.getPixelForValue(Math.min(a, b)) - half, x1 = x.getPixelForValue(Math.max(a, b)) + half;
      const ctx = c.ctx;
      ctx.save();
      ctx.fillStyle = 'rgba(41, 128, 185, 0.15)';
      ctx.fillRect(x0, area.top, x1 - x0, area.bottom - area.top);
      ctx.restore();
    },
  };

  // Days when the events span at most 180 days, else months (a day axis over
  // years is a comb of hairlines).
  let timelineUnit = 'day';
  const monthEnd = (ym) => { const d = new Date(Date.UTC(+ym.slice(0, 4), +ym.slice(5, 7), 0)); return d.toISOString().slice(0, 10); };
  const addMonths = (ym, n) => { const d = new Date(Date.UTC(+ym.slice(0, 4), +ym.slice(5, 7) - 1 + n, 1)); return d.toISOString().slice(0, 7); };
  const dayCount = (a, b) => Math.round((Date.parse(b) - Date.parse(a)) / 86400000);
  function rangeIndex(iso) { return timelineDays.indexOf(timelineUnit === 'day' ? iso : iso.slice(0, 7)); }

  async function loadTimeline() {
    const p = queryString(false);
    p.set('granularity', 'day');
    let data = await api(`/api/stats/timeline?${p}`);
    const days = data.buckets.map((b) => b.period).filter((d) => /^\d{4}-\d{2}-\d{2}$/.test(d)).sort();
    timelineUnit = days.length && dayCount(days[0], days[days.length - 1]) > 180 ? 'month' : 'day';
    if (timelineUnit === 'month') {
      p.set('granularity', 'month');
      data = await api(`/api/stats/timeline?${p}`);
    }
    const re = timelineUnit === 'day' ? /^\d{4}-\d{2}-\d{2}$/ : /^\d{4}-\d{2}$/;
    const byType = new Map();
    let min = null, max = null;
    for (const b of data.buckets) {
      if (!re.test(b.period)) continue;
      if (!min || b.period < min) min = b.period;
      if (!max || b.period > max) max = b.period;
      if (!byType.has(b.type)) byType.set(b.type, new Map());
      byType.get(b.type).set(b.period, (byType.get(b.type).get(b.period) || 0) + b.count);
    }
    timelineDays = [];
    if (min) {
      // a little room on both sides; at most 1200 bars
      const next = timelineUnit === 'day' ? addDays : addMonths;
      for (let d = next(min, -1), n = 0; d <= next(max, 1) && n < 1200; d = next(d, 1), ++n) timelineDays.push(d);
    }
    $('#timeline-box h2').textContent = t(timelineUnit === 'day' ? 'timeline' : 'timelineMonth');
    const datasets = [...byType.keys()].sort((a, b) => TYPES.indexOf(a) - TYPES.indexOf(b)).map((ty) => ({
      label: typeLabel(ty),
      type_code: ty,
      data: timelineDays.map((d) => byType.get(ty).get(d) || 0),
      backgroundColor: TYPE_COLOR[ty] || '#34495e',
      stack: 'events',
    }));
    if (chart) {
      chart.data.labels = timelineDays;
      chart.data.datasets = datasets;
      chart.update('none');
      return;
    }
    chart = new Chart($('#timeline'), {
      type: 'bar',
      data: { labels: timelineDays, datasets },
      options: {
        animation: false,
        responsive: true,
        maintainAspectRatio: false,
        interaction: { mode: 'index', intersect: false },
        scales: {
          x: { stacked: true, ticks: { maxRotation: 0, autoSkip: true, maxTicksLimit: 12 } },
          y: { stacked: true, beginAtZero: true, ticks: { precision: 0 } },
        },
        plugins: {
          legend: { position: 'right', labels: { boxWidth: 12, font: { family: "'Noto Naskh Arabic', sans-serif" } } },
          tooltip: { titleFont: { family: "'Noto Naskh Arabic', sans-serif" }, bodyFont: { family: "'Noto Naskh Arabic', sans-serif" } },
        },
      },
      plugins: [rangePlugin],
    });
    const canvas = $('#timeline');
    const indexAt = (ev) => {
      const rect = canvas.getBoundingClientRect();
      const v = chart.scales.x.getValueForPixel(ev.clientX - rect.left);
      return Math.max(0, Math.min(timelineDays.length - 1, Math.round(v)));
    };
    canvas.addEventListener('pointerdown', (ev) => { if (timelineDays.length) dragStart = indexAt(ev); });
    canvas.addEventListener('pointerup', (ev) => {
      if (dragStart === null || !timelineDays.length) return;
      const i = indexAt(ev), a = dragStart;
      dragStart = null;
      if (i !== a) { pendingStart = null; setRange(a, i); return; }
      if (pendingStart === null) { pendingStart = i; chart.draw(); updateRangeLabel(); return; }
      const s = pendingStart;
      pendingStart = null;
      setRange(s, i);
    });
  }

  function setRange(a, b) {
    const lo = Math.min(a, b), hi = Math.max(a, b);
    state.range = timelineUnit === 'day' ? [timelineDays[lo], timelineDays[hi]]
      : [`${timelineDays[lo]}-01`, monthEnd(timelineDays[hi])];
    updateRangeLabel();
    chart.draw();
    loadEvents();
  }
  function clearRange() {
    state.range = null;
    pendingStart = null;
    updateRangeLabel();
    if (chart) chart.draw();
    loadEvents();
  }
  function updateRangeLabel() {
    const l = $('#range-label');
    if (state.range) l.textContent = `${state.range[0]} → ${state.range[1]}`;
    else if (pendingStart !== null) l.textContent = `${timelineDays[pendingStart]} → …`;
    else l.textContent = '';
    $('#range-clear').hidden = !state.range && pendingStart === null;
  }

  // ------------------------------------------------------------------ events, table
  async function loadEvents() {
    setStatus(t('loading'));
    const p = queryString(true);
    const all = [];
    let total = 0;
    // pages of 1000, at most 10 000 events on the page
    for (let offset = 0; offset < 10000; offset += 1000) {
      p.set('limit', '1000');
      p.set('offset', String(offset));
      const page = await api(`/api/events?${p}`);
      total = page.total;
      all.push(...page.events);
      if (page.events.length < 1000 || all.length >= total) break;
    }
    state.events = all;
    state.total = total;
    const located = drawMarkers();
    renderTable();
    $('#count').textContent = `${t('shown')(all.length, total)} · ${t('located')(located)}`;
    setStatus('');
    return located;
  }

  function sortValue(e, k) {
    switch (k) {
      case 'date': return evDate(e);
      case 'type': return e.type || '';
      case 'actor1': return actorName(e.actor1);
      case 'actor2': return actorName(e.actor2);
      case 'place': return placeName(e);
      case 'fatalities': case 'injured': return typeof e[k] === 'number' ? e[k] : -1;
      case 'confidence': return e.confidence || 0;
      default: return e[k] || '';
    }
  }
  function renderTable() {
    const rows = state.events.slice();
    const k = state.sortKey, dir = state.sortDir;
    rows.sort((a, b) => {
      const x = sortValue(a, k), y = sortValue(b, k);
      return (x < y ? -1 : x > y ? 1 : 0) * dir || (a.event_id < b.event_id ? -1 : 1);
    });
    const tb = $('#events-table tbody');
    tb.replaceChildren(...rows.map((e) => el('tr', {
      'data-id': e.event_id,
      class: e.event_id === state.selected ? 'selected' : null,
      onclick: () => selectEvent(e.event_id, { pan: true }),
    },
    el('td', { dir: 'ltr' }, evDate(e)),
    el('td', {}, el('span', { class: 'swatch', style: `background:${TYPE_COLOR[e.type] || '#34495e'}` }), ' ',
      typeLabel(e.type), e.mode ? el('small', {}, ` (${e.mode})`) : null),
    el('td', {}, e.actor1 ? (e.actor1.code || '') : '—', e.actor1 && e.actor1.text ? el('div', { class: 'ar' }, e.actor1.text) : null),
    el('td', {}, e.actor2 ? (e.actor2.code || '') : '—', e.actor2 && e.actor2.text ? el('div', { class: 'ar' }, e.actor2.text) : null),
    el('td', {}, placeName(e) || '—', e.location && e.location.country ? el('small', {}, ` ${e.location.country}`) : null),
    el('td', { class: 'num' }, e.fatalities ?? ''),
    el('td', { class: 'num' }, e.injured ?? ''),
    el('td', {}, (I18N[lang].modalities[e.modality] || e.modality || '') + (e.negated ? ' ¬' : '')),
    el('td', { class: 'num' }, typeof e.confidence === 'number' ? e.confidence.toFixed(2) : ''))));
    document.querySelectorAll('#events-table th').forEach((th) => {
      th.classList.toggle('sorted', th.dataset.key === k);
      th.dataset.dir = th.dataset.key === k ? (dir > 0 ? 'asc' : 'desc') : '';
    });
  }

  // ------------------------------------------------------------------ event view
  const HL_ORDER = ['trigger', 'actor1', 'actor2', 'location', 'date'];
  // The sentence with its parts marked: spans are document offsets in code
  // points; sentence_span[0] is the sentence's offset.
  function highlightedSentence(e) {
    const chars = Array.from(e.sentence || '');
    const base = Array.isArray(e.sentence_span) ? e.sentence_span[0] : 0;
    const kind = new Array(chars.length).fill(null);
    const spanOf = (k) => (k === 'trigger' ? e.trigger && e.trigger.span : e[k] && e[k].span);
    for (const k of HL_ORDER.slice().reverse()) {   // trigger last: it wins overlaps
      const s = spanOf(k);
      if (!Array.isArray(s) || s.length !== 2) continue;
      for (let i = Math.max(0, s[0] - base); i < Math.min(chars.length, s[1] - base); ++i) kind[i] = k;
    }
    const out = el('p', { class: 'sentence ar', dir: 'rtl', lang: 'ar' });
    let i = 0;
    while (i < chars.length) {
      let j = i;
      while (j < chars.length && kind[j] === kind[i]) ++j;
      const txt = chars.slice(i, j).join('');
      out.append(kind[i] ? el('mark', { class: `hl hl-${kind[i]}`, title: t(kind[i] === 'location' ? 'place' : kind[i] === 'date' ? 'time' : kind[i]) }, txt) : txt);
      i = j;
    }
    return out;
  }

  function kv(label, value, opts) {
    if (value === null || value === undefined || value === '') value = '—';
    return [el('dt', {}, label), el('dd', opts || {}, value)];
  }
  function actorBlock(a) {
    if (!a) return '—';
    return el('span', {}, el('code', {}, a.code || '?'), a.name ? ` ${a.name}` : '', a.text ? el('span', { class: 'ar', dir: 'rtl' }, ` «${a.text}»`) : '');
  }

  function renderEvent(e) {
    const v = $('#event-view');
    const loc = e.location || {};
    const legend = el('div', { class: 'legend' }, ...HL_ORDER.map((k) => el('mark', { class: `hl hl-${k}` }, t(k === 'location' ? 'place' : k === 'date' ? 'time' : k))));
    const counts = ['fatalities', 'injured', 'arrested', 'displaced'].filter((k) => typeof e[k] === 'number').map((k) => `${t(k)}: ${e[k]}`).join(' · ');
    v.replaceChildren(
      el('h2', {}, el('span', { class: 'swatch', style: `background:${TYPE_COLOR[e.type] || '#34495e'}` }), ' ',
        typeLabel(e.type), e.mode ? ` · ${e.mode}` : '', ' ', el('small', { dir: 'ltr', class: 'evid' }, e.event_id)),
      legend,
      highlightedSentence(e),
      el('dl', { class: 'codes' },
        kv(t('trigger'), e.trigger && e.trigger.text, { class: 'ar', dir: 'rtl' }),
        kv(t('actor1'), actorBlock(e.actor1)),
        kv(t('actor2'), actorBlock(e.actor2)),
        kv(t('place'), loc.name || loc.text ? `${loc.name || ''}${loc.name_ar ? ` (${loc.name_ar})` : ''}${loc.admin1 ? `, ${loc.admin1}` : ''}${loc.country ? `, ${loc.country}` : ''}${loc.precision ? ` [${loc.precision}]` : ''}` : null),
        kv(t('time'), e.date && (e.date.start || e.date.end) ? `${e.date.start || '?'}${e.date.end && e.date.end !== e.date.start ? ` → ${e.date.end}` : ''} [${e.date.precision}]${e.date.text ? ` «${e.date.text}»` : ''}` : null),
        kv(t('codes'), `PLOVER ${e.type}${e.mode ? `/${e.mode}` : ''} · CAMEO ${e.cameo ?? '—'} · ${t('goldstein')} ${e.goldstein ?? '—'} · ${t('quad')} ${e.quad_class ?? '—'}`, { dir: 'ltr' }),
        kv(t('acled'), e.acled && e.acled.event_type ? `${e.acled.event_type}${e.acled.sub_event_type ? ` / ${e.acled.sub_event_type}` : ''}` : null, { dir: 'ltr' }),
        kv(t('modality'), `${I18N[lang].modalities[e.modality] || e.modality}${e.negated ? ` · ${t('negated')}` : ''}`),
        kv(`${t('fatalities')} / ${t('injured')}`, counts || null),
        kv(t('confidence'), typeof e.confidence === 'number' ? e.confidence.toFixed(2) : null),
        kv(t('source'), e.doc ? `${e.doc.source || ''} ${e.doc.published || ''}` : null),
      ),
      el('p', {}, el('a', { href: `?doc=${encodeURIComponent(e.doc_id)}&event=${encodeURIComponent(e.event_id)}`, class: 'doc-link',
        onclick: (ev) => { ev.preventDefault(); showDocument(e.doc_id, e.event_id); } }, `${t('document')}: ${e.doc_id}`)),
    );
  }

  async function selectEvent(id, opts) {
    state.selected = id;
    let e = state.events.find((x) => x.event_id === id);
    try {
      if (!e) e = await api(`/api/events/${encodeURIComponent(id)}`);
    } catch (err) {
      $('#event-view').replaceChildren(el('p', { class: 'error' }, `${t('error')}: ${err.message}`));
      return;
    }
    renderEvent(e);
    document.querySelectorAll('#events-table tr.selected').forEach((r) => r.classList.remove('selected'));
    const row = document.querySelector(`#events-table tr[data-id="${CSS.escape(id)}"]`);
    if (row) row.classList.add('selected');
    if (opts && opts.pan) focusMarker(id);
    const u = new URL(location.href);
    u.searchParams.set('event', id);
    history.replaceState(null, '', u);
  }

  // ------------------------------------------------------------------ document view
  async function showDocument(docId, eventId) {
    const box = $('#doc-view');
    box.hidden = false;
    box.replaceChildren(el('p', {}, t('loading')));
    let d;
    try {
      d = await api(`/api/documents/${encodeURIComponent(docId)}`);
    } catch (err) {
      box.replaceChildren(el('p', { class: 'error' }, `${t('error')}: ${err.message}`));
      return;
    }
    const chars = Array.from(d.text || '');
    const kind = new Array(chars.length).fill(null), owner = new Array(chars.length).fill(null);
    const spans = (d.spans || []).filter((s) => s.kind !== 'sentence');
    for (const k of HL_ORDER.slice().reverse())
      for (const s of spans) {
        if (s.kind !== k) continue;
        for (let i = Math.max(0, s.span[0]); i < Math.min(chars.length, s.span[1]); ++i) { kind[i] = k; owner[i] = s.event_id; }
      }
    const text = el('div', { class: 'doc-text ar', dir: 'rtl', lang: 'ar' });
    let i = 0;
    while (i < chars.length) {
      let j = i;
      while (j < chars.length && kind[j] === kind[i] && owner[j] === owner[i]) ++j;
      const s = chars.slice(i, j).join('');
      if (kind[i]) {
        const id = owner[i];
        text.append(el('mark', { class: `hl hl-${kind[i]}${id === eventId ? ' current' : ''}`, title: id, onclick: () => selectEvent(id, { pan: true }) }, s));
      } else text.append(s);
      i = j;
    }
    box.replaceChildren(
      el('div', { class: 'box-head' }, el('h2', { class: 'ar', dir: 'auto' }, d.title || d.id),
        el('button', { type: 'button', onclick: () => { box.hidden = true; } }, t('close'))),
      el('p', { class: 'meta' }, `${t('source')}: ${d.source || '—'} · ${t('published')}: ${d.published || '—'} · `, el('code', {}, d.id),
        d.url ? [' · ', el('a', { href: d.url, rel: 'noopener noreferrer', target: '_blank' }, 'URL')] : null),
      text,
      el('h3', {}, `${t('eventsInDoc')} (${(d.events || []).length})`),
      el('ul', { class: 'doc-events' }, ...(d.events || []).map((e) => el('li', {},
        el('a', { href: '#', onclick: (ev) => { ev.preventDefault(); selectEvent(e.event_id, { pan: true }); } },
          `${typeLabel(e.type)} · ${placeName(e) || '—'} · ${evDate(e)}`)))),
    );
  }

  // ------------------------------------------------------------------ filters, language
  async function loadTypes() {
    const p = queryString(false);
    p.delete('type');
    let counts = new Map();
    try {
      const r = await api(`/api/stats/types?${p}`);
      for (const x of r.types) {
        const ty = String(x.type).split('/')[0];
        counts.set(ty, (counts.get(ty) || 0) + x.count);
      }
    } catch (e) { /* the select still lists the types */ }
    const sel = $('#f-type'), cur = state.filters.type || '';
    sel.replaceChildren(el('option', { value: '' }, t('all')),
      ...TYPES.map((ty) => el('option', { value: ty, selected: ty === cur }, `${typeLabel(ty)}${counts.has(ty) ? ` (${counts.get(ty)})` : ''}`)));
  }

  function readForm() {
    const f = new FormData($('#filters'));
    state.filters = {};
    for (const k of ['type', 'actor', 'country', 'from', 'to', 'q']) {
      const v = String(f.get(k) || '').trim();
      if (v) state.filters[k] = k === 'country' ? v.toUpperCase() : v;
    }
  }

  async function refresh() {
    try {
      await Promise.all([loadTimeline(), loadTypes()]);
      await loadEvents();
    } catch (e) {
      setStatus(`${t('error')}: ${e.message}`, true);
    }
  }

  function applyLanguage() {
    document.documentElement.lang = lang;
    document.documentElement.dir = lang === 'ar' ? 'rtl' : 'ltr';
    document.querySelectorAll('[data-i18n]').forEach((n) => { n.textContent = t(n.dataset.i18n); });
    $('#lang-toggle').textContent = t('lang');
  }

  // ------------------------------------------------------------------ start
  async function main() {
    applyLanguage();
    if (!window.L || !L.markerClusterGroup || !window.Chart || !window.topojson) {
      const b = $('#banner');
      b.hidden = false;
      b.textContent = I18N[lang].noVendor;
      return;
    }
    $('#lang-toggle').addEventListener('click', () => {
      lang = lang === 'ar' ? 'en' : 'ar';
      try { localStorage.setItem('marsad.lang', lang); } catch (e) { /* ignore */ }
      applyLanguage();
      loadTypes();
      renderTable();
      if (chart) { chart.data.datasets.forEach((d) => { d.label = typeLabel(d.type_code); }); chart.update('none'); }
      if (state.selected) selectEvent(state.selected, { pan: false });
    });
    $('#filters').addEventListener('submit', (ev) => { ev.preventDefault(); readForm(); state.range = null; pendingStart = null; updateRangeLabel(); refresh(); });
    $('#f-reset').addEventListener('click', () => { $('#filters').reset(); readForm(); state.range = null; pendingStart = null; updateRangeLabel(); refresh(); });
    $('#range-clear').addEventListener('click', clearRange);
    document.querySelectorAll('#events-table th').forEach((th) => th.addEventListener('click', () => {
      const k = th.dataset.key;
      if (state.sortKey === k) state.sortDir = -state.sortDir; else { state.sortKey = k; state.sortDir = 1; }
      renderTable();
    }));
    // filters given in the URL (?type=ASSAULT&country=SY ...)
    for (const k of ['type', 'actor', 'country', 'from', 'to', 'q']) {
      const v = params.get(k);
      if (v) { const inp = $(`#filters [name="${k}"]`); if (inp) inp.value = v; }
    }
    readForm();
    initMap();
    await refresh();
    const ev = params.get('event'), doc = params.get('doc');
    if (ev) await selectEvent(ev, { pan: true });
    if (doc) await showDocument(doc, ev);
    document.body.dataset.ready = '1';
  }
  main().catch((e) => setStatus(`${t('error')}: ${e.message}`, true));
})();
