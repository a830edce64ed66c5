// PLAN018-web-noise: one rule's findings, messages (both languages), ranges and data.
import { strict as assert } from 'assert';
import { WEB_NOISE_MESSAGES } from '../../../core/rules/PLAN018-web-noise';
import { NOISE_PATTERNS, findNoise, isNoiseLine } from '../../../core/text/noise';
import { doc, findings, lint, covered } from '../../support/lint';
import { readFixture } from '../../support/paths';

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

// PLAN018 on the residue of real copies: traditional-character page chrome, bullet page
// headers, breadcrumb continuation lines, bylines, document-site widgets, gambling spam
// injected by mirror sites, HTML tag debris and legal-database headers; and silence on
// the plan text next to them (体育彩票公益金, 文化娱乐平台, 扫码关注 in a sentence).
const noiseOf = (line: string) => findNoise(line)?.pattern.id;

/** Each line is residue of the kind given. */
function expectKinds(pairs: [line: string, id: string][]): void {
  for (const [line, id] of pairs) assert.equal(noiseOf(line), id, line);
}

describe('PLAN018 web-noise: residue of real copies', () => {
  it('reads traditional-character page chrome', () => {
    expectKinds([
      ['當前位置：首頁 > 政務公開 > 通知公告', 'breadcrumb'],
      ['您現在的位置：首頁', 'breadcrumb'],
      ['瀏覽次數：', 'view-counter'],
      ['發佈時間：2024-03-02', 'update-time'],
      ['發佈時間：', 'update-time'],
      ['列印', 'page-tools'],
      ['關閉視窗', 'page-tools'],
      ['【列印】【關閉】', 'page-tools'],
      ['列印本頁 | 關閉視窗', 'page-tools'],
      ['【字體：大 中 小】', 'font-widget'],
      ['掃一掃在手機上查看當前頁面', 'qr'],
    ]);
  });

  it('reads bullet page headers, breadcrumb continuation lines and bylines', () => {
    expectKinds([
      ['• 时间：2024-03-02 • 来源：某县人民政府', 'update-time'],
      ['· 发布时间：2024年3月2日 · 阅读量：', 'update-time'],
      ['>政务公开 >通知公告 >正文', 'breadcrumb'],
      ['＞ 信息公开 ＞ 规划计划', 'breadcrumb'],
      ['来源：网友投稿', 'byline'],
      ['作者：佚名', 'byline'],
      ['• 来源：某县教育局 作者：办公室', 'byline'],
      ['[来源：某市卫生健康委员会]', 'byline'],
    ]);
  });

  it('reads document-site widgets and legal-database headers', () => {
    expectKinds([
      ['文档页数：12页', 'doc-widget'],
      ['下载积分：5 | 收藏此文档', 'doc-widget'],
      ['扫码关注', 'doc-widget'],
      ['点击下载', 'doc-widget'],
      ['| 立即下载 | 举报文档', 'doc-widget'],
      ['全文阅读已结束，如需下载请点击下载', 'doc-widget'],
      ['【法宝引证码】CLI.12.345678', 'legal-header'],
      ['【时效性】现行有效', 'legal-header'],
      ['【发布部门】某县人民政府', 'legal-header'],
      ['【发文字号】某政办〔2024〕12号', 'legal-header'],
      ['【发布日期】2024.03.27 【实施日期】2024.03.27', 'legal-header'],
      ['【效力级别】地方规范性文件', 'legal-header'],
    ]);
  });

  it('reads gambling and lottery spam, but not plan text about lotteries or entertainment', () => {
    for (const line of ['澳门新葡京娱乐平台官网注册送38元彩金', '大发彩票app下载', '彩票官网注册 www.example.com', '北京赛车PK10开奖直播']) {
      assert.equal(noiseOf(line), 'gambling-spam', line);
    }
    for (const line of [
      '6.规范体育彩票销售。用好体育彩票公益金，支持全民健身设施建设。',
      '加强福利彩票发行销售管理，彩票公益金全部用于社会福利事业。',
      '严厉打击非法彩票和网络赌博违法犯罪，依法查处百家乐等赌博活动。',
      '打造群众文化娱乐平台，丰富城乡居民精神文化生活。',
      '引导企业登录政务服务网办理注册登记。',
    ]) assert.equal(noiseOf(line), undefined, line);
  });

  it('reads the page numbers of a printed or PDF copy, not numbers in the text', () => {
    for (const line of ['－ 2 －', '- 12 -', '— 3 —', '第 2 页 共 5 页', '第3页']) assert.equal(noiseOf(line), 'page-number', line);
    for (const line of ['2.加强管理。', '完成第2页表格填报。', '1-2月完成。']) assert.equal(noiseOf(line), undefined, line);
  });

  it('reads HTML tag debris left in text, as one finding per run of tags', () => {
    const text = doc('一、甲', '1.健全学习制度。</p><p>2.严肃党内政治生活。', '3.选优配强&nbsp;&nbsp;支部书记<br/>');
    const d = lint(text, 'PLAN018');
    assert.deepEqual(d.map(x => [x.range.start.line, covered(text, x), x.data?.noise]),
      [[1, '</p><p>', 'html-debris'], [2, '&nbsp;&nbsp;', 'html-debris'], [2, '<br/>', 'html-debris']]);
    assert.equal(d[0].message, '网页残留内容（HTML 标签残留）');
  });

  it('reports a chrome line once, however many kinds of chrome it holds', () => {
    const text = doc('发布时间：2024-03-02 浏览次数：128 来源：某县教育局 【打印】【关闭】', '2024年工作要点', '一、甲', '1.a。');
    const d = lint(text, 'PLAN018', { locale: 'en' });
    assert.deepEqual(d.map(x => [x.range.start.line, x.message]), [[0, 'Web page residue (page timestamp)']]);
  });

  it('flags every kind of residue in a health-commission page copied from a traditional-character site', () => {
    const text = readFixture('text/health-traditional-web.txt');
    const lines = text.split('\n');
    const noisy = lint(text, 'PLAN018').map(d => lines[d.range.start.line]);
    assert.deepEqual(noisy, [
      '當前位置：首頁 > 政務公開 > 計劃規劃', '>政务公开 >通知公告 >正文', '• 时间：2024-03-02 • 来源：某市卫生健康委员会',
      '發佈時間：2024-03-02　瀏覽次數：', '【字體：大 中 小】', '列印 關閉視窗', '来源：网友投稿', '作者：佚名',
    ]);
  });

  it('says nothing about the plan text of a university party-building plan or a government task-division plan', () => {
    const party = readFixture('text/university-doc-site.txt').split('\n');
    const plan = party.filter(l => !isNoiseLine(l) && !findNoise(l));
    assert.ok(plan.some(l => l.includes('文化娱乐平台')));
    assert.deepEqual(findings(doc(...plan), 'PLAN018'), []);
    const government = readFixture('text/government-legal-database.txt').split('\n').filter(l => !l.startsWith('【'));
    assert.deepEqual(findings(doc(...government), 'PLAN018'), []);
  });

  it('keeps a whole-line pattern deep in a long paragraph as text, and reports chrome that is chrome anywhere', () => {
    const body = '1.推进政务新媒体建设。' + '加强县政府门户网站和政务新媒体内容保障，'.repeat(6) + '引导群众扫码关注政务公众号，点击下载办事指南。';
    assert.deepEqual(findings(doc('一、甲', body), 'PLAN018'), []);
    const text = doc('一、甲', body + '扫一扫在手机上查看当前页面');
    assert.deepEqual(lint(text, 'PLAN018').map(d => covered(text, d)), ['扫一扫在手机上查看当前页面']);
  });

  it('has patterns that are data: every id has a description, and every expression compiles', () => {
    const ids = NOISE_PATTERNS.map(p => p.id);
    assert.equal(new Set(ids).size, ids.length);
    for (const id of ['doc-widget', 'legal-header', 'gambling-spam', 'html-debris']) assert.ok(ids.includes(id), id);
    for (const p of NOISE_PATTERNS) assert.ok(p.description && p.pattern instanceof RegExp, p.id);
    // The import report in Chinese names each pattern by its descriptionZh.
    for (const p of NOISE_PATTERNS) assert.match(p.descriptionZh ?? '', /[\u4e00-\u9fff]/, `${p.id} has a Chinese description`);
  });
});
