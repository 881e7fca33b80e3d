// The coordinator's console: the GOV.UK components, the live inbox and the link chart.
// Served as a module from the bus itself; nothing is loaded from anywhere else.
import { initAll } from '/assets/govuk-frontend/govuk-frontend.min.js';

document.body.classList.add('js-enabled', 'govuk-frontend-supported');
initAll();

// ---- live inbox: Server-Sent Events from /inbox/events, one event per changed alert ----
const inbox = document.getElementById('inbox');
if (inbox && inbox.dataset.live) {
  const status = document.getElementById('live-status');
  const form = document.getElementById('filters');
  const tbody = inbox.querySelector('tbody');
  const caption = inbox.querySelector('caption');
  const admits = (row) => {
    if (!form) return true;
    const v = (name) => (form.elements[name] ? form.elements[name].value.trim().toUpperCase() : '');
    const type = v('type'), severity = v('severity'), force = v('force'), st = v('status');
    return (!type || row.dataset.type === type)
      && (!severity || row.dataset.severity === severity)
      && (!force || row.dataset.forces.includes(',' + force + ','))
      && (!st || row.dataset.status.split(' ').includes(st));
  };
  const count = () => {
    const n = tbody.querySelectorAll('tr').length;
    caption.textContent = n + (n === 1 ? ' alert' : ' alerts') + ', newest first';
  };
  const source = new EventSource(inbox.dataset.live);
  source.addEventListener('alert', (event) => {
    const data = JSON.parse(event.data);
    const template = document.createElement('template');
    template.innerHTML = data.row.trim();
    const row = template.content.firstElementChild;
    const old = document.getElementById('alert-' + data.alertId);
    if (old) old.remove();
    if (admits(row)) {
      row.classList.add('crosslink-new');
      tbody.prepend(row);
      status.textContent = 'Alert ' + data.alertId + ' changed just now.';
    }
    count();
  });
  source.addEventListener('open', () => { inbox.dataset.connected = 'true'; });
  source.addEventListener('error', () => { status.textContent = 'Reconnecting to the bus for new alerts...'; });
}

// ---- link chart: Cytoscape.js, one hop from the server at a time ----
const chart = document.getElementById('chart');
if (chart && window.cytoscape) {
  const status = document.getElementById('chart-status');
  const expanded = new Set();
  const cy = window.cytoscape({
    container: chart,
    wheelSensitivity: 0.3,
    style: [
      { selector: 'node', style: {
        'label': 'data(label)', 'font-family': 'arial, sans-serif', 'font-size': 14, 'color': '#0b0c0c',
        'text-valign': 'bottom', 'text-margin-y': 4, 'text-wrap': 'wrap', 'text-max-width': 140,
        'text-background-color': '#ffffff', 'text-background-opacity': 0.9, 'text-background-padding': 2,
        'width': 28, 'height': 28, 'border-width': 2, 'border-color': '#0b0c0c' } },
      { selector: 'node[type = "person"]', style: { 'background-color': '#1d70b8', 'shape': 'ellipse' } },
      { selector: 'node[type = "place"]', style: { 'background-color': '#00703c', 'shape': 'round-rectangle' } },
      { selector: 'node[type = "report"]', style: { 'background-color': '#ffffff', 'shape': 'rectangle', 'width': 22, 'height': 26 } },
      { selector: 'node[type = "force"]', style: { 'background-color': '#4c2c92', 'shape': 'diamond' } },
      { selector: 'node.centre', style: { 'width': 40, 'height': 40, 'border-width': 4, 'font-weight': 'bold' } },
      { selector: 'node:selected', style: { 'border-color': '#ffdd00', 'border-width': 5 } },
      { selector: 'edge', style: {
        'width': 2, 'line-color': '#505a5f', 'curve-style': 'bezier', 'label': 'data(label)', 'font-size': 10,
        'color': '#0b0c0c', 'text-background-color': '#ffffff', 'text-background-opacity': 0.9, 'text-rotation': 'autorotate' } }
    ]
  });
  const layout = () => cy.layout({ name: 'cose', animate: false, randomize: true, nodeRepulsion: () => 120000,
    idealEdgeLength: () => 60, nodeOverlap: 40, gravity: 1, numIter: 2000, componentSpacing: 60, padding: 20 }).run();
  const say = () => {
    const people = cy.nodes('[type = "person"]').length, places = cy.nodes('[type = "place"]').length;
    const reports = cy.nodes('[type = "report"]').length, forces = cy.nodes('[type = "force"]').length;
    const n = (count, one, many) => count + ' ' + (count === 1 ? one : many);
    status.textContent = 'Showing ' + n(people, 'person', 'people') + ', ' + n(places, 'place', 'places') + ', '
      + n(reports, 'report', 'reports') + ' from ' + n(forces, 'force', 'forces') + '.';
  };
  const expand = async (entity) => {
    if (expanded.has(entity)) return 0;
    expanded.add(entity);
    const response = await fetch('/entities/' + encodeURIComponent(entity) + '/graph', { credentials: 'same-origin' });
    if (!response.ok) {
      status.textContent = 'That one is not yours to open.';
      return 0;
    }
    const graph = await response.json();
    let added = 0;
    for (const n of graph.nodes) {
      if (cy.getElementById(n.id).empty()) { cy.add({ group: 'nodes', data: n }); added++; }
    }
    for (const e of graph.edges) {
      if (cy.getElementById(e.id).empty()) cy.add({ group: 'edges', data: e });
    }
    return added;
  };
  const centre = chart.dataset.entity;
  expand(centre).then(() => {
    cy.getElementById(centre).addClass('centre').select();
    layout();
    say();
    chart.dataset.ready = 'true';
  });
  cy.on('dbltap', 'node[entity]', async (evt) => {
    if (await expand(evt.target.data('entity'))) layout();
    say();
  });
  document.getElementById('two-hops').addEventListener('click', async () => {
    for (const n of cy.nodes('[entity]').toArray()) await expand(n.data('entity'));
    layout();
    say();
  });
  document.getElementById('re-layout').addEventListener('click', layout);
  // keyboard: arrows move the selection between people and places, Enter shows what is around the selected one
  chart.addEventListener('keydown', async (event) => {
    const entities = cy.nodes('[entity]').toArray();
    if (!entities.length) return;
    const selected = cy.nodes(':selected').first();
    let i = Math.max(0, entities.findIndex((n) => n.id() === selected.id()));
    if (event.key === 'ArrowRight' || event.key === 'ArrowDown') i = (i + 1) % entities.length;
    else if (event.key === 'ArrowLeft' || event.key === 'ArrowUp') i = (i + entities.length - 1) % entities.length;
    else if (event.key === 'Enter') {
      if (await expand(entities[i].data('entity'))) layout();
      say();
      return;
    } else return;
    event.preventDefault();
    cy.nodes().unselect();
    entities[i].select();
    status.textContent = 'Selected ' + entities[i].data('label') + '. Press Enter to show what is around it.';
  });
}
