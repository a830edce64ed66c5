import { strict as assert } from 'assert';
import { exportDocx, mm } from '../../../core/exports/docx';
import { HOSTILE_IMG, HOSTILE_SCRIPT, planDoc } from '../../support/fixtures';
import { assertInOrder, unzip, wordParagraphs } from '../../support/readers';

describe('exports: DOCX (公文 layout)', function () {
  let documentXml: string;
  let paragraphs: string[];
  let zipFiles: string[];
  let footers: string[];
  let fontTable: string;
  let settings: string;

  before(async () => {
    // the text as written (docx.punctuation false): every character checked below is the source's
    const zip = await unzip(await exportDocx(planDoc('county-bureau'), { punctuation: false }));
    zipFiles = Object.keys(zip.files);
    documentXml = await zip.file('word/document.xml')!.async('string');
    paragraphs = wordParagraphs(documentXml);
    footers = await Promise.all(zipFiles.filter(f => /^word\/footer\d*\.xml$/.test(f)).map(f => zip.file(f)!.async('string')));
    fontTable = await zip.file('word/fontTable.xml')!.async('string');
    settings = await zip.file('word/settings.xml')!.async('string');
  });

  it('keeps the document text in order: title, sections, items 1–11, blocks with labels', () => {
    const all = paragraphs.join('\n');
    assert.equal(paragraphs[0], '青河县教育局2024年工作要点');
    assertInOrder(all, [
      '青河县教育局2024年工作要点',
      '2023年是全县教育系统深化改革、提质增效的关键之年',
      '一、加强党的建设,筑牢教育发展根基',
      '1.认真学习领会***会议和***全会精神',
      '目标任务:把学习会议精神列为',
      '工作措施:制定专题学习方案',
      '责任股室(单位):秘书股、机关党委、人事股、督导室,各乡镇中心校、县直学校(园)。(排名第一为牵头股室,下同)',
      '二、坚持五育并举,提升育人质量',
      '5.守护学生身心健康',
      '一是落实校园体育活动每天1小时制度',
      '二是配齐心理健康教师',
      '四、强化安全保障,守牢发展底线',
      '11.做好极端天气应对工作',
    ]);
    const itemNumbers = paragraphs.map(p => /^(\d+)\./.exec(p)).filter(Boolean).map(m => Number(m![1]));
    assert.deepEqual(itemNumbers, Array.from({ length: 11 }, (_, i) => i + 1));
    assert.ok(paragraphs.includes('责任股室(单位):'), 'item 11 keeps its empty block label');
  });

  it('puts the Chinese fonts in the eastAsia slot (and every other slot)', () => {
    const fonts = [...documentXml.matchAll(/<w:rFonts ([^>]*)\/>/g)].map(m => m[1]);
    assert.ok(fonts.length > 50, `only ${fonts.length} runs: the loop below would check little`);
    for (const attrs of fonts) {
      const east = /w:eastAsia="([^"]+)"/.exec(attrs)?.[1];
      assert.ok(east && /[\u4e00-\u9fff]/.test(east), `eastAsia carries a Chinese font: ${attrs}`);
      for (const slot of ['ascii', 'hAnsi', 'cs']) assert.match(attrs, new RegExp(`w:${slot}="${east}"`));
    }
    const used = new Set(fonts.map(a => /w:eastAsia="([^"]+)"/.exec(a)![1]));
    for (const f of ['方正小标宋简体', '仿宋', '黑体']) assert.ok(used.has(f), `uses ${f}`);
    // title 2号 (22 pt = 44 half-points) in 小标宋, body 3号 (32) in 仿宋, 一、 in 黑体
    assert.match(documentXml, /w:eastAsia="方正小标宋简体"[^>]*\/><w:sz w:val="44"\/>/);
    assert.match(documentXml, /w:eastAsia="仿宋"[^>]*\/>(<w:spacing [^>]*\/>)?<w:sz w:val="32"\/>/);
    assert.match(documentXml, /w:eastAsia="黑体"[^>]*\/>(<w:spacing [^>]*\/>)?<w:sz w:val="32"\/>(?:(?!<\/w:r>).)*<w:t[^>]*>一、加强党的建设/);
    // fallbacks for machines without the fonts
    assert.match(fontTable, /<w:font w:name="方正小标宋简体"><w:altName w:val="[^"]+"\/>/);
    assert.match(fontTable, /<w:font w:name="仿宋"><w:altName w:val="仿宋_GB2312"\/>/);
  });

  it('subsection headings (一) use 楷体', async () => {
    const zip = await unzip(await exportDocx(planDoc('subsections')));
    const xml = await zip.file('word/document.xml')!.async('string');
    // by default the marker goes out in full-width parentheses
    assert.match(xml, /w:eastAsia="楷体"(?:(?!<\/w:r>).)*<w:t[^>]*>（一）加强思想政治建设/);
    const paras = wordParagraphs(xml);
    assert.equal(paras[0], '桐教〔2023〕8号', '文号 from the front matter above the title');
    assert.equal(paras[1], '桐源县教育局2023年工作要点');
    assert.deepEqual(paras.slice(-2), ['桐源县教育局', '2023年2月20日'], '署名 and 日期 from the front matter at the end');
  });

  it('A4 page with the GB/T 9704 margins (text block 156 × 225 mm) and a 22-line pitch', () => {
    assert.match(documentXml, /<w:pgSz w:w="11906" w:h="16838"/);
    const mar = /<w:pgMar ([^>]*)\/>/.exec(documentXml)![1];
    const attr = (n: string) => Number(new RegExp(`w:${n}="(\\d+)"`).exec(mar)![1]);
    assert.equal(attr('top'), 2098);
    assert.equal(attr('left'), 1587);
    assert.equal(attr('bottom'), 1984);
    assert.equal(attr('right'), 1474);
    assert.ok(Math.abs(11906 - attr('left') - attr('right') - mm(156)) <= 2);
    assert.ok(Math.abs(16838 - attr('top') - attr('bottom') - mm(225)) <= 2);
    // 22 lines of exactly 28.95 pt fill 225 mm
    assert.match(documentXml, /<w:spacing [^>]*w:line="579" w:lineRule="exact"/);
    assert.ok(22 * 579 <= 16838 - 2098 - 1984 && 23 * 579 > 16838 - 2098 - 1984);
  });

  it('page numbers in the footer: — PAGE — in 4号 宋体, odd pages right and even pages left', () => {
    assert.equal(footers.length, 2);
    for (const xml of footers) {
      const flat = xml.replace(/<w:t xml:space="preserve">/g, '<w:t>');
      assert.match(flat, /<w:t>— <\/w:t>(?:(?!<w:t>).)*<w:fldChar w:fldCharType="begin"\/>(?:(?!<w:t>).)*<w:instrText[^>]*>\s*PAGE\s*<\/w:instrText>(?:(?!<w:t>).)*<w:fldChar w:fldCharType="end"\/>(?:(?!<w:t>).)*<w:t> —<\/w:t>/);
      assert.match(xml, /w:eastAsia="宋体"[^>]*\/><w:sz w:val="28"\/>/);
    }
    assert.ok(footers.some(x => /<w:jc w:val="right"\/>/.test(x)) && footers.some(x => /<w:jc w:val="left"\/>/.test(x)));
    assert.match(settings, /<w:evenAndOddHeaders/);
  });

  it('hostile text comes out as text', async () => {
    const zip = await unzip(await exportDocx(planDoc('hostile')));
    const xml = await zip.file('word/document.xml')!.async('string');
    assert.ok(!xml.includes('<script>') && !xml.includes('<img'), 'no raw markup in the XML');
    const paras = wordParagraphs(xml);
    assert.ok(paras.some(p => p.includes(HOSTILE_SCRIPT)));
    assert.ok(paras.some(p => p.includes(HOSTILE_IMG)));
  });
});
