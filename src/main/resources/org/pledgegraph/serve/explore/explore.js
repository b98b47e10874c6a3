/* Pledgegraph explorer: saved queries (/queries), a graph and a timeline (echarts) read from the
   public SPARQL endpoint. Nothing here writes. */
(function () {
  'use strict';

  var SPARQL = '/pledgegraph/sparql';
  var PREFIXES =
    'PREFIX pg: <https://w3id.org/pledgegraph/ontology#>\n' +
    'PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n' +
    'PREFIX skos: <http://www.w3.org/2004/02/skos/core#>\n';

  var I18N = {
    zh: {
      title: 'Pledgegraph 承诺图谱', sparqlUi: 'SPARQL 界面', savedQueries: '预设查询', run: '运行',
      csv: '下载 CSV', graph: '行为体、承诺与文书', clauses: '条款原文', timeline: '时间线',
      clickNode: '点击图中节点，查看相关条款原文。', allKinds: '全部类型', cited: '只看引用文书的承诺', rows: '{n} 行', running: '正在运行…',
      actor: '行为体', commitment: '承诺', instrument: '文书', document: '文件',
      event: '文书事件', noClauses: '没有条款。', clauseNo: '第 {n} 条', switchTo: 'English',
      kinds: { Undertaking: '承诺', Support: '支持', Opposition: '反对', Appeal: '呼吁', Position: '立场', Concern: '关切' },
      events: { Signed: '签署', Draft: '草案', Proposed: '提出', NotInForce: '未生效', Expires: '到期',
                Withdrawn: '退出', RatificationRefused: '拒绝批准' }
    },
    en: {
      allKinds: 'All kinds', cited: 'only commitments citing an instrument',
      title: 'Pledgegraph explorer', sparqlUi: 'SPARQL UI', savedQueries: 'Saved queries', run: 'Run',
      csv: 'Download CSV', graph: 'Actors, commitments and instruments', clauses: 'Clauses (source text)',
      timeline: 'Timeline', clickNode: 'Click a node in the graph to see its clauses.', rows: '{n} rows',
      running: 'Running…', actor: 'Actor', commitment: 'Commitment', instrument: 'Instrument',
      document: 'Document', event: 'Instrument event', noClauses: 'No clauses.', clauseNo: 'clause {n}',
      switchTo: '中文',
      kinds: { Undertaking: 'Undertaking', Support: 'Support', Opposition: 'Opposition', Appeal: 'Appeal',
               Position: 'Position', Concern: 'Concern' },
      events: { Signed: 'signed', Draft: 'draft', Proposed: 'proposed', NotInForce: 'not in force',
                Expires: 'expires', Withdrawn: 'withdrawn', RatificationRefused: 'ratification refused' }
    }
  };

  var state = { lang: 'zh', queries: [], graph: null, timeline: null, nodes: {}, events: [], selected: null };
  var api = window.pledgegraphExplorer = { graphReady: false, timelineReady: false, queriesReady: false };

  function t(key, n) {
    var s = I18N[state.lang][key];
    return n === undefined ? s : s.replace('{n}', n);
  }

  function $(id) { return document.getElementById(id); }

  function escapeHtml(s) {
    return String(s).replace(/[&<>"']/g, function (c) {
      return { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c];
    });
  }

  function localName(iri) { return String(iri).replace(/^.*[#\/]/, ''); }

  /* ---------- reading ---------- */

  function sparql(query) {
    var url = SPARQL + '?query=' + encodeURIComponent(PREFIXES + query);
    return fetch(url, { headers: { Accept: 'application/sparql-results+json' } }).then(function (r) {
      if (!r.ok) { return r.text().then(function (x) { throw new Error(x.split('\n')[0]); }); }
      return r.json();
    }).then(function (j) { return j.results.bindings; });
  }

  function val(row, name) { return row[name] ? row[name].value : undefined; }

  /** An IRI from the data, checked before it goes between angle brackets in a query. */
  function iriTerm(iri) {
    if (!/^[A-Za-z][A-Za-z0-9+.-]*:[^\s<>"{}|\\^`]+$/.test(iri)) { throw new Error('not an IRI: ' + iri); }
    return '<' + iri + '>';
  }

  /* ---------- saved queries ---------- */

  function loadQueries() {
    return fetch('/queries', { headers: { Accept: 'application/json' } }).then(function (r) { return r.json(); })
      .then(function (list) {
        state.queries = list;
        var sel = $('query');
        sel.innerHTML = '';
        list.forEach(function (q) {
          var o = document.createElement('option');
          o.value = q.name;
          o.textContent = q.name;
          sel.appendChild(o);
        });
        showParams();
        api.queriesReady = true;
      });
  }

  function currentQuery() {
    var name = $('query').value;
    return state.queries.filter(function (q) { return q.name === name; })[0];
  }

  function showParams() {
    var q = currentQuery();
    var box = $('params');
    box.innerHTML = '';
    if (!q) { return; }
    $('question').textContent = q.question;
    q.params.forEach(function (p) {
      var label = document.createElement('label');
      label.innerHTML = '?' + escapeHtml(p.name) + ' <span class="type">(' + escapeHtml(p.type) + ')</span> ';
      var input = document.createElement('input');
      input.name = p.name;
      input.title = p.description;
      input.placeholder = p.description;
      label.appendChild(input);
      box.appendChild(label);
    });
    updateCsvLink();
  }

  function queryUrl(format) {
    var q = currentQuery();
    var params = new URLSearchParams();
    Array.prototype.forEach.call($('params').querySelectorAll('input'), function (i) {
      if (i.value !== '') { params.append(i.name, i.value); }
    });
    if (format) { params.append('format', format); }
    var s = params.toString();
    return '/queries/' + encodeURIComponent(q.name) + (s ? '?' + s : '');
  }

  function updateCsvLink() { if (currentQuery()) { $('csv').href = queryUrl('csv'); } }

  function runQuery(ev) {
    if (ev) { ev.preventDefault(); }
    $('error').textContent = '';
    state.rowCount = undefined;
    $('status').textContent = t('running');
    updateCsvLink();
    fetch(queryUrl(), { headers: { Accept: 'application/sparql-results+json' } }).then(function (r) {
      if (!r.ok) { return r.text().then(function (x) { throw new Error(x.split('\n')[0]); }); }
      return r.json();
    }).then(showTable).catch(function (e) {
      $('status').textContent = '';
      $('error').textContent = e.message;
      $('results').querySelector('thead').innerHTML = '';
      $('results').querySelector('tbody').innerHTML = '';
    });
  }

  function showTable(json) {
    var vars = json.head.vars;
    var rows = json.results.bindings;
    $('results').querySelector('thead').innerHTML =
      '<tr>' + vars.map(function (v) { return '<th>' + escapeHtml(v) + '</th>'; }).join('') + '</tr>';
    $('results').querySelector('tbody').innerHTML = rows.map(function (row) {
      return '<tr>' + vars.map(function (v) {
        var cell = row[v];
        if (!cell) { return '<td></td>'; }
        var text = cell.type === 'uri' ? localName(cell.value) : cell.value;
        return '<td title="' + escapeHtml(cell.value) + '"><div>' + escapeHtml(text) + '</div></td>';
      }).join('') + '</tr>';
    }).join('');
    state.rowCount = rows.length;
    $('status').textContent = t('rows', rows.length);
  }

  /* ---------- graph ---------- */

  var GRAPH_QUERY =
    'SELECT ?c ?kind ?verb ?neg ?actor ?code ?instr WHERE {\n' +
    '  ?c a pg:Commitment ; pg:kind ?kind .\n' +
    '  OPTIONAL { ?c pg:verb ?verb } OPTIONAL { ?c pg:negated ?neg }\n' +
    '  { ?c pg:party ?actor . OPTIONAL { ?actor pg:code ?code } } UNION { ?c pg:references ?instr }\n' +
    '}';
  var LABEL_QUERY =
    'SELECT ?n ?label ?alt WHERE {\n' +
    '  VALUES ?type { pg:Actor pg:Instrument }\n' +
    '  ?n a ?type .\n' +
    '  { ?n rdfs:label ?label } UNION { ?n skos:altLabel ?alt }\n' +
    '}';

  function node(id, category) {
    if (!state.nodes[id]) {
      state.nodes[id] = { id: id, category: category, labels: {}, degree: 0 };
    }
    return state.nodes[id];
  }

  function loadGraph() {
    return Promise.all([sparql(GRAPH_QUERY), sparql(LABEL_QUERY)]).then(function (res) {
      var links = [];
      res[0].forEach(function (row) {
        var c = node(val(row, 'c'), 1);
        c.kind = localName(val(row, 'kind'));
        c.verb = val(row, 'verb') || '';
        c.negated = val(row, 'neg') === 'true';
        var other = row.actor ? node(val(row, 'actor'), 0) : node(val(row, 'instr'), 2);
        if (row.code) { other.code = val(row, 'code'); }
        other.degree++;
        c.degree++;
        links.push({ source: other.id, target: c.id });
      });
      res[1].forEach(function (row) {
        var n = state.nodes[val(row, 'n')];
        if (!n) { return; }
        var l = row.label || row.alt;
        var lang = l['xml:lang'] || '';
        var key = (row.label ? 'label' : 'alt') + (lang.indexOf('zh') === 0 ? 'Zh' : lang === 'en' ? 'En' : '');
        if (!n.labels[key]) { n.labels[key] = l.value; }
      });
      state.links = links;
      drawGraph();
    });
  }

  function nodeName(n) {
    var L = n.labels;
    if (n.category === 1) {
      var k = I18N[state.lang].kinds[n.kind] || n.kind;
      return (n.negated ? '¬' : '') + (state.lang === 'zh' ? n.verb || k : k + (n.verb ? ' ' + n.verb : ''));
    }
    if (state.lang === 'en') {
      return L.labelEn || L.altEn || L.alt || n.code || L.labelZh || L.label || localName(n.id);
    }
    return L.labelZh || L.label || L.altZh || n.code || L.labelEn || localName(n.id);
  }

  /**
   * A layout that is the same on every load: parties on an inner circle, instruments on an outer
   * one, each commitment between the nodes it links, packed in a sunflower with its like.
   */
  function layout(ids, links) {
    var pos = {};
    var ring = function (list, r, turn) {
      list.forEach(function (id, i) {
        var a = Math.PI + turn + 2 * Math.PI * i / list.length;
        pos[id] = [Math.cos(a) * r, Math.sin(a) * r];
      });
    };
    var byDegree = function (a, b) { return state.nodes[b].degree - state.nodes[a].degree || (a < b ? -1 : 1); };
    ring(ids.filter(function (id) { return state.nodes[id].category === 0; }).sort(), 160, 0);
    ring(ids.filter(function (id) { return state.nodes[id].category === 2; }).sort(byDegree), 330, Math.PI / 7);
    var neighbours = {};
    links.forEach(function (l) { (neighbours[l.target] = neighbours[l.target] || []).push(l.source); });
    var seen = {};
    ids.filter(function (id) { return state.nodes[id].category === 1; }).sort().forEach(function (id) {
      var ns = (neighbours[id] || []).slice().sort();
      var key = ns.join(' ');
      var k = seen[key] = (seen[key] || 0) + 1;
      var cx = 0, cy = 0;
      ns.forEach(function (n) { cx += pos[n][0] / ns.length; cy += pos[n][1] / ns.length; });
      var r = 9 * Math.sqrt(k), a = k * 2.39996;
      pos[id] = [cx + Math.cos(a) * r, cy + Math.sin(a) * r];
    });
    return pos;
  }

  /** The nodes the filters let through: commitments of the chosen kind (citing an instrument if asked) and their neighbours. */
  function visibleNodes() {
    var kind = $('graph-kind').value;
    var cited = $('graph-cited').checked;
    var citing = {};
    state.links.forEach(function (l) {
      if (state.nodes[l.source].category === 2) { citing[l.target] = true; }
    });
    var shown = {};
    Object.keys(state.nodes).forEach(function (id) {
      var n = state.nodes[id];
      if (n.category === 1 && (!kind || n.kind === kind) && (!cited || citing[id])) { shown[id] = true; }
    });
    state.links.forEach(function (l) { if (shown[l.target]) { shown[l.source] = true; } });
    return shown;
  }

  function fillKinds() {
    var sel = $('graph-kind');
    var current = sel.value;
    sel.innerHTML = '<option value="">' + escapeHtml(t('allKinds')) + '</option>' +
      Object.keys(I18N[state.lang].kinds).map(function (k) {
        return '<option value="' + k + '">' + escapeHtml(I18N[state.lang].kinds[k]) + '</option>';
      }).join('');
    sel.value = current;
  }

  function shorten(s, n) { return s && s.length > n ? s.slice(0, n - 1) + '…' : s; }

  function drawGraph() {
    // commitments first, so that actors and instruments are drawn (and clicked) on top of them
    var ids = Object.keys(state.nodes).sort(function (a, b) {
      return (state.nodes[a].category === 1 ? 0 : 1) - (state.nodes[b].category === 1 ? 0 : 1);
    });
    var shown = visibleNodes();
    ids = ids.filter(function (id) { return shown[id]; });
    var links = state.links.filter(function (l) { return shown[l.source] && shown[l.target]; });
    var pos = layout(ids, links);
    var nodes = ids.map(function (id) {
      var n = state.nodes[id];
      var size = n.category === 1 ? 8 : Math.min(40, 14 + 2 * Math.sqrt(n.degree));
      return {
        id: id, name: id, value: nodeName(n), category: n.category, symbolSize: size, x: pos[id][0], y: pos[id][1],
        label: { show: n.category !== 1, formatter: shorten(nodeName(n), 16) }
      };
    });
    api.graphNodeCount = nodes.length;
    var cats = ['actor', 'commitment', 'instrument'].map(function (k) { return { name: t(k) }; });
    state.graph.setOption({
      color: ['#d64545', '#829ab1', '#2f8132'],
      tooltip: { formatter: function (p) { return p.dataType === 'node' ? escapeHtml(p.data.value) : ''; } },
      legend: [{ data: cats.map(function (c) { return c.name; }), top: 0 }],
      series: [{
        type: 'graph', layout: 'none', roam: true, draggable: false, animation: false,
        top: 50, bottom: 20, left: 40, right: 150,
        labelLayout: { hideOverlap: true },
        categories: cats, data: nodes, links: links,
        label: { position: 'right', fontSize: 12 },
        lineStyle: { color: 'source', opacity: 0.35, width: 1 },
        emphasis: { focus: 'adjacency' }
      }]
    }, { replaceMerge: ['series', 'legend'] });
    api.graphReady = true;
  }

  /** Where node {@code id} is drawn, in page pixels of the graph's element (for tests and links). */
  api.nodePixel = function (id) {
    var series = state.graph.getModel().getSeriesByIndex(0);
    var data = series.getData();
    var idx = data.indexOfName(id);
    if (idx < 0) { return null; }
    var el = data.getItemGraphicEl(idx);
    var p = el.transformCoordToGlobal(0, 0);
    return { x: p[0], y: p[1] };
  };
  api.nodeIds = function () { return Object.keys(state.nodes); };
  api.nodeLabel = function (id) { return state.nodes[id] ? nodeName(state.nodes[id]) : null; };

  /* ---------- clauses of a node ---------- */

  function showClauses(id) {
    var n = state.nodes[id];
    state.selected = id;
    api.selectedNode = id;
    var x = iriTerm(id);
    var q =
      'SELECT DISTINCT ?clause ?idx ?text ?title ?c ?verb ?kind WHERE {\n' +
      '  { ' + x + ' pg:clause ?clause . BIND(' + x + ' AS ?c) }\n' +
      '  UNION { ?c pg:party ' + x + ' ; pg:clause ?clause }\n' +
      '  UNION { ?c pg:references ' + x + ' ; pg:clause ?clause }\n' +
      '  UNION { ?clause a pg:Clause ; pg:references ' + x + ' BIND(<urn:pledgegraph:none> AS ?c) }\n' +
      '  ?clause pg:text ?text .\n' +
      '  OPTIONAL { ?clause pg:index ?idx } OPTIONAL { ?clause pg:document/pg:title ?title }\n' +
      '  OPTIONAL { ?c pg:verb ?verb } OPTIONAL { ?c pg:kind ?kind }\n' +
      '} ORDER BY ?title ?idx LIMIT 5000';
    $('details').innerHTML = '<h3>' + escapeHtml(nodeName(n)) + '</h3><p class="hint">' + t('running') + '</p>';
    return sparql(q).then(function (rows) {
      if (state.selected !== id) { return; }
      renderClauses(n, groupClauses(rows));
    }).catch(function (e) { $('details').textContent = e.message; });
  }

  function groupClauses(rows) {
    var byClause = {};
    var order = [];
    rows.forEach(function (r) {
      var k = val(r, 'clause');
      if (!byClause[k]) {
        byClause[k] = { text: val(r, 'text'), title: val(r, 'title') || '', idx: val(r, 'idx'), verbs: [], kinds: [] };
        order.push(k);
      }
      var c = byClause[k];
      if (r.verb && c.verbs.indexOf(val(r, 'verb')) < 0) { c.verbs.push(val(r, 'verb')); }
      var kind = r.kind ? localName(val(r, 'kind')) : null;
      if (kind && c.kinds.indexOf(kind) < 0) { c.kinds.push(kind); }
    });
    return order.map(function (k) { return byClause[k]; });
  }

  function highlight(text, words) {
    var html = escapeHtml(text);
    words.filter(function (w) { return w; }).forEach(function (w) {
      html = html.split(escapeHtml(w)).join('<mark>' + escapeHtml(w) + '</mark>');
    });
    return html;
  }

  function renderClauses(n, clauses) {
    var label = n.category === 0 ? t('actor') : n.category === 1 ? t('commitment') : t('instrument');
    var html = '<h3>' + escapeHtml(label) + ': ' + escapeHtml(nodeName(n)) + '</h3>';
    if (!clauses.length) { html += '<p class="hint">' + t('noClauses') + '</p>'; }
    clauses.forEach(function (c) {
      var words = c.verbs.slice();
      if (n.category === 2) { words = words.concat([n.labels.labelZh, n.labels.altZh]); }
      html += '<div class="clause"><div class="where">' + escapeHtml(c.title) +
        (c.idx ? ' · ' + escapeHtml(t('clauseNo', c.idx)) : '') + '</div>' +
        '<div class="text">' + highlight(c.text, words) + '</div><div class="tags">' +
        c.kinds.map(function (k) { return '<span>' + escapeHtml(I18N[state.lang].kinds[k] || k) + '</span>'; }).join('') +
        '</div></div>';
    });
    $('details').innerHTML = html;
  }

  /* ---------- timeline ---------- */

  var TIMELINE_QUERY =
    'SELECT ?n ?date ?type ?kind ?verb ?text ?event ?instr WHERE {\n' +
    '  { ?n a pg:Commitment ; pg:date ?date ; pg:kind ?kind . OPTIONAL { ?n pg:verb ?verb }\n' +
    '    OPTIONAL { ?n pg:text ?text } BIND("commitment" AS ?type) }\n' +
    '  UNION { ?instr pg:event ?n . ?n pg:eventDate ?date . OPTIONAL { ?n pg:eventType ?event }\n' +
    '    OPTIONAL { ?n pg:evidence ?text } BIND("event" AS ?type) }\n' +
    '  UNION { ?n a pg:Document ; pg:documentDate ?date . OPTIONAL { ?n pg:title ?text } BIND("document" AS ?type) }\n' +
    '} ORDER BY ?date';

  function loadTimeline() {
    return sparql(TIMELINE_QUERY).then(function (rows) {
      state.events = rows.map(function (r) {
        return {
          id: val(r, 'n'), date: val(r, 'date'), type: val(r, 'type'), kind: r.kind ? localName(val(r, 'kind')) : null,
          verb: val(r, 'verb') || '', text: val(r, 'text') || '', event: r.event ? localName(val(r, 'event')) : null,
          instr: val(r, 'instr')
        };
      }).filter(function (e) { return !isNaN(Date.parse(e.date)); });
      drawTimeline();
    });
  }

  function eventLabel(e) {
    if (e.type === 'commitment') {
      return (I18N[state.lang].kinds[e.kind] || e.kind) + ' ' + e.verb;
    }
    if (e.type === 'event') {
      var instr = state.nodes[e.instr] ? nodeName(state.nodes[e.instr]) : localName(e.instr || '');
      return (I18N[state.lang].events[e.event] || e.event || '') + (state.lang === 'zh' ? '：' : ': ') + instr;
    }
    return e.text;
  }

  /** The first (side -1) or last (side 1) date, padded by a twentieth of the span. */
  function timeBound(side) {
    var times = state.events.map(function (e) { return Date.parse(e.date); });
    if (!times.length) { return null; }
    var lo = Math.min.apply(null, times);
    var hi = Math.max.apply(null, times);
    var pad = Math.max((hi - lo) / 20, 30 * 864e5);
    return side < 0 ? lo - pad : hi + pad;
  }

  function drawTimeline() {
    var types = ['commitment', 'event', 'document'];
    var names = [t('commitment'), t('event'), t('document')];
    state.timeline.setOption({
      animation: false,
      color: ['#829ab1', '#2f8132', '#d64545'],
      tooltip: { formatter: function (p) {
        var e = p.data.e;
        return escapeHtml(e.date) + '<br>' + escapeHtml(eventLabel(e)) + '<br>' + escapeHtml(e.text.slice(0, 60));
      } },
      grid: { left: 110, right: 30, top: 10, bottom: 30 },
      xAxis: { type: 'time', min: timeBound(-1), max: timeBound(1) },
      yAxis: { type: 'category', data: names },
      series: types.map(function (type, i) {
        return {
          type: 'scatter', name: names[i], symbolSize: 12,
          data: state.events.filter(function (e) { return e.type === type; })
            .map(function (e) { return { value: [e.date, names[i]], e: e }; }),
          labelLayout: { hideOverlap: true },
          label: { show: true, position: 'top', fontSize: 11, formatter: function (p) { return shorten(eventLabel(p.data.e), 18); } }
        };
      })
    }, { replaceMerge: ['series'] });
    api.timelineReady = true;
    api.timelineCount = state.events.length;
  }

  /* ---------- language ---------- */

  function applyLanguage() {
    document.documentElement.lang = state.lang;
    Array.prototype.forEach.call(document.querySelectorAll('[data-i18n]'), function (el) {
      el.textContent = t(el.getAttribute('data-i18n'));
    });
    $('lang').textContent = t('switchTo');
    document.title = t('title');
    fillKinds();
    if (state.rowCount !== undefined) { $('status').textContent = t('rows', state.rowCount); }
    state.graph.dispatchAction({ type: 'hideTip' });
    state.timeline.dispatchAction({ type: 'hideTip' });
    if (api.graphReady) { drawGraph(); }
    if (api.timelineReady) { drawTimeline(); }
    if (state.selected) { showClauses(state.selected); }
  }

  function start() {
    state.graph = echarts.init($('graph'));
    state.timeline = echarts.init($('timeline'));
    state.graph.on('click', function (p) {
      if (p.dataType === 'node') { showClauses(p.data.id); }
    });
    state.timeline.on('click', function (p) {
      var e = p.data && p.data.e;
      if (e && state.nodes[e.type === 'event' ? e.instr : e.id]) { showClauses(e.type === 'event' ? e.instr : e.id); }
    });
    $('lang').addEventListener('click', function () {
      state.lang = state.lang === 'zh' ? 'en' : 'zh';
      applyLanguage();
    });
    $('query').addEventListener('change', showParams);
    $('graph-kind').addEventListener('change', drawGraph);
    $('graph-cited').addEventListener('change', drawGraph);
    $('params').addEventListener('input', updateCsvLink);
    $('query-form').addEventListener('submit', runQuery);
    window.addEventListener('resize', function () { state.graph.resize(); state.timeline.resize(); });
    applyLanguage();
    loadQueries().catch(function (e) { $('error').textContent = e.message; });
    loadGraph().then(loadTimeline).catch(function (e) { $('error').textContent = e.message; });
  }

  api.language = function () { return state.lang; };
  start();
}());
