// The plan's deadlines as an iCalendar file (RFC 5545), written with ical-generator (escaping,
// folding and line ends are the library's): one all-day event per milestone — `by` on its
// date, `range` over its days, `recurring` repeating (RRULE) through the plan's year — with the
// lead unit in the summary and the units, the deadline as written and the 状态 in the
// description. Ongoing and unreadable deadlines have no date and are left out. UIDs are stable
// (the plan title, the item's place and the milestone), so a re-import updates the events.
import { createHash } from 'crypto';
import type { DueRange, PlanDocument } from '../model';
import { itemsOf } from '../model';
import { addDays } from '../domain/deadlines';
import { titleOf } from './flow';

export interface IcsOptions { title?: string }

const utc = (iso: string) => new Date(`${iso}T00:00:00Z`);

/** The events of the calendar, one per dated milestone (for tests and the VS Code summary too). */
export function calendarEvents(doc: PlanDocument): { uid: string; summary: string; description: string; start: string; endExclusive: string; milestone: DueRange; lead: string }[] {
  const title = titleOf(doc);
  const out: ReturnType<typeof calendarEvents> = [];
  itemsOf(doc).forEach((item, i) => {
    const due = item.due;
    if (!due) return;
    const lead = item.units.filter(u => u.lead).map(u => u.name).join('、');
    const others = item.units.filter(u => !u.lead).map(u => u.name).join('、');
    due.milestones.forEach((m, k) => {
      let start: string | undefined, endExclusive: string | undefined;
      if (m.kind === 'by' && m.end) { start = m.end; endExclusive = addDays(m.end, 1); }
      else if ((m.kind === 'range' || m.kind === 'recurring') && m.start) {
        start = m.start;
        endExclusive = addDays(m.kind === 'recurring' ? m.start : m.end ?? m.start, 1);
      }
      if (!start || !endExclusive) return;
      const uid = createHash('sha1').update(`${title}\u0000${i + 1}\u0000${k}\u0000${item.title}`).digest('hex').slice(0, 24) + '@planmark';
      const milestone = due.milestones.length > 1 ? `（${m.text}）` : '';
      const summary = `${item.numberText}. ${item.title}${milestone}${lead ? ` — ${lead}牵头` : ''}`;
      const description = [
        `完成时限：${due.text}`,
        lead ? `牵头单位：${lead}` : '',
        others ? `配合单位：${others}` : '',
        item.status ? `状态：${item.status}` : '',
        title ? `《${title}》` : '',
      ].filter(Boolean).join('\n');
      out.push({ uid, summary, description, start, endExclusive, milestone: m, lead });
    });
  });
  return out;
}

const FREQ: Record<string, { freq: string; interval?: number } | undefined> = {
  week: { freq: 'WEEKLY' }, month: { freq: 'MONTHLY' }, quarter: { freq: 'MONTHLY', interval: 3 },
  'half-year': { freq: 'MONTHLY', interval: 6 }, year: { freq: 'YEARLY' },
};

/** Renders the calendar (text, CRLF line ends as RFC 5545 says). */
export async function exportIcs(doc: PlanDocument, options: IcsOptions = {}): Promise<string> {
  const { default: ical } = await import('ical-generator');
  const cal = ical({ name: options.title ?? titleOf(doc), prodId: { company: 'planmark', product: 'planmark', language: 'ZH' } });
  for (const e of calendarEvents(doc)) {
    const rule = e.milestone.kind === 'recurring' && e.milestone.every ? FREQ[e.milestone.every] : undefined;
    cal.createEvent({
      id: e.uid, start: utc(e.start), end: utc(e.endExclusive), allDay: true, stamp: new Date(0),
      summary: e.summary, description: e.description,
      ...(rule && e.milestone.end ? { repeating: { freq: rule.freq as never, interval: rule.interval, until: utc(e.milestone.end) } } : {}),
    });
  }
  return cal.toString();
}
