import { strict as assert } from 'assert';
import { AlignmentType, Document, LevelFormat, Packer, Paragraph } from 'docx';
import { formatReport, importPlan } from '../../../core/import';
import { decodeBytes } from '../../../core/import/decode';
import { collapseWhitespace } from '../../../core/import/html';
import { joinHardWraps, wrapWidth } from '../../../core/import/wraps';
import { splitOneLineDocuments } from '../../../core/import/split';
import { parsePlan } from '../../../core/parse';
import { readFixtureBytes } from '../../support/fixtures';
import { itemsOf, sectionsOf, subsectionsOf } from '../../../core/model';

const fixture = (name: string) => readFixtureBytes(`import/${name}`);

describe('import: decoding', () => {
  it('detects GB18030 (GBK) bytes and imports them', async () => {
    const bytes = fixture('gb18030.txt');
    assert.throws(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes));
    assert.equal(decodeBytes(bytes).encoding, 'gb18030');
    const r = await importPlan({ bytes, fileName: 'gb18030.txt' });
    assert.equal(r.encoding, 'gb18030');
    const doc = parsePlan(r.text);
    assert.equal(doc.title?.text, '某县教育局2019年工作要点');
    assert.deepEqual(itemsOf(doc).map(i => i.number), [1, 2, 3]);
    assert.doesNotMatch(r.text, /首页|扫一扫/);
  });

  it('UTF-8 with and without a BOM, UTF-16 with a BOM', () => {
    const text = '一、总体要求\n1.加强学习。';
    const utf8 = Buffer.from(text, 'utf8');
    assert.deepEqual([decodeBytes(utf8).text, decodeBytes(utf8).bom], [text, false]);
    const bom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), utf8]);
    assert.deepEqual([decodeBytes(bom).text, decodeBytes(bom).bom], [text, true]);
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    assert.equal(decodeBytes(utf16).text, text);
    assert.equal(decodeBytes(utf16).encoding, 'utf-16le');
  });
});

describe('import: HTML', () => {
  it('a saved government page: chrome dropped, disclosure header moved, page furniture reported', async () => {
    const r = await importPlan({ bytes: fixture('page.html'), fileName: 'page.html' });
    assert.equal(r.format, 'html');
    const doc = parsePlan(r.text);
    assert.equal(doc.title?.text, '示例区教育局2021年工作要点');
    assert.equal(doc.meta['索引号'], 'EX001-2021-0003');
    assert.equal(doc.meta['发布机构'], '示例区教育局');
    assert.equal(doc.meta['日期'], '2021年3月5日');
    assert.deepEqual(sectionsOf(doc).map(s => s.title), ['加强党的建设', '推进教育公平']);
    assert.deepEqual(itemsOf(doc).map(i => i.number), [1, 2, 3, 4]);
    assert.match(r.text, /落实“三会一课”制度,推进党建与业务融合。/);
    // A line break in the HTML source between Chinese characters is not a space.
    assert.match(r.text, /总体要求是:坚持立德树人/);
    assert.doesNotMatch(r.text, /浏览次数|views|color|分享到|扫一扫|相关文章|您当前的位置/);
    const reasons = r.report.map(e => e.reason).join('\n');
    assert.match(reasons, /page furniture \(<nav>\)/);
    assert.match(reasons, /page furniture \(<aside>\)/);
    // Lines are source lines of the HTML file.
    assert.ok(r.report.some(e => e.line === 13 && e.action === 'moved-to-front-matter'));
  });

  it('html input given as a string, with ordered lists numbered from their nesting', async () => {
    const html = `<h1>某局2023年工作要点</h1><ol><li>强化党建引领<ol><li>加强政治建设。深入学习贯彻党的二十大精神。</li><li>加强作风建设。持续纠治“四风”。</li></ol></li><li>推进教育改革<ol><li>深化评价改革。落实《深化新时代教育评价改革总体方案》。</li></ol></li></ol>`;
    const r = await importPlan({ html });
    const doc = parsePlan(r.text);
    assert.deepEqual(sectionsOf(doc).map(s => `${s.marker}${s.title}`), ['一强化党建引领', '二推进教育改革']);
    // Word's default: a level restarts after an entry of the level above.
    assert.deepEqual(itemsOf(doc).map(i => i.number), [1, 2, 1]);
    assert.ok(r.report.some(e => e.action === 'numbered'));
  });

  it('collapses white space the HTML way', () => {
    assert.equal(collapseWhitespace('  加强\n  学习  and\n more '), '加强学习 and more');
  });
});

