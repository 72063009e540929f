// Element templates for our handlers and common steps (standard Camunda 7 element-template JSON in
// templates/kim-element-templates.json, validated by tools/validate-templates.mjs): a process owner picks
// "E-Mail senden" or "Fallakten-Schritt" and fills labelled fields; nobody types ${delegateExpression}.
// Dropdowns that depend on this installation (mail templates of templates/, the districts' groups) get their
// choices from the page (Pages/Designer.cshtml, DesignerGuidance.cs).
import templates from './templates/kim-element-templates.json';

function withChoices(property, choices) {
  if (!choices || choices.length === 0) {
    return property;
  }
  const value = choices.some((c) => c.value === property.value) ? property.value : choices[0].value;
  return { ...property, value, choices: choices.map((c) => ({ name: c.name, value: c.value })) };
}

function fill(property, guidance) {
  switch (property.id) {
    case 'kim-mail-template':
      return withChoices(property, guidance.mailTemplates);
    case 'kim-candidate-groups':
      return withChoices(property, guidance.groups);
    default:
      return property;
  }
}

/** The templates with this installation's choices. */
export function kimElementTemplates(guidance) {
  return templates.map((template) => ({
    ...template,
    properties: template.properties.map((p) => fill(p, guidance)),
    ...(template.scopes
      ? { scopes: template.scopes.map((scope) => ({ ...scope, properties: scope.properties.map((p) => fill(p, guidance)) })) }
      : {}),
  }));
}
