import { strict as assert } from 'assert';
import { classifyLine } from '../../../core/parse/lineSyntax';
import { getGrammars } from '../../../core/parse/grammar';
import { parsePlan } from '../../../core/parse';
import * as fs from 'fs';
import { allPlans, readPlan } from '../../support/fixtures';
import { describeSeeds, readSeed, SEED_NUMBERS } from '../../support/seeds';
import { itemsOf, sectionsOf, paragraphsOf } from '../../../core/model';

/** The whole-document grammar and the per-line classifier give every line the same kind. */
function assertLineKindsAgree(text: string): void {
  const { PlanDocument } = getGrammars();
  const match = PlanDocument.match(text, 'document');
  type N = { kinds(): unknown; ctorName: string; children: N[] };
  const sem = PlanDocument.createSemantics().addOperation('kinds', {
    document(_bom: N, first: N, _nls: N, rest: N) { return [first.kinds(), ...rest.children.map(c => c.kinds())]; },
    line(alt: N) { return alt.ctorName; },
  } as never);
  const kinds = sem(match).kinds() as string[];
  const lines = text.split(/\r\n|\n|\r/);
  assert.equal(kinds.length, lines.length);
  kinds.forEach((k, i) => assert.equal(k, classifyLine(lines[i]).kind, `line ${i}`));
}

describe('line forms (grammar `line` rule)', () => {
  const cases: [string, string, Partial<ReturnType<typeof classifyLine>>][] = [
    ['一、转型突破', 'section', { value: 1, marker: '一' }],
    ['二十三、题目', 'section', { value: 23 }],
    ['(一)半角括号', 'subsection', { value: 1 }],
    ['\uFF08一\uFF09全角括号', 'subsection', { value: 1, separator: '\uFF08\uFF09' }],
    ['(十二)题目', 'subsection', { value: 12 }],
    ['1.推进', 'item', { value: 1, separator: '.' }],
    ['1\uFF0E全角点', 'item', { value: 1, separator: '\uFF0E' }],
    ['12、顿号', 'item', { value: 12, separator: '、' }],
    ['07.零补位', 'item', { value: 7 }],
    ['\uFF11\uFF12.全角数字', 'item', { value: 12 }],
    ['\u00A0\u00A0  3.NBSP 缩进', 'item', { value: 3, indent: 4 }],
    ['\u3000\u30004.全角空格缩进', 'item', { value: 4, indent: 2 }],
    ['\t5.制表符缩进', 'item', { value: 5, indent: 1 }],
    ['3.5亿元投入', 'paragraph', {}],
    ['(1)子项', 'subitem', { value: 1 }],
    ['\uFF082\uFF09全角子项', 'subitem', { value: 2 }],
    ['②圈号', 'subitem', { value: 2 }],
    ['第二篇', 'part', { value: 2, marker: '第二篇' }],
    ['第三部分 保障措施', 'part', { value: 3 }],
    ['责任股室(单位):秘书股', 'labeled', { marker: '责任股室', qualifier: '(单位)', separator: ':' }],
    ['责任股室\uFF08单位\uFF09\uFF1A秘书股', 'labeled', { marker: '责任股室', qualifier: '\uFF08单位\uFF09', separator: '\uFF1A' }],
    ['目标任务\uFF1A开展', 'labeled', { marker: '目标任务', separator: '\uFF1A' }],
    ['索 引 号:XM02104', 'labeled', { marker: '索 引 号' }],
    ['// 待局务会讨论', 'comment', {}],
    ['// planmark-disable-next-line PLAN001, PLAN002\uFF0CPLAN003', 'directive', { directive: 'disable-next-line', ruleIds: ['PLAN001', 'PLAN002', 'PLAN003'] }],
    ['---', 'fence', {}],
    ['   ', 'blank', {}],
    ['', 'blank', {}],
    ['\uFEFF一、带BOM', 'section', { indent: 1 }],
    ['2017年是全县教育事业', 'paragraph', {}],
  ];
  for (const [text, kind, fields] of cases) {
    it(`${JSON.stringify(text)} is ${kind}`, () => {
      const s = classifyLine(text);
      assert.equal(s.kind, kind);
      for (const [k, v] of Object.entries(fields)) assert.deepEqual((s as unknown as Record<string, unknown>)[k], v, k);
    });
  }

  it('the document grammar matches every plan of the repository as a whole', () => {
    const { PlanDocument } = getGrammars();
    for (const plan of allPlans()) assert.ok(PlanDocument.match(fs.readFileSync(plan.file, 'utf8'), 'document').succeeded(), plan.name);
  });

  it('whole-document and per-line matching agree on line kinds (county plan)', () => {
    assertLineKindsAgree(readPlan('county-bureau'));
  });
});

