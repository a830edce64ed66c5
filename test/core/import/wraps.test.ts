// The hard-wrap joiner needs strong evidence and never joins a heading: a PDF-wrapped
// plan gets its sentences back, with the notice lines, the title and the headings as they
// were; a normal plan whose few lines happen to be of one length is left alone.
import { strict as assert } from 'assert';
import { importPlan, type ImportReportEntry } from '../../../core/import';
import { joinHardWraps } from '../../../core/import/wraps';
import { parsePlan } from '../../../core/parse';
import { itemsOf, paragraphsOf, sectionsOf } from '../../../core/model';
import { readFixture } from '../../support/paths';

const work = (lines: string[]) => lines.map((text, i) => ({ text, line: i + 1 }));

describe('import: hard wraps', () => {
  const wrapped = readFixture('text/pdf-wrapped.txt').replace(/\n$/, '').split('\n');

  it('joins the sentences of a PDF-wrapped plan, and nothing else', () => {
    const report: ImportReportEntry[] = [];
    const out = joinHardWraps(work(wrapped), report).map(l => l.text);
    assert.deepEqual(out, [
      '某教〔2024〕5号',
      '关于印发《某县教育局2024年教育工作要点》的通知',
      '各乡镇中心校、县直各学校：',
      '现将《某县教育局2024年教育工作要点》印发给你们，请结合实际认真贯彻落实。',
      '某县教育局',
      '2024年3月27日',
      '某县教育体育局2024年全县教育系统重点工作要点',
      '2024年是全面贯彻落实党的二十大精神的关键之年。',
      '全县教育系统要坚持稳中求进工作总基调，以办好人民满意的教育为目标，统筹推进教育改革发展各项工作。',
      '一、坚持立德树人根本任务全面加强党对教育工作的领导',
      '1.深入学习贯彻习近平新时代中国特色社会主义思想。',
      '健全党组理论学习中心组学习制度，全年集中学习不少于12次，推动党的创新理论进校园、进课堂、进头脑。',
      '2.加强基层党组织建设。落实中小学校党组织领导的校长负责制，推进党建与业务深度融合，打造一批党建工作示范校。',
      '二、推进义务教育优质均衡发展全面巩固提升办学水平',
      '全县义务教育学校要对照优质均衡发展评估标准，补齐办学条件短板，确保年底前通过省级督导评估。',
      '3.优化教育资源配置。新建改扩建中小学校5所，新增学位3000个，有序化解城区大班额问题。',
      '4.深化教育评价改革。完善学校办学质量评价体系，坚决克服唯分数、唯升学倾向。',
      '三、保障措施',
      '各乡镇中心校、县直各学校要细化工作任务，明确责任人和完成时限，确保各项工作落到实处。',
    ]);
    assert.ok(report.every(e => e.action === 'joined' && e.reason === 'hard line break inside a sentence (wrap width 25)'));
    assert.equal(report.length, 9);
  });

  it('imports the wrapped plan with its notice in the front matter and its title unchanged', async () => {
    const r = await importPlan({ text: wrapped.join('\n') });
    const doc = parsePlan(r.text);
    assert.equal(doc.title?.text, '某县教育体育局2024年全县教育系统重点工作要点');
    assert.equal(doc.meta['文号'], '某教〔2024〕5号');
    assert.equal(doc.meta['通知'], '关于印发《某县教育局2024年教育工作要点》的通知');
    assert.equal(doc.meta['主送'], '各乡镇中心校、县直各学校');
    assert.equal(doc.meta['印发说明'], '现将《某县教育局2024年教育工作要点》印发给你们，请结合实际认真贯彻落实。');
    assert.equal(doc.meta['日期'], '2024年3月27日');
    assert.deepEqual(sectionsOf(doc).map(s => s.title), [
      '坚持立德树人根本任务全面加强党对教育工作的领导', '推进义务教育优质均衡发展全面巩固提升办学水平', '保障措施']);
    assert.equal(paragraphsOf(sectionsOf(doc)[1])[0].text, '全县义务教育学校要对照优质均衡发展评估标准，补齐办学条件短板，确保年底前通过省级督导评估。');
    assert.deepEqual(itemsOf(doc).map(i => i.number), [1, 2, 3, 4]);
  });

  it('leaves a normal plan alone when a few of its lines happen to be of one length', () => {
    const plan = [
      '某县第一中学2024年春季学期工作计划',
      '一、指导思想',
      '以习近平新时代中国特色社会主义思想为指导，全面贯彻党的教育方针，落实立德树人根本任务，努力办好人民满意的教育。',
      '二、工作目标',
      '1.全面提高教育教学质量努力办好人民满意教育',
      '高考本科上线率稳中有升，学业水平考试合格率达到98%以上。',
      '2.持续加强德育工作创建市级文明校园示范学校',
      '学生行为规范养成率明显提高。',
      '3.扎实推进体育美育工作增强学生体质健康水平',
      '学生体质健康测试优良率达到55%。',
    ];
    assert.equal(new Set([4, 6, 8].map(i => plan[i].length)).size, 1);
    const report: ImportReportEntry[] = [];
    assert.deepEqual(joinHardWraps(work(plan), report).map(l => l.text), plan);
    assert.deepEqual(report, []);
  });

  it('never joins notice lines, a title or a section heading at the wrap width to the text after them', () => {
    const lines = [
      '关于印发某县卫生健康委员会工作要点的通知', // 20
      '各乡镇卫生院、县直医疗卫生单位：',
      '某县卫生健康委员会2024年卫生健康工作要点', // 21
      '二〇二四年是全面贯彻落实党的二十大精神的关', // 21
      '键之年，全县卫生健康系统要以人民健康为中心', // 21
      '，深化医药卫生体制改革，提升公共卫生服务能', // 21
      '力。',
      '一、深化医药卫生体制改革推进紧密型医共体建', // 21
      '各乡镇卫生院要完善医共体内部管理机制，统一', // 21
      '人员、财务和药品管理。',
    ];
    const out = joinHardWraps(work(lines), []).map(l => l.text);
    assert.deepEqual(out, [
      '关于印发某县卫生健康委员会工作要点的通知', '各乡镇卫生院、县直医疗卫生单位：', '某县卫生健康委员会2024年卫生健康工作要点',
      '二〇二四年是全面贯彻落实党的二十大精神的关键之年，全县卫生健康系统要以人民健康为中心，深化医药卫生体制改革，提升公共卫生服务能力。',
      '一、深化医药卫生体制改革推进紧密型医共体建', '各乡镇卫生院要完善医共体内部管理机制，统一人员、财务和药品管理。',
    ]);
  });

  it('joins across a break inside brackets, after a quotation, inside a number and across a page number', () => {
    const text = readFixture('../corpus/20-pdf-hard-wrapped.plan').replace(/\n$/, '').split('\n');
    const report: ImportReportEntry[] = [];
    const out = joinHardWraps(work(text), report).map(l => l.text);
    const item = (n: number) => out.find(l => l.startsWith(`${n}.`)) ?? '';
    // `（责任股` / `室：…）`: the second half reads as a label, but the bracket is open.
    assert.ok(item(2).endsWith('（责任股室：耕地保护股、国土整治中心）'), item(2));
    // `实现“一张图”` / `实施监督…`: the quotation closes, the sentence does not.
    assert.ok(item(6).endsWith('实现“一张图”实施监督和动态更新。（责任股室：信息中心、国土空间规划股）'), item(6));
    // `600` / `－ 2 －` / `0亩以上`: the page number goes, the number is whole again.
    assert.ok(item(7).includes('全年报批建设用地6000亩以上，'), item(7));
    assert.ok(!out.some(l => l.includes('－ 2 －')));
    assert.ok(report.some(e => e.action === 'removed' && e.text === '－ 2 －' && e.reason === 'page number inside a sentence'));
  });
});
