// Full-width punctuation (：（），；．) must mean exactly what half-width means.
import { strict as assert } from 'assert';
import { outlineJson, type OutlineNode } from '../../../core/features/outlineJson';
import { lintDocument } from '../../../core/lint';
import { parsePlan } from '../../../core/parse';
import { cleanExample } from '../../support/fixtures';

const WIDE: Record<string, string> = { ':': '\uFF1A', '(': '\uFF08', ')': '\uFF09', ',': '\uFF0C', ';': '\uFF1B' };

/** Turns half-width punctuation into full-width, leaving comments alone. */
function widen(text: string): string {
  return text.split('\n').map(line => (line.trimStart().startsWith('//') ? line : line.replace(/[:(),;]/g, c => WIDE[c]))).join('\n');
}

/** The outline with punctuation folded back to half-width, for comparison. */
function narrow(nodes: OutlineNode[]): unknown {
  const back = (s?: string) => s?.replace(/[\uFF1A\uFF08\uFF09\uFF0C\uFF1B]/g, c => Object.keys(WIDE).find(k => WIDE[k] === c)!);
  return nodes.map(n => ({ ...n, title: back(n.title), label: back(n.label), text: back(n.text), units: n.units?.map(back), lead: back(n.lead), children: narrow(n.children) }));
}

describe('full-width punctuation', () => {
  const clean = cleanExample();
  const wide = widen(clean);

  it('the widened example really uses full-width forms', () => {
    assert.ok(wide.includes('\uFF1A') && wide.includes('\uFF08'));
  });

  it('gives the same outline as the half-width original', () => {
    assert.deepEqual(narrow(outlineJson(parsePlan(wide)).children), narrow(outlineJson(parsePlan(clean)).children));
  });

  it('stays free of findings', () => {
    assert.deepEqual(lintDocument(parsePlan(wide), { locale: 'en' }).map(d => `${d.code} ${d.range.start.line + 1}: ${d.message}`), []);
  });
});
