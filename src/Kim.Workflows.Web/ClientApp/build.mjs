// Bundles the designer (bpmn-js + Camunda 7 properties panel) into ../wwwroot/dist/.
// Run by the Web project's MSBuild target (BuildDesignerBundle), never by hand.
import * as esbuild from 'esbuild';

const production = process.argv.includes('--production');

await esbuild.build({
  entryPoints: {
    designer: 'src/designer.js',
    workflows: 'src/workflows.js',
    charts: 'src/charts.js',
    monitor: 'src/monitor.js',
  },
  bundle: true,
  format: 'iife',
  target: ['es2020'],
  minify: production,
  sourcemap: production ? false : 'linked',
  outdir: '../wwwroot/dist',
  loader: {
    '.woff': 'dataurl',
    '.woff2': 'dataurl',
    '.ttf': 'dataurl',
    '.eot': 'dataurl',
    '.svg': 'dataurl',
  },
  logLevel: 'warning',
  legalComments: 'none',
});

// Every string the bundled packages pass to translate() needs a German entry (tools/translation-keys.mjs);
// the build names the gaps, the Web tests fail on them.
const { collectKeys } = await import('./tools/translation-keys.mjs');
const { default: de } = await import('./src/i18n/de.js');
const untranslated = (await collectKeys()).filter((k) => !Object.prototype.hasOwnProperty.call(de, k));
if (untranslated.length > 0) {
  console.warn(`designer: ${untranslated.length} UI string(s) without a German entry in src/i18n/de.js: ${untranslated.slice(0, 10).map((k) => JSON.stringify(k)).join(', ')}`);
}
