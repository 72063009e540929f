// The workflow list: "Neu" creates a draft from a minimal diagram, "Importieren" stores a .bpmn file as a draft;
// both then open the designer.
import { api, describeFailure } from './api.js';

const $ = (id) => document.getElementById(id);

function status(text, kind = 'info') {
  const el = $('status');
  el.textContent = text;
  el.dataset.kind = kind;
}

function keyFrom(name) {
  const map = { ä: 'ae', ö: 'oe', ü: 'ue', ß: 'ss', Ä: 'Ae', Ö: 'Oe', Ü: 'Ue' };
  const key = name.trim().replace(/[äöüßÄÖÜ]/g, (c) => map[c]).toLowerCase()
    .replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
  return /^[a-z]/.test(key) ? key : `prozess-${key}`;
}

function escapeXml(text) {
  return text.replace(/[<>&"']/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c]);
}

function newDiagram(key, name) {
  return `<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI" xmlns:dc="http://www.omg.org/spec/DD/20100524/DC" xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="Definitions_${key}" targetNamespace="http://kreis-warendorf.de/kim">
  <bpmn:process id="${key}" name="${escapeXml(name)}" isExecutable="true">
    <bpmn:startEvent id="StartEvent_1" name="Start" />
  </bpmn:process>
  <bpmndi:BPMNDiagram id="BPMNDiagram_1">
    <bpmndi:BPMNPlane id="BPMNPlane_1" bpmnElement="${key}">
      <bpmndi:BPMNShape id="StartEvent_1_di" bpmnElement="StartEvent_1">
        <dc:Bounds x="180" y="160" width="36" height="36" />
      </bpmndi:BPMNShape>
    </bpmndi:BPMNPlane>
  </bpmndi:BPMNDiagram>
</bpmn:definitions>
`;
}

async function storeDraftAndOpen(key, xml) {
  const result = await api.saveDraft(key, xml);
  if (!result.ok) {
    const details = (result.data?.problems || []).map((p) => p.message).join(' ');
    status(`${describeFailure(result)} ${details}`.trim(), 'error');
    return;
  }
  window.location.href = `/designer/${encodeURIComponent(key)}`;
}

const nameInput = $('new-name');
const keyInput = $('new-key');
let keyTouched = false;
nameInput.addEventListener('input', () => {
  if (!keyTouched) {
    keyInput.value = keyFrom(nameInput.value);
  }
});
keyInput.addEventListener('input', () => { keyTouched = true; });

$('new-form').addEventListener('submit', async (e) => {
  e.preventDefault();
  const name = nameInput.value.trim();
  const key = keyInput.value.trim();
  if (!/^[A-Za-z_][A-Za-z0-9_.-]*$/.test(key)) {
    status('Der Schlüssel muss mit einem Buchstaben beginnen und darf nur Buchstaben, Ziffern, „-“, „_“ und „.“ enthalten.', 'error');
    keyInput.focus();
    return;
  }
  const existing = await api.get(key);
  if (existing.ok) {
    status(`Einen Workflow mit dem Schlüssel „${key}“ gibt es schon.`, 'error');
    keyInput.focus();
    return;
  }
  await storeDraftAndOpen(key, newDiagram(key, name || key));
});

$('import-file').addEventListener('change', async (e) => {
  const file = e.target.files[0];
  if (!file) {
    return;
  }
  const xml = await file.text();
  const doc = new DOMParser().parseFromString(xml, 'application/xml');
  const process = doc.getElementsByTagNameNS('http://www.omg.org/spec/BPMN/20100524/MODEL', 'process')[0];
  if (doc.getElementsByTagName('parsererror').length > 0 || !process || !process.getAttribute('id')) {
    status(`„${file.name}“ ist keine BPMN-Datei mit einem Prozess.`, 'error');
    return;
  }
  await storeDraftAndOpen(process.getAttribute('id'), xml);
});
