import { strict as assert } from 'assert';
import ExcelJS from 'exceljs';
import * as fs from 'fs';
import * as path from 'path';
import { exportUnitLists, unitFileName, unitsOf, UnitNotFoundError } from '../../../core/exports/unitLists';
import { parsePlan } from '../../../core/parse';
import { writeFolderAtomically } from '../../../cli/files';
import { planDoc } from '../../support/fixtures';
import { tempDirPerTest } from '../../support/tmp';
import { unzip, wordParagraphs } from '../../support/readers';

describe('exports: per-unit lists', function () {
  const doc = planDoc('county-bureau');

  it('one unit as Markdown: what it leads and what it joins', async () => {
    const [file] = await exportUnitLists(doc, 'md', { unit: '秘书股' });
    assert.equal(file.unit, '秘书股');
    assert.equal(file.fileName, '秘书股.md');
    const md = file.data as string;
    assert.match(md, /^# 秘书股工作任务清单/);
    assert.match(md, /## 一、牵头任务\(2项\)/);
    assert.match(md, /## 二、参与任务\(1项\)/);
    assert.deepEqual([...md.matchAll(/^#### (\d+)\\\./gm)].map(m => Number(m[1])), [1, 2, 9]);
    const [jijiao] = await exportUnitLists(doc, 'md', { unit: '机关纪委' });
    assert.ok(!(jijiao.data as string).includes('参与任务'), '机关纪委 joins no item: no empty group');
    const [renshi] = await exportUnitLists(doc, 'md', { unit: '人事股' });
    const text = renshi.data as string;
    assert.match(text, /## 一、牵头任务\(1项\)/);
    assert.match(text, /## 二、参与任务\(1项\)/);
    const joins = text.slice(text.indexOf('参与任务'));
    assert.ok(joins.includes('#### 1\\.认真学习领会'));
    assert.ok(joins.includes('**牵头单位**:秘书股'));
  });

  it('all units: one file per unit, every unit of the document', async () => {
    const files = await exportUnitLists(doc, 'md');
    assert.deepEqual(files.map(f => f.unit), unitsOf(doc));
    assert.equal(files.length, 24);
    assert.equal(new Set(files.map(f => f.fileName)).size, files.length);
    assert.ok(files.some(f => f.fileName === '县直学校(园).md'));
  });

  it('DOCX and XLSX lists read back', async () => {
    const [docx] = await exportUnitLists(doc, 'docx', { unit: '人事股' });
    const xml = await (await unzip(docx.data as Uint8Array)).file('word/document.xml')!.async('string');
    const paras = wordParagraphs(xml);
    assert.equal(paras[0], '人事股工作任务清单');
    assert.ok(paras.some(p => p.startsWith('6.锻造高素质专业化教师队伍')));
    assert.match(xml, /w:eastAsia="仿宋"/);
    const [xlsx] = await exportUnitLists(doc, 'xlsx', { unit: '人事股' });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(xlsx.data as Uint8Array) as unknown as ExcelJS.Buffer);
    const ws = wb.worksheets[0];
    assert.equal(ws.name, '人事股');
    assert.equal(ws.getRow(1).getCell(1).value, '人事股工作任务清单');
    assert.equal(ws.getRow(2).getCell(1).value, '角色');
    assert.equal(ws.getRow(3).getCell(1).value, '牵头');
    assert.equal(ws.getRow(3).getCell(2).value, 6);
  });

  it('an unknown unit is an error that lists the known ones', async () => {
    await assert.rejects(exportUnitLists(doc, 'md', { unit: '不存在股' }), (e: unknown) => e instanceof UnitNotFoundError && e.known.includes('人事股'));
  });

  it('file names are safe; a name that had to change ends with a stable hash', () => {
    assert.match(unitFileName('a/b\\c:d*e?f"g<h>i|j', 'md'), /^a_b_c_d_e_f_g_h_i_j-[0-9a-f]{6}\.md$/);
    assert.equal(unitFileName('a/b', 'md'), unitFileName('a/b', 'md'), 'stable');
    assert.notEqual(unitFileName('a/b', 'md'), unitFileName('a:b', 'md'), 'two units never share a file');
    assert.match(unitFileName('..', 'md'), /^unit-[0-9a-f]{6}\.md$/);
    assert.match(unitFileName('CON', 'md'), /^_CON-[0-9a-f]{6}\.md$/);
    assert.equal(unitFileName('人事股', 'md'), '人事股.md', 'a name that can be a file name stays as it is');
    const long = '某'.repeat(200);
    const name = unitFileName(long, 'xlsx');
    assert.ok(Buffer.byteLength(name) <= 255 && name.endsWith('.xlsx'), name);
    assert.notEqual(name, unitFileName('某'.repeat(199), 'xlsx'));
  });

  const GROUPED = parsePlan([
    '某县教育局2024年工作要点', '一、总体',
    '1.任务甲', '责任股室(单位):办公室、各股室',
    '2.任务乙', '责任股室(单位):局办公室、二级机构',
    '3.任务丙', '责任股室(单位):人事师训股、办公室',
  ].join('\n'));
  const CONFIG_UNITS = [{ name: '人事股', group: '股室' }, { name: '财务股', group: '股室' }, { name: '办公室', group: '股室' }, { name: '城关中心校', aliases: ['城关校'], group: '二级机构' }];

  it('a unit and its aliases are one list (局办公室 is 办公室, 人事师训股 is 人事股)', async () => {
    const units = unitsOf(GROUPED, { groups: 'group' });
    assert.deepEqual(units, ['办公室', '各股室', '二级机构', '人事股']);
    const [office] = await exportUnitLists(GROUPED, 'md', { unit: '局办公室', groups: 'group' });
    assert.equal(office.unit, '办公室');
    assert.match(office.data as string, /办公室牵头2项、参与1项/);
  });

  it('group names: one list for the group, or expanded to the configured members', async () => {
    const own = await exportUnitLists(GROUPED, 'md', { units: CONFIG_UNITS, groups: 'group' });
    assert.ok(own.some(f => f.unit === '各股室') && own.some(f => f.unit === '二级机构'));
    const expanded = await exportUnitLists(GROUPED, 'md', { units: CONFIG_UNITS, groups: 'expand' });
    assert.deepEqual(expanded.map(f => f.unit).sort(), ['人事股', '办公室', '城关中心校', '财务股'].sort());
    const caiwu = expanded.find(f => f.unit === '财务股')!.data as string;
    assert.match(caiwu, /财务股牵头0项、参与1项/, '各股室 of item 1 reaches 财务股');
    const renshi = expanded.find(f => f.unit === '人事股')!.data as string;
    assert.match(renshi, /人事股牵头1项、参与1项/, 'item 3 (as 人事师训股) led, item 1 joined through 各股室');
    const office = expanded.find(f => f.unit === '办公室')!.data as string;
    assert.match(office, /办公室牵头2项、参与1项/, 'a member named and reached through its group counts once');
    // default: expand
    assert.deepEqual((await exportUnitLists(GROUPED, 'md', { units: CONFIG_UNITS })).map(f => f.unit), expanded.map(f => f.unit));
    // without configured members the group keeps its own list, whatever the setting
    assert.ok(unitsOf(GROUPED, { groups: 'expand' }).includes('各股室'));
  });

  const tmp = tempDirPerTest('planmark-units');
  it('--all-units writes all its files or none', () => {
    const dir = tmp();
    const files = [{ fileName: 'a.md', data: 'A' }, { fileName: 'b.md', data: 'B' }, { fileName: 'c.md', data: 'C' }];
    const fresh = path.join(dir, 'lists');
    assert.throws(() => writeFolderAtomically(fresh, files, { beforeMove: () => { throw new Error('disk full'); } }), /disk full/);
    assert.ok(!fs.existsSync(fresh), 'a new folder is not created');
    const old = path.join(dir, 'old');
    fs.mkdirSync(old);
    fs.writeFileSync(path.join(old, 'b.md'), 'old B');
    assert.throws(() => writeFolderAtomically(old, files, { beforeMove: i => { if (i === 2) throw new Error('disk full'); } }), /disk full/);
    assert.deepEqual(fs.readdirSync(old), ['b.md'], 'the files moved in are taken out again');
    assert.equal(fs.readFileSync(path.join(old, 'b.md'), 'utf8'), 'old B', 'the replaced file is put back');
    assert.deepEqual(fs.readdirSync(dir).sort(), ['old'], 'no temporary folder is left');
    writeFolderAtomically(old, files);
    assert.deepEqual(fs.readdirSync(old).sort(), ['a.md', 'b.md', 'c.md']);
    assert.equal(fs.readFileSync(path.join(old, 'b.md'), 'utf8'), 'B');
    writeFolderAtomically(fresh, files);
    assert.deepEqual(fs.readdirSync(fresh).sort(), ['a.md', 'b.md', 'c.md']);
    assert.deepEqual(fs.readdirSync(dir).sort(), ['lists', 'old']);
  });
});
