// The `calendar` setting: named days and periods (春季开学, 汛期, 中考 …) configured over the
// built-in calendar of core/data/deadlinePhrases.json, read by core/domain/deadlines.ts only;
// a bad entry is a configuration error at its position; a name the calendar lacks stays
// `unknown` (PLAN032, information).
import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { configFromSettings, loadConfigForFile, parseConfigText } from '../../../core/config/load';
import { DEFAULT_CONFIG } from '../../../core/config/resolve';
import { DEFAULT_CALENDAR, readDeadline, withCalendar } from '../../../core/domain/deadlines';
import { outlineJson } from '../../../core/features/outlineJson';
import { formatMessage } from '../../../core/messages';
import { itemsOf } from '../../../core/model';
import { parsePlan } from '../../../core/parse';
import { createPlanService } from '../../../core/service';
import { tempDirPerTest } from '../../support/tmp';

const Y2025 = { year: 2025 };

const PLAN = [
  '某县教育局2025年工作要点',
  '一、教育教学',
  '1.做好开学准备', '完成时限：春季开学前', '状态：推进中',
  '2.开展防汛检查', '完成时限：汛期前', '状态：未启动',
  '3.组织校庆活动', '完成时限：校庆前', '状态：未启动',
  '4.做好中考组织', '完成时限：中考前', '状态：推进中',
].join('\n') + '\n';

const CONFIG = JSON.stringify({
  calendar: {
    春季开学: '02-10',
    汛期: { start: '05-15', end: '09-15' },
    校庆: '10-18',
    中考: { byYear: { 2025: '06-14', 2026: '06-13' } },
  },
}, null, 2);

const dues = (text: string, calendar = DEFAULT_CONFIG.calendar) =>
  itemsOf(parsePlan(text, { calendar })).map(i => [i.due?.kind, i.due?.start ?? null, i.due?.end ?? null]);

