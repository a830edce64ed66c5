// JSON: the document model, without parser internals (per-line syntax, raw lines), with a
// `version`. Shape: schemas/plan-export.schema.json (a published format: it keeps its own
// field names, grouped by kind, whatever the in-memory model calls them). Ranges are 0-based
// lines/UTF-16 columns.
import type { Block, Item, Part, PlanDocument, Range, Section, SubItem, Subsection, TextSpan, UnitRef } from '../model';
import { directItemsOf, paragraphsOf, partsOf, subitemsOf, subsectionsOf } from '../model';
import { titleOf } from './flow';

/** Version of the JSON export format; bumped on incompatible changes. */
export const JSON_EXPORT_VERSION = 1;
export const JSON_EXPORT_SCHEMA_ID = 'https://planmark.invalid/schemas/plan-export.schema.json';

const span = (s: TextSpan) => ({ text: s.text, range: s.range });
const unit = (u: UnitRef) => ({ name: u.name, lead: !!u.lead, range: u.range });

function block(b: Block) {
  return {
    kind: b.blockKind,
    label: b.label,
    text: b.text,
    ...(b.unitList ? { units: b.unitList.units.map(unit), notes: b.unitList.notes.map(n => n.text) } : {}),
    enumerations: b.enumerations.map(e => ({ marker: e.marker, value: e.value })),
    inline: b.origin === 'inline',
    origin: b.origin,
    range: b.range,
  };
}

/** Sections directly in a container (the format lists a document's sections outside parts apart). */
function sectionsIn(container: PlanDocument | Part): Section[] {
  return (container.children as readonly { kind: string }[]).filter((c): c is Section => c.kind === 'section');
}

function subitem(s: SubItem) {
  return { marker: s.marker, value: s.value, title: s.title, text: s.text, range: s.range };
}

function item(i: Item) {
  return {
    number: i.number,
    numberText: i.numberText,
    separator: i.separator,
    title: i.title,
    body: paragraphsOf(i).map(span),
    blocks: i.blocks.map(block),
    subitems: subitemsOf(i).map(subitem),
    units: i.units.map(unit),
    ...(i.lead ? { lead: i.lead.name } : {}),
    ...(i.deadline !== undefined ? { deadline: i.deadline } : {}),
    range: i.range,
  };
}

function subsection(s: Subsection) {
  return { marker: s.marker, value: s.value, title: s.title, paragraphs: paragraphsOf(s).map(span), items: directItemsOf(s).map(item), range: s.range };
}

function section(s: Section) {
  return {
    marker: s.marker, value: s.value, title: s.title, paragraphs: paragraphsOf(s).map(span),
    subsections: subsectionsOf(s).map(subsection), items: directItemsOf(s).map(item), range: s.range,
  };
}

function part(p: Part) {
  return { marker: p.marker, value: p.value, title: p.title, paragraphs: paragraphsOf(p).map(span), sections: sectionsIn(p).map(section), items: directItemsOf(p).map(item), range: p.range };
}

export interface JsonExportOptions {
  /** Source file name, recorded as `source`. */
  source?: string;
  /** Problems found by the linter, recorded as `problems`. */
  problems?: { code: string; severity: string; message: string; range: Range }[];
  /** Indentation (default 2). */
  indent?: number;
}

export interface JsonExport {
  $schema: string;
  version: number;
  generator: string;
  source?: string;
  title: string;
  meta: Record<string, string>;
  preamble: { text: string; range: Range }[];
  parts: ReturnType<typeof part>[];
  sections: ReturnType<typeof section>[];
  looseItems: ReturnType<typeof item>[];
  closing: { text: string; range: Range }[];
  problems?: JsonExportOptions['problems'];
}

/** The export as a plain object (what `exportJson` serialises). */
export function jsonModelOf(doc: PlanDocument, options: JsonExportOptions = {}): JsonExport {
  return {
    $schema: JSON_EXPORT_SCHEMA_ID,
    version: JSON_EXPORT_VERSION,
    generator: 'planmark',
    ...(options.source ? { source: options.source } : {}),
    title: titleOf(doc),
    meta: { ...doc.meta },
    preamble: doc.preamble.map(span),
    parts: partsOf(doc).map(part),
    sections: sectionsIn(doc).map(section),
    looseItems: directItemsOf(doc).map(item),
    closing: doc.closing.map(span),
    ...(options.problems ? { problems: options.problems.map(p => ({ code: p.code, severity: p.severity, message: p.message, range: p.range })) } : {}),
  };
}

export function exportJson(doc: PlanDocument, options: JsonExportOptions = {}): string {
  return JSON.stringify(jsonModelOf(doc, options), null, options.indent ?? 2) + '\n';
}
