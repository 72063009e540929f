// Collects every UI string the designer bundle passes to translate(): bundles src/designer.js from the
// installed npm packages (bpmn-js, diagram-js, the properties panels, element templates) without minifying,
// so tree-shaking keeps exactly the code we ship, and reads
//   - literal keys:   translate('Create task'), translate("…"), translate(`…`) without ${…}
//   - keys in tables that are passed to translate() by variable: `label: '…'` in bpmn-js' replace options,
//     and the *_LABEL constants / *_TO_LABEL maps of the properties panel.
// Then compares them with src/i18n/de.js. Usage: node tools/translation-keys.mjs [--json] [--strict]
import * as esbuild from 'esbuild';
import de from '../src/i18n/de.js';

const STRING = String.raw`'((?:\\.|[^'\\])*)'|"((?:\\.|[^"\\])*)"|\x60((?:\\.|[^\x60\\$])*)\x60`;
const LITERAL_CALL = new RegExp(String.raw`(?<!["'\x60])\btranslate(?:\d+|\$\d+)?\(\s*(?:${STRING})\s*[,)]`, 'g');
// `translate ? translate('x') : 'x'` is caught by LITERAL_CALL; conditional keys: translate(cond ? 'a' : 'b').
const CONDITIONAL_CALL = new RegExp(String.raw`(?<!["'\x60])\btranslate(?:\d+|\$\d+)?\([^'"\x60()]{1,80}\?\s*(?:${STRING})\s*:\s*(?:${STRING})\s*\)`, 'g');
const LABEL_CONSTANT = new RegExp(String.raw`\b[A-Z_]*_LABEL(?:\$\d+)?\s*=\s*(?:${STRING})`, 'g');
const LABEL_MAP = new RegExp(String.raw`\b[A-Z_]*_TO_LABEL(?:\$\d+)?\s*=\s*\{([^}]*)\}`, 'g');
const MAP_VALUE = new RegExp(String.raw`:\s*(?:${STRING})`, 'g');
const OPTION_LABEL = new RegExp(String.raw`\blabel:\s*(?:${STRING})`, 'g');

// bpmn-js' replace/create menus pass their entries' labels to translate() by variable.
const OPTION_TABLES = /bpmn-js\/lib\/features\/(replace|popup-menu|create-append-anything)\//;

/** The bundle split at esbuild's `// node_modules/…` module comments into [path, source] pairs. */
function modules(js) {
  const parts = js.split(/^\s*\/\/ (node_modules\/\S+|src\/\S+)$/m);
  const result = [];
  for (let i = 1; i < parts.length; i += 2) {
    result.push([parts[i], parts[i + 1]]);
  }
  return result;
}

function unescape(text) {
  return text.replace(/\\(u[0-9a-fA-F]{4}|x[0-9a-fA-F]{2}|.)/g, (m, c) => {
    if (c[0] === 'u' || c[0] === 'x') {
      return String.fromCharCode(parseInt(c.slice(1), 16));
    }
    return { n: '\n', t: '\t', r: '\r' }[c] ?? c;
  });
}

const firstString = (m, from = 1) => {
  for (let i = from; i < from + 3; i++) {
    if (m[i] !== undefined) {
      return unescape(m[i]);
    }
  }
  return undefined;
};

export async function collectKeys() {
  const result = await esbuild.build({
    entryPoints: ['src/designer.js'],
    bundle: true,
    write: false,
    minify: false,
    format: 'iife',
    outdir: 'out',
    logLevel: 'silent',
    loader: { '.woff': 'empty', '.woff2': 'empty', '.ttf': 'empty', '.eot': 'empty', '.svg': 'empty', '.css': 'empty' },
  });
  const js = result.outputFiles.find((f) => f.path.endsWith('.js')).text;
  // Our own modules call translate() with our keys too: only the packages' calls count here.
  const keys = new Set();
  const add = (key) => { if (key && key.trim()) { keys.add(key); } };
  for (const m of js.matchAll(LITERAL_CALL)) { add(firstString(m)); }
  for (const m of js.matchAll(CONDITIONAL_CALL)) { add(firstString(m, 1)); add(firstString(m, 4)); }
  for (const m of js.matchAll(LABEL_CONSTANT)) { add(firstString(m)); }
  for (const m of js.matchAll(LABEL_MAP)) {
    for (const v of m[1].matchAll(MAP_VALUE)) { add(firstString(v)); }
  }
  for (const [path, source] of modules(js)) {
    if (OPTION_TABLES.test(path)) {
      for (const m of source.matchAll(OPTION_LABEL)) { add(firstString(m)); }
    }
  }
  return [...keys].sort();
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const keys = await collectKeys();
  const missing = keys.filter((k) => !Object.prototype.hasOwnProperty.call(de, k));
  if (process.argv.includes('--json')) {
    console.log(JSON.stringify({ keys, missing }, null, 1));
  } else {
    console.log(`${keys.length} keys, ${missing.length} without a German entry`);
    for (const k of missing) { console.log(`  ${JSON.stringify(k)}`); }
  }
  if (process.argv.includes('--strict') && missing.length > 0) {
    process.exit(1);
  }
}
