// Very large documents are edited in a lighter mode instead of stalling the editor: above
// `planmark.largeDocument.thresholdKB` (default 5120 KB = 5 MB of UTF-8) diagnostics,
// symbols, folding, hover and completion stay, while semantic tokens, code lenses and
// inlay hints answer nothing and the document's units are left out of the workspace's
// unit index (both cost a pass over the whole document per request or per edit). The
// first time a document is found large, a notice says so (once per opened document).
import { MessageType, ShowMessageNotification, type Connection } from 'vscode-languageserver/node';
import { formatMessage, type Message } from '../../core/messages';
import type { Configuration } from './configuration';
import type { PlanDocuments } from './documents';
import type { WorkspaceUnitIndex } from './workspaceIndex';

/** The default of `planmark.largeDocument.thresholdKB` (core/data/settings.json). */
export const DEFAULT_THRESHOLD_KB = 5120;

const NOTICE: Message = {
  en: 'Planmark: {0} is large ({1} KB, over the {2} KB of planmark.largeDocument.thresholdKB). Diagnostics, outline, folding, hover and completion stay on; semantic tokens, code lenses, inlay hints and its units in the workspace index are off while it is this large.',
  zh: 'Planmark：{0} 较大（{1} KB，超过 planmark.largeDocument.thresholdKB 设定的 {2} KB）。诊断、大纲、折叠、悬停提示和补全照常；语义着色、代码透镜、内嵌提示以及该文档在工作区单位索引中的单位暂时关闭。',
};

export class LargeDocuments {
  /** Size in bytes of each open document's last measured version. */
  private readonly sizes = new Map<string, { version: number; bytes: number }>();
  private readonly noticed = new Set<string>();

  constructor(
    private readonly connection: Connection,
    private readonly documents: PlanDocuments,
    private readonly configuration: Configuration,
    private readonly workspace: WorkspaceUnitIndex,
  ) {
    documents.onDidClose(ev => { this.sizes.delete(ev.document.uri); this.noticed.delete(ev.document.uri); });
  }

  /** The threshold for `uri`, in bytes. */
  private threshold(uri: string): number {
    const kb = this.configuration.editorSetting(uri, 'largeDocument', 'thresholdKB');
    return (typeof kb === 'number' && Number.isInteger(kb) && kb >= 1 ? kb : DEFAULT_THRESHOLD_KB) * 1024;
  }

  private bytes(uri: string): number {
    const text = this.documents.get(uri);
    if (!text) return 0;
    const known = this.sizes.get(uri);
    if (known && known.version === text.version) return known.bytes;
    const bytes = Buffer.byteLength(text.getText(), 'utf8');
    this.sizes.set(uri, { version: text.version, bytes });
    return bytes;
  }

  /** True when open document `uri` is over the threshold: the costly features skip it. */
  isLarge(uri: string): boolean {
    return this.bytes(uri) > this.threshold(uri);
  }

  /**
   * After a lint of `uri`: keeps its units out of the workspace index while it is large
   * (in again when it is not), and shows the notice the first time it is large.
   */
  checked(uri: string): boolean {
    const large = this.isLarge(uri);
    this.workspace.leaveOut(uri, large);
    if (large && !this.noticed.has(uri)) {
      this.noticed.add(uri);
      const locale = this.configuration.forDocumentNow(uri).locale;
      const name = decodeURIComponent(uri.slice(uri.lastIndexOf('/') + 1));
      const message = formatMessage(NOTICE, locale, [name, Math.round(this.bytes(uri) / 1024), this.threshold(uri) / 1024]);
      void this.connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Info, message });
    }
    return large;
  }
}
