// Validates src/templates/kim-element-templates.json against the Camunda 7 element-template schema with
// @bpmn-io/element-templates-validator (the check Camunda Modeler applies). Prints the errors; exit code 1 on any.
import { readFileSync } from 'node:fs';
import { validateAll } from '@bpmn-io/element-templates-validator';

const templates = JSON.parse(readFileSync(new URL('../src/templates/kim-element-templates.json', import.meta.url), 'utf8'));
const { valid, results } = validateAll(templates);
const errors = results.flatMap((r, i) => (r.errors || []).map((e) => `${templates[i].id}: ${e.message} (${e.dataPath ?? e.instancePath ?? ''})`));
console.log(JSON.stringify({ count: templates.length, valid, errors }));
process.exit(valid ? 0 : 1);
