// The designer page: bpmn-js Modeler with the Camunda 7 properties panel, save/validate/publish/export,
// a version picker (earlier versions open read-only in a viewer) and a warning before unsaved changes are lost.
import 'bpmn-js/dist/assets/diagram-js.css';
import 'bpmn-js/dist/assets/bpmn-js.css';
import 'bpmn-js/dist/assets/bpmn-font/css/bpmn-embedded.css';
import '@bpmn-io/properties-panel/dist/assets/properties-panel.css';
import '@bpmn-io/element-template-chooser/dist/element-template-chooser.css';
import './designer.css';

import BpmnModeler from 'bpmn-js/lib/Modeler';
import NavigatedViewer from 'bpmn-js/lib/NavigatedViewer';
import {
  BpmnPropertiesPanelModule,
  BpmnPropertiesProviderModule,
  CamundaPlatformPropertiesProviderModule,
} from 'bpmn-js-properties-panel';
import CamundaBehaviorsModule from 'camunda-bpmn-js-behaviors/lib/camunda-platform';
import { ElementTemplatesPropertiesProviderModule } from 'bpmn-js-element-templates';
import ElementTemplateChooserModule from '@bpmn-io/element-template-chooser';
import camundaModdle from 'camunda-bpmn-moddle/resources/camunda.json';

import { api, describeFailure, download } from './api.js';
import { createProblemView } from './problems.js';
import { createLiveValidation } from './live-validation.js';
import TranslateDeModule from './i18n/translate-de.js';
import EngineSupportModule from './engine-support.js';
import PanelTranslateModule from './i18n/panel-translate.js';
import { kimElementTemplates } from './element-templates.js';
import { translateAttributes } from './i18n/attribute-translator.js';
import { renderOutline } from './outline.js';
import { showStartView } from './start-view.js';
import DeadlineGroupModule from './deadline-group.js';

const root = document.getElementById('designer');
const key = root.dataset.key;
const $ = (id) => document.getElementById(id);

translateAttributes(document.body);

const guidance = JSON.parse(document.getElementById('guidance-data')?.textContent || '{}');

const modeler = new BpmnModeler({
  container: '#canvas',
  propertiesPanel: { parent: '#properties' },
  additionalModules: [
    TranslateDeModule,
    BpmnPropertiesPanelModule,
    BpmnPropertiesProviderModule,
    CamundaPlatformPropertiesProviderModule,
    CamundaBehaviorsModule,
    ElementTemplatesPropertiesProviderModule,
    ElementTemplateChooserModule,
    EngineSupportModule,
    DeadlineGroupModule,
    PanelTranslateModule,
  ],
  moddleExtensions: { camunda: camundaModdle },
  elementTemplates: kimElementTemplates(guidance),
});
let viewer = null; // created on first read-only view

const state = {
  dirty: false,
  readOnlyVersion: null, // number shown in the viewer, or null while editing
  summary: null,
};

const problems = createProblemView(() => (state.readOnlyVersion ? viewer : modeler), $('problem-list'), $('problem-summary'));

function status(text, kind = 'info') {
  const el = $('status');
  el.textContent = text;
  el.dataset.kind = kind;
}

function setDirty(dirty) {
  state.dirty = dirty;
  $('dirty-indicator').hidden = !dirty;
  document.title = `${dirty ? '• ' : ''}${root.dataset.name} – Designer – KIM Workflows`;
}

function setBusy(busy) {
  for (const id of ['btn-save', 'btn-validate', 'btn-publish']) {
    $(id).disabled = busy || state.readOnlyVersion !== null;
  }
}

modeler.on('commandStack.changed', () => setDirty(true));

// The text outline follows the diagram (cheap: no server round trip).
let outlineTimer = null;
const refreshOutline = () => {
  clearTimeout(outlineTimer);
  outlineTimer = setTimeout(() => renderOutline(modeler, $('outline-list')), 300);
};
modeler.on('commandStack.changed', refreshOutline);
modeler.on('import.done', refreshOutline);

// Markers follow the diagram: each edit is checked by the server within a second (live-validation.js).
const live = createLiveValidation({
  modeler,
  validate: (xml) => api.validate(xml),
  problems,
  onResult: (result) => { root.dataset.checked = String(Number(root.dataset.checked || 0) + 1); },
});

window.addEventListener('beforeunload', (event) => {
  if (state.dirty) {
    event.preventDefault();
    event.returnValue = ''; // older browsers need a value to show the prompt
  }
});

// -- versions ---------------------------------------------------------------------------------

function editableVersion(summary) {
  return summary.hasDraft ? 'draft' : String(summary.latestVersion);
}

function renderVersions(summary) {
  state.summary = summary;
  const select = $('version-select');
  const current = state.readOnlyVersion ? String(state.readOnlyVersion) : 'edit';
  select.replaceChildren();
  const edit = document.createElement('option');
  edit.value = 'edit';
  edit.textContent = summary.hasDraft
    ? 'Entwurf (Bearbeitung)'
    : `Bearbeitung (Basis: Version ${summary.latestVersion})`;
  select.appendChild(edit);
  const published = summary.versions.filter((v) => v.state === 'published').reverse();
  for (const v of published) {
    const option = document.createElement('option');
    option.value = v.version;
    const at = new Date(v.changedAt).toLocaleString('de-DE');
    option.textContent = `Version ${v.version} (veröffentlicht ${at}) – nur lesen`;
    select.appendChild(option);
  }
  select.value = [...select.options].some((o) => o.value === current) ? current : 'edit';
  $('published-info').textContent = summary.latestVersion
    ? `Veröffentlicht: Version ${summary.latestVersion}${summary.hasDraft ? ', Entwurf vorhanden' : ''}`
    : 'Noch nicht veröffentlicht';
}

