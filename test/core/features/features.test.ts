// Unit tests of the pure language features (no editor, no server).
import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { parsePlan } from '../../../core/parse/index';
import { documentSymbols, flattenSymbols } from '../../../core/features/documentSymbols';
import { foldingRanges } from '../../../core/features/folding';
import { selectionRange } from '../../../core/features/selectionRanges';
import { completions, type PlanCompletionItem } from '../../../core/features/completion';
import { hover } from '../../../core/features/hover';
import { documentStats } from '../../../core/features/stats';
import { buildUnitUsage, unitUsageOfDocument, withoutDocument } from '../../../core/features/workspaceUnits';
import { numberToChinese } from '../../../core/domain/numerals';
import { findDocNumbers, parseDocNumber } from '../../../core/domain/docNumber';
import { itemsOf, partsOf, sectionsOf } from '../../../core/model';
import { featureContext as ctx } from '../../support/context';

function seed(prefix: string): string {
  let dir = __dirname;
  while (!fs.existsSync(path.join(dir, 'package.json'))) dir = path.dirname(dir);
  const seeds = path.join(dir, '..', 'shared', 'seeds');
  const name = fs.readdirSync(seeds).find(f => f.startsWith(prefix))!;
  return fs.readFileSync(path.join(seeds, name), 'utf8');
}

const SAMPLE = [
  '---',                                        // 0
  '标题:某县教育局2021年工作要点',               // 1
  '文号:厦湖教〔2020〕132号',                    // 2
  '---',                                        // 3
  '// 作者备注',                                 // 4
  '// 第二行备注',                               // 5
  '一、第一部分',                                // 6
  '1.推进改革。正文。',                          // 7
  '目标任务:做好。',                             // 8
  '工作措施:一是加强。二是落实。',               // 9
  '责任股室(单位):人事股、秘书股。',             // 10
  '2.第二项。',                                  // 11
  '目标任务:目标。',                             // 12
  '责任股室:秘书股、人事股、财务股',              // 13
  '二、第二部分',                                // 14
  '(一)小节',                                  // 15
  '3.第三项(责任单位:基教股;完成时限:6月底)',   // 16
  '',                                           // 17
].join('\n');

const labels = (items: PlanCompletionItem[]) => items.map(i => i.label);

describe('features: document symbols', () => {
  it('outlines seed 003 as 6 sections, 26 items, three blocks each', () => {
    const doc = parsePlan(seed('003'));
    const symbols = documentSymbols(doc, 'zh-cn');
    const sections = symbols.filter(s => s.kind === 'section');
    assert.equal(sections.length, 6);
    assert.equal(sections[0].name, '一、聚焦党的全面领导,提升党的建设质量');
    const items = flattenSymbols(symbols).filter(s => s.kind === 'item');
    assert.equal(items.length, 26);
    assert.equal(items[0].detail, '秘书股');
    for (const item of items) {
      assert.ok(/^\d+\. /.test(item.name), item.name);
      assert.deepEqual(item.children.filter(c => c.kind === 'block').map(c => c.name).length, 3, item.name);
    }
    for (const s of flattenSymbols(symbols)) {
      assert.ok(s.name.length > 0);
      const inside = (s.range.start.line < s.selectionRange.start.line || (s.range.start.line === s.selectionRange.start.line && s.range.start.character <= s.selectionRange.start.character))
        && (s.selectionRange.end.line < s.range.end.line || (s.selectionRange.end.line === s.range.end.line && s.selectionRange.end.character <= s.range.end.character));
      assert.ok(inside, `selectionRange inside range for ${s.name}`);
    }
  });

  it('nests sections under parts (seed 002)', () => {
    const symbols = documentSymbols(parsePlan(seed('002')), 'en');
    const parts = symbols.filter(s => s.kind === 'part');
    assert.equal(parts.length, 2);
    assert.ok(parts.every(p => p.children.some(c => c.kind === 'section')));
  });

  it('shows front matter with its keys and the detail in the chosen language', () => {
    const symbols = documentSymbols(parsePlan(SAMPLE), 'en');
    const fm = symbols.find(s => s.kind === 'frontMatter')!;
    assert.equal(fm.name, 'Front matter');
    assert.deepEqual(fm.children.map(c => c.name), ['标题', '文号']);
    const section = symbols.find(s => s.kind === 'section')!;
    assert.equal(section.detail, '2 items');
    assert.equal(documentSymbols(parsePlan(SAMPLE), 'zh-cn').find(s => s.kind === 'section')!.detail, '2 项');
  });
});

