// The instance monitor's diagrams (read-only): current tokens and incidents as markers on an instance's diagram,
// or a heat-map of a workflow (overlays: instances that passed / tokens waiting per element). The page embeds
// everything in <script type="application/json" id="monitor-data">, so no further request is needed.
import 'bpmn-js/dist/assets/diagram-js.css';
import 'bpmn-js/dist/assets/bpmn-js.css';
import './monitor.css';

import NavigatedViewer from 'bpmn-js/lib/NavigatedViewer';

import TranslateDeModule from './i18n/translate-de.js';

async function show() {
  const container = document.getElementById('monitor-canvas');
  const source = document.getElementById('monitor-data');
  if (!container || !source) {
    return;
  }
  const data = JSON.parse(source.textContent);
  const viewer = new NavigatedViewer({ container, additionalModules: [TranslateDeModule] });
  try {
    await viewer.importXML(data.xml);
  } catch (error) {
    container.textContent = `Das Diagramm konnte nicht angezeigt werden: ${error.message}`;
    return;
  }
  const canvas = viewer.get('canvas');
  const registry = viewer.get('elementRegistry');
  const overlays = viewer.get('overlays');
  canvas.zoom('fit-viewport', 'auto');

  for (const id of data.active || []) {
    if (registry.get(id)) {
      canvas.addMarker(id, 'kim-token');
      overlays.add(id, 'kim-token', { position: { top: -12, left: -12 }, html: '<span class="kim-token-badge" title="Token wartet hier">●</span>' });
    }
  }
  for (const id of data.incidents || []) {
    if (registry.get(id)) {
      canvas.addMarker(id, 'kim-incident');
    }
  }
  for (const [id, count] of Object.entries(data.counts || {})) {
    if (!registry.get(id)) {
      continue;
    }
    const html = document.createElement('div');
    html.className = 'kim-heat';
    html.dataset.elementId = id;
    html.title = `${count.passed} Instanzen durchlaufen, ${count.waiting} warten hier`;
    html.innerHTML = `<span class="kim-heat-passed">${count.passed}</span>${count.waiting > 0 ? `<span class="kim-heat-waiting">${count.waiting}</span>` : ''}`;
    overlays.add(id, 'kim-heat', { position: { bottom: 8, right: 8 }, html });
    if (count.waiting > 0) {
      canvas.addMarker(id, 'kim-waiting');
    }
  }
  container.dataset.ready = 'true';
}

show();
