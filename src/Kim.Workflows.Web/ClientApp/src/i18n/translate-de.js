// German UI texts for bpmn-js, diagram-js and the (Camunda 7) properties panel.
// Replaces the built-in `translate` service: looks the English source string up in ./de.js and fills
// `{placeholder}`s from the replacements. Strings without a translation stay English.
import de from './de.js';

export function translateDe(template, replacements) {
  replacements = replacements || {};
  const text = typeof template === 'string' && Object.prototype.hasOwnProperty.call(de, template) ? de[template] : template;
  if (typeof text !== 'string') {
    return text;
  }
  return text.replace(/{([^}]+)}/g, (match, key) => {
    const value = replacements[key];
    return value === undefined || value === null ? match : String(value);
  });
}

export default {
  translate: ['value', translateDe],
};
