// A trailing `(责任单位:人事股;完成时限:6月底)` at an item's end, parsed with the
// grammar's `inlineFields`, becomes blocks marked `inline`.
import type * as ohm from 'ohm-js';
import type { Block, TextSpan } from '../model';
import { blockKindOf, isUnitKind } from '../domain/blocks';
import { getGrammars } from './grammar';
import { parseUnitList, type UnitListToken } from './unitList';
import { trailingParenthesis } from './parens';
import type { GenerationCache } from './cache';

interface Field { key: string; keyStart: number; keyEnd: number; value: string; valueStart: number; valueEnd: number }

let semantics: ohm.Semantics | undefined;

function fieldSemantics(): ohm.Semantics {
  if (semantics) return semantics;
  semantics = getGrammars().Plan.createSemantics().addOperation<Field | Field[]>('fields', {
    inlineFields(first: ohm.Node, _seps: ohm.Node, rest: ohm.Node, _trail: ohm.Node) {
      return [first.fields(), ...rest.children.map(c => c.fields())];
    },
    inlineField(_sp: ohm.Node, key: ohm.Node, _s: ohm.Node, _q: ohm.Node, _s2: ohm.Node, _colon: ohm.Node, value: ohm.Node) {
      return {
        key: key.sourceString.trim(), keyStart: key.source.startIdx, keyEnd: key.source.startIdx + key.sourceString.trimEnd().length,
        value: value.sourceString.trim(), valueStart: value.source.startIdx, valueEnd: value.source.endIdx,
      };
    },
  });
  return semantics;
}

/** Blocks read from the span's trailing parenthesis; `cut` is where the parenthesis starts. */
export function parseInlineResponsibility(last: TextSpan, unitCache?: GenerationCache<UnitListToken[]>): Block[] & { cut: number } {
  const none = Object.assign([] as Block[], { cut: last.text.length });
  const paren = trailingParenthesis(last.text);
  if (!paren) return none;
  const content = last.text.slice(paren.open + 1, paren.close);
  if (!/[:\uFF1A]/.test(content)) return none;
  const match = getGrammars().Plan.match(content, 'inlineFields');
  if (match.failed()) return none;
  const fields = fieldSemantics()(match).fields() as Field[];
  const line = last.range.start.line;
  const base = last.range.start.character + paren.open + 1;
  const blocks = Object.assign([] as Block[], { cut: paren.open });
  for (const f of fields) {
    const kind = blockKindOf(f.key);
    if (!kind) continue;
    const raw = content.slice(f.valueStart, f.valueEnd);
    const valueStart = base + f.valueStart + (raw.length - raw.trimStart().length);
    const r = (a: number, b: number) => ({ start: { line, character: a }, end: { line, character: b } });
    const block: Block = {
      kind: 'block', blockKind: kind, label: f.key, labelRange: r(base + f.keyStart, base + f.keyEnd),
      text: f.value, textRange: r(valueStart, valueStart + f.value.length),
      range: r(base + f.keyStart, base + f.valueEnd), selectionRange: r(base + f.keyStart, base + f.keyEnd),
      enumerations: [], origin: 'inline',
    };
    if (isUnitKind(kind)) block.unitList = parseUnitList(f.value, line, valueStart, unitCache);
    blocks.push(block);
  }
  return blocks;
}
