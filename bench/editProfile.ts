// One 1 MB document's keystroke path in-process, phase by phase (for profiling: run with
// `node --cpu-prof out/bench/editProfile.js`): random one-character edits in body text,
// each followed by the server's work for it (parse with the document's parser, lint with
// its LintCache, the LSP conversion and JSON, the workspace index's reduction).
import { createPlanService } from '../core/service';
import { unitUsageOfDocument } from '../core/features/workspaceUnits';
import { indexPlan } from '../core/features/planIndex';
import { ALL_RULES } from '../core/rules';
import { lintDocument } from '../core/lint';
import { scaledPlan } from './corpus';
import { prng } from '../test/support/random';
import { fmt, now, summarize, table } from './measure';

const EDITS = Number(process.env.EDITS ?? 100);
const service = createPlanService();
const parser = service.createParser();
const cache = service.createLintCache();
const text = scaledPlan(Number(process.env.BYTES ?? 1_000_000));
const lines = text.split('\n');
const bodyLines = lines.map((l, i) => (/^(目标任务|工作措施)[:\uFF1A]/.test(l) ? i : -1)).filter(i => i >= 0);
const random = prng(42);
const phases: Record<string, number[]> = { join: [], parse: [], lint: [], json: [], index: [], total: [] };
const perRule = new Map<string, number[]>();
service.lint(parser.parse(text), 'en', cache);
for (let e = 0; e < EDITS; e++) {
  const line = bodyLines[Math.floor(random() * bodyLines.length)];
  const character = 5 + Math.floor(random() * Math.max(1, lines[line].length - 5));
  lines[line] = lines[line].slice(0, character) + '改' + lines[line].slice(character);
  const t0 = now();
  const current = lines.join('\n');
  const t1 = now();
  const doc = parser.parse(current);
  const t2 = now();
  const diagnostics = service.lint(doc, 'en', cache);
  const t3 = now();
  JSON.stringify(diagnostics);
  const t4 = now();
  unitUsageOfDocument('file:///x.plan', doc);
  indexPlan('file:///x.plan', doc);
  const t5 = now();
  phases.join.push(t1 - t0); phases.parse.push(t2 - t1); phases.lint.push(t3 - t2); phases.json.push(t4 - t3); phases.index.push(t5 - t4); phases.total.push(t5 - t0);
  if (process.env.RULES && e % 10 === 0) {
    for (const rule of ALL_RULES) {
      if (rule.scanLine) continue;
      const t = now();
      lintDocument(doc, { locale: 'en', config: service.config, units: service.units, rules: [rule] });
      const list = perRule.get(rule.id) ?? [];
      list.push(now() - t);
      perRule.set(rule.id, list);
    }
  }
}
console.log(table([['phase', 'median ms', 'p95 ms'], ...Object.entries(phases).map(([k, v]) => { const s = summarize(v); return [k, fmt(s.median), fmt(s.p95)]; })]));
if (perRule.size) console.log(table([['rule (alone, no cache)', 'median ms'], ...[...perRule].map(([k, v]) => [k, fmt(summarize(v).median)])]));
