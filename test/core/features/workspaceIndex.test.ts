// The workspace index and the pure features over it (core/features/planIndex.ts and the
// unit, symbol, lens, hint, token and view features), on the workspace fixture and on
// corpus plans of other forms (（牵头） marks, prose responsibility, 牵头单位 blocks).
import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { parsePlan } from '../../../core/parse';
import { indexPlan, occurrencesOfUnit, unitIdentity, type IndexedPlan } from '../../../core/features/planIndex';
import { leadInlayHints } from '../../../core/features/leadInlayHints';
import { sectionCodeLenses } from '../../../core/features/sectionCodeLens';
import { unitDeclarationRange } from '../../../core/features/unitDefinition';
import { unitAtPosition, unitHighlights } from '../../../core/features/unitReferences';
import { checkUnitName, prepareUnitRename, renameUnitInConfig, renameUnitInPlans } from '../../../core/features/unitRename';
import { unitSemanticTokens } from '../../../core/features/unitSemanticTokens';
import { tasksView } from '../../../core/features/tasksView';
import { unitsView } from '../../../core/features/unitsView';
import { fuzzyScore, workspaceSymbols } from '../../../core/features/workspaceSymbols';
import { UnitRegistry } from '../../../core/units/registry';
import { FIXTURES_DIR, REPO_ROOT } from '../../support/paths';

const ws = (rel: string) => fs.readFileSync(path.join(FIXTURES_DIR, 'workspace', rel), 'utf8');
const corpus = (name: string) => fs.readFileSync(path.join(REPO_ROOT, 'test', 'corpus', name), 'utf8');
const CONFIG = ws('.planmark.json');
const registry = UnitRegistry.builtin().withConfig(JSON.parse(CONFIG).units);
const FILES = ['plan-2024.plan', 'plan-2025.plan', '科室/dept-plan.plan'];

function workspaceIndex(): Map<string, IndexedPlan> {
  return new Map(FILES.map(f => [`file:///ws/${f}`, indexPlan(`file:///ws/${f}`, parsePlan(ws(f)))]));
}

describe('features: the workspace index', () => {
  it('indexes a plan: title, sections, items with section, lead and deadline, every written unit', () => {
    const plan = indexPlan('file:///ws/plan-2025.plan', parsePlan(ws('plan-2025.plan')));
    assert.equal(plan.title, '松岭县教育局2025年工作要点');
    assert.deepEqual(plan.sections.map(s => s.name), ['一、深化教育综合改革', '二、筑牢安全稳定防线']);
    assert.deepEqual(plan.items.map(i => [i.name, i.section, i.lead, i.deadline]), [
      ['1. 推进课堂教学改革', 0, '课程改革中心', '2025年11月底前'],
      ['2. 完善教师培训体系', 0, '人事股', '2025年12月底前'],
      ['3. 开展防溺水专项行动', 1, '安全稳定办', '2025年8月底前'],
    ]);
    assert.deepEqual(plan.units.map(u => `${u.name}${u.lead ? '*' : ''}`), ['课程改革中心*', '基教股', '教研室', '人事股*', '教师进修学校', '安全稳定办*', '德育股']);
  });

  it('takes a plan without a title by its file name, and an empty text as an empty plan', () => {
    const plan = indexPlan('file:///ws/%E7%A9%BA.plan', parsePlan(''));
    assert.deepEqual([plan.title, plan.sections.length, plan.items.length, plan.units.length], ['空.plan', 0, 0, 0]);
  });

  it('marks every leading unit: a （牵头） mark, a 牵头 in prose', () => {
    const marked = indexPlan('u', parsePlan(corpus('17-subsection-top-level.plan')));
    assert.ok(marked.units.some(u => u.name === '县发展改革局' && u.lead), 'the unit marked （牵头） after another leads');
    const prose = indexPlan('u', parsePlan(corpus('15-prose-responsibility.plan')));
    const lead = prose.units.find(u => u.name === '市发展改革委')!;
    assert.ok(lead.lead);
    assert.ok(prose.units.some(u => u.name === '市统计局' && !u.lead));
  });

  it('one unit is a name and its aliases (registry or configuration), else the name itself', () => {
    assert.equal(unitIdentity('人事师训股', registry), unitIdentity('人事股', registry));
    assert.equal(unitIdentity('安全稳定办', registry), unitIdentity('校园安全办', registry));
    assert.notEqual(unitIdentity('城关片区联校', registry), unitIdentity('人事股', registry));
    const found = occurrencesOfUnit(workspaceIndex(), '人事师训股', registry).map(o => `${o.uri.slice(11)}:${o.name}`);
    assert.deepEqual(found.sort(), [
      'plan-2024.plan:人事股', 'plan-2024.plan:人事师训股', 'plan-2025.plan:人事股', '科室/dept-plan.plan:人事股', '科室/dept-plan.plan:人事股',
    ].sort());
  });
});

