import { strict as assert } from 'assert';
import { covered, doc, findings, lint } from './helpers';

describe('PLAN016 placeholder', () => {
  it('reports XX年, xx区, 20xx, 202x, **县, ***万元 and X月X日', () => {
    const text = doc('教育局XX年工作总结', '一、甲', '1.在xx区推进20xx年和202x年的工作,**县投入***万元,X月X日前完成。');
    const d = lint(text, 'PLAN016');
    assert.deepEqual(d.map(x => [x.range.start.line, covered(text, x)]),
      [[0, 'XX'], [2, 'xx'], [2, '20xx'], [2, '202x'], [2, '**'], [2, '***'], [2, 'X月X日']]);
    assert.equal(d[0].message, '文中残留占位符“XX年”');
    assert.equal(d[0].code, 'PLAN016');
  });
  it('says so in English', () => {
    assert.deepEqual(findings(doc('XX年工作要点'), 'PLAN016', { locale: 'en' }), [[1, 'Placeholder XX年 was left in the text']]);
  });
  it('ignores real years, Latin words and comments', () => {
    assert.deepEqual(findings(doc('2025年工作要点', '// XX年 待定', '一、甲', '1.推进Linux系统和X光机采购,2020-2025年规划。'), 'PLAN016'), []);
  });
  it('checks front-matter values but not keys', () => {
    assert.deepEqual(findings(doc('---', '标题: XX县教育局工作要点', 'XX年: 2025', '---'), 'PLAN016'), [[2, '文中残留占位符“XX县”']]);
  });
});

describe('PLAN017 broken-number', () => {
  it('reports a digit and hyphen followed by a word (建设1-所)', () => {
    const text = doc('一、甲', '1.推进新高考改革试点工作,建设1-所选课走班试点学校。');
    const d = lint(text, 'PLAN017');
    assert.equal(d.length, 1);
    assert.equal(d[0].range.start.line, 1);
    assert.equal(covered(text, d[0]), '1-');
    assert.equal(d[0].message, '数字“1-”残缺：连字符后缺少数字（可能丢失了数字）');
  });
  it('accepts ranges and dates', () => {
    assert.deepEqual(findings(doc('一、甲', '1.建设1-2所学校,3-4月完成,2021-04-13发布,XM02104-0200号。'), 'PLAN017'), []);
  });
});

describe('PLAN018 web-noise', () => {
  it('reports breadcrumbs, view counters and SEO tails', () => {
    const text = doc('当前位置:网站首页 > 公文范文', '2025年工作要点', '时间:2022-04-17 13:10:05 浏览次数:', '一、甲', '1.a', '推荐访问:别的文章');
    const d = lint(text, 'PLAN018');
    assert.deepEqual(d.map(x => x.range.start.line), [0, 2, 5]);
    assert.equal(d[0].message, '网页残留内容（面包屑导航）');
    assert.equal(d[0].data?.noise, 'breadcrumb');
  });
  it('says so in English', () => {
    assert.deepEqual(findings(doc('扫一扫在手机上查看当前页面'), 'PLAN018', { locale: 'en' }), [[1, 'Web page residue (QR code line)']]);
  });
  it('accepts ordinary plan text', () => {
    assert.deepEqual(findings(doc('2025年工作要点', '一、甲', '1.推进教育信息化。提高网站服务水平。'), 'PLAN018'), []);
  });
});

describe('PLAN019 masked-text', () => {
  it('reports runs of three or more asterisks (seed 003)', () => {
    const text = doc('一、甲', '1.深入学习宣传贯彻党的***五中***精神', '目标任务:坚持把学习宣传贯彻******新时代中国特色社会主义思想作为首要任务。');
    const d = lint(text, 'PLAN019');
    assert.deepEqual(d.map(x => [x.range.start.line, covered(text, x)]), [[1, '***'], [1, '***'], [2, '******']]);
    assert.equal(d[2].message, '文字被屏蔽“******”：原文内容缺失');
  });
  it('leaves ***万元 to the placeholder rule and ignores two asterisks', () => {
    assert.deepEqual(findings(doc('一、甲', '1.投入***万元,完成**项工作。'), 'PLAN019'), []);
  });
  it('reports blanks left as underscores', () => {
    assert.deepEqual(findings(doc('一、甲', '1.由______负责。'), 'PLAN019', { locale: 'en' }), [[2, 'Masked text ______: the original words are missing']]);
  });
});

describe('PLAN020 unbalanced-brackets', () => {
  it('reports an unclosed 《 at its position', () => {
    const text = doc('一、甲', '1.贯彻落实《新时代公民道德建设实施纲要,一体化构建体系。');
    const d = lint(text, 'PLAN020');
    assert.equal(d.length, 1);
    assert.equal(d[0].range.start.line, 1);
    assert.equal(covered(text, d[0]), '《');
    assert.equal(d[0].message, '“《”缺少与之配对的“》”');
  });
  it('reports a stray closing quote and parenthesis', () => {
    const text = doc('一、甲', '1.落实“双减”要求”,县直学校(园))。');
    const d = lint(text, 'PLAN020', { locale: 'en' });
    assert.deepEqual(d.map(x => [covered(text, x), x.message]),
      [['”', 'Unmatched ”: no “ before it on this line'], [')', 'Unmatched ): no \uFF08 before it on this line']]);
  });
  it('pairs ASCII and full-width parentheses, and accepts balanced text', () => {
    assert.deepEqual(findings(doc('一、甲', '1.实施《纲要》“五育并举”(试行\uFF09〔2020〕【重点】。', '1)列表标记'), 'PLAN020'), []);
  });
});

describe('PLAN018 messages', () => {
  it('has a whole message, in both languages, for every kind of web residue', () => {
    // eslint-disable-next-line @typescript-eslint/no-var-requires
    const { WEB_NOISE_MESSAGES } = require('../../../core/rules/PLAN018-web-noise');
    // eslint-disable-next-line @typescript-eslint/no-var-requires
    const { NOISE_PATTERNS } = require('../../../core/text/noise');
    for (const p of NOISE_PATTERNS as { id: string; description: string }[]) {
      const m = WEB_NOISE_MESSAGES[p.id];
      assert.ok(m, `message for ${p.id}`);
      assert.ok(m.en.includes(p.description.split(' (')[0]), `${p.id}: ${m.en}`);
      assert.ok(m.zh.startsWith('网页残留内容'), `${p.id}: ${m.zh}`);
    }
  });
});
