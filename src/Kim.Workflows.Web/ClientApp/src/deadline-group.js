// "Frist": a duration picker for timer events instead of typing ISO 8601 — a number, Tage/Wochen/Monate and
// "Arbeitstage" (camunda:property name="kim:arbeitstage" value="true", as the case-manager issue defines it).
// Only for durations of the plain form P<n>D / P<n>W / P<n>M; other timers keep the standard "Zeitgeber" group.
import { jsx } from '@bpmn-io/properties-panel/preact/jsx-runtime';
import { NumberFieldEntry, SelectEntry, CheckboxEntry, isNumberFieldEntryEdited, isSelectEntryEdited, isCheckboxEntryEdited } from '@bpmn-io/properties-panel';
import { useService } from 'bpmn-js-properties-panel';

const WORKING_DAYS = 'kim:arbeitstage';
const PATTERN = /^P(\d+)([DWM])$/;

function timerOf(element) {
  const definitions = element.businessObject.eventDefinitions || [];
  return definitions.find((d) => d.$type === 'bpmn:TimerEventDefinition');
}

function durationOf(element) {
  const timer = timerOf(element);
  if (!timer || timer.timeDate || timer.timeCycle) {
    return null;
  }
  const body = timer.timeDuration?.body ?? 'P14D';
  const m = PATTERN.exec(body.trim());
  return m ? { timer, count: Number(m[1]), unit: m[2] } : null;
}

function setDuration(element, bpmnFactory, modeling, count, unit) {
  const { timer } = durationOf(element);
  const body = `P${Math.max(1, Number(count) || 1)}${unit}`;
  if (timer.timeDuration) {
    modeling.updateModdleProperties(element, timer.timeDuration, { body });
  } else {
    modeling.updateModdleProperties(element, timer, { timeDuration: bpmnFactory.create('bpmn:FormalExpression', { body }) });
  }
}

function workingDaysProperty(element) {
  const values = element.businessObject.extensionElements?.values || [];
  const properties = values.find((v) => v.$type === 'camunda:Properties');
  return { properties, property: properties?.values?.find((p) => p.name === WORKING_DAYS) };
}

function setWorkingDays(element, bpmnFactory, modeling, on) {
  const bo = element.businessObject;
  const { properties, property } = workingDaysProperty(element);
  if (on && property) {
    modeling.updateModdleProperties(element, property, { value: 'true' });
    return;
  }
  if (!on) {
    if (property) {
      modeling.updateModdleProperties(element, properties, { values: properties.values.filter((p) => p !== property) });
    }
    return;
  }
  let extensionElements = bo.extensionElements;
  if (!extensionElements) {
    extensionElements = bpmnFactory.create('bpmn:ExtensionElements', { values: [] });
    modeling.updateProperties(element, { extensionElements });
  }
  const created = bpmnFactory.create('camunda:Property', { name: WORKING_DAYS, value: 'true' });
  if (properties) {
    modeling.updateModdleProperties(element, properties, { values: [...properties.values, created] });
  } else {
    const newProperties = bpmnFactory.create('camunda:Properties', { values: [created] });
    modeling.updateModdleProperties(element, extensionElements, { values: [...extensionElements.get('values'), newProperties] });
  }
}

function Count({ element }) {
  const [bpmnFactory, modeling] = [useService('bpmnFactory'), useService('modeling')];
  return jsx(NumberFieldEntry, {
    element, id: 'kim-deadline-count', label: 'Anzahl', min: 1, step: 1, debounce: (fn) => fn, // at once: a pending change would be lost when the unit changes next
    getValue: () => durationOf(element)?.count,
    setValue: (value) => setDuration(element, bpmnFactory, modeling, value, durationOf(element).unit),
  });
}

function Unit({ element }) {
  const [bpmnFactory, modeling] = [useService('bpmnFactory'), useService('modeling')];
  return jsx(SelectEntry, {
    element, id: 'kim-deadline-unit', label: 'Einheit',
    getOptions: () => [{ value: 'D', label: 'Tage' }, { value: 'W', label: 'Wochen' }, { value: 'M', label: 'Monate' }],
    getValue: () => durationOf(element)?.unit,
    setValue: (value) => setDuration(element, bpmnFactory, modeling, durationOf(element).count, value),
  });
}

function WorkingDays({ element }) {
  const [bpmnFactory, modeling] = [useService('bpmnFactory'), useService('modeling')];
  return jsx(CheckboxEntry, {
    element, id: 'kim-deadline-working-days', label: 'nur Arbeitstage zählen',
    getValue: () => workingDaysProperty(element).property?.value === 'true',
    setValue: (on) => setWorkingDays(element, bpmnFactory, modeling, on),
  });
}

function DeadlineGroup(propertiesPanel) {
  propertiesPanel.registerProvider(50, {
    getGroups: (element) => (groups) => {
      if (!durationOf(element)) {
        return groups;
      }
      const deadline = {
        id: 'kim-deadline',
        label: 'Frist',
        entries: [
          { id: 'kim-deadline-count', component: Count, isEdited: isNumberFieldEntryEdited },
          { id: 'kim-deadline-unit', component: Unit, isEdited: isSelectEntryEdited },
          { id: 'kim-deadline-working-days', component: WorkingDays, isEdited: isCheckboxEntryEdited },
        ],
      };
      const at = groups.findIndex((g) => g.id === 'general') + 1;
      return [...groups.slice(0, at), deadline, ...groups.slice(at)];
    },
  });
}

DeadlineGroup.$inject = ['propertiesPanel'];

export default {
  __init__: ['kimDeadlineGroup'],
  kimDeadlineGroup: ['type', DeadlineGroup],
};
