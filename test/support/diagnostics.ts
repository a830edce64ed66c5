// What the language server should publish for a text: the in-process lint in LSP shape.
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { lintDocument, type Locale } from '../../core/lint';
import { parsePlan } from '../../core/parse';
import { ruleDocumentation } from '../../core/rules';

const SEVERITY: Record<string, number> = { error: 1, warning: 2, information: 3, hint: 4 };

/** The in-process lint of `text` as the server publishes it. */
export function expectedDiagnostics(text: string, locale: Locale): Diagnostic[] {
  return normalise(lintDocument(parsePlan(text), { locale }).map(d => ({
    range: d.range, severity: SEVERITY[d.severity] as Diagnostic['severity'], code: d.code, source: 'planmark', message: d.message,
    codeDescription: { href: ruleDocumentation(d.code) },
    ...(d.data !== undefined ? { data: d.data } : {}),
  })));
}

/** Diagnostics as plain JSON (no undefined members), for deepStrictEqual. */
export function normalise(diags: Diagnostic[]): Diagnostic[] {
  return JSON.parse(JSON.stringify(diags));
}