describe('the calendar setting', () => {
  const dir = tempDirPerTest('planmark-calendar');

  it('the built-in calendar reads the named days; a name it lacks stays unknown', () => {
    assert.equal(DEFAULT_CONFIG.calendar, DEFAULT_CALENDAR);
    assert.deepEqual(dues(PLAN), [
      ['by', null, '2025-02-19'],
      ['by', null, '2025-05-31'],
      ['unknown', null, null],
      ['by', null, '2025-06-19'],
    ]);
  });

  it('a .planmark.json calendar changes the dates the named days read as', () => {
    fs.writeFileSync(path.join(dir(), '.planmark.json'), CONFIG);
    const loaded = loadConfigForFile(path.join(dir(), 'plan.plan'));
    assert.deepEqual(loaded.errors, []);
    assert.deepEqual(dues(PLAN, loaded.config.calendar), [
      ['by', null, '2025-02-09'],
      ['by', null, '2025-05-14'],
      ['by', null, '2025-10-17'],
      ['by', null, '2025-06-13'],
    ]);
    // The period reads as a period, 中考 per year; what was not configured stays built in.
    const cal = loaded.config.calendar;
    assert.deepEqual(pick(readDeadline('汛期', Y2025, cal)), ['range', '2025-05-15', '2025-09-15']);
    assert.deepEqual(pick(readDeadline('2026年中考前', Y2025, cal)), ['by', null, '2026-06-12']);
    assert.deepEqual(pick(readDeadline('中考前', { year: 2027 }, cal)), ['unknown', null, null]);
    assert.deepEqual(pick(readDeadline('秋季开学前', Y2025, cal)), ['by', null, '2025-08-31']);
    // The outline JSON's due follows.
    const outline = outlineJson(parsePlan(PLAN, { calendar: cal }));
    const first = outline.children[0].children[0] as unknown as { due: { text: string; end: string; kind: string } };
    assert.deepEqual([first.due.text, first.due.kind, first.due.end], ['春季开学前', 'by', '2025-02-09']);
  });

  it('the service parses, lints and hovers with its configuration\'s calendar', () => {
    const config = parseConfigText(CONFIG, '.planmark.json');
    const service = createPlanService({ ...DEFAULT_CONFIG, ...configFromSettings(config.raw).config, asOf: '2025-02-12' });
    const doc = service.createParser().parse(PLAN);
    const h = service.hover(doc, { line: 3, character: 7 }, { locale: 'en' });
    assert.match(h!.contents, /by 2025-02-09/);
    // As of 02-12, 春季开学前 (02-09) is three days late; with the built-in calendar (02-19) it would not be.
    const overdue = service.lint(doc, 'en').filter(d => d.code === 'PLAN028').map(d => d.range.start.line);
    assert.deepEqual(overdue, [3]);
    const builtIn = createPlanService({ ...DEFAULT_CONFIG, asOf: '2025-02-12' });
    assert.deepEqual(builtIn.lint(builtIn.createParser().parse(PLAN), 'en').filter(d => d.code === 'PLAN028'), []);
  });

  it('a name the calendar lacks is reported at information level and kept as written', () => {
    const service = createPlanService(DEFAULT_CONFIG);
    const found = service.lint(service.createParser().parse(PLAN), 'en').filter(d => d.code === 'PLAN032');
    assert.deepEqual(found.map(d => [d.range.start.line, d.severity]), [[9, 'information']]);
    assert.match(found[0].message, /校庆前/);
  });

  it('a .planmark.json entry replaces the editor setting\'s entry of that name, and the rest add up', () => {
    const editor = configFromSettings({ calendar: { 春季开学: '02-15', 校庆: '10-18' } });
    assert.deepEqual(editor.problems, []);
    fs.writeFileSync(path.join(dir(), '.planmark.json'), JSON.stringify({ calendar: { 春季开学: '02-10' } }));
    const cal = loadConfigForFile(path.join(dir(), 'plan.plan'), editor.config).config.calendar;
    assert.deepEqual(pick(readDeadline('春季开学前', Y2025, cal)), ['by', null, '2025-02-09']);
    assert.deepEqual(pick(readDeadline('校庆前', Y2025, cal)), ['by', null, '2025-10-17']);
    // A day replaces the built-in period of its name (汛期 is both a day and a period built in).
    const day = withCalendar({ 汛期: '06-10' });
    assert.deepEqual(pick(readDeadline('汛期', Y2025, day)), ['by', null, '2025-06-10']);
    assert.equal(day.seasons['汛期'], undefined);
  });

  it('a bad entry is a configuration error at its key; the other entries still apply', () => {
    const text = [
      '{',
      '  "calendar": {',
      '    "春季开学": "2-20",',
      '    "汛期": { "begin": "06-01", "end": "09-30" },',
      '    "校 庆": "10-18",',
      '    "中考": "06-14"',
      '  }',
      '}',
    ].join('\n');
    fs.writeFileSync(path.join(dir(), '.planmark.json'), text);
    const loaded = loadConfigForFile(path.join(dir(), 'plan.plan'));
    assert.deepEqual(loaded.errors.map(e => [e.code, e.line, e.column]), [
      ['invalid-entry', 2, 4],
      ['invalid-entry', 3, 4],
      ['invalid-entry', 4, 4],
    ]);
    assert.equal(formatMessage(loaded.errors[0].message, 'en', loaded.errors[0].args),
      'calendar "春季开学": must be a day "MM-DD", a period {"start": "MM-DD", "end": "MM-DD"} or {"byYear": {"YYYY": "MM-DD"}}, under a name without spaces or punctuation');
    assert.match(formatMessage(loaded.errors[1].message, 'zh-cn', loaded.errors[1].args), /^calendar“汛期”：应为日子/);
    const cal = loaded.config.calendar;
    assert.deepEqual(pick(readDeadline('中考前', Y2025, cal)), ['by', null, '2025-06-13']);
    assert.deepEqual(pick(readDeadline('春季开学前', Y2025, cal)), ['by', null, '2025-02-19']);
    // Not an object at all: one error for the setting, the built-in calendar applies.
    const whole = parseConfigText('{ "calendar": ["春季开学"] }', '.planmark.json');
    assert.deepEqual(whole.errors.map(e => [e.code, e.line, e.column]), [['invalid-value', 0, 2]]);
    // The same values are refused in VS Code settings.
    assert.deepEqual(configFromSettings({ calendar: { 春季开学: '02-31x' } }).problems.map(p => p.path), [['calendar', '春季开学']]);
  });

  it('a day that does not exist is not read as one', () => {
    const cal = withCalendar({ 春季开学: '02-30' });
    assert.deepEqual(pick(readDeadline('春季开学前', Y2025, cal)), ['unknown', null, null]);
  });
});

function pick(due: { kind: string; start: string | null; end: string | null }): [string, string | null, string | null] {
  return [due.kind, due.start, due.end];
}