async function refreshVersions() {
  const result = await api.get(key);
  if (result.ok) {
    renderVersions(result.data);
  }
}

async function showVersion(value) {
  problems.clear();
  if (value === 'edit') {
    state.readOnlyVersion = null;
    live.setEnabled(true);
    $('viewer').hidden = true;
    $('readonly-banner').hidden = true;
    $('canvas').hidden = false;
    $('properties').hidden = false;
    setBusy(false);
    status('Bearbeitung.');
    return;
  }

  const xml = await api.xml(key, value);
  if (!viewer) {
    viewer = new NavigatedViewer({ container: '#viewer', additionalModules: [TranslateDeModule] });
  }
  state.readOnlyVersion = Number(value);
  live.setEnabled(false);
  $('canvas').hidden = true;
  $('properties').hidden = true;
  $('viewer').hidden = false;
  $('readonly-label').textContent = `Version ${value} (veröffentlicht) – nur lesen. Änderungen sind hier nicht möglich.`;
  $('readonly-banner').hidden = false;
  await viewer.importXML(xml);
  viewer.get('canvas').zoom('fit-viewport', 'auto');
  setBusy(false);
  status(`Version ${value} geöffnet (nur lesen).`);
}

// -- actions ----------------------------------------------------------------------------------

async function currentXml() {
  const shown = state.readOnlyVersion ? viewer : modeler;
  const { xml } = await shown.saveXML({ format: true });
  return xml;
}

async function save() {
  setBusy(true);
  try {
    const result = await api.saveDraft(key, await currentXml());
    if (!result.ok) {
      if (result.data?.problems) {
        problems.show(result.data.problems);
      }
      status(`Nicht gespeichert: ${describeFailure(result)}`, 'error');
      return;
    }
    setDirty(false);
    const time = new Date(result.data.savedAt).toLocaleTimeString('de-DE');
    status(result.data.valid
      ? `Entwurf gespeichert (${time}).`
      : `Entwurf gespeichert (${time}). Er enthält noch Fehler: „Prüfen“ zeigt sie.`, result.data.valid ? 'success' : 'warning');
    await refreshVersions();
  } catch (e) {
    status(`Nicht gespeichert: ${e.message}`, 'error');
  } finally {
    setBusy(false);
  }
}

async function validate() {
  setBusy(true);
  try {
    const result = await api.validate(await currentXml());
    if (!result.ok) {
      status(`Prüfung nicht möglich: ${describeFailure(result)}`, 'error');
      return;
    }
    problems.show(result.data.problems);
    status(result.data.valid ? 'Prüfung bestanden.' : 'Prüfung: der Workflow enthält Fehler (siehe Liste).',
      result.data.valid ? 'success' : 'error');
  } catch (e) {
    status(`Prüfung nicht möglich: ${e.message}`, 'error');
  } finally {
    setBusy(false);
  }
}

async function publish() {
  setBusy(true);
  try {
    const result = await api.publish(key, await currentXml());
    if (!result.ok) {
      if (result.data?.problems) {
        problems.show(result.data.problems);
      }
      status(`Nicht veröffentlicht: ${describeFailure(result)}`, 'error');
      return;
    }
    problems.clear();
    setDirty(false);
    status(result.data.message, result.data.created ? 'success' : 'info');
    await refreshVersions();
  } catch (e) {
    status(`Nicht veröffentlicht: ${e.message}`, 'error');
  } finally {
    setBusy(false);
  }
}

async function exportFile() {
  const suffix = state.readOnlyVersion ? `-v${state.readOnlyVersion}` : '';
  download(`${key}${suffix}.bpmn`, await currentXml());
  status('Datei exportiert.');
}

$('btn-save').addEventListener('click', save);
$('btn-validate').addEventListener('click', validate);
$('btn-publish').addEventListener('click', publish);
$('btn-export').addEventListener('click', exportFile);
$('btn-print').addEventListener('click', () => window.print());
$('btn-back-to-edit').addEventListener('click', async () => {
  $('version-select').value = 'edit';
  await showVersion('edit');
});
$('version-select').addEventListener('change', (e) => showVersion(e.target.value).catch((err) => status(err.message, 'error')));

// Ctrl+S saves the draft, as in desktop modelers.
document.addEventListener('keydown', (e) => {
  if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 's') {
    e.preventDefault();
    if (state.readOnlyVersion === null) {
      save();
    }
  }
});

// -- start ------------------------------------------------------------------------------------

async function start() {
  const summary = JSON.parse($('workflow-data').textContent);
  renderVersions(summary);
  try {
    const xml = await api.xml(key, editableVersion(summary));
    const { warnings } = await modeler.importXML(xml);
    showStartView(modeler.get('canvas'));
    setDirty(false);
    status(warnings.length ? `Geladen, mit ${warnings.length} Warnung(en) beim Einlesen.` : 'Geladen.');
    root.dataset.ready = 'true';
  } catch (e) {
    status(`Das Diagramm konnte nicht geladen werden: ${e.message}`, 'error');
  }
}

start();
