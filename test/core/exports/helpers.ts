// Shared by the export tests: fixtures, and independent readers (zip, CSV, HTML text).
import * as fs from 'fs';
import * as path from 'path';
import JSZip from 'jszip';
import { parsePlan } from '../../../core/parse';
import type { PlanDocument } from '../../../core/model';
import { REPO_ROOT } from '../../support/paths';

export const FIXTURES = path.join(REPO_ROOT, 'test', 'fixtures', 'exports');
export const fixturePath = (name: string) => path.join(FIXTURES, name);
export const fixtureText = (name: string) => fs.readFileSync(fixturePath(name), 'utf8');
export const fixtureDoc = (name: string): PlanDocument => parsePlan(fixtureText(name));

export const HOSTILE_SCRIPT = '<script>alert(1)</script>';
export const HOSTILE_IMG = '"><img src=x onerror=alert(1)>';

/**
 * The 责任股室 lists of seed 003 read straight from the text (not through the parser):
 * one per item, as the list of units (separators 、 , ,; a trailing 。 and notes dropped).
 */
export function seed003ResponsibleLists(): string[][] {
  const lists: string[][] = [];
  for (const line of fixtureText('seed-003.plan').split(/\r?\n/)) {
    const m = /^责任股室(?:[((]单位[))])?[::](.*)$/.exec(line.trim());
    if (!m) continue;
    const text = m[1].replace(/[((]排名第一[^))]*[))]/g, '').replace(/。\s*$/, '').trim();
    lists.push(text ? text.split(/[、,,]/).map(s => s.trim()).filter(Boolean) : []);
  }
  return lists;
}

export async function unzip(bytes: Uint8Array): Promise<JSZip> {
  return JSZip.loadAsync(Buffer.from(bytes));
}

/** The visible text of a WordprocessingML part, paragraph by paragraph. */
export function wordParagraphs(xml: string): string[] {
  const out: string[] = [];
  for (const p of xml.split(/<\/w:p>/)) {
    const texts = [...p.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map(m => decodeXml(m[1]));
    if (texts.join("") !== "") out.push(texts.join(""));
  }
  return out;
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
