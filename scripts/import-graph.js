#!/usr/bin/env node
// Prints the import graph of the product code (core, cli, server, client): its cycles
// (type-only imports included) and what each layer imports, and checks the layering:
//   core    imports no editor or protocol package (vscode, vscode-languageserver*,
//           vscode-languageclient, @vscode/l10n) and nothing of cli, server or client;
//   cli     imports core only (of the project);
//   server  imports core only (of the project), no vscode or vscode-languageclient;
//   client  imports core and server/src/protocol.ts only (of the project).
// Exit status 1 when there is a cycle or a layering violation (the test suite runs this).
'use strict';
const fs = require('fs');
const path = require('path');
const ts = require('typescript');

const root = path.resolve(__dirname, '..');
const LAYERS = { core: 'core', cli: 'cli', server: 'server/src', client: 'client/src' };
const EDITOR_PACKAGES = /^(vscode|vscode-languageserver.*|vscode-languageclient.*|@vscode\/l10n)$/;

function sources(dir) {
  const out = [];
  const visit = d => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const full = path.join(d, e.name);
      if (e.isDirectory()) visit(full);
      else if (e.name.endsWith('.ts') && !e.name.endsWith('.d.ts')) out.push(full);
    }
  };
  visit(path.join(root, dir));
  return out;
}

function resolveLocal(from, spec) {
  const base = path.resolve(path.dirname(from), spec);
  for (const candidate of [base, `${base}.ts`, path.join(base, 'index.ts')]) {
    if (fs.existsSync(candidate) && fs.statSync(candidate).isFile()) return candidate;
  }
  return undefined;
}

const layerOf = file => {
  const rel = path.relative(root, file).split(path.sep).join('/');
  return Object.entries(LAYERS).find(([, dir]) => rel === dir || rel.startsWith(dir + '/'))?.[0];
};
const packageOf = spec => (spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0]);

const files = Object.values(LAYERS).flatMap(sources);
const graph = new Map(); // file → local files it imports
const external = new Map(); // layer → Set of packages
const internal = new Map(); // layer → Set of layers
const violations = [];

for (const file of files) {
  const layer = layerOf(file);
  // preProcessFile lists every import, export-from and `import type` alike.
  const { importedFiles } = ts.preProcessFile(fs.readFileSync(file, 'utf8'), true, true);
  const local = [];
  for (const { fileName: spec } of importedFiles) {
    const rel = path.relative(root, file);
    if (spec.startsWith('.')) {
      const target = resolveLocal(file, spec);
      if (!target) continue; // a JSON data file or a generated module
      const targetLayer = layerOf(target);
      if (target.endsWith('.ts')) local.push(target);
      if (targetLayer && targetLayer !== layer) {
        if (!internal.has(layer)) internal.set(layer, new Set());
        internal.get(layer).add(targetLayer);
        const allowed = targetLayer === 'core' && layer !== 'core'
          || layer === 'client' && path.relative(root, target).split(path.sep).join('/') === 'server/src/protocol.ts';
        if (!allowed) violations.push(`${rel} imports ${path.relative(root, target)} (${layer} may not import ${targetLayer})`);
      }
    } else {
      const pkg = packageOf(spec);
      if (!external.has(layer)) external.set(layer, new Set());
      external.get(layer).add(pkg);
      if (EDITOR_PACKAGES.test(pkg) && (layer === 'core' || layer === 'cli')) violations.push(`${rel} imports ${pkg} (${layer} imports no editor or protocol package)`);
      if ((pkg === 'vscode' || pkg.startsWith('vscode-languageclient')) && layer === 'server') violations.push(`${rel} imports ${pkg} (the server runs outside VS Code)`);
    }
  }
  graph.set(file, local);
}

// Strongly connected components (Tarjan): every component of more than one file, or a file
// importing itself, is a cycle.
function cycles() {
  let index = 0;
  const stack = [];
  const info = new Map();
  const out = [];
  const strong = v => {
    info.set(v, { index, low: index, onStack: true });
    index++;
    stack.push(v);
    for (const w of graph.get(v) ?? []) {
      if (!info.has(w)) { strong(w); info.get(v).low = Math.min(info.get(v).low, info.get(w).low); }
      else if (info.get(w).onStack) info.get(v).low = Math.min(info.get(v).low, info.get(w).index);
    }
    if (info.get(v).low === info.get(v).index) {
      const component = [];
      let w;
      do { w = stack.pop(); info.get(w).onStack = false; component.push(w); } while (w !== v);
      if (component.length > 1 || (graph.get(v) ?? []).includes(v)) out.push(component.map(f => path.relative(root, f)).sort());
    }
  };
  for (const v of graph.keys()) if (!info.has(v)) strong(v);
  return out;
}

const found = cycles();
console.log(`import graph: ${files.length} files`);
console.log(found.length ? `cycles (${found.length}):` : 'cycles: none');
for (const c of found) console.log(`  ${c.join(' → ')}`);
for (const layer of Object.keys(LAYERS)) {
  const inner = [...(internal.get(layer) ?? [])].sort();
  const outer = [...(external.get(layer) ?? [])].sort();
  console.log(`${layer}: imports ${inner.length ? inner.join(', ') : 'no other layer'}; packages: ${outer.join(', ') || 'none'}`);
}
if (violations.length) {
  console.log(`layering violations (${violations.length}):`);
  for (const v of violations) console.log(`  ${v}`);
}
process.exit(found.length || violations.length ? 1 : 0);
