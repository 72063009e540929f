import 'bpmn-js/dist/assets/diagram-js.css';