describeSeeds('line forms of the raw seeds', () => {
  it('the document grammar matches every seed as a whole', () => {
    const { PlanDocument } = getGrammars();
    for (const n of SEED_NUMBERS) assert.ok(PlanDocument.match(readSeed(n), 'document').succeeded(), `seed ${n}`);
  });

  it('whole-document and per-line matching agree on line kinds (seed 003)', () => {
    assertLineKindsAgree(readSeed(3));
  });

  it('re-parsing seed 003 with a warm line cache gives the same model', () => {
    const text = readSeed(3);
    assert.deepEqual(JSON.parse(JSON.stringify(parsePlan(text))), JSON.parse(JSON.stringify(parsePlan(text))));
  });
});

describe('document structure', () => {
  it('reads front matter, CRLF and a BOM', () => {
    const text = '\uFEFF---\r\n标题:测试工作要点\r\n文号:测教〔2024〕1号\r\n---\r\n一、总体\r\n1.第一项。正文\r\n';
    const doc = parsePlan(text);
    assert.equal(doc.meta['标题'], '测试工作要点');
    assert.equal(doc.meta['文号'], '测教〔2024〕1号');
    assert.equal(doc.title?.text, '测试工作要点');
    assert.equal(doc.titleSource, 'front-matter');
    assert.equal(sectionsOf(doc).length, 1);
    assert.equal(itemsOf(doc)[0].title, '第一项');
  });

  it('a front-matter title repeated as the first text line is the title, not preamble', () => {
    const doc = parsePlan('---\n标题:县教育局2021年工作要点\n---\n县教育局2021年工作要点\n\n总体要求是……\n一、总体\n1.推进\n');
    assert.equal(doc.title?.text, '县教育局2021年工作要点');
    assert.equal(doc.title?.range.start.line, 3);
    assert.deepEqual(doc.preamble.map(p => p.text), ['总体要求是……']);
  });

  it('inline responsibility at an item end becomes blocks', () => {
    const doc = parsePlan('一、总体\n1.推进改革。加强管理。\uFF08责任单位\uFF1A人事股、办公室\uFF1B完成时限\uFF1A6月底前\uFF09\n');
    const item = itemsOf(doc)[0];
    assert.deepEqual(item.blocks.map(b => [b.blockKind, b.origin]), [['responsible', 'inline'], ['deadline', 'inline']]);
    assert.deepEqual(item.units.map(u => u.name), ['人事股', '办公室']);
    assert.equal(item.lead?.name, '人事股');
    assert.equal(item.deadline, '6月底前');
    const line = doc.lines[1];
    assert.equal(line.slice(item.units[1].range.start.character, item.units[1].range.end.character), '办公室');
  });

  it('an inline parenthesis is not part of the title or body', () => {
    const doc = parsePlan('一、总体\n1.推进改革(责任单位:人事股;完成时限:6月底前)\n2.加强管理。完善制度。(牵头单位:办公室)\n');
    const [first, second] = itemsOf(doc);
    assert.equal(first.title, '推进改革');
    assert.equal(doc.lines[1].slice(first.titleRange.start.character, first.titleRange.end.character), '推进改革');
    assert.equal(first.deadline, '6月底前');
    assert.deepEqual(paragraphsOf(second).map(b => b.text), ['完善制度。']);
    assert.equal(second.lead?.name, '办公室');
  });

  it('a 牵头单位 block names the lead even when 责任单位 lists others first', () => {
    const doc = parsePlan('一、总体\n1.推进\n责任单位:办公室、人事股\n牵头单位:人事股\n');
    assert.equal(itemsOf(doc)[0].lead?.name, '人事股');
  });

  it('full-width separators, colons and parentheses in unit lists', () => {
    const doc = parsePlan('一、总体\n1.推进\n责任股室\uFF08单位\uFF09\uFF1A办公室\uFF0C人事股\uFF1B县直学校\uFF08园\uFF09\u3002\uFF08排名第一为牵头股室\uFF09\n');
    const block = itemsOf(doc)[0].blocks[0];
    assert.equal(block.blockKind, 'responsible');
    assert.deepEqual(block.unitList!.units.map(u => u.name), ['办公室', '人事股', '县直学校\uFF08园\uFF09']);
    assert.equal(block.unitList!.notes.length, 1);
  });

  it('a list left open in words (县财政局等, 等部门) names the units before the words', () => {
    const doc = parsePlan('一、总体\n1.推进\n责任单位:县教育局、县财政局等\n配合单位:团县委等部门\n');
    const [responsible, support] = itemsOf(doc)[0].blocks.map(b => b.unitList!);
    assert.deepEqual(responsible.units.map(u => u.name), ['县教育局', '县财政局']);
    assert.deepEqual(responsible.units[1].range, { start: { line: 2, character: 10 }, end: { line: 2, character: 14 } });
    assert.deepEqual(support.units.map(u => u.name), ['团县委']);
  });

  it('empty slots between separators are recorded', () => {
    const doc = parsePlan('一、总体\n1.推进\n责任股室:办公室、、人事股\n');
    const list = itemsOf(doc)[0].blocks[0].unitList!;
    assert.deepEqual(list.units.map(u => u.name), ['办公室', '人事股']);
    assert.equal(list.emptySlots.length, 1);
  });

  it('comments and directives are kept out of the text', () => {
    const doc = parsePlan('一、总体\n// 待讨论\n// planmark-disable PLAN001\n1.推进\n');
    assert.equal(doc.comments.length, 1);
    assert.equal(doc.directives[0].kind, 'disable');
    assert.equal(paragraphsOf(sectionsOf(doc)[0]).length, 0);
  });

  it('recognises the closing issuer and date', () => {
    const doc = parsePlan('一、总体\n1.推进。\n\n湖里区教育局\n2020年7月2日\n');
    assert.deepEqual(doc.closing.map(c => c.text), ['湖里区教育局', '2020年7月2日']);
    assert.equal(paragraphsOf(itemsOf(doc)[0]).length, 0);
  });
});

