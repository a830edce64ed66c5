// PLAN018-web-noise: one rule's findings, messages (both languages), ranges and data.
import { strict as assert } from 'assert';
import { WEB_NOISE_MESSAGES } from '../../../core/rules/PLAN018-web-noise';
import { NOISE_PATTERNS } from '../../../core/text/noise';
import { doc, findings, lint } from '../../support/lint';

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

describe('PLAN018 messages', () => {
  it('has a whole message, in both languages, for every kind of web residue', () => {
    for (const p of NOISE_PATTERNS) {
      const m = WEB_NOISE_MESSAGES[p.id];
      assert.ok(m, `message for ${p.id}`);
      assert.ok(m.en.includes(p.description.split(' (')[0]), `${p.id}: ${m.en}`);
      assert.ok(m.zh.startsWith('网页残留内容'), `${p.id}: ${m.zh}`);
    }
  });
});
