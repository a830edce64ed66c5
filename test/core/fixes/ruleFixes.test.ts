// Each rule's quick fix on a fixture: the exact new text, and the rule no longer fires there.
import { strict as assert } from 'assert';
import { applyConfigChange } from '../../../core/config/edit';
import { parsePlan } from '../../../core/parse';
import { applyEdits } from '../../../core/text/edits';
import { quickFixes } from '../../../core/features/quickFixes';
import { ruleDocumentation } from '../../../core/rules';
import { featureContext } from '../../support/context';
import { applyFix, fixesOf } from '../../support/fix';
import { doc, itemWithBlocks, lint } from '../../support/lint';

/** Applies the first fix of `code` and checks the text and that `code` is gone. */
function fixes(before: string, code: string, after: string, options: { which?: number; preferred?: boolean } = {}): void {
  const { text, fix } = applyFix(before, code, options.which ?? 0);
  assert.equal(text, after);
  assert.equal(lint(text, code).length, 0, `${code} still fires after "${fix.title}"`);
  if (options.preferred !== undefined) assert.equal(fix.preferred, options.preferred, 'preferred');
}

describe('quick fixes', () => {
  it('PLAN001 renumbers sections from the first wrong numeral to the end of the run, one edit per changed numeral', () => {
    const before = doc('一、甲', '1.a', '三、乙', '2.b', '三、丙', '3.c', '五、丁', '4.d');
    const { fix } = applyFix(before, 'PLAN001');
    assert.equal(fix.edits.length, 2, '三 stays where it is right');
    fixes(before, 'PLAN001', doc('一、甲', '1.a', '二、乙', '2.b', '三、丙', '3.c', '四、丁', '4.d'), { preferred: true });
  });
  it('PLAN001 after inserting a section: every later numeral moves up, in each part separately', () => {
    const before = doc('第一篇 总', '一、甲', '1.a', '二、新', '2.n', '二、乙', '3.b', '三、丙', '4.c', '第二篇 分', '一、丁', '1.d', '三、戊', '2.e');
    const after = applyFix(before, 'PLAN001').text;
    assert.equal(after, doc('第一篇 总', '一、甲', '1.a', '二、新', '2.n', '三、乙', '3.b', '四、丙', '4.c', '第二篇 分', '一、丁', '1.d', '三、戊', '2.e'));
    // The second part's run is its own finding with its own fix.
    fixes(after, 'PLAN001', doc('第一篇 总', '一、甲', '1.a', '二、新', '2.n', '三、乙', '3.b', '四、丙', '4.c', '第二篇 分', '一、丁', '1.d', '二、戊', '2.e'));
  });
  it('PLAN001 keeps a (一) top level in its parentheses', () => {
    fixes(doc('（一）甲', '1.a', '（三）乙', '2.b'), 'PLAN001', doc('（一）甲', '1.a', '（二）乙', '2.b'));
  });
  it('PLAN002 renumbers subsections, keeping their parentheses', () => {
    fixes(doc('一、甲', '（一）子', '1.a', '(三)子', '2.b', '（四）子', '3.c'), 'PLAN002', doc('一、甲', '（一）子', '1.a', '(二)子', '2.b', '（三）子', '3.c'));
  });
  it('PLAN003 renumbers items continuously after a deleted item, keeping zero padding', () => {
    fixes(doc('一、甲', '01.a', '03.b', '二、乙', '04.c', '05.d'), 'PLAN003', doc('一、甲', '01.a', '02.b', '二、乙', '03.c', '04.d'), { preferred: true });
  });
  it('PLAN003 renumbers per section in a per-section document', () => {
    fixes(doc('一、甲', '1.a', '2.b', '二、乙', '1.c', '3.d', '3.e'), 'PLAN003', doc('一、甲', '1.a', '2.b', '二、乙', '1.c', '2.d', '3.e'));
  });
  it('PLAN033 renumbers an item\'s sub-items in the form written, a level below restarting', () => {
    fixes(doc('一、甲', '1.条目', '(1)子一', '（3）子二', '(4)子三'), 'PLAN033', doc('一、甲', '1.条目', '(1)子一', '（2）子二', '(3)子三'), { preferred: true });
    fixes(doc('一、甲', '1.条目', '(1)子一', '①甲', '③乙', '(2)子二', '①丙'), 'PLAN033', doc('一、甲', '1.条目', '(1)子一', '①甲', '②乙', '(2)子二', '①丙'));
    fixes(doc('一、甲', '1.条目', '１）子一', '３）子二'), 'PLAN033', doc('一、甲', '1.条目', '１）子一', '２）子二'));
  });
  it('PLAN004 uses the dominant separator', () => {
    fixes(doc('一、甲', '1.a', '2、b', '3.c'), 'PLAN004', doc('一、甲', '1.a', '2.b', '3.c'), { preferred: true });
  });
  it('PLAN008 inserts the missing label the document writes, where the usual order puts it', () => {
    const before = doc('一、甲', ...itemWithBlocks(1), ...itemWithBlocks(2), '3.条目3', '目标任务:完成任务。', '责任股室(单位):人事股。');
    const { text, fix } = applyFix(before, 'PLAN008');
    assert.equal(text, doc('一、甲', ...itemWithBlocks(1), ...itemWithBlocks(2), '3.条目3', '目标任务:完成任务。', '工作措施:', '责任股室(单位):人事股。'));
    assert.equal(lint(text, 'PLAN008').length, 0);
    assert.equal(fix.preferred, false, 'an empty block is a finding of its own: not applied by fix-all');
    assert.deepEqual(fix.cursor, { line: 11, character: '工作措施:'.length }, 'the cursor goes after the inserted label\'s colon');
    assert.equal(text.split('\n')[11], '工作措施:');
  });
  it('PLAN008 puts the cursor after the first label it inserts, also at the end of the document and in full-width form', () => {
    const cursorAfter = (before: string) => {
      const { text, fix } = applyFix(before, 'PLAN008');
      assert.ok(fix.cursor, 'the fix says where the cursor goes');
      return { text, line: text.split(/\r?\n/)[fix.cursor.line], before: text.split(/\r?\n/)[fix.cursor.line].slice(0, fix.cursor.character) };
    };
    // The last item lacks its last block: the label is appended after the document's last line.
    const atEnd = cursorAfter(['一、甲', ...itemWithBlocks(1), ...itemWithBlocks(2), '3.条目3', '目标任务:完成任务。', '工作措施:落实措施。'].join('\n'));
    assert.equal(atEnd.line, '责任股室(单位):');
    assert.equal(atEnd.before, atEnd.line);
    // Two labels missing at two places: the cursor goes to the first in the document.
    const two = cursorAfter(doc('一、甲', ...itemWithBlocks(1), ...itemWithBlocks(2), '3.条目3', '工作措施:落实措施。'));
    assert.equal(two.before, '目标任务:');
    assert.equal(two.line, '目标任务:');
    assert.ok(two.text.includes('工作措施:落实措施。\n责任股室(单位):\n'), 'the second label is inserted too');
    // A document written with full-width colons gets one, and the cursor goes after it.
    const full = (n: number) => [`${n}.条目${n}`, '目标任务：完成任务。', '工作措施：落实措施。', '责任股室（单位）：人事股。'];
    const wide = cursorAfter(doc('一、甲', ...full(1), ...full(2), '3.条目3', '目标任务：完成任务。', '责任股室（单位）：人事股。'));
    assert.equal(wide.line, '工作措施：');
    assert.equal(wide.before, '工作措施：');
  });
  it('PLAN010 merges a repeated unit block into the first', () => {
    fixes(doc('一、甲', '1.条目', '目标任务:x。', '责任股室:人事股', '工作措施:y。', '责任单位:基教股'), 'PLAN010',
      doc('一、甲', '1.条目', '目标任务:x。', '责任股室:人事股、基教股', '工作措施:y。'), { preferred: true });
  });
  it('PLAN010 merges repeated running text as lines of the first block', () => {
    fixes(doc('一、甲', '1.条目', '工作措施:y。', '目标任务:x。', '工作措施:z。'), 'PLAN010', doc('一、甲', '1.条目', '工作措施:y。', 'z。', '目标任务:x。'));
  });
  it('PLAN011 puts the blocks in the usual order, blank lines staying where they are', () => {
    fixes(doc('一、甲', '1.条目', '工作措施:y。', '', '目标任务:x。', '责任股室:人事股'), 'PLAN011',
      doc('一、甲', '1.条目', '目标任务:x。', '', '工作措施:y。', '责任股室:人事股'), { preferred: true });
  });
  it('PLAN012 offers the suggestion, not applied unasked', () => {
    fixes(doc('一、甲', '1.条目', '责任股室:人是股'), 'PLAN012', doc('一、甲', '1.条目', '责任股室:人事股'), { preferred: false });
  });
  it('PLAN013 removes the repeated unit with its separator', () => {
    fixes(doc('一、甲', '1.条目', '责任股室:人事股、基教股、人事股'), 'PLAN013', doc('一、甲', '1.条目', '责任股室:人事股、基教股'), { preferred: true });
  });
  it('PLAN014 removes the empty slot', () => {
    fixes(doc('一、甲', '1.条目', '责任股室:人事股、、基教股'), 'PLAN014', doc('一、甲', '1.条目', '责任股室:人事股、基教股'), { preferred: true });
  });
  it('PLAN015 adds the unit to .planmark.json, creating it or keeping its formatting', () => {
    const [fix] = fixesOf(doc('一、甲', '1.条目', '责任股室:有关'), 'PLAN015').filter(f => f.kind === 'fix');
    assert.deepEqual(fix.config, { kind: 'add-unit', name: '有关' });
    assert.equal(fix.preferred, false);
    assert.equal(applyConfigChange(undefined, fix.config!), '{\n  "units": [\n    "有关"\n  ]\n}\n');
    const existing = '{\n    // ours\n    "units": ["人事股"],\n    "numbering": "auto"\n}\n';
    // jsonc-parser lays out the list it changes; the comment and the other keys stay as written.
    assert.equal(applyConfigChange(existing, fix.config!), '{\n    // ours\n    "units": [\n        "人事股",\n        "有关"\n    ],\n    "numbering": "auto"\n}\n');
    assert.equal(applyConfigChange(applyConfigChange(existing, fix.config!), fix.config!), applyConfigChange(existing, fix.config!), 'listed once');
    const afterConfig = lint(doc('一、甲', '1.条目', '责任股室:有关'), 'PLAN015', { config: { units: [{ name: '有关' }] } });
    assert.equal(afterConfig.length, 0);
  });
  it('PLAN016 fills XX年 with the year the title states', () => {
    fixes(doc('某县教育局2021年工作要点', '一、甲', '1.推进XX年任务。'), 'PLAN016', doc('某县教育局2021年工作要点', '一、甲', '1.推进2021年任务。'), { preferred: true });
    assert.equal(fixesOf(doc('某县教育局工作要点', '一、甲', '1.推进XX年任务。'), 'PLAN016').filter(f => f.kind === 'fix').length, 0, 'no year stated: no fix');
  });
  it('PLAN018 removes a chrome line whole, an injected phrase alone', () => {
    fixes(doc('某县2021年工作要点', '当前位置：首页 > 政务公开 > 通知公告', '一、甲', '1.条目'), 'PLAN018', doc('某县2021年工作要点', '一、甲', '1.条目'), { preferred: true });
  });
  it('PLAN019 removes a line of nothing but masking', () => {
    fixes(doc('一、甲', '1.条目', '******', '2.条目'), 'PLAN019', doc('一、甲', '1.条目', '2.条目'), { preferred: true });
    assert.equal(fixesOf(doc('一、甲', '1.条目***完成'), 'PLAN019').filter(f => f.kind === 'fix').length, 0, 'masking in a sentence: no fix');
  });
  it('PLAN021 writes the 文号 year in 〔〕', () => {
    fixes(doc('---', '文号:县教[2021]12号', '---', '一、甲'), 'PLAN021', doc('---', '文号:县教〔2021〕12号', '---', '一、甲'), { preferred: true });
  });
  it('PLAN022 changes the title year, or (second action) the preamble\'s', () => {
    const before = doc('某县教育局2020年工作要点', '2021年是“十四五”开局之年。', '一、甲');
    fixes(before, 'PLAN022', doc('某县教育局2021年工作要点', '2021年是“十四五”开局之年。', '一、甲'), { preferred: true });
    fixes(before, 'PLAN022', doc('某县教育局2020年工作要点', '2020年是“十四五”开局之年。', '一、甲'), { which: 1, preferred: false });
  });
  it('PLAN023 offers the closest known key', () => {
    fixes(doc('---', '标提: 某县工作要点', '---', '一、甲'), 'PLAN023', doc('---', '标题: 某县工作要点', '---', '一、甲'), { preferred: false });
  });

  it('PLAN027 deletes the title variant', () => {
    const preamble = '2024年全区卫生健康工作的总体要求是：以健康星湖建设为统领，推动卫生健康事业高质量发展。';
    const before = doc('星湖区卫生健康局2023年卫生健康工作要点', '星湖区卫生健康局2024年卫生健康工作要点', preamble, '一、聚焦健康星湖建设', '1.实施健康星湖行动。');
    const { text, fix } = applyFix(before, 'PLAN027');
    assert.equal(lint(text, 'PLAN027').length, 0);
    assert.equal(text, doc('星湖区卫生健康局2024年卫生健康工作要点', preamble, '一、聚焦健康星湖建设', '1.实施健康星湖行动。'));
    assert.ok(fix.preferred);
  });
  it('links rules to the documentation of the repository package.json names', () => {
    const repository = (require('../../../../package.json') as { repository: { url: string } }).repository.url.replace(/\.git$/, '');
    assert.ok(ruleDocumentation('PLAN003').startsWith(`${repository}/blob/main/docs/rules.md#plan003`));
  });
  it('offers "disable for this line" (a directive, or the id added to one) and "turn off in .planmark.json" for every finding', () => {
    const text = doc('一、甲', '1.a', '3.b');
    const found = lint(text).filter(d => d.code === 'PLAN003');
    const all = quickFixes(parsePlan(text), found, featureContext());
    const disable = all.find(f => f.kind === 'disable-line')!;
    assert.equal(disable.title, 'Disable PLAN003 for this line');
    const disabled = applyEdits(text, disable.edits);
    assert.equal(disabled, doc('一、甲', '1.a', '// planmark-disable-next-line PLAN003', '3.b'));
    assert.equal(lint(disabled, 'PLAN003').length, 0);
    const again = lint(doc('一、甲', '1.a', '// planmark-disable-next-line PLAN004', '3、b', '4.c')).filter(d => d.code === 'PLAN003');
    const added = quickFixes(parsePlan(doc('一、甲', '1.a', '// planmark-disable-next-line PLAN004', '3、b', '4.c')), again, featureContext()).find(f => f.kind === 'disable-line')!;
    assert.equal(applyEdits(doc('一、甲', '1.a', '// planmark-disable-next-line PLAN004', '3、b', '4.c'), added.edits), doc('一、甲', '1.a', '// planmark-disable-next-line PLAN004, PLAN003', '3、b', '4.c'));
    const off = all.find(f => f.kind === 'rule-off')!;
    assert.equal(off.title, 'Turn PLAN003 off in .planmark.json');
    assert.equal(applyConfigChange('{\n  // project\n  "rules": { "PLAN001": "error" }\n}\n', off.config!), '{\n  // project\n  "rules": {\n    "PLAN001": "error",\n    "PLAN003": "off"\n  }\n}\n');
    assert.equal(lint(text, 'PLAN003', { config: { rules: { PLAN003: 'off' } } }).length, 0);
  });
});
