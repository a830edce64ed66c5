// Import removes whole-line web residue and reports it line by line; it cuts injected
// phrases out (spam, HTML tag debris), splits a line at HTML line breaks, and hands the
// fields of a legal-database header that the front matter knows to it. The plan text
// next to the residue stays as it was.
import { strict as assert } from 'assert';
import { importPlan } from '../../../core/import';
import { parsePlan } from '../../../core/parse';
import { lintDocument } from '../../../core/lint';
import { itemsOf, sectionsOf } from '../../../core/model';
import { findNoise } from '../../../core/text/noise';
import { readFixture } from '../../support/paths';

const removedLines = (r: { report: { line: number; action: string }[] }) =>
  r.report.filter(e => e.action === 'removed').map(e => e.line);

function assertNoResidue(text: string) {
  text.split('\n').forEach((line, i) => assert.equal(findNoise(line)?.pattern.id, undefined, `line ${i + 1}: ${line}`));
}

describe('import: web residue of real copies', () => {
  it('a health-commission page from a traditional-character site: every chrome line removed and reported, the plan kept', async () => {
    const r = await importPlan({ text: readFixture('text/health-traditional-web.txt') });
    assert.deepEqual(removedLines(r), [1, 2, 4, 5, 6, 19, 20, 21]);
    assert.deepEqual(r.report.filter(e => e.action === 'removed').map(e => e.reason), [
      'breadcrumb', 'breadcrumb', 'page timestamp', 'page timestamp', 'font widget',
      'page tools (print, close, share, previous/next)', 'page byline', 'page byline',
    ]);
    assertNoResidue(r.text);
    const doc = parsePlan(r.text);
    assert.equal(doc.title?.text, '某市卫生健康委员会2024年工作要点');
    assert.deepEqual(sectionsOf(doc).map(s => s.title), ['总体要求', '重点任务', '保障措施']);
    assert.deepEqual(itemsOf(doc).map(i => i.number), [1, 2, 3, 4]);
    // What is left is a clean plan: no rule has anything to say.
    assert.deepEqual(lintDocument(doc, { locale: 'en' }).map(d => `${d.code} ${d.message}`), []);
  });

  it('a legal-database copy: the header fields the front matter knows move there, the others are removed', async () => {
    const r = await importPlan({ text: readFixture('text/government-legal-database.txt') });
    const doc = parsePlan(r.text);
    assert.equal(doc.meta['文号'], '某政办〔2024〕12号');
    assert.equal(doc.meta['日期'], '2024年3月27日');
    assert.deepEqual(r.report.filter(e => e.action === 'removed').map(e => e.text), [
      '【法宝引证码】CLI.12.345678', '【发布部门】某县人民政府', '【实施日期】2024.03.27', '【时效性】现行有效', '【效力级别】地方规范性文件',
    ]);
    assert.equal(doc.title?.text, '某县2024年政府工作报告重点任务分工方案');
    assert.deepEqual(itemsOf(doc).map(i => i.number), [1, 2, 3, 4, 5, 6]);
    // Plan text about lottery policy is not spam.
    assert.match(r.text, /严厉打击非法彩票和网络赌博违法犯罪/);
    assert.match(r.text, /用好体育彩票公益金/);
    assert.deepEqual(lintDocument(doc, { locale: 'en' }).map(d => `${d.code} ${d.message}`), []);
  });

  it('a document-site copy of a university plan: widgets go, spam and HTML debris are cut out, a line is split at </p><p>', async () => {
    const r = await importPlan({ text: readFixture('text/university-doc-site.txt') });
    assertNoResidue(r.text);
    const doc = parsePlan(r.text);
    assert.deepEqual(itemsOf(doc).map(i => i.number), [1, 2, 3, 4]);
    assert.equal(itemsOf(doc)[1].title, '严肃党内政治生活');
    assert.match(r.text, /选优配强院系党组织书记和教师党支部书记。/);
    assert.match(r.text, /建设校园文化娱乐平台和师生活动中心。/);
    assert.doesNotMatch(r.text, /彩金|example\.com|&nbsp;|<\/?p>|文档页数|下载积分|扫码关注|点击下载/);
    const split = r.report.find(e => e.action === 'split');
    assert.ok(split && split.line === 8, 'the </p><p> line is split');
    const spam = r.report.filter(e => e.line === 9).map(e => [e.action, e.text]);
    assert.deepEqual(spam, [['removed', '澳门新葡京娱乐平台官网注册送38元彩金'], ['removed', 'www.example.com']]);
    assert.deepEqual(lintDocument(doc, { locale: 'en' }).map(d => `${d.code} ${d.message}`), []);
  });

  it('keeps removed residue as comments with keepNoise', async () => {
    const r = await importPlan({ text: readFixture('text/health-traditional-web.txt') }, { keepNoise: true });
    const doc = parsePlan(r.text);
    for (const chrome of ['當前位置：首頁 > 政務公開 > 計劃規劃', '列印 關閉視窗', '作者：佚名']) {
      assert.ok(doc.comments.some(c => c.text === chrome), chrome);
    }
    assert.deepEqual(itemsOf(doc).map(i => i.number), [1, 2, 3, 4]);
  });

  it('leaves alone plan lines that only look like residue', async () => {
    const text = [
      '某县教育局2024年工作要点',
      '一、推进教育数字化',
      '1.加强政务新媒体建设。引导群众扫码关注教育局公众号，及时发布招生入学政策。',
      '2.规范校外培训。严厉打击以“彩票”“娱乐平台”为名诱导学生参与网络赌博的违法行为。',
      '3.建设智慧校园。提升门户网站访问量和服务水平。',
    ].join('\n');
    const r = await importPlan({ text });
    assert.deepEqual(r.report.filter(e => e.action === 'removed'), []);
    assert.deepEqual(itemsOf(parsePlan(r.text)).map(i => i.title), ['加强政务新媒体建设', '规范校外培训', '建设智慧校园']);
  });

  it('drops a line of spam whole, not only its phrases, and keeps short plan lines', async () => {
    const text = [
      '某县交通运输局2024年工作要点',
      '一、完善路网',
      '1.实施农村公路提质扩面。新改建农村公路120公里。（责任股室：农村公路管理股）',
      '彩票开奖结果查询 注册领取88元彩金 官方平台',
      '在线投注官网 百家乐 真人娱乐',
      '二、保障措施',
      '加强组织领导',
    ].join('\n');
    const r = await importPlan({ text });
    assertNoResidue(r.text);
    assert.doesNotMatch(r.text, /彩|投注|娱乐|注\n/);
    const doc = parsePlan(r.text);
    assert.deepEqual(itemsOf(doc)[0].units.map(u => u.name), ['农村公路管理股']);
    assert.deepEqual(sectionsOf(doc).map(s => s.title), ['完善路网', '保障措施']);
    assert.match(r.text, /\n加强组织领导\n/);
  });

  it('a 范文 mirror page: the <h1> with the wrong year goes as a title variant, the spam paragraphs whole', async () => {
    const r = await importPlan({ text: readFixture('../corpus/23-mirror-html-import.plan'), fileName: 'mirror.html' });
    assertNoResidue(r.text);
    assert.ok(r.report.some(e => e.line === 3 && e.action === 'removed' && e.text === '南浦县交通运输局2023年工作要点'
      && /^title variant \(2023 where the title says 2024/.test(e.reason)));
    assert.deepEqual(r.report.filter(e => e.line === 10).map(e => e.reason), ['injected phrase cut out of the line', 'what is left of injected spam']);
    assert.equal(parsePlan(r.text).title?.text, '南浦县交通运输局2024年工作要点');
  });
});
