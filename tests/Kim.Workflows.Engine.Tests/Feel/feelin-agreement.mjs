// Evaluates FEEL with feelin, the interpreter form-js runs in the browser, for the agreement test
// (FeelinAgreementTests.cs). Usage: node feelin-agreement.mjs CLIENT_APP_DIR < cases.jsonl
// Each input line is {"expression": "...", "context": {...}}; each output line is {"value": ...}
// or {"error": "..."} in the same order. Values are made JSON the way our engine writes FEEL values:
// dates, times and durations as their ISO strings, functions and ranges as null.
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';
import { readFileSync } from 'node:fs';

const clientApp = process.argv[2];
const require = createRequire(resolve(clientApp, 'package.json'));
const feelin = await import(pathToFileURL(require.resolve('@bpmn-io/feelin')).href);

function plain(value) {
  if (value === null || value === undefined) {
    return null;
  }
  if (Array.isArray(value)) {
    return value.map(plain);
  }
  switch (typeof value) {
    case 'number':
    case 'string':
    case 'boolean':
      return value;
    case 'function':
      return null;
  }
  if (typeof value.toISO === 'function') {
    return value.toISO();
  }
  if (Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, plain(v)]));
  }
  return null;
}

const lines = readFileSync(0, 'utf8').split('\n').filter(line => line.trim().length > 0);
const output = [];
for (const line of lines) {
  const { expression, context } = JSON.parse(line);
  try {
    output.push(JSON.stringify({ value: plain(feelin.evaluate(expression, context ?? {}).value) }));
  } catch (e) {
    output.push(JSON.stringify({ error: String(e && e.message || e) }));
  }
}
process.stdout.write(output.join('\n') + '\n');
