// Inline expectations in plan fixtures, as markdownlint's test fixtures carry them: a comment
// line `// expect PLAN003` (several ids allowed: `// expect PLAN012 PLAN015`) says that the
// next line that is neither blank nor a comment has those findings. See test/fixtures/README.md.

export interface Expectation {
  /** 0-based line the finding starts on. */
  line: number;
  code: string;
}

const EXPECT = /^\/\/\s*expect\b(.*)$/;

/** The expectations a fixture declares, in line order (a line expecting two findings appears twice). */
export function expectationsOf(text: string): Expectation[] {
  const lines = text.split(/\r\n|\n|\r/);
  const out: Expectation[] = [];
  let pending: { code: string; at: number }[] = [];
  lines.forEach((line, i) => {
    const trimmed = line.trim();
    const m = EXPECT.exec(trimmed);
    if (m) {
      const codes = m[1].split(/[\s,\uFF0C]+/).filter(Boolean);
      if (!codes.length) throw new Error(`line ${i + 1}: "// expect" names no rule`);
      for (const code of codes) {
        if (!/^PLAN\d{3}$/.test(code)) throw new Error(`line ${i + 1}: "${code}" is not a rule id`);
        pending.push({ code, at: i });
      }
      return;
    }
    if (trimmed === '' || trimmed.startsWith('//')) return;
    for (const p of pending) out.push({ line: i, code: p.code });
    pending = [];
  });
  if (pending.length) throw new Error(`line ${pending[0].at + 1}: "// expect ${pending.map(p => p.code).join(' ')}" has no line after it`);
  return out;
}

/** `line:code` strings (1-based lines), sorted: two lists of them compare as multisets. */
export function asKeys(findings: { line: number; code: string }[]): string[] {
  return findings.map(f => `${f.line + 1}:${f.code}`).sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
}