describe('import: DOCX', () => {
  async function numberedDocx(): Promise<Uint8Array> {
    const doc = new Document({
      numbering: {
        config: [{
          reference: 'plan', levels: [
            { level: 0, format: LevelFormat.CHINESE_COUNTING, text: '%1、', alignment: AlignmentType.LEFT },
            { level: 1, format: LevelFormat.CHINESE_COUNTING, text: '(%2)', alignment: AlignmentType.LEFT },
            { level: 2, format: LevelFormat.DECIMAL, text: '%3.', alignment: AlignmentType.LEFT },
          ],
        }, {
          reference: 'items', levels: [{ level: 0, format: LevelFormat.DECIMAL, text: '%1.', alignment: AlignmentType.LEFT }],
        }],
      },
      sections: [{
        children: [
          new Paragraph({ text: '某区教育局2022年工作要点' }),
          new Paragraph({ text: '2022年是关键之年。全区教育工作的总体要求是坚持立德树人。' }),
          new Paragraph({ text: '加强党的建设', numbering: { reference: 'plan', level: 0 } }),
          new Paragraph({ text: '强化理论武装', numbering: { reference: 'plan', level: 1 } }),
          new Paragraph({ text: '深入学习贯彻党的二十大精神。组织开展专题学习。', numbering: { reference: 'plan', level: 2 } }),
          new Paragraph({ text: '加强基层党组织建设。落实“三会一课”制度。', numbering: { reference: 'plan', level: 2 } }),
          new Paragraph({ text: '推进教育公平', numbering: { reference: 'plan', level: 0 } }),
          new Paragraph({ text: '促进均衡发展', numbering: { reference: 'plan', level: 1 } }),
          new Paragraph({ text: '推进义务教育均衡发展。改善农村学校办学条件。', numbering: { reference: 'plan', level: 2 } }),
          new Paragraph({ text: '保障特殊群体', numbering: { reference: 'plan', level: 1 } }),
          new Paragraph({ text: '落实学生资助政策。确保应助尽助。', numbering: { reference: 'plan', level: 2 } }),
          new Paragraph({ text: '湖里区教育局' }),
          new Paragraph({ text: '2022年3月1日' }),
        ],
      }],
    });
    return new Uint8Array(await Packer.toBuffer(doc));
  }

  it('rebuilds 一、/(一)/1. from Word list levels', async () => {
    const r = await importPlan({ bytes: await numberedDocx(), fileName: 'plan.docx' });
    assert.equal(r.format, 'docx');
    const doc = parsePlan(r.text);
    assert.equal(doc.title?.text, '某区教育局2022年工作要点');
    assert.deepEqual(sectionsOf(doc).map(s => s.title), ['加强党的建设', '推进教育公平']);
    assert.deepEqual(sectionsOf(doc).map(s => subsectionsOf(s).map(x => x.title)), [['强化理论武装'], ['促进均衡发展', '保障特殊群体']]);
    assert.deepEqual(itemsOf(doc).map(i => i.title), ['深入学习贯彻党的二十大精神', '加强基层党组织建设', '推进义务教育均衡发展', '落实学生资助政策']);
    assert.match(r.text, /^一、加强党的建设$/m);
    assert.match(r.text, /^\(一\)强化理论武装$/m);
    assert.match(r.text, /^1\.深入学习/m);
    assert.match(r.text, /^\(二\)保障特殊群体$/m);
    assert.equal(doc.closing.map(c => c.text).join('|'), '湖里区教育局|2022年3月1日');
    assert.match(formatReport(r.report), /numbered .*level 0 → 一、, level 1 → \(一\), level 2 → 1\./);
  });

  it('items in a list of their own under sections written as text run on through the document', async () => {
    const doc = new Document({
      numbering: { config: [{ reference: 'items', levels: [{ level: 0, format: LevelFormat.DECIMAL, text: '%1.', alignment: AlignmentType.LEFT }] }] },
      sections: [{
        children: [
          new Paragraph({ text: '某县教育局2020年工作要点' }),
          new Paragraph({ text: '一、加强党的建设' }),
          new Paragraph({ text: '深入学习贯彻党的十九大精神。组织开展专题学习。', numbering: { reference: 'items', level: 0 } }),
          new Paragraph({ text: '加强基层党组织建设。落实“三会一课”制度。', numbering: { reference: 'items', level: 0 } }),
          new Paragraph({ text: '二、推进教育公平' }),
          new Paragraph({ text: '推进义务教育均衡发展。改善农村学校办学条件。', numbering: { reference: 'items', level: 0 } }),
        ],
      }],
    });
    const r = await importPlan({ bytes: new Uint8Array(await Packer.toBuffer(doc)) });
    const plan = parsePlan(r.text);
    assert.equal(sectionsOf(plan).length, 2);
    assert.deepEqual(itemsOf(plan).map(i => i.number), [1, 2, 3]);
  });
});

