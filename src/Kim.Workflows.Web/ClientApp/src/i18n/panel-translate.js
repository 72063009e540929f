// bpmn-js-properties-panel 5.65.3 does not hand the translate service to @bpmn-io/properties-panel's groups,
// so their own texts ("Toggle section", "Create new list item") would stay English. Groups pass a `translate`
// prop on to their entries and list items: this provider (lowest priority, after all others) sets it.
function PanelTranslate(propertiesPanel, translate) {
  propertiesPanel.registerProvider(1, {
    getGroups: () => (groups) => groups.map((group) => (group.translate ? group : { ...group, translate })),
  });
}

PanelTranslate.$inject = ['propertiesPanel', 'translate'];

export default {
  __init__: ['kimPanelTranslate'],
  kimPanelTranslate: ['type', PanelTranslate],
};
