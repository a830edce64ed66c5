// Traditional characters as simplified ones, for matching labels and column names written in
// traditional characters (目標任務 is the label 目标任务). Only what labels use: the data's map.
import data from '../data/traditional.json';

const MAP: ReadonlyMap<string, string> = new Map(Object.entries((data as { map: Record<string, string> }).map));
const TRADITIONAL = new RegExp(`[${[...MAP.keys()].join('')}]`, 'g');

/** One character made simplified (itself when it is not in core/data/traditional.json). */
export function simplifiedChar(ch: string): string {
  return MAP.get(ch) ?? ch;
}

/** `text` with the traditional characters of core/data/traditional.json made simplified. */
export function simplified(text: string): string {
  return text.replace(TRADITIONAL, ch => MAP.get(ch) ?? ch);
}
