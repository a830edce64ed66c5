// .docx → lines: mammoth turns the document into HTML (Word's automatic numbering
// becomes nested <ol> lists by level), html.ts turns that into lines, and
// numbering.ts writes the numbers back (level → 一、/(一)/1.).
import * as mammoth from 'mammoth';
import { htmlToLines, type HtmlLine } from './html';
import type { ImportReportEntry } from './report';

export async function docxToHtml(bytes: Uint8Array): Promise<string> {
  const result = await mammoth.convertToHtml({ buffer: Buffer.from(bytes) }, {
    // Keep Word's heading and list structure; drop images (they carry no plan text).
    convertImage: mammoth.images.imgElement(() => Promise.resolve({ src: '' })),
    ignoreEmptyParagraphs: true,
  });
  return result.value;
}

/** Lines of a .docx; line numbers are paragraph numbers (1-based). */
export async function docxToLines(bytes: Uint8Array): Promise<{ lines: HtmlLine[]; report: ImportReportEntry[] }> {
  const html = await docxToHtml(bytes);
  return htmlToLines(html, { lineNumbers: 'block' });
}