describe('import: one-line documents, hard wraps, notice wrappers', () => {
  it('splits only at markers in sequence', () => {
    const report: never[] = [];
    const line = '某局2020年工作要点 一、总体要求 坚持立德树人。二、主要任务 (一)加强党建。一是强化理论武装,完成3.12万平方米建设。二是提升工程2.0落地。(二)推进改革。1.深化评价改革。2.推进省、市、区试点。';
    const out = splitOneLineDocuments([{ text: line, line: 1 }], report);
    assert.deepEqual(out.map(l => l.text), [
      '某局2020年工作要点', '一、总体要求', '坚持立德树人。', '二、主要任务', '(一)加强党建。',
      '一是强化理论武装,完成3.12万平方米建设。', '二是提升工程2.0落地。', '(二)推进改革。', '1.深化评价改革。', '2.推进省、市、区试点。',
    ]);
    assert.equal(out.every(l => l.line === 1), true);
  });

  it('leaves ordinary lines alone', () => {
    const lines = [
      '1.推进教育人事制度改革。根据国家和省市部署,落实好乡村教师支持计划(一)项。', '二、创优管理,不断提升教育质量',
      '工作措施:(一)完善制度。(二)强化督查。(三)严格考核,确保各项任务落到实处,形成工作合力。',
      '3.加强学习。1.学理论。2.学业务。3.学法规。',
    ];
    const out = splitOneLineDocuments(lines.map((text, i) => ({ text, line: i + 1 })), []);
    assert.deepEqual(out.map(l => l.text), lines);
  });

  it('joins PDF-style hard wraps at the wrap width, not short lines', () => {
    const text = [
      '某县教育局2021年工作要点',
      '一、加强党的建设',
      '1.深入学习贯彻党的十九届五中全会精神。坚持把学习',
      '宣传贯彻党的十九届五中全会精神作为首要政治任务,',
      '做好各项工作。',
      '2.加强基层党组织建设。落实三会一课制度,推进党建',
      '与业务深度融合。',
      '3.推进全面从严治党。落实主体责任,强化政治监督和',
      '日常监督。',
    ].map((t, i) => ({ text: t, line: i + 1 }));
    assert.equal(wrapWidth(text), 25);
    const report: import('../../../core/import').ImportReportEntry[] = [];
    const out = joinHardWraps(text, report);
    assert.deepEqual(out.map(l => l.text), [
      '某县教育局2021年工作要点', '一、加强党的建设',
      '1.深入学习贯彻党的十九届五中全会精神。坚持把学习宣传贯彻党的十九届五中全会精神作为首要政治任务,做好各项工作。',
      '2.加强基层党组织建设。落实三会一课制度,推进党建与业务深度融合。',
      '3.推进全面从严治党。落实主体责任,强化政治监督和日常监督。',
    ]);
    assert.equal(report.filter(e => e.action === 'joined').length, 4);
  });

  it('a notice wrapper with 文号 in [], 主送, 现将, (此件主动公开), 抄送', async () => {
    const text = [
      '某教〔2024〕5号', '关于印发《某县教育局2024年工作要点》的通知', '各乡镇中心校、县直学校:',
      '现将《某县教育局2024年工作要点》印发给你们,请认真贯彻执行。', '某县教育局', '2024年3月27日', '(此件主动公开)',
      '某县教育局2024年工作要点', '一、总体要求', '1.加强学习。认真学习。', '抄送:县委办、县政府办。',
    ].join('\n');
    const r = await importPlan({ text });
    const doc = parsePlan(r.text);
    assert.equal(doc.meta['文号'], '某教〔2024〕5号');
    assert.equal(doc.meta['主送'], '各乡镇中心校、县直学校');
    assert.equal(doc.meta['发文机关'], '某县教育局');
    assert.equal(doc.meta['日期'], '2024年3月27日');
    assert.equal(doc.meta['公开方式'], '此件主动公开');
    assert.equal(doc.meta['抄送'], '县委办、县政府办');
    assert.equal(doc.title?.text, '某县教育局2024年工作要点');
    assert.deepEqual(itemsOf(doc).map(i => i.number), [1]);
  });

  it('Word field codes and injected phrases are cut out, and reported', async () => {
    const r = await importPlan({ text: '某局工作要点\n一、总体要求\n1.加强学习。详见 HYPERLINK "http://x.gov.cn/a.html" 附件。\n2.推进改革。深化当前隐藏内容免费查看改革。' });
    assert.match(r.text, /详见附件。/);
    assert.match(r.text, /深化改革。/);
    assert.equal(r.report.filter(e => e.action === 'removed').length, 2);
  });
});