describe('features: units as symbols', () => {
  const doc = parsePlan(ws('plan-2024.plan'));

  it('finds the unit at a position, and nothing elsewhere', () => {
    assert.equal(unitAtPosition(doc, { line: 20, character: 10 })?.name, '人事师训股');
    assert.equal(unitAtPosition(doc, { line: 6, character: 3 }), undefined);
    assert.equal(prepareUnitRename(doc, { line: 6, character: 3 }), undefined);
  });

  it('highlights the same unit in the document only (alias included)', () => {
    assert.deepEqual(unitHighlights(doc, { line: 12, character: 10 }, registry).map(h => [h.range.start.line, h.lead]), [[12, true], [20, true]]);
  });

  it('renames the written form in every plan; an alias elsewhere stays', () => {
    const edits = renameUnitInPlans(workspaceIndex(), doc, { line: 20, character: 10 }, ' 人事教师股 ', registry)!;
    assert.deepEqual([...edits].map(([uri, list]) => [uri.slice(11), list.map(e => [e.range.start.line, e.newText])]), [['plan-2024.plan', [[20, '人事教师股']]]]);
  });

  it('checks a new name', () => {
    assert.equal(checkUnitName('财务股', 'en'), undefined);
    assert.match(checkUnitName('  ', 'zh-cn')!, /不能为空/);
    assert.match(checkUnitName('甲；乙', 'en')!, /separators/);
  });

  it('edits .planmark.json: a string entry, a name, an alias; comments and layout kept; nothing for an unconfigured unit', () => {
    const text = '{\n  // units of the bureau\n  "units": ["课程改革中心", {"name": "校园安全办", "aliases": ["安全稳定办"]}]\n}\n';
    const apply = (edits: ReturnType<typeof renameUnitInConfig>) => {
      assert.equal(edits.length, 1);
      const lines = text.split('\n');
      const e = edits[0];
      assert.equal(e.range.start.line, e.range.end.line);
      const l = lines[e.range.start.line];
      lines[e.range.start.line] = l.slice(0, e.range.start.character) + e.newText + l.slice(e.range.end.character);
      return lines.join('\n');
    };
    assert.equal(apply(renameUnitInConfig(text, '课程改革中心', '课程中心')), text.replace('"课程改革中心"', '"课程中心"'));
    assert.equal(apply(renameUnitInConfig(text, '校园安全办', '安全办公室')), text.replace('"校园安全办"', '"安全办公室"'));
    assert.equal(apply(renameUnitInConfig(text, '安全稳定办', '稳定办')), text.replace('"安全稳定办"', '"稳定办"'));
    assert.deepEqual(renameUnitInConfig(text, '人事股', '干部股'), []);
    assert.deepEqual(renameUnitInConfig('not json', '人事股', '干部股'), []);
  });

  it('finds a declaration: the alias as written, else the entry of a registry alias', () => {
    const registryText = fs.readFileSync(path.join(REPO_ROOT, 'core', 'data', 'units.json'), 'utf8');
    const at = (text: string, r: { start: { line: number; character: number }; end: { character: number } }) => text.split('\n')[r.start.line].slice(r.start.character, r.end.character);
    assert.equal(at(registryText, unitDeclarationRange(registryText, '人事师训股', registry)!), '"人事师训股"');
    assert.equal(at(CONFIG, unitDeclarationRange(CONFIG, '校园安全办', registry)!), '"校园安全办"');
    assert.equal(unitDeclarationRange(CONFIG, '人事股', registry), undefined);
  });
});

