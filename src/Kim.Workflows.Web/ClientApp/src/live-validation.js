// Live checking while modelling: after each change (debounced) the diagram goes to the server's validator
// (POST /api/definitions/validate), the only place where rules live, and its problems replace the markers.
// A slower answer to an older state is dropped, so markers never show a diagram that no longer exists.
const DEBOUNCE_MS = 350;

export function createLiveValidation({ modeler, validate, problems, onResult }) {
  let timer = null;
  let sequence = 0; // number of the newest request; answers to older ones are ignored
  let enabled = true;

  async function run() {
    timer = null;
    const mine = ++sequence;
    try {
      const { xml } = await modeler.saveXML({ format: false });
      const result = await validate(xml);
      if (mine !== sequence || !enabled) {
        return;
      }

      if (result.ok) {
        problems.show(result.data.problems);
      }

      onResult?.(result);
    } catch {
      // Offline or mid-import: the next change checks again; "Prüfen" reports failures explicitly.
    }
  }

  function schedule() {
    if (!enabled) {
      return;
    }

    clearTimeout(timer);
    timer = setTimeout(run, DEBOUNCE_MS);
  }

  modeler.on('commandStack.changed', schedule);
  modeler.on('import.done', schedule);

  return {
    schedule,
    /** Stops checking (e.g. while an earlier version is shown read-only) or resumes it. */
    setEnabled(value) {
      enabled = value;
      sequence++;
      clearTimeout(timer);
      if (value) {
        schedule();
      }
    },
  };
}
