// No rule reports the same defect twice, and no two rules report one defect: a reversed
// or mismatched pair is one PLAN020 finding, a run is a placeholder (PLAN016) or masked
// text (PLAN019), web residue is PLAN018's alone, a misbracketed 文号 is PLAN021's, a
// placeholder date is PLAN016's and not also malformed (PLAN025).
import { strict as assert } from 'assert';
import { covered, doc, lint } from '../../support/lint';

/** Every finding of every rule, as `CODE covered-text`. */
function all(text: string): string[] {
  return lint(text).map(d => `${d.code} ${covered(text, d)}`);
}

describe('one defect, one finding', () => {
  it('PLAN020: a reversed pair of quotes is one finding over both marks', () => {
    const text = doc('一、甲', '1.落实”双减“要求,减轻学生负担。');
    const d = lint(text, 'PLAN020');
    assert.equal(d.length, 1);
    assert.equal(covered(text, d[0]), '”双减“');
    assert.equal(d[0].message, '“”…“”前后颠倒，应为““…””');
    assert.equal(lint(text, 'PLAN020', { locale: 'en' })[0].message, 'Reversed ”…“: the closing ” comes before the opening “ (write “…”)');
  });

  it('PLAN020: reversed parentheses and book-title marks are one finding each', () => {
    const text = doc('一、甲', '1.执行)试行(办法,学习》纲要《精神。');
    assert.deepEqual(lint(text, 'PLAN020').map(d => covered(text, d)), [')试行(', '》纲要《']);
  });

  it('PLAN020: an opening bracket closed by another kind is one finding', () => {
    const text = doc('一、甲', '1.落实《实施方案（试行】》要求。');
    const d = lint(text, 'PLAN020', { locale: 'en' });
    assert.deepEqual(d.map(x => [covered(text, x), x.message]), [['（试行】', 'Mismatched （…】: （ closes with ）, 】 opens with 【']]);
  });

  it('PLAN020: two stray marks of different kinds stay two findings', () => {
    const text = doc('一、甲', '1.落实“双减”要求”,县直学校(园))。');
    assert.deepEqual(lint(text, 'PLAN020').map(d => covered(text, d)), ['”', ')']);
  });

  it('PLAN021 alone reports a 文号 whose year brackets do not match', () => {
    const text = doc('某县教育局文件', '某教(2024〕3号', '某县教育局2024年工作要点', '一、甲', '1.a。');
    assert.deepEqual(all(text), ['PLAN021 (2024〕']);
    const front = doc('---', '文号: 某教【2024)3号', '---', '一、甲', '1.a。');
    assert.deepEqual(all(front), ['PLAN021 【2024)']);
  });

  it('PLAN016 or PLAN019, never both, on one run of asterisks or underscores', () => {
    const text = doc('一、甲', '1.全年投入***    万元,由______负责,完成□□□工程,建设***___项目。');
    assert.deepEqual(all(text), ['PLAN016 ***', 'PLAN019 ______', 'PLAN019 □□□', 'PLAN019 ***___']);
  });

  it('PLAN016: the parts of one placeholder date are one finding', () => {
    const text = doc('一、甲', '1.于20XX年XX月XX日前完成,XX年X月底前验收。');
    const d = lint(text, 'PLAN016');
    assert.deepEqual(d.map(x => covered(text, x)), ['20XX年XX月XX日', 'XX年X']);
    assert.deepEqual(d.map(x => x.message), ['文中残留占位符“20XX年XX月XX日”', '文中残留占位符“XX年X月”']);
  });

  it('PLAN018 alone reports a chrome line, whatever else stands in it', () => {
    const text = doc('当前位置：首页 > 通知公告 > 某县XX年工作要点（***', '某县2024年工作要点', '一、甲', '1.a。');
    assert.deepEqual(all(text), ['PLAN018 当前位置：']);
  });

  it('PLAN018 alone reports an injected phrase, brackets and masks inside it included', () => {
    const text = doc('一、甲', '1.加强学习。澳门娱乐官网注册《送***彩金 全面落实各项制度。');
    assert.deepEqual(all(text), ['PLAN018 澳门娱乐官网注册《送***彩金']);
  });

  it('PLAN016 alone reports a placeholder date in the front matter (not also PLAN025)', () => {
    const text = doc('---', '标题: 某县2024年工作要点', '日期: 20XX年X月X日', '---', '一、甲', '1.a。');
    assert.deepEqual(all(text), ['PLAN016 20XX年X月X日']);
  });

  it('PLAN016 alone reports a placeholder in a unit name (not also PLAN015)', () => {
    const text = doc('一、甲', '1.推进改革。深化评价改革。(责任单位:XX县教育局、县财政局)');
    assert.deepEqual(all(text), ['PLAN016 XX']);
  });

  it('PLAN025 alone reports a malformed 年度: the title year is not compared with it (PLAN022)', () => {
    const text = doc('---', '标题: 某县2023年工作要点', '年度: 2024年13月', '---', '一、甲', '1.a。');
    assert.deepEqual(all(text), ['PLAN025 2024年13月']);
  });

  it('PLAN023 reports an unknown key each time it is written; PLAN024 leaves unknown keys to it', () => {
    const text = doc('---', '作者: 张三', '作者: 李四', '---', '一、甲', '1.a。');
    assert.deepEqual(all(text), ['PLAN023 作者', 'PLAN023 作者']);
  });
});
