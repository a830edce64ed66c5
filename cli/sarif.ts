// `planmark check --format sarif`: SARIF 2.1.0 (the types of @types/sarif), for code-scanning
// views. One run, the rules that fired as its driver's rules, one result per finding.
import type * as Sarif from 'sarif';
import type { Severity } from '../core/lint';
import { ALL_RULES, findRule, ruleDocumentation } from '../core/rules';
import type { Locale } from '../core/lint';

export interface SarifFinding {
  file: string; line: number; column: number; endLine: number; endColumn: number;
  severity: Severity; code: string; message: string;
}

const LEVEL: Record<Severity, Sarif.Result.level> = { error: 'error', warning: 'warning', information: 'note', hint: 'note' };

export function toSarif(findings: readonly SarifFinding[], version: string, locale: Locale): Sarif.Log {
  const ids = [...new Set(findings.map(f => f.code))].filter(id => findRule(id)).sort();
  const rules: Sarif.ReportingDescriptor[] = ids.map(id => {
    const rule = findRule(id)!;
    return {
      id, name: rule.name,
      shortDescription: { text: locale === 'zh-cn' ? rule.description.zh : rule.description.en },
      helpUri: ruleDocumentation(id),
      defaultConfiguration: { level: LEVEL[rule.defaultSeverity] },
    };
  });
  const results: Sarif.Result[] = findings.map(f => ({
    ruleId: f.code,
    ...(ids.includes(f.code) ? { ruleIndex: ids.indexOf(f.code) } : {}),
    level: LEVEL[f.severity],
    message: { text: f.message },
    locations: [{
      physicalLocation: {
        artifactLocation: { uri: f.file.split('\\').join('/') },
        // SARIF columns count UTF-16 code units by default, as LSP does: the same numbers.
        region: { startLine: f.line, startColumn: f.column, endLine: f.endLine, endColumn: f.endColumn },
      },
    }],
  }));
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [{
      tool: { driver: { name: 'planmark', version, informationUri: ruleDocumentation(ALL_RULES[0].id).replace(/#.*$/, ''), rules } },
      columnKind: 'utf16CodeUnits',
      results,
    }],
  };
}