describe('features: workspace symbols, lenses, hints, tokens, views', () => {
  it('fuzzy matches in order, contiguous runs first', () => {
    assert.equal(fuzzyScore('xyz', '人事股'), undefined);
    assert.ok(fuzzyScore('人事', '人事股')! > fuzzyScore('人股', '人事股')!);
    assert.ok(fuzzyScore('安全隐患', '3. 排查整治校园安全隐患') !== undefined);
    assert.equal(fuzzyScore('', 'x'), 0);
  });

  it('lists each unit once per plan, and bounds the answer', () => {
    const units = workspaceSymbols(workspaceIndex(), '人事股').filter(s => s.kind === 'unit' && s.name === '人事股');
    assert.ok(workspaceSymbols(workspaceIndex(), '人事股').some(s => s.name === '人事师训股'), 'fuzzy: 人事师训股 holds 人…事…股');
    assert.deepEqual(units.map(s => s.container).sort(), ['松岭县教育局2024年工作要点', '松岭县教育局2025年工作要点', '松岭县教育局人事股2025年重点工作'].sort());
    assert.equal(workspaceSymbols(workspaceIndex(), '', 4).length, 4);
  });

  it('counts per section for the lens, an item without units included', () => {
    const doc = parsePlan('一、总体\n1.甲事项。\n责任股室:人事股、财务股\n2.乙事项。\n');
    assert.deepEqual(sectionCodeLenses(doc, 'zh-cn').map(l => l.title), ['牵头 1 项 · 参与单位 2 个 · 缺责任单位 1 项']);
  });

  it('hints 牵头 only where the first unit leads by convention', () => {
    assert.deepEqual(leadInlayHints(parsePlan(ws('科室/dept-plan.plan')), 'zh-cn'), []);
    // Corpus 17 marks the lead with （牵头） in most items: only the two unmarked lists get a hint.
    assert.deepEqual(leadInlayHints(parsePlan(corpus('17-subsection-top-level.plan')), 'zh-cn').map(h => [h.position.line, h.label]), [[61, '牵头'], [79, '牵头']]);
    const single = parsePlan('一、总体\n1.甲事项。\n责任股室:人事股\n');
    assert.deepEqual(leadInlayHints(single, 'zh-cn'), [], 'a single unit needs no hint');
    const hints = leadInlayHints(parsePlan(ws('plan-2024.plan')), 'en', { start: { line: 18, character: 0 }, end: { line: 22, character: 0 } });
    assert.deepEqual(hints, [{ position: { line: 20, character: 14 }, label: 'lead' }]);
  });

  it('gives one token per written unit, in order, with its modifiers', () => {
    const tokens = unitSemanticTokens(parsePlan(ws('plan-2025.plan')), UnitRegistry.builtin());
    assert.deepEqual(tokens.map(t => `${t.line}:${t.character}+${t.length} ${t.modifiers.join(',')}`), [
      '4:46+6 leading,unknown', '4:53+3 ', '4:57+3 ', '6:47+3 leading', '6:51+6 ', '10:47+5 leading,unknown', '10:53+3 ',
    ]);
  });

  it('builds the views: a unit counted once per item, aliases gathered; plans → sections → items', () => {
    const idx = workspaceIndex();
    const doubled = new Map(idx);
    doubled.set('file:///ws/twice.plan', indexPlan('file:///ws/twice.plan', parsePlan('一、总体\n1.甲事项。\n牵头单位:人事股\n责任股室:人事股、财务股\n')));
    const entry = unitsView(doubled, registry).find(e => e.name === '人事股')!;
    assert.deepEqual([entry.leads, entry.joins, entry.aliases], [5, 1, ['人事师训股']]);
    assert.equal(entry.plans.length, 4);
    const [plan] = tasksView(idx, 'file:///ws/科室/dept-plan.plan');
    assert.deepEqual(plan.sections.map(s => [s.name, s.items.map(i => i.lead)]), [['一、队伍管理', ['人事股', '教师进修学校']]]);
    assert.deepEqual(tasksView(idx, 'file:///nowhere.plan'), []);
  });
});
