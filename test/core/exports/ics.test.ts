// The deadlines as iCalendar, parsed back with ical.js: one all-day event per dated
// milestone, recurring ones with an RRULE, text escaped by the library.
import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import ICAL from 'ical.js';
import { calendarEvents, exportIcs } from '../../../core/exports/ics';
import { itemsOf } from '../../../core/model';
import { parsePlan } from '../../../core/parse';
import { CORPUS } from '../../support/corpus';

function parseBack(text: string): ICAL.Component[] {
  return new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent');
}

describe('export --to ics', () => {
  it('writes one event per dated milestone of a corpus plan, with the lead unit, that ical.js reads back', async () => {
    const doc = parsePlan(fs.readFileSync(path.join(CORPUS, '02-edu-notice-inline.plan'), 'utf8'));
    const text = await exportIcs(doc);
    assert.match(text, /^BEGIN:VCALENDAR\r\n/);
    const events = parseBack(text);
    const dated = itemsOf(doc).filter(i => i.due && i.due.kind !== 'ongoing' && i.due.kind !== 'unknown');
    assert.equal(events.length, dated.length);
    const first = new ICAL.Event(events[0]);
    assert.equal(first.summary, '1. 落实党组织领导的校长负责制 — 机关党委牵头');
    assert.equal(first.startDate.toString(), '2024-06-30');
    assert.equal(first.startDate.isDate, true);
    assert.equal(first.endDate.toString(), '2024-07-01');
    assert.match(first.description, /完成时限：2024年6月底前\n牵头单位：机关党委\n配合单位：人事股/);
    const recurring = events.map(e => new ICAL.Event(e)).find(e => e.isRecurring());
    assert.ok(recurring, 'a 每季度末 or 每学期末 task recurs');
    // Stable UIDs: the same plan gives the same calendar.
    assert.equal(await exportIcs(doc), text);
  });

  it('gives each milestone its own event and escapes what the text holds', async () => {
    const doc = parsePlan('某县2024年工作要点\n一、总体\n1.完善制度, 方案; 验收\\细则。\n牵头单位：办公室\n完成时限：6月底前完成方案，年底前完成验收\n2.长期工作\n完成时限：长期坚持\n');
    assert.deepEqual(calendarEvents(doc).map(e => [e.start, e.milestone.text]), [['2024-06-30', '6月底前完成方案'], ['2024-12-31', '年底前完成验收']]);
    const text = await exportIcs(doc);
    assert.match(text, /SUMMARY:1\. 完善制度\\, 方案\\; 验收\\\\细则/);
    const events = parseBack(text).map(e => new ICAL.Event(e));
    assert.deepEqual(events.map(e => e.summary), ['1. 完善制度, 方案; 验收\\细则（6月底前完成方案） — 办公室牵头', '1. 完善制度, 方案; 验收\\细则（年底前完成验收） — 办公室牵头']);
  });
});
