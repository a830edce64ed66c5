// The corpus (test/corpus, README there): plans of every common form, each with the outline a
// careful reader expects. The parser's outline must equal it exactly.
import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import type { Item, PlanDocument, PlanNode } from '../../core/model';
import { lintDocument } from '../../core/lint';
import { corpusDocument, corpusFiles, CORPUS } from '../support/corpus';


interface Expected {
  via: 'parse' | 'import';
  title: string;
  meta?: Record<string, string>;
  tree: unknown[];
  diagnostics?: string[];
}

/** The diagnostics the corpus names, and the rule that reports each. */
export const CORPUS_DIAGNOSTICS: Record<string, string> = {
  'table-unmapped': 'PLAN026',
  'duplicate-meta-key': 'PLAN024',
  'malformed-date': 'PLAN025',
  'title-variant-residue': 'PLAN027',
};

function itemView(item: Item) {
  const blocks = item.blocks.filter(b => b.origin !== 'prose').map(b => b.blockKind);
  const view: Record<string, unknown> = { kind: 'item', number: item.number, title: item.title, blocks, units: item.units.map(u => u.name) };
  if (item.lead) view.lead = item.lead.name;
  if (item.deadline !== undefined) view.deadline = item.deadline;
  return view;
}

/** The outline in the corpus's shape: headings and items only. */
function treeOf(children: readonly PlanNode[]): unknown[] {
  const out: unknown[] = [];
  for (const c of children) {
    if (c.kind === 'item') out.push(itemView(c));
    else if (c.kind === 'part') out.push({ kind: 'part', marker: c.marker, title: c.title, children: treeOf(c.children) });
    else if (c.kind === 'section') {
      // A top level written (一) is a section of the model, a subsection as written.
      const paren = /^[(\uFF08]/.test(c.marker);
      out.push({ kind: paren ? 'subsection' : 'section', marker: c.marker, title: c.title, children: treeOf(c.children) });
    } else if (c.kind === 'subsection') out.push({ kind: 'subsection', marker: c.marker, title: c.title, children: treeOf(c.children) });
  }
  return out;
}

describe('corpus: real-shaped plans read as a careful reader reads them', function () {
  for (const file of corpusFiles()) {
    const expected = JSON.parse(fs.readFileSync(path.join(CORPUS, file.replace(/\.plan$/, '.expected.json')), 'utf8')) as Expected;
    it(`${file}: ${expected.via === 'import' ? 'imported, ' : ''}title, meta, sections, items, blocks, units, leads, deadlines`, async () => {
      const doc = await corpusDocument(file, expected.via);
      const meta = Object.fromEntries(Object.keys(expected.meta ?? {}).map(k => [k, doc.meta[k]]));
      assert.deepEqual({ title: doc.title?.text, meta, tree: treeOf(doc.children) }, { title: expected.title, meta: expected.meta ?? {}, tree: expected.tree });
      const codes = new Set(lintDocument(doc, { locale: 'en' }).map(d => d.code));
      for (const d of expected.diagnostics ?? []) assert.ok(codes.has(CORPUS_DIAGNOSTICS[d]), `${d} (${CORPUS_DIAGNOSTICS[d]}) is reported`);
    });
  }
});