describe('line forms of hostile lines: same answer, linear cost', () => {
  it('a long indent is cut off before the grammar and the positions shifted back', () => {
    const pad = ' '.repeat(5000);
    for (const line of ['1.甲', '一、乙', '(一)丙', '责任股室:人事股', '// planmark-disable PLAN016', '---', '', '正文']) {
      const short = classifyLine('  ' + line);
      const long = classifyLine(pad + line);
      const shift = (n: unknown) => (typeof n === 'number' ? n - 2 + pad.length : n);
      const expected = Object.fromEntries(Object.entries(short).map(([k, v]) => [k, ['indent', 'textStart', 'markerStart', 'markerEnd'].includes(k) ? shift(v) : v]));
      assert.deepEqual(long, expected, JSON.stringify(line));
      // The parser's cache answers the same.
      const doc = parsePlan(`${pad}${line}\n${pad}${line}`);
      assert.deepEqual(doc.syntax[1], expected, JSON.stringify(line) + ' (cached)');
    }
  });

  it('a fence of any length is a fence; dashes followed by text are not', () => {
    const fence = classifyLine('-'.repeat(100_000) + '  ');
    assert.equal(fence.kind, 'fence');
    assert.equal((fence as { markerEnd: number }).markerEnd, 100_000);
    assert.equal(classifyLine('-'.repeat(100_000) + '甲').kind, 'paragraph');
  });

  it('a directive reads its rule ids from its first 1024 characters', () => {
    const many = classifyLine('// planmark-disable' + ' PLAN016'.repeat(100_000));
    assert.equal(many.kind, 'directive');
    const ids = (many as { ruleIds: readonly string[] }).ruleIds;
    assert.ok(ids.length > 100 && ids.length < 130, `${ids.length} ids`);
    assert.ok(ids.every(id => id === 'PLAN016'));
    const doc = parsePlan('// planmark-disable-next-line PLAN019' + ' '.repeat(100_000) + '\n***');
    assert.deepEqual(doc.directives.map(d => d.ruleIds), [['PLAN019']]);
  });
});
