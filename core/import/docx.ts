// .docx → lines: mammoth turns the document into HTML (Word's automatic numbering
// becomes nested <ol> lists by level), html.ts turns that into lines, and
// numbering.ts writes the numbers back (level → 一、/(一)/1.).
import * as mammoth from 'mammoth';
import { htmlToLines, type HtmlLine } from './html';
import type { ImportReportEntry } from './report';
import { checkZipLimits, ImportLimitError, MAX_NESTING_DEPTH } from './limits';

export async function docxToHtml(bytes: Uint8Array): Promise<string> {
  // Sizes first: a zip bomb is refused before anything is inflated.
  checkZipLimits(bytes);
  try {
    const result = await mammoth.convertToHtml({ buffer: Buffer.from(bytes) }, {
      // Keep Word's heading and list structure; drop images (they carry no plan text).
      convertImage: mammoth.images.imgElement(() => Promise.resolve({ src: '' })),
      ignoreEmptyParagraphs: true,
    });
    return result.value;
  } catch (e) {
    // mammoth walks the document's XML recursively: a deeply nested one overflows it.
    if (e instanceof RangeError && /call stack/i.test(e.message)) throw new ImportLimitError('nesting', [MAX_NESTING_DEPTH]);
    throw e;
  }
}

/** Lines of a .docx; line numbers are paragraph numbers (1-based). */
export async function docxToLines(bytes: Uint8Array): Promise<{ lines: HtmlLine[]; report: ImportReportEntry[] }> {
  const html = await docxToHtml(bytes);
  return htmlToLines(html, { lineNumbers: 'block' });
}
