// Offers only what our engine runs (src/Kim.Workflows.Engine: parser and Validation/EventRules): the palette,
// the context pad, the replace menu and the properties panel hide elements and settings the engine rejects
// or ignores, so a process owner cannot build what publishing would refuse. In expert mode (administrators)
// everything of bpmn-js stays visible; the server's validator still has the last word.
import * as ReplaceOptions from 'bpmn-js/lib/features/replace/ReplaceOptions';
import { is } from 'bpmn-js/lib/util/ModelUtil';

const NONE = null;

/** Event definitions the engine runs, per event kind (mirrors the engine's EventRules). */
const EVENT_DEFINITIONS = {
  'bpmn:StartEvent': [NONE, 'bpmn:TimerEventDefinition', 'bpmn:MessageEventDefinition'],
  'bpmn:EndEvent': [NONE, 'bpmn:TerminateEventDefinition', 'bpmn:ErrorEventDefinition', 'bpmn:MessageEventDefinition', 'bpmn:SignalEventDefinition'],
  'bpmn:IntermediateCatchEvent': ['bpmn:TimerEventDefinition', 'bpmn:MessageEventDefinition', 'bpmn:SignalEventDefinition'],
  'bpmn:IntermediateThrowEvent': [NONE, 'bpmn:MessageEventDefinition', 'bpmn:SignalEventDefinition'],
  'bpmn:BoundaryEvent': ['bpmn:TimerEventDefinition', 'bpmn:MessageEventDefinition', 'bpmn:SignalEventDefinition', 'bpmn:ErrorEventDefinition'],
};

const UNSUPPORTED_TYPES = new Set([
  'bpmn:ComplexGateway', 'bpmn:AdHocSubProcess', 'bpmn:Transaction',
  'bpmn:DataObjectReference', 'bpmn:DataStoreReference', 'bpmn:Participant', 'bpmn:Group',
]);

const HIDDEN_PALETTE = ['create.data-object', 'create.data-store', 'create.participant-expanded', 'create.group'];
const HIDDEN_CONTEXT_PAD = ['append.condition-intermediate-event', 'append.compensation-activity'];
// Replace-menu header toggles: the engine has no standard loop (multi-instance covers it).
const HIDDEN_HEADER = ['toggle-loop'];

/** Properties-panel groups for things the engine ignores or refuses (listeners, jobs, external tasks, …). */
const HIDDEN_GROUPS = new Set([
  'CamundaPlatform__AsynchronousContinuations', 'CamundaPlatform__JobExecution',
  'CamundaPlatform__ExecutionListener', 'CamundaPlatform__TaskListener',
  'CamundaPlatform__ExternalTask', 'CamundaPlatform__Errors', 'CamundaPlatform__FieldInjection',
  'CamundaPlatform__HistoryCleanup', 'CamundaPlatform__CandidateStarter', 'CamundaPlatform__StartInitiator',
]);

/** Replace targets by action name, from bpmn-js' own option tables. */
const TARGETS = (() => {
  const map = new Map();
  const visit = (value) => {
    if (Array.isArray(value)) {
      value.forEach((option) => option?.actionName && map.set(option.actionName, option.target));
    } else if (value && typeof value === 'object') {
      Object.values(value).forEach(visit);
    }
  };
  Object.values(ReplaceOptions).forEach(visit);
  return map;
})();

/** True when the engine runs an element of this replace target at the position of `element`. */
export function engineRuns(target, element) {
  if (!target) {
    return true;
  }

  if (UNSUPPORTED_TYPES.has(target.type) || target.triggeredByEvent) {
    return false;
  }

  const definitions = EVENT_DEFINITIONS[target.type];
  if (!definitions) {
    return true;
  }

  const definition = target.eventDefinitionType || NONE;
  if (target.type === 'bpmn:StartEvent' && element && is(element.parent, 'bpmn:SubProcess')) {
    return definition === NONE;
  }

  if (definition === 'bpmn:ErrorEventDefinition' && target.cancelActivity === false) {
    return false;
  }

  return definitions.includes(definition);
}

function withoutKeys(entries, hidden) {
  for (const key of hidden) {
    delete entries[key];
  }
  return entries;
}

export function isExpertMode() {
  return document.getElementById('designer')?.dataset.expert === 'true';
}

function EngineSupportFilter(palette, contextPad, popupMenu, propertiesPanel) {
  palette.registerProvider(100, { getPaletteEntries: () => (entries) => (isExpertMode() ? entries : withoutKeys(entries, HIDDEN_PALETTE)) });
  contextPad.registerProvider(100, { getContextPadEntries: () => (entries) => (isExpertMode() ? entries : withoutKeys(entries, HIDDEN_CONTEXT_PAD)) });
  popupMenu.registerProvider('bpmn-replace', 100, {
    getPopupMenuEntries: (element) => (entries) => {
      if (isExpertMode()) {
        return entries;
      }
      for (const [id] of Object.entries(entries)) {
        if (!engineRuns(TARGETS.get(id), element)) {
          delete entries[id];
        }
      }
      return entries;
    },
    getPopupMenuHeaderEntries: () => (entries) => (isExpertMode() ? entries : withoutKeys(entries, HIDDEN_HEADER)),
  });
  propertiesPanel.registerProvider(100, {
    getGroups: () => (groups) => (isExpertMode() ? groups : groups.filter((g) => !HIDDEN_GROUPS.has(g.id))),
  });
}

EngineSupportFilter.$inject = ['palette', 'contextPad', 'popupMenu', 'propertiesPanel'];

export default {
  __init__: ['engineSupportFilter'],
  engineSupportFilter: ['type', EngineSupportFilter],
};
