// textDocument/codeLens: above each section, its units (`牵头 n 项 · 参与单位 m 个 · 缺责任单位 k
// 项`, core/features/sectionCodeLens.ts); above the plan's title and each section of a plan
// that records progress, `已完成 n/m · 逾期 k` (core/features/progressLens.ts).
// planmark.codeLens.enabled turns them all off. A lens shows counts only: no command runs.
import type { CodeLens } from 'vscode-languageserver/node';
import { progressLenses } from '../../../core/features/progressLens';
import { sectionCodeLenses } from '../../../core/features/sectionCodeLens';
import { cancellable } from '../cancellation';
import type { Services } from '../services';

export function registerCodeLens({ connection, log, documents, configuration, large }: Services): void {
  connection.onCodeLens(cancellable({ log, documents }, 'codeLens', null, params => {
    const uri = params.textDocument.uri;
    if (large.isLarge(uri)) return null;
    const parsed = documents.parsed(uri);
    if (!parsed || configuration.editorSetting(uri, 'codeLens', 'enabled') === false) return null;
    const config = configuration.forDocumentNow(uri);
    const lenses = [...progressLenses(parsed.doc, config.config, config.locale), ...sectionCodeLenses(parsed.doc, config.locale)];
    // An empty command id: the lens is information, clicking it does nothing.
    return lenses.map((l): CodeLens => ({ range: l.range, command: { title: l.title, command: '' } }));
  }));
}