describe('features: folding', () => {
  it('folds front matter, comment runs, sections, items and multi-line blocks', () => {
    const folds = foldingRanges(parsePlan(SAMPLE));
    assert.ok(folds.some(f => f.startLine === 0 && f.endLine === 3 && f.kind === 'region'), 'front matter');
    assert.ok(folds.some(f => f.startLine === 4 && f.endLine === 5 && f.kind === 'comment'), 'comments');
    assert.ok(folds.some(f => f.startLine === 6 && f.endLine === 13), 'section 一');
    assert.ok(folds.some(f => f.startLine === 7 && f.endLine === 10), 'item 1');
    assert.ok(folds.every(f => f.endLine > f.startLine));
  });

  it('folds every item of seed 003', () => {
    const doc = parsePlan(seed('003'));
    const folds = foldingRanges(doc);
    for (const item of itemsOf(doc)) assert.ok(folds.some(f => f.startLine === item.range.start.line && f.endLine === item.range.end.line));
  });
});

describe('features: selection ranges', () => {
  it('grows from a unit to the block, item, section and document', () => {
    const doc = parsePlan(SAMPLE);
    const chain = [];
    for (let s: ReturnType<typeof selectionRange> | undefined = selectionRange(doc, { line: 10, character: 11 }); s; s = s.parent) chain.push(s.range);
    assert.deepEqual(chain[0], { start: { line: 10, character: 9 }, end: { line: 10, character: 12 } }); // 人事股
    assert.deepEqual(chain[chain.length - 1].start, { line: 0, character: 0 });
    assert.ok(chain.some(r => r.start.line === 7 && r.end.line === 10), 'the item');
    assert.ok(chain.some(r => r.start.line === 6 && r.end.line === 13), 'the section');
  });
});

describe('features: completion', () => {
  const doc = parsePlan(SAMPLE);

  it('offers units in a 责任股室 line, most used first, without the ones already listed', () => {
    const line = SAMPLE.split('\n')[13];
    const items = completions(doc, { line: 13, character: line.length }, ctx({ locale: 'en' }));
    assert.ok(items.every(i => i.kind === 'unit'));
    // The caret is on 财务股, the token being typed: it is offered; 秘书股 and 人事股 are already listed.
    assert.ok(!labels(items).includes('秘书股'));
    assert.ok(!labels(items).includes('人事股'));
    assert.ok(labels(items).includes('财务股'));
    assert.deepEqual(items.find(i => i.label === '财务股')!.range, { start: { line: 13, character: 13 }, end: { line: 13, character: 16 } });
  });

  it('sorts by usage and says how often a unit leads and joins (with workspace usage)', () => {
    const other = parsePlan('一、甲\n1.事项。\n责任单位:财务股、基教股\n2.事项。\n责任单位:财务股\n');
    const usage = buildUnitUsage([{ uri: 'file:///other.plan', doc: other }]);
    const items = completions(doc, { line: 10, character: 9 }, ctx({ locale: 'zh-cn', workspace: usage, uri: 'file:///sample.plan' }));
    // Line 10 lists 人事股 and 秘书股; the caret sits right after the colon.
    const top = items.slice().sort((a, b) => a.sortText!.localeCompare(b.sortText!));
    assert.equal(top[0].label, '财务股');
    assert.match(top[0].detail!, /本文件:牵头 0 项 · 参与 1 项;工作区:牵头 2 项 · 参与 0 项/);
    assert.ok(labels(items).includes('基教股'));
  });

  it('offers units from the registry', () => {
    const items = completions(doc, { line: 13, character: 5 }, ctx({ configUnits: [{ name: '督导室', aliases: ['教育督导室'], group: '股室' }] }));
    const d = items.find(i => i.label === '督导室')!;
    assert.equal(d.detail, 'not used yet');
    assert.match(d.documentation!, /Group: 股室/);
  });

  it('offers units inside an inline (责任单位:…', () => {
    const text = '一、甲\n1.事项。\n责任股室:人事股、秘书股\n2.事项(责任单位:';
    const d = parsePlan(text);
    const items = completions(d, { line: 3, character: 12 }, ctx({ locale: 'en' }));
    assert.ok(labels(items).includes('人事股'), labels(items).join());
  });

  it('offers the missing block labels first at a line start inside an item', () => {
    const text = SAMPLE.replace('责任股室:秘书股、人事股、财务股', '');
    const d = parsePlan(text);
    const items = completions(d, { line: 13, character: 0 }, ctx({ locale: 'en' }));
    const sorted = items.slice().sort((a, b) => a.sortText!.localeCompare(b.sortText!));
    const blockLabels = sorted.filter(i => i.kind === 'label');
    assert.equal(blockLabels[0].label, '工作措施:');
    assert.equal(blockLabels[1].label, '责任股室(单位):');
    assert.ok(labels(items).includes('完成时限:'));
  });

  it('offers the next item number, section numeral and an item snippet at a line start', () => {
    const items = completions(doc, { line: 17, character: 0 }, ctx({ locale: 'en' }));
    assert.ok(labels(items).includes('4.'), labels(items).join(' '));
    assert.ok(labels(items).includes('三、'));
    assert.ok(labels(items).includes('(二)'));
    const snippet = items.find(i => i.kind === 'snippet')!;
    assert.ok(snippet.isSnippet);
    assert.equal(snippet.insertText, '4.${1:Item title}。\n目标任务:${2}\n工作措施:${3}\n责任股室(单位):${4}\n$0');
  });

  it('follows the document’s separator and per-section numbering', () => {
    const text = '一、甲\n1、事项。\n2、事项。\n二、乙\n1、事项。\n三、丙\n';
    const items = completions(parsePlan(text), { line: 6, character: 0 }, ctx({ locale: 'en' }));
    assert.ok(labels(items).includes('1、'), labels(items).join(' '));
    const continuous = '一、甲\n1.事项。\n2.事项。\n二、乙\n3.事项。\n三、丙\n';
    assert.ok(labels(completions(parsePlan(continuous), { line: 6, character: 0 }, ctx())).includes('4.'));
    // Seed 002: part one uses `N、`, part two restarts at 1 with `N.`.
    const s002 = parsePlan(seed('002'));
    const firstOfPart2 = sectionsOf(partsOf(s002)[1])[0].range.start.line + 1;
    assert.ok(labels(completions(s002, { line: firstOfPart2, character: 0 }, ctx())).includes('1.'));
    const lastOfPart1 = itemsOf(s002).filter(i => i.range.start.line < partsOf(s002)[1].range.start.line).pop()!;
    assert.ok(labels(completions(s002, { line: lastOfPart1.range.end.line + 1, character: 0 }, ctx())).includes(`${lastOfPart1.number + 1}、`));
    const typed = completions(parsePlan(continuous + '4'), { line: 6, character: 1 }, ctx());
    assert.deepEqual(typed.find(i => i.label === '4.')!.range, { start: { line: 6, character: 0 }, end: { line: 6, character: 1 } });
  });

  it('offers front-matter keys not yet used inside the fences', () => {
    const text = '---\n标题:甲\n\n---\n一、乙\n';
    const items = completions(parsePlan(text), { line: 2, character: 0 }, ctx({ locale: 'zh-cn', configOverrides: { metaKeys: ['项目编号'] } }));
    assert.ok(items.every(i => i.kind === 'key'));
    assert.ok(!labels(items).includes('标题'));
    assert.ok(labels(items).includes('文号'));
    assert.ok(labels(items).includes('项目编号'));
    assert.equal(items.find(i => i.label === '文号')!.insertText, '文号:');
  });

  it('offers nothing in running text', () => {
    assert.deepEqual(completions(doc, { line: 9, character: 8 }, ctx()), []);
    assert.deepEqual(completions(doc, { line: 999, character: 0 }, ctx()), []);
  });
});

