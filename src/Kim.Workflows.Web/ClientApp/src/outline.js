// A text outline of the workflow beside the diagram: the steps in order (breadth-first from the start
// events along the sequence flows), with their deadlines (timer events), who does them and where the paths
// split. Screen readers can read it (the canvas they cannot) and it prints for the Lenkungsgruppe.
const KINDS = {
  'bpmn:StartEvent': 'Start', 'bpmn:EndEvent': 'Ende', 'bpmn:UserTask': 'Aufgabe', 'bpmn:ServiceTask': 'automatisch',
  'bpmn:SendTask': 'Nachricht senden', 'bpmn:ReceiveTask': 'warten auf Nachricht', 'bpmn:Task': 'Schritt',
  'bpmn:ManualTask': 'Schritt', 'bpmn:ScriptTask': 'automatisch', 'bpmn:BusinessRuleTask': 'automatisch',
  'bpmn:CallActivity': 'Teil-Workflow', 'bpmn:SubProcess': 'Teilprozess', 'bpmn:IntermediateCatchEvent': 'warten',
  'bpmn:IntermediateThrowEvent': 'Ereignis', 'bpmn:ExclusiveGateway': 'Entscheidung', 'bpmn:InclusiveGateway': 'Verzweigung',
  'bpmn:ParallelGateway': 'gleichzeitig', 'bpmn:EventBasedGateway': 'warten auf das erste Ereignis',
};

const WHO = { '${caseManager}': 'zuständige Fallmanagerin / zuständiger Fallmanager', '${coordinator}': 'zuständige Koordination', 'cm-${district}': 'Fallmanagement des Bezirks' };

function duration(text) {
  const m = /^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?)?$/.exec(text || '');
  if (!m) {
    return text || '';
  }
  const units = [[m[1], 'Jahr', 'Jahre'], [m[2], 'Monat', 'Monate'], [m[3], 'Woche', 'Wochen'], [m[4], 'Tag', 'Tage'], [m[5], 'Stunde', 'Stunden'], [m[6], 'Minute', 'Minuten']];
  return units.filter(([n]) => n).map(([n, one, many]) => `${n} ${Number(n) === 1 ? one : many}`).join(' ');
}

function timerText(bo) {
  const timer = (bo.eventDefinitions || []).find((d) => d.$type === 'bpmn:TimerEventDefinition');
  if (!timer) {
    return null;
  }
  const value = timer.timeDuration?.body || timer.timeDate?.body || timer.timeCycle?.body || '';
  return timer.timeDuration ? `nach ${duration(value)}` : value;
}

const label = (bo) => (bo.name && bo.name.trim()) || KINDS[bo.$type] || bo.$type.replace('bpmn:', '');
const who = (value) => value.split(',').map((v) => WHO[v.trim()] || v.trim()).join(', ');

function describe(element, registry) {
  const bo = element.businessObject;
  const parts = [];
  if (bo.assignee) {
    parts.push(`zuständig: ${who(bo.assignee)}`);
  } else if (bo.candidateGroups) {
    parts.push(`Gruppe: ${who(bo.candidateGroups)}`);
  }
  const timer = timerText(bo);
  if (timer) {
    parts.push(`Frist: ${timer}`);
  }
  for (const boundary of registry.filter((e) => e.host === element)) {
    const deadline = timerText(boundary.businessObject);
    if (deadline) {
      parts.push(`Frist: ${deadline} → ${label(boundary.businessObject)}`);
    }
  }
  return parts;
}

export function renderOutline(modeler, list) {
  const registry = modeler.get('elementRegistry');
  const all = registry.getAll();
  const starts = all.filter((e) => e.type === 'bpmn:StartEvent' && !e.labelTarget);
  const seen = new Set();
  const queue = [...starts];
  const items = [];
  while (queue.length) {
    const element = queue.shift();
    if (seen.has(element.id)) {
      continue;
    }
    seen.add(element.id);
    const bo = element.businessObject;
    const li = document.createElement('li');
    li.dataset.elementId = element.id;
    const kind = KINDS[bo.$type] || '';
    const title = document.createElement('strong');
    title.textContent = label(bo);
    li.append(title);
    const details = [bo.name ? kind : null, ...describe(element, all)].filter(Boolean);
    if (details.length) {
      li.append(` (${details.join('; ')})`);
    }
    const outgoing = (element.outgoing || []).filter((c) => c.type === 'bpmn:SequenceFlow');
    const boundaryFlows = all.filter((e) => e.host === element).flatMap((b) => [b]);
    if (outgoing.length > 1) {
      const branches = document.createElement('ul');
      for (const flow of outgoing) {
        const b = document.createElement('li');
        const when = flow.businessObject.name || (flow.businessObject.conditionExpression ? 'wenn die Bedingung zutrifft' : 'sonst');
        b.textContent = `${when}: weiter mit „${label(flow.target.businessObject)}“`;
        branches.append(b);
      }
      li.append(' – hier teilt sich der Weg:', branches);
    }
    items.push(li);
    for (const next of [...outgoing.map((f) => f.target), ...boundaryFlows]) {
      queue.push(next);
    }
  }
  list.replaceChildren(...items);
}
