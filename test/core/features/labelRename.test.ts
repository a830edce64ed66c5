// Rename of a block label (core/features/labelRename.ts) on the workspace fixture (label lines
// 责任股室(单位), inline fields 责任股室), a task table (corpus 13) and prose responsibility
// (corpus 15): the label form renamed throughout the document to another label of the same
// kind, blocks and their texts unchanged; refusals for a table header, a verb in prose and a
// new name that would not read as the same kind.
import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { parsePlan } from '../../../core/parse';
import { itemsOf, type Position } from '../../../core/model';
import { prepareLabelRename, renameLabel } from '../../../core/features/labelRename';
import type { PlanTextEdit } from '../../../core/features/unitRename';
import { FIXTURES_DIR, REPO_ROOT } from '../../support/paths';

const ws = (rel: string) => fs.readFileSync(path.join(FIXTURES_DIR, 'workspace', rel), 'utf8');
const corpus = (name: string) => fs.readFileSync(path.join(REPO_ROOT, 'test', 'corpus', name), 'utf8');

function apply(text: string, edits: PlanTextEdit[]): string {
  const lines = text.split('\n');
  for (const e of [...edits].sort((a, b) => b.range.start.line - a.range.start.line || b.range.start.character - a.range.start.character)) {
    assert.equal(e.range.start.line, e.range.end.line);
    const l = lines[e.range.start.line];
    lines[e.range.start.line] = l.slice(0, e.range.start.character) + e.newText + l.slice(e.range.end.character);
  }
  return lines.join('\n');
}

/** Every block of every item: kind, text, label. */
const blocksOf = (text: string) => itemsOf(parsePlan(text)).map(i => i.blocks.map(b => ({ kind: b.blockKind, text: b.text, label: b.label, origin: b.origin })));

/** The position of the first `needle` on a line that starts with `lineStart`. */
function at(text: string, lineStart: string, needle: string): Position {
  const lines = text.split('\n');
  const line = lines.findIndex(l => l.startsWith(lineStart) && l.includes(needle));
  assert.ok(line >= 0, `${lineStart}…${needle}`);
  return { line, character: lines[line].indexOf(needle) + 1 };
}

describe('features: rename of a block label', () => {
  it('renames 责任股室(单位) on every label line of the document to 责任单位: same blocks, same texts', () => {
    const text = ws('plan-2024.plan');
    const doc = parsePlan(text);
    const pos = at(text, '责任股室(单位)', '责任股室');
    const prepared = prepareLabelRename(doc, pos, 'en');
    assert.ok(prepared && !('refused' in prepared));
    assert.equal(prepared.placeholder, '责任股室(单位)');
    const result = renameLabel(doc, pos, '责任单位', 'en');
    assert.ok(result && 'edits' in result);
    assert.deepEqual(result.edits.map(e => e.range.start.line), [12, 20, 30]);
    const after = apply(text, result.edits);
    const before = blocksOf(text);
    assert.deepEqual(blocksOf(after), before.map(bs => bs.map(b => (b.label === '责任股室(单位)' ? { ...b, label: '责任单位' } : b))));
    assert.ok(!after.includes('责任股室(单位)'));
    assert.ok(after.includes('目标任务'), 'other labels stay');
  });

  it('renames an inline field label (责任股室 → 责任科室) in every parenthesis of the document', () => {
    const text = ws('plan-2025.plan');
    const doc = parsePlan(text);
    const pos = at(text, '1.', '责任股室');
    assert.deepEqual(prepareLabelRename(doc, pos, 'en'), { range: { start: { line: pos.line, character: pos.character - 1 }, end: { line: pos.line, character: pos.character + 3 } }, placeholder: '责任股室' });
    const result = renameLabel(doc, pos, '责任科室', 'en');
    assert.ok(result && 'edits' in result);
    assert.equal(result.edits.length, 3);
    const after = apply(text, result.edits);
    assert.deepEqual(blocksOf(after), blocksOf(text).map(bs => bs.map(b => (b.label === '责任股室' ? { ...b, label: '责任科室' } : b))));
  });

  it('refuses a new name that would not read as the same kind of block, naming the labels that would', () => {
    const text = ws('plan-2024.plan');
    const doc = parsePlan(text);
    const pos = at(text, '责任股室(单位)', '责任股室');
    const wrong = renameLabel(doc, pos, '完成时限', 'en');
    assert.ok(wrong && 'error' in wrong);
    assert.match(wrong.error, /^"完成时限" would not be read as a .* label; use one of: 责任股室、责任科室/);
    const nonsense = renameLabel(doc, pos, '随便写写', 'zh-cn');
    assert.ok(nonsense && 'error' in nonsense);
    assert.match(nonsense.error, /^“随便写写”不会被识别为/);
    const withColon = renameLabel(doc, pos, '责任单位:人事股', 'en');
    assert.ok(withColon && 'error' in withColon, 'a colon in the new name would change the line');
  });

  it('refuses a task table\'s column header and a verb of a prose sentence, and answers nothing elsewhere', () => {
    const table = corpus('13-table-section-cells.plan');
    const tdoc = parsePlan(table);
    const header = itemsOf(tdoc).flatMap(i => i.blocks).find(b => b.origin === 'table' && b.blockKind === 'lead')!;
    const refusedTable = prepareLabelRename(tdoc, header.labelRange.start, 'en');
    assert.ok(refusedTable && 'refused' in refusedTable);
    assert.match(refusedTable.refused, /column header/);
    assert.equal(renameLabel(tdoc, header.labelRange.start, '牵头部门', 'en'), undefined);

    const prose = corpus('15-prose-responsibility.plan');
    const pdoc = parsePlan(prose);
    const verb = itemsOf(pdoc).flatMap(i => i.blocks).find(b => b.origin === 'prose')!;
    const refusedProse = prepareLabelRename(pdoc, verb.labelRange.start, 'zh-cn');
    assert.ok(refusedProse && 'refused' in refusedProse);
    assert.match(refusedProse.refused, /不是块标签/);

    assert.equal(prepareLabelRename(parsePlan(ws('plan-2024.plan')), { line: 0, character: 2 }, 'en'), undefined, 'the title');
  });
});
