// Generators for large inputs (the repository keeps generators, not big files).
import { numberToChinese } from '../../core/domain/numerals';
import { cleanExample } from './fixtures';

/**
 * `source`'s body repeated to about `targetBytes` of UTF-8. Copies are renumbered
 * (sections and items continue) and their text lines carry the copy number, so no
 * line head repeats: a cold parse pays for every line, as on a real document.
 */
export function scaledPlan(targetBytes: number, source = cleanExample()): string {
  const all = source.split(/\r\n|\n|\r/);
  // Keep the front matter once, repeat the rest.
  let bodyStart = 0;
  if (all[0] === '---') bodyStart = all.indexOf('---', 1) + 1;
  const head = all.slice(0, bodyStart);
  const body = all.slice(bodyStart);
  const out: string[] = [...head];
  let bytes = Buffer.byteLength(head.join('\n'));
  let section = 0;
  let item = 0;
  for (let copy = 1; bytes < targetBytes; copy++) {
    for (const line of body) {
      let next = line;
      const sec = /^([一二三四五六七八九十百千]+)、/.exec(line);
      const it = /^(\d+)[.．、]/.exec(line);
      if (sec) next = numberToChinese(++section) + '、' + line.slice(sec[0].length);
      else if (it) next = `${++item}.` + line.slice(it[0].length);
      else if (copy > 1) {
        const label = /^(目标任务|工作措施)[:\uFF1A]/.exec(line);
        if (label) next = label[0] + `(第${copy}稿)` + line.slice(label[0].length);
        else if (line.length > 20 && !/^责任/.test(line)) next = `(第${copy}稿)` + line;
      }
      out.push(next);
      bytes += Buffer.byteLength(next) + 1;
      if (bytes >= targetBytes) break;
    }
  }
  return out.join('\n');
}

/** Line and character (LSP positions) of offset `at` in `text`, for tests that edit over the protocol. */
export function positionOf(text: string, at: number): { line: number; character: number } {
  const before = text.slice(0, at);
  const line = before.split('\n').length - 1;
  return { line, character: at - (before.lastIndexOf('\n') + 1) };
}