describe('features: hover', () => {
  const doc = parsePlan(SAMPLE);

  it('on a unit: how many items it leads and joins, with numbers and titles', () => {
    const h = hover(doc, { line: 10, character: 11 }, ctx({ locale: 'zh-cn' }))!;
    assert.match(h.contents, /\*\*人事股\*\*/);
    assert.match(h.contents, /本文件牵头 1 项 · 参与 1 项/);
    assert.match(h.contents, /牵头：1\. 推进改革/);
    assert.match(h.contents, /参与：2\. 第二项/);
    assert.deepEqual(h.range, { start: { line: 10, character: 9 }, end: { line: 10, character: 12 } });
  });

  it('on a unit: notes registry aliases and unknown units', () => {
    const units = ctx({ configUnits: [{ name: '人事股', aliases: ['人事科'], group: '股室' }] });
    assert.match(hover(doc, { line: 10, character: 11 }, units)!.contents, /Also written: 人事科/);
    const unknown = parsePlan('一、甲\n1.事项。\n责任单位:外事联络组\n');
    assert.match(hover(unknown, { line: 2, character: 7 }, units)!.contents, /Not in the unit registry/);
  });

  it('on an item number: its units (lead marked) and deadline', () => {
    const h = hover(doc, { line: 16, character: 0 }, ctx({ locale: 'zh-cn' }))!;
    assert.match(h.contents, /^\*\*第 3 项\*\* 第三项\n/, 'the inline (责任单位:…) is not part of the shown title');
    assert.ok(h.contents.includes('基教股（牵头）'), h.contents);
    assert.match(h.contents, /完成时限：6月底/);
    assert.match(hover(doc, { line: 7, character: 1 }, ctx({ locale: 'en' }))!.contents, /No deadline given/);
  });

  it('on a 文号: issuer code, year, serial', () => {
    const h = hover(doc, { line: 2, character: 6 }, ctx({ locale: 'en' }))!;
    assert.match(h.contents, /Issuer code: 厦湖教/);
    assert.match(h.contents, /Year: 2020/);
    assert.match(h.contents, /Serial: 132/);
    const inText = parsePlan('关于印发的通知\n湖教〔2021〕7号\n一、甲\n');
    assert.match(hover(inText, { line: 1, character: 3 }, ctx({ locale: 'zh-cn' }))!.contents, /发文顺序号：7/);
  });

  it('returns nothing elsewhere', () => {
    assert.equal(hover(doc, { line: 9, character: 3 }, ctx()), undefined);
    assert.equal(hover(doc, { line: 500, character: 3 }, ctx()), undefined);
  });
});

