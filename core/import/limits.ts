// Caps that keep import bounded on hostile input: a Word or Excel file (a ZIP) may not
// inflate past MAX_INFLATED_BYTES nor hold more than MAX_ZIP_ENTRIES entries (a zip bomb
// is a small file that inflates to gigabytes), and HTML nested deeper than
// MAX_NESTING_DEPTH is read as text. Going over a cap is an ImportLimitError with a
// message in both languages, never a hang or a heap error.
import { formatMessage, type Locale, type Message } from '../messages';

/** What a .docx or .xlsx may inflate to, all entries together (a 1 MB plan's is about 10 MB). */
export const MAX_INFLATED_BYTES = 64 * 1024 * 1024;
export const MAX_ZIP_ENTRIES = 10_000;
/** Elements nested deeper than this are read as their text (real pages nest about 30 deep). */
export const MAX_NESTING_DEPTH = 256;

const MB = 1024 * 1024;

export const LIMIT_MESSAGES = {
  inflated: {
    en: 'the file inflates to {0} MB, over the {1} MB import reads (a zip bomb, or a very large document: save it as .txt and import that)',
    zh: '文件解压后为 {0} MB,超过导入上限 {1} MB(可能是压缩炸弹或超大文档:请另存为 .txt 后再导入)',
  },
  entries: {
    en: 'the file holds {0} entries, over the {1} import reads (not a Word or Excel file as Word and Excel write them)',
    zh: '文件包含 {0} 个条目,超过导入上限 {1} 个(不是 Word 或 Excel 正常保存的文件)',
  },
  zip64: {
    en: 'the file uses ZIP64 sizes (over 4 GB inflated), over the {0} MB import reads',
    zh: '文件使用 ZIP64 大小(解压后超过 4 GB),超过导入上限 {0} MB',
  },
  corrupt: {
    en: 'the file is not a readable ZIP archive (a .docx or .xlsx is one): {0}',
    zh: '文件不是可读取的 ZIP 压缩包(.docx 和 .xlsx 都是):{0}',
  },
  nesting: {
    en: 'the document nests deeper than the {0} levels import follows',
    zh: '文档嵌套层数超过导入上限 {0} 层',
  },
} satisfies Record<string, Message>;

/** Import refused an input over one of its caps; `message` is English, `format(locale)` either. */
export class ImportLimitError extends Error {
  constructor(readonly limit: keyof typeof LIMIT_MESSAGES, readonly args: (string | number)[]) {
    super(formatMessage(LIMIT_MESSAGES[limit], 'en', args));
    this.name = 'ImportLimitError';
  }
  format(locale: Locale): string {
    return formatMessage(LIMIT_MESSAGES[this.limit], locale, this.args);
  }
}

/**
 * Checks a ZIP's central directory (the sizes its entries declare) against the caps,
 * before any entry is inflated. Reads only the directory: linear in its size.
 */
export function checkZipLimits(bytes: Uint8Array): void {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // The end-of-central-directory record: in the last 64 KB + 22 bytes.
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 0xffff); i--) {
    if (view.getUint32(i, true) === 0x06054b50) { eocd = i; break; }
  }
  if (eocd < 0) throw new ImportLimitError('corrupt', ['no end of central directory']);
  const count = view.getUint16(eocd + 10, true);
  let offset = view.getUint32(eocd + 16, true);
  if (count === 0xffff || offset === 0xffffffff) throw new ImportLimitError('zip64', [MAX_INFLATED_BYTES / MB]);
  if (count > MAX_ZIP_ENTRIES) throw new ImportLimitError('entries', [count, MAX_ZIP_ENTRIES]);
  let total = 0;
  for (let n = 0; n < count; n++) {
    if (offset + 46 > bytes.length || view.getUint32(offset, true) !== 0x02014b50) throw new ImportLimitError('corrupt', [`bad central directory entry ${n + 1}`]);
    const size = view.getUint32(offset + 24, true);
    if (size === 0xffffffff) throw new ImportLimitError('zip64', [MAX_INFLATED_BYTES / MB]);
    total += size;
    if (total > MAX_INFLATED_BYTES) {
      throw new ImportLimitError('inflated', [Math.ceil(total / MB) + (n + 1 < count ? '+' : ''), MAX_INFLATED_BYTES / MB]);
    }
    offset += 46 + view.getUint16(offset + 28, true) + view.getUint16(offset + 30, true) + view.getUint16(offset + 32, true);
  }
}

/** A parse5-shaped node, as far as the depth bound needs it. */
interface TreeNode { nodeName: string; value?: string; childNodes?: TreeNode[]; content?: { childNodes?: TreeNode[] } }

/**
 * Bounds a parsed HTML tree's depth in place, without recursion: an element at depth
 * MAX_NESTING_DEPTH keeps its text as one text node and loses its inner structure, so
 * the recursive walks over the tree cannot overflow the stack. Returns whether it cut.
 */
export function boundDepth(root: TreeNode, max = MAX_NESTING_DEPTH): boolean {
  let cut = false;
  const stack: [TreeNode, number][] = [[root, 0]];
  while (stack.length) {
    const [node, depth] = stack.pop()!;
    const children = node.content?.childNodes ?? node.childNodes;
    if (!children?.length) continue;
    if (depth >= max) {
      node.childNodes = [{ nodeName: '#text', value: textOf(node) }];
      if (node.content) node.content.childNodes = node.childNodes;
      cut = true;
      continue;
    }
    for (const child of children) stack.push([child, depth + 1]);
  }
  return cut;
}

/** All text under a node, in document order, without recursion. */
function textOf(root: TreeNode): string {
  const parts: string[] = [];
  const stack: TreeNode[] = [root];
  while (stack.length) {
    const node = stack.pop()!;
    if (node.nodeName === '#text') { parts.push(node.value ?? ''); continue; }
    if (node.nodeName === 'script' || node.nodeName === 'style') continue;
    const children = node.content?.childNodes ?? node.childNodes ?? [];
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]);
  }
  return parts.join(' ');
}
