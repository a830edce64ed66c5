// Property tests: any text parses and lints without throwing, and every range lies
// inside the document.
import { strict as assert } from 'assert';
import fc from 'fast-check';
import type { PlanDocument, Range } from '../../../core/model';
import { parsePlan } from '../../../core/parse';
import { getGrammars } from '../../../core/parse/grammar';
import { lintDocument } from '../../../core/lint';
import * as fs from 'fs';
import { allPlans } from '../../support/fixtures';
import { describeSeeds, readSeed, SEED_NUMBERS } from '../../support/seeds';

function assertInside(doc: PlanDocument, r: Range, what: string): void {
  for (const p of [r.start, r.end]) {
    assert.ok(p.line >= 0 && p.line < doc.lines.length, `${what}: line ${p.line} outside 0..${doc.lines.length - 1}`);
    assert.ok(p.character >= 0 && p.character <= doc.lines[p.line].length, `${what}: character ${p.character} outside line ${p.line}`);
  }
  assert.ok(r.start.line < r.end.line || (r.start.line === r.end.line && r.start.character <= r.end.character), `${what}: start after end`);
}

/** Every {start, end} range in the model, with where it was found. */
function rangesOf(doc: PlanDocument): [string, Range][] {
  const found: [string, Range][] = [];
  const seen = new Set<unknown>();
  const visit = (value: unknown, path: string) => {
    if (!value || typeof value !== 'object' || seen.has(value)) return;
    seen.add(value);
    const obj = value as Record<string, unknown>;
    if ('start' in obj && 'end' in obj && typeof obj.start === 'object' && obj.start !== null) found.push([path, obj as unknown as Range]);
    else for (const [k, v] of Object.entries(obj)) if (k !== 'lines' && k !== 'syntax') visit(v, `${path}.${k}`);
  };
  visit(doc, 'doc');
  return found;
}

/** Checks every range of the model. */
function checkRanges(doc: PlanDocument): void {
  for (const [path, range] of rangesOf(doc)) assertInside(doc, range, path);
}

// Characters that matter to the grammar, so random text hits real line forms.
const PIECES = ['一、', '二、', '十一、', '(一)', '(二)', '1.', '2、', '3．', '12.', '(1)', '①', '第一篇', '第二部分',
  '目标任务:', '工作措施:', '责任股室(单位):', '牵头单位:', '完成时限:', '人事股', '、', ',', ';', '。', '(', ')', '(', ')',
  '//', '// planmark-disable PLAN001', '---', '标题:', '\n', '\r\n', '\r', ' ', '\u3000', '\u00A0', '\uFEFF', '一是', '二是',
  '《', '》', '“', '〔2020〕', 'XX年', '******', 'a', '文', '\t', '\u{20000}', '\uD800'];

const planLike = fc.array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ maxLength: 4 }), fc.string({ unit: 'binary', maxLength: 3 })), { maxLength: 80 })
  .map(parts => parts.join(''));

/** Random edits of the `texts` never make parse or lint throw, and keep every range inside. */
function assertMutationsSafe(texts: string[]): void {
  const mutation = fc.record({
    text: fc.integer({ min: 0, max: texts.length - 1 }),
    edits: fc.array(fc.record({ at: fc.nat(), del: fc.nat({ max: 40 }), insert: fc.oneof(fc.constantFrom(...PIECES), fc.string({ maxLength: 6 })) }), { maxLength: 12 }),
  });
  fc.assert(fc.property(mutation, ({ text: which, edits }) => {
    let text = texts[which];
    for (const e of edits) {
      const at = e.at % (text.length + 1);
      text = text.slice(0, at) + e.insert + text.slice(at + e.del);
    }
    const doc = parsePlan(text);
    checkRanges(doc);
    for (const d of lintDocument(doc, { locale: 'zh-cn' })) assertInside(doc, d.range, `diagnostic ${d.code}`);
  }), { numRuns: 60 });
}

describe('properties', () => {
  it('random plan-like text never throws and every range is inside the document', () => {
    fc.assert(fc.property(planLike, text => {
      const doc = parsePlan(text);
      checkRanges(doc);
      for (const d of lintDocument(doc, { locale: 'zh-cn' })) assertInside(doc, d.range, `diagnostic ${d.code}`);
    }), { numRuns: 400 });
  });

  it('the whole-document grammar matches any text', () => {
    const { PlanDocument } = getGrammars();
    fc.assert(fc.property(fc.oneof(planLike, fc.string({ unit: 'binary', maxLength: 200 })), text => {
      assert.ok(PlanDocument.match(text, 'document').succeeded(), JSON.stringify(text));
    }), { numRuns: 300 });
  });

  it('arbitrary unicode strings never throw', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 300 }), text => {
      const doc = parsePlan(text);
      checkRanges(doc);
      lintDocument(doc, { locale: 'zh-cn' });
    }), { numRuns: 300 });
  });

  it('randomly mutated plan fixtures never throw and keep ranges inside', () => {
    assertMutationsSafe(allPlans().map(p => fs.readFileSync(p.file, 'utf8')));
  });
});

describeSeeds('properties on the raw seeds', () => {
  it('randomly mutated seeds never throw and keep ranges inside', () => {
    assertMutationsSafe(SEED_NUMBERS.map(readSeed));
  });
});
