// Shows validation problems as markers and overlays on the diagram and as a clickable list.
const MARKERS = ['kim-problem-error', 'kim-problem-note'];

export function createProblemView(viewerFor, listElement, summaryElement) {
  let marked = [];

  function clear() {
    const viewer = viewerFor();
    const canvas = viewer.get('canvas');
    const overlays = viewer.get('overlays');
    for (const id of marked) {
      for (const m of MARKERS) {
        try { canvas.removeMarker(id, m); } catch { /* element gone */ }
      }
    }
    overlays.remove({ type: 'kim-problem' });
    marked = [];
    listElement.replaceChildren();
    summaryElement.textContent = '';
  }

  function focusElement(id) {
    const viewer = viewerFor();
    const element = viewer.get('elementRegistry').get(id);
    if (!element) {
      return;
    }
    const canvas = viewer.get('canvas');
    if (element !== canvas.getRootElement()) {
      canvas.scrollToElement(element, { top: 120, bottom: 120, left: 120, right: 120 });
    }
    try { viewer.get('selection').select(element); } catch { /* viewer without selection */ }
  }

  function show(problems) {
    clear();
    const viewer = viewerFor();
    const registry = viewer.get('elementRegistry');
    const canvas = viewer.get('canvas');
    const overlays = viewer.get('overlays');
    const errors = problems.filter((p) => p.severity === 'error').length;
    const notes = problems.length - errors;
    summaryElement.textContent = problems.length === 0
      ? 'Keine Probleme gefunden: der Workflow kann veröffentlicht werden.'
      : `${errors} Fehler, ${notes} Hinweis(e).`;

    const counts = new Map();
    for (const problem of problems) {
      const element = registry.get(problem.elementId);
      const marker = problem.severity === 'error' ? 'kim-problem-error' : 'kim-problem-note';
      if (element) {
        canvas.addMarker(element, marker);
        marked.push(element.id);
        if (element !== canvas.getRootElement() && !counts.has(element.id)) {
          const badge = document.createElement('span');
          badge.className = `kim-problem-badge ${marker}`;
          badge.textContent = '!';
          badge.title = problem.message;
          overlays.add(element, 'kim-problem', { position: { top: -10, left: -10 }, html: badge });
        }
        counts.set(element.id, (counts.get(element.id) || 0) + 1);
      }

      const item = document.createElement('li');
      item.className = marker;
      // An entry whose element is on the diagram is a button that selects it; others are plain text.
      const button = document.createElement(element ? 'button' : 'span');
      if (element) {
        button.type = 'button';
      }
      button.className = 'problem-entry';
      button.dataset.elementId = problem.elementId;
      // The message names the element by its label already; the list shows the label (or the id of an unnamed one) first.
      const where = problem.elementName || problem.elementId;
      const kind = problem.severity === 'error' ? 'Fehler' : 'Hinweis';
      button.textContent = `${kind} – ${where}: ${problem.message}`;
      if (problem.line) {
        button.textContent += ` [Zeile ${problem.line}]`;
      }
      if (element) {
        button.addEventListener('click', () => focusElement(problem.elementId));
      }
      item.appendChild(button);
      listElement.appendChild(item);
    }
  }

  return { show, clear };
}
