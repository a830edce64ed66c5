// The corpus (test/corpus): plans of every common form, each with its expected outline.
import * as fs from 'fs';
import * as path from 'path';
import type { PlanDocument } from '../../core/model';
import { importPlan } from '../../core/import';
import { parsePlan } from '../../core/parse';
import { REPO_ROOT } from './paths';

export const CORPUS = path.join(REPO_ROOT, 'test', 'corpus');

/** How a corpus file is read: parsed as it stands, or imported first (a raw copy). */
export type CorpusVia = 'parse' | 'import';

/** The expected.json's `via` for a corpus file. */
export function corpusVia(name: string): CorpusVia {
  return (JSON.parse(fs.readFileSync(path.join(CORPUS, name.replace(/\.plan$/, '.expected.json')), 'utf8')) as { via: CorpusVia }).via;
}

export async function corpusDocument(name: string, via: CorpusVia = corpusVia(name)): Promise<PlanDocument> {
  const text = fs.readFileSync(path.join(CORPUS, name), 'utf8');
  if (via === 'parse') return parsePlan(text);
  const imported = await importPlan({ text, fileName: name.replace(/\.plan$/, /23-/.test(name) ? '.html' : '.txt') });
  return parsePlan(imported.text);
}

export function corpusFiles(): string[] {
  return fs.readdirSync(CORPUS).filter(f => f.endsWith('.plan')).sort();
}

