// A few tooltips and accessible names are written into the DOM without translate() (e.g. the element-template
// group's "Select a template" button title). This observer gives every title, aria-label and placeholder
// with an entry in de.js its German text as soon as it appears.
import de from './de.js';

const ATTRIBUTES = ['title', 'aria-label', 'placeholder'];

function translateElement(element) {
  for (const name of ATTRIBUTES) {
    const value = element.getAttribute?.(name);
    if (value && Object.prototype.hasOwnProperty.call(de, value) && de[value] !== value) {
      element.setAttribute(name, de[value]);
    }
  }
}

function translateTree(root) {
  if (root.nodeType !== 1) {
    return;
  }
  translateElement(root);
  for (const element of root.querySelectorAll('[title], [aria-label], [placeholder]')) {
    translateElement(element);
  }
}

export function translateAttributes(root) {
  translateTree(root);
  new MutationObserver((mutations) => {
    for (const m of mutations) {
      if (m.type === 'attributes') {
        translateElement(m.target);
      } else {
        m.addedNodes.forEach(translateTree);
      }
    }
  }).observe(root, { subtree: true, childList: true, attributes: true, attributeFilter: ATTRIBUTES });
}
