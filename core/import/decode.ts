// Bytes → text: BOM, UTF-8 validity, then GB18030 (a superset of GBK/GB2312, which
// many government files still use). Node 20 ships full ICU, so TextDecoder knows it.

export type DetectedEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030';

export interface Decoded {
  text: string;
  encoding: DetectedEncoding;
  /** True when the input had a byte-order mark (dropped from the text). */
  bom: boolean;
  /** True when no encoding decoded cleanly and invalid bytes became U+FFFD. */
  lossy: boolean;
}

function tryDecode(encoding: string, bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

export function decodeBytes(bytes: Uint8Array): Decoded {
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    const text = tryDecode('utf-8', bytes.subarray(3));
    return { text: text ?? new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8', bom: true, lossy: text === undefined };
  }
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le', bom: true, lossy: false };
  }
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be', bom: true, lossy: false };
  }
  const utf8 = tryDecode('utf-8', bytes);
  if (utf8 !== undefined) return { text: utf8, encoding: 'utf-8', bom: false, lossy: false };
  // Not valid UTF-8: GB18030 decodes every GBK/GB2312 file (and Chinese plans in
  // practice are UTF-8 or GB, whatever a page's <meta charset> claims).
  const gb = tryDecode('gb18030', bytes);
  if (gb !== undefined) return { text: gb, encoding: 'gb18030', bom: false, lossy: false };
  return { text: new TextDecoder('utf-8').decode(bytes), encoding: 'utf-8', bom: false, lossy: true };
}

/** Sniffs whether bytes are a ZIP container (a .docx). */
export function isZip(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

/** Sniffs whether text is an HTML page rather than plain text. */
export function looksLikeHtml(text: string): boolean {
  const head = text.slice(0, 4096).trimStart().toLowerCase();
  if (head.startsWith('<!doctype html') || head.startsWith('<html') || head.startsWith('<?xml') && head.includes('<html')) return true;
  const tags = text.slice(0, 20000).match(/<\/?(p|div|br|span|h[1-6]|li|ol|ul|table|tr|td|body|head|meta|section|article)\b[^>]*>/gi);
  return !!tags && tags.length >= 3;
}
