// Independent readers of what the exporters write (zip, WordprocessingML, CSV) and of plan
// text, so that tests check the output without going through the code under test.
import JSZip from 'jszip';

export async function unzip(bytes: Uint8Array): Promise<JSZip> {
  return JSZip.loadAsync(Buffer.from(bytes));
}

/** The visible text of a WordprocessingML part, paragraph by paragraph. */
export function wordParagraphs(xml: string): string[] {
  const out: string[] = [];
  for (const p of xml.split(/<\/w:p>/)) {
    const texts = [...p.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map(m => decodeXml(m[1]));
    if (texts.join('') !== '') out.push(texts.join(''));
  }
  return out;
}

/** The paragraphs of word/document.xml of a DOCX file. */
export async function docxParagraphs(bytes: Uint8Array): Promise<string[]> {
  return wordParagraphs(await (await unzip(bytes)).file('word/document.xml')!.async('string'));
}

export function decodeXml(s: string): string {
  return s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&#(\d+);/g, (_, n) => String.fromCodePoint(Number(n))).replace(/&amp;/g, '&');
}

/** A small RFC 4180 parser: quoted fields, doubled quotes, CRLF or LF records. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let i = 0;
  let quoted = false;
  while (i < text.length) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') { field += '"'; i += 2; continue; }
        quoted = false; i++; continue;
      }
      field += ch; i++; continue;
    }
    if (ch === '"' && field === '') { quoted = true; i++; continue; }
    if (ch === ',') { row.push(field); field = ''; i++; continue; }
    if (ch === '\r' && text[i + 1] === '\n') { i++; continue; }
    if (ch === '\n') { row.push(field); rows.push(row); row = []; field = ''; i++; continue; }
    field += ch; i++;
  }
  if (quoted) throw new Error('unterminated quoted field');
  if (field !== '' || row.length) { row.push(field); rows.push(row); }
  return rows;
}

/** Positions of `needles` in `haystack`, asserting each is found after the previous one. */
export function assertInOrder(haystack: string, needles: string[]): void {
  let at = -1;
  for (const n of needles) {
    const i = haystack.indexOf(n, at + 1);
    if (i < 0) throw new Error(`not found after position ${at}: ${JSON.stringify(n)}`);
    at = i;
  }
}

/**
 * The 责任股室 lists of a plan read straight from its text (not through the parser): one per
 * item, as the list of units (separators 、 , ,; a trailing 。 and notes dropped).
 */
export function responsibleLists(text: string): string[][] {
  const lists: string[][] = [];
  for (const line of text.split(/\r?\n/)) {
    const m = /^责任股室(?:[((]单位[))])?[::](.*)$/.exec(line.trim());
    if (!m) continue;
    const units = m[1].replace(/[((]排名第一[^))]*[))]/g, '').replace(/。\s*$/, '').trim();
    lists.push(units ? units.split(/[、,,]/).map(s => s.trim()).filter(Boolean) : []);
  }
  return lists;
}