describe('features: stats and workspace units', () => {
  it('counts parts, sections and items', () => {
    assert.deepEqual(documentStats(parsePlan(seed('003'))), { parts: 0, sections: 6, subsections: 0, items: 26 });
    const s002 = documentStats(parsePlan(seed('002')));
    assert.equal(s002.parts, 2);
    assert.equal(s002.items, 71);
  });

  it('indexes unit usage across documents and drops one document', () => {
    const a = parsePlan(SAMPLE);
    const b = parsePlan('一、甲\n1.事项。\n责任单位:人事股、基教股\n');
    const index = buildUnitUsage([{ uri: 'a', doc: a }, { uri: 'b', doc: b }]);
    assert.deepEqual({ leads: index.get('人事股')!.leads, joins: index.get('人事股')!.joins }, { leads: 2, joins: 1 });
    assert.deepEqual(index.get('人事股')!.items.map(i => `${i.uri}:${i.number}`), ['a:1', 'a:2', 'b:1']);
    const without = withoutDocument(index, 'b');
    assert.equal(without.get('人事股')!.leads, 1);
    assert.equal(without.has('基教股') && without.get('基教股')!.items.every(i => i.uri !== 'b'), true);
    assert.equal(unitUsageOfDocument('x', parsePlan('')).size, 0);
  });
});

describe('features: helpers', () => {
  it('writes Chinese numerals', () => {
    assert.deepEqual([1, 9, 10, 11, 20, 21, 99, 100, 101, 110].map(numberToChinese), ['一', '九', '十', '十一', '二十', '二十一', '九十九', '一百', '一百零一', '一百一十']);
  });

  it('reads 文号 in its variants', () => {
    assert.deepEqual(parseDocNumber('厦湖教〔2020〕132号'), { issuer: '厦湖教', year: 2020, serial: 132, text: '厦湖教〔2020〕132号', start: 0, end: 13, open: '〔', close: '〕', bracketStart: 3, bracketEnd: 9 });
    assert.equal(parseDocNumber('颍教[2021]5 号')!.serial, 5);
    assert.equal(parseDocNumber('湘教发2019 12号')!.year, 2019);
    assert.equal(findDocNumbers('根据湖教〔2021〕7号文件').length, 1);
  });
});

describe('features: robustness', () => {
  const texts = ['', '---', '---\n标题:', '一、\n1.\n责任股室:\n', '1、\n(一)\n①\n第一篇\n', SAMPLE];
  for (const prefix of ['000', '001', '002', '003', '004']) texts.push(seed(prefix));

  it('never throws at any position of the seeds and edge cases, and selection chains nest', function () {
    this.timeout(60000);
    for (const text of texts) {
      const doc = parsePlan(text);
      documentSymbols(doc, 'en');
      foldingRanges(doc);
      documentStats(doc);
      for (let line = 0; line <= doc.lines.length; line++) {
        const len = (doc.lines[line] ?? '').length;
        for (const character of [0, 1, 2, 5, 9, 12, Math.floor(len / 2), len, len + 3]) {
          const pos = { line, character };
          for (const item of completions(doc, pos, ctx({ locale: 'en' }))) {
            if (item.range) {
              assert.equal(item.range.start.line, line);
              assert.ok(item.range.start.character <= item.range.end.character);
            }
          }
          hover(doc, pos, ctx({ locale: 'zh-cn' }));
          if (line < doc.lines.length && character <= len) {
            let s: ReturnType<typeof selectionRange> | undefined = selectionRange(doc, pos);
            while (s && s.parent) {
              const inner = s.range;
              const outer = s.parent.range;
              const before = (a: { line: number; character: number }, b: { line: number; character: number }) => a.line < b.line || (a.line === b.line && a.character <= b.character);
              assert.ok(before(outer.start, inner.start) && before(inner.end, outer.end), `selection chain nests at ${line}:${character}`);
              s = s.parent;
            }
          }
        }
      }
    }
  });
});
