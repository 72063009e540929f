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
