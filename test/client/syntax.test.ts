// Tests of the TextMate grammar syntaxes/plan.tmLanguage.json, an editor asset of the client.
//
// Every expectation runs through two engines: the real one VS Code uses (vscode-textmate with
// vscode-oniguruma, devDependencies of the project), and a small TextMate tokenizer over
// JavaScript regular expressions carried by this file (the grammar keeps to the regex subset
// both engines share; `\A` is handled like vscode-textmate does), which also checks that the
// grammar stays within that subset.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as onig from 'vscode-oniguruma';
import * as tm from 'vscode-textmate';
import { allPlans } from '../support/fixtures';
import { REPO_ROOT as ROOT } from '../support/paths';
import { describeSeeds, readSeed } from '../support/seeds';
const GRAMMAR_PATH = path.join(ROOT, 'syntaxes/plan.tmLanguage.json');

interface Capture { name?: string; patterns?: Rule[] }
interface Rule {
  name?: string;
  contentName?: string;
  match?: string;
  begin?: string;
  end?: string;
  captures?: Record<string, Capture>;
  beginCaptures?: Record<string, Capture>;
  endCaptures?: Record<string, Capture>;
  patterns?: Rule[];
  include?: string;
}
interface Grammar extends Rule { scopeName: string; repository: Record<string, Rule> }

/** Syntax that Oniguruma has and JavaScript lacks (or reads differently). */
const ONIG_ONLY = /\\[GhHzZK]|\\x\{|\(\?>|\(\?~|\\p\{|\(\?[imx]+-?[imx]*[:)]|[*+?}]\+/;

/** Translates a grammar regex for JavaScript, or returns undefined when it cannot. */
function jsSource(source: string): string | undefined {
  if (ONIG_ONLY.test(source)) return undefined;
  return source.replace(/\\A/g, '^');
}

/** Per-line tokens: each character's scope stack (outermost first, without source.plan). */
type LineScopes = string[][];

interface Tokenizer {
  tokenize(lines: string[]): LineScopes[];
}

// ---------------------------------------------------------------------------------------
// A small TextMate interpreter over JS regexes: match rules, captures with nested
// patterns, includes, and begin/end rules across lines. Enough for this grammar.
// ---------------------------------------------------------------------------------------
class JsTokenizer implements Tokenizer {
  private cache = new Map<string, RegExp | null>();
  constructor(private readonly grammar: Grammar) {}

  private regex(source: string, lineIndex: number): RegExp | null {
    if (/\\A/.test(source) && lineIndex > 0) return null;
    let re = this.cache.get(source);
    if (re === undefined) {
      const js = jsSource(source);
      re = js === undefined ? null : new RegExp(js, 'dg');
      this.cache.set(source, re);
    }
    return re;
  }

  /** Flattens includes and pattern containers into the rules that can match. */
  private flatten(patterns: Rule[], seen = new Set<Rule>()): Rule[] {
    const out: Rule[] = [];
    for (const p of patterns) {
      if (p.include) {
        const target = p.include === '$self' ? { patterns: this.grammar.patterns } : this.grammar.repository[p.include.replace(/^#/, '')];
        assert.ok(target, `include ${p.include} does not resolve`);
        if (!seen.has(target)) {
          seen.add(target);
          out.push(...this.flatten([target], seen));
        }
      } else if (p.match || p.begin) {
        out.push(p);
      } else if (p.patterns) {
        out.push(...this.flatten(p.patterns, seen));
      }
    }
    return out;
  }

  private static push(scopes: LineScopes, from: number, to: number, name: string | undefined): void {
    if (!name) return;
    for (let i = from; i < to; i++) scopes[i].push(...name.split(/\s+/));
  }

  private applyCaptures(line: string, m: RegExpExecArray, captures: Record<string, Capture> | undefined, scopes: LineScopes, lineIndex: number): void {
    if (!captures) return;
    const indices = m.indices!;
    for (let g = 0; g < indices.length; g++) {
      const cap = captures[String(g)];
      const span = indices[g];
      if (!cap || !span) continue;
      JsTokenizer.push(scopes, span[0], span[1], cap.name);
      if (cap.patterns) this.scan(line.slice(0, span[1]), span[0], this.flatten(cap.patterns), scopes, lineIndex, undefined);
    }
  }

  /**
   * Scans `text` from `pos` with `rules`; with `end` (inside a begin/end rule) stops at the
   * end match and returns the position after it, or returns -1 when the line ends first.
   */
  private scan(text: string, pos: number, rules: Rule[], scopes: LineScopes, lineIndex: number, end: { rule: Rule; source: string } | undefined): number {
    while (pos <= text.length) {
      let best: { m: RegExpExecArray; rule: Rule | null } | undefined;
      if (end) {
        const re = this.regex(end.source, lineIndex);
        if (re) {
          re.lastIndex = pos;
          const m = re.exec(text);
          if (m) best = { m, rule: null };
        }
      }
      for (const rule of rules) {
        const re = this.regex((rule.match ?? rule.begin)!, lineIndex);
        if (!re) continue;
        re.lastIndex = pos;
        const m = re.exec(text);
        if (m && (!best || m.index < best.m.index)) best = { m, rule };
      }
      if (!best) return end ? -1 : text.length;
      const { m, rule } = best;
      const from = m.index;
      const to = m.index + m[0].length;
      if (rule === null) {
        // the rule's own name is added by scanInside
        this.applyCaptures(text, m, end!.rule.endCaptures ?? end!.rule.captures, scopes, lineIndex);
        return to;
      }
      if (rule.match) {
        JsTokenizer.push(scopes, from, to, rule.name);
        this.applyCaptures(text, m, rule.captures, scopes, lineIndex);
        pos = to > pos ? to : pos + 1;
        continue;
      }
      // begin/end: the rest of this line (and following lines) belong to the rule.
      JsTokenizer.push(scopes, from, to, rule.name);
      this.applyCaptures(text, m, rule.beginCaptures ?? rule.captures, scopes, lineIndex);
      this.stack.push(rule);
      const stop = this.scanInside(text, to, scopes, lineIndex);
      if (stop < 0) return end ? -1 : text.length;
      pos = stop;
      if (pos >= text.length) return end ? -1 : text.length;
    }
    return end ? -1 : text.length;
  }

  private stack: Rule[] = [];

  /** Continues inside the innermost begin/end rule; returns the position after its end, or -1. */
  private scanInside(text: string, pos: number, scopes: LineScopes, lineIndex: number): number {
    const rule = this.stack[this.stack.length - 1];
    const inner = this.flatten(rule.patterns ?? []);
    const mark = scopes.map((s) => s.length);
    const stop = this.scan(text, pos, inner, scopes, lineIndex, { rule, source: rule.end! });
    // The rule's name covers everything from pos to the end match (or the line end).
    const until = stop < 0 ? text.length : stop;
    const own = rule.name ? rule.name.split(/\s+/) : [];
    for (let i = pos; i < until; i++) scopes[i].splice(mark[i], 0, ...own);
    if (stop >= 0) this.stack.pop();
    return stop;
  }

  tokenize(lines: string[]): LineScopes[] {
    this.stack = [];
    const top = this.flatten(this.grammar.patterns ?? []);
    return lines.map((line, lineIndex) => {
      const scopes: LineScopes = Array.from({ length: line.length }, () => []);
      let pos = 0;
      while (this.stack.length) {
        const stop = this.scanInside(line, pos, scopes, lineIndex);
        if (stop < 0) return scopes;
        pos = stop;
      }
      this.scan(line, pos, top, scopes, lineIndex, undefined);
      return scopes;
    });
  }
}

// ---------------------------------------------------------------------------------------
// The real engine, when available.
// ---------------------------------------------------------------------------------------
let wasmLoaded: Promise<void> | undefined;

/** vscode-textmate over vscode-oniguruma, loading syntaxes/plan.tmLanguage.json as VS Code does. */
async function loadRealTokenizer(): Promise<Tokenizer> {
  const wasm = fs.readFileSync(require.resolve('vscode-oniguruma/release/onig.wasm'));
  // The WASM module may be loaded only once per process.
  wasmLoaded ??= onig.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength) as ArrayBuffer);
  await wasmLoaded;
  const registry = new tm.Registry({
    onigLib: Promise.resolve({
      createOnigScanner: (sources: string[]) => new onig.OnigScanner(sources),
      createOnigString: (s: string) => new onig.OnigString(s),
    }),
    loadGrammar: async () => tm.parseRawGrammar(fs.readFileSync(GRAMMAR_PATH, 'utf8'), GRAMMAR_PATH),
  });
  const grammar = await registry.loadGrammar('source.plan');
  assert.ok(grammar, 'vscode-textmate loads source.plan');
  return {
    tokenize(lines: string[]): LineScopes[] {
      let state: tm.StateStack = tm.INITIAL;
      return lines.map((line) => {
        const r = grammar.tokenizeLine(line, state);
        state = r.ruleStack;
        const scopes: LineScopes = Array.from({ length: line.length }, () => []);
        for (const t of r.tokens) {
          const names = t.scopes.filter((s) => s !== 'source.plan').flatMap((s) => s.split(/\s+/));
          for (let i = t.startIndex; i < Math.min(t.endIndex, line.length); i++) scopes[i] = names.slice();
        }
        return scopes;
      });
    },
  };
}

// ---------------------------------------------------------------------------------------
// Expectations
// ---------------------------------------------------------------------------------------
const FW = { lp: '\uFF08', rp: '\uFF09', colon: '\uFF1A', comma: '\uFF0C', semi: '\uFF1B', dot: '\uFF0E', ideoSpace: '\u3000', nbsp: '\u00A0' };

interface Expect {
  /** The exact text (its first occurrence on the line, or the `nth`). */
  text: string;
  nth?: number;
  /** Scopes every character of `text` must have. */
  has?: string[];
  /** Scopes no character of `text` may have. */
  not?: string[];
  /** The scope must cover exactly `text`: the characters on both sides lack it. */
  exact?: string;
}

interface Case { title: string; lines: string[]; expect: Record<number, Expect[]> }

const CASES: Case[] = [
  {
    title: 'front matter: fences, keys, values, 文号 and dates',
    lines: ['---', '标题:县委教育工委2021年工作要点', '文号:厦湖教〔2020〕132号', `日期${FW.colon}2020年7月2日`, '---', '一、总体要求'],
    expect: {
      0: [{ text: '---', has: ['meta.frontmatter.plan', 'punctuation.definition.frontmatter.begin.plan'] }],
      1: [
        { text: '标题', has: ['support.type.property-name.frontmatter.plan'], exact: 'support.type.property-name.frontmatter.plan' },
        { text: '县委教育工委', has: ['string.unquoted.frontmatter.plan'] },
      ],
      2: [
        { text: '厦湖教〔2020〕132号', has: ['constant.other.document-number.plan'], exact: 'constant.other.document-number.plan' },
        { text: '厦湖教', has: ['entity.name.type.issuer-code.plan'] },
        { text: '2020', has: ['constant.numeric.year.plan'] },
        { text: '132', has: ['constant.numeric.serial.plan'] },
      ],
      3: [
        { text: '日期', has: ['support.type.property-name.frontmatter.plan'] },
        { text: FW.colon, has: ['punctuation.separator.key-value.plan'] },
        { text: '2020年7月2日', has: ['constant.numeric.date.plan'], exact: 'constant.numeric.date.plan' },
      ],
      4: [{ text: '---', has: ['punctuation.definition.frontmatter.end.plan'] }],
      5: [{ text: '一', has: ['constant.numeric.section.plan'], not: ['meta.frontmatter.plan'] }],
    },
  },
  {
    title: 'a --- line after the first line is not front matter',
    lines: ['标题', '---', '一、总体要求'],
    expect: { 1: [{ text: '---', not: ['meta.frontmatter.plan'] }], 2: [{ text: '一', has: ['constant.numeric.section.plan'] }] },
  },
  {
    title: 'parts, sections and subsections',
    lines: ['第二篇 专项工作', '一、聚焦党的全面领导,提升党的建设质量', `${FW.ideoSpace}${FW.ideoSpace}十二、强化保障`, '(一)以推进教育现代化区创建为重点。全面推进', `${FW.lp}三${FW.rp}深化改革`],
    expect: {
      0: [{ text: '第二篇', has: ['constant.numeric.part.plan'] }, { text: '专项工作', has: ['entity.name.section.part.plan'] }],
      1: [
        { text: '一', has: ['markup.heading.section.plan', 'constant.numeric.section.plan'], exact: 'constant.numeric.section.plan' },
        { text: '、', has: ['punctuation.separator.section.plan'] },
        { text: '聚焦党的全面领导,提升党的建设质量', has: ['entity.name.section.plan'], exact: 'entity.name.section.plan' },
      ],
      2: [{ text: '十二', has: ['constant.numeric.section.plan'], exact: 'constant.numeric.section.plan' }, { text: '强化保障', has: ['entity.name.section.plan'] }],
      3: [
        { text: '一', has: ['constant.numeric.subsection.plan'] },
        { text: '以推进教育现代化区创建为重点', has: ['entity.name.section.subsection.plan'], exact: 'entity.name.section.subsection.plan' },
        { text: '全面推进', not: ['entity.name.section.subsection.plan'] },
      ],
      4: [{ text: FW.lp, has: ['punctuation.definition.subsection.begin.plan'] }, { text: '三', has: ['constant.numeric.subsection.plan'] }, { text: '深化改革', has: ['entity.name.section.subsection.plan'] }],
    },
  },
  {
    title: 'items: number forms, title up to the first 。, body, masks and placeholders',
    lines: [
      '1.深入学习宣传贯彻党的***五中***精神',
      '12、推进教育人事制度改革。根据国家XX年要求,一是加强管理;二是完善制度。',
      `  ${FW.nbsp}3${FW.dot}强化督导`,
      '\uFF10\uFF14.加强安全',
      '25. 强化教育督导',
      '2.5亿元用于学校建设',
    ],
    expect: {
      0: [
        { text: '1', has: ['meta.item.plan', 'constant.numeric.item.plan'] },
        { text: '.', has: ['punctuation.separator.item.plan'] },
        { text: '深入学习宣传贯彻党的', has: ['entity.name.function.item.plan', 'markup.bold.item-title.plan'] },
        { text: '***', has: ['invalid.deprecated.masked.plan', 'entity.name.function.item.plan'], exact: 'invalid.deprecated.masked.plan' },
      ],
      1: [
        { text: '12', has: ['constant.numeric.item.plan'], exact: 'constant.numeric.item.plan' },
        { text: '、', has: ['punctuation.separator.item.plan'] },
        { text: '推进教育人事制度改革', has: ['entity.name.function.item.plan'], exact: 'entity.name.function.item.plan' },
        { text: '。', has: ['punctuation.terminator.title.plan'] },
        { text: '根据国家', not: ['entity.name.function.item.plan'] },
        { text: 'XX', has: ['invalid.deprecated.placeholder.plan'], exact: 'invalid.deprecated.placeholder.plan' },
        { text: '一是', has: ['keyword.other.enumeration.plan'], exact: 'keyword.other.enumeration.plan' },
        { text: '二是', has: ['keyword.other.enumeration.plan'] },
      ],
      2: [{ text: '3', has: ['constant.numeric.item.plan'] }, { text: FW.dot, has: ['punctuation.separator.item.plan'] }, { text: '强化督导', has: ['entity.name.function.item.plan'] }],
      3: [{ text: '\uFF10\uFF14', has: ['constant.numeric.item.plan'] }, { text: '加强安全', has: ['entity.name.function.item.plan'] }],
      4: [{ text: '25', has: ['constant.numeric.item.plan'] }, { text: '强化教育督导', has: ['entity.name.function.item.plan'] }],
      5: [{ text: '2.5亿元', not: ['meta.item.plan', 'constant.numeric.item.plan'] }],
    },
  },
  {
    title: 'sub-items',
    lines: ['(1)细化任务分工', `${FW.lp}2${FW.rp}压实责任`, '①明确目标'],
    expect: {
      0: [{ text: '(1)', has: ['constant.numeric.subitem.plan'], exact: 'constant.numeric.subitem.plan' }],
      1: [{ text: `${FW.lp}2${FW.rp}`, has: ['constant.numeric.subitem.plan'] }],
      2: [{ text: '①', has: ['constant.numeric.subitem.plan'] }, { text: '明确目标', has: ['meta.subitem.plan'], not: ['constant.numeric.subitem.plan'] }],
    },
  },
  {
    title: 'text blocks: labels with a colon, enumerations and deadlines',
    lines: [
      '目标任务:开展党史学习教育。一是学习;二是宣传。',
      `工作措施${FW.colon}十是强化考核。`,
      '完成时限:2021年6月底前',
      '完成时限:6月30日前,第一季度,每月5日前',
      '责任领导:张三',
      '目标:不是块标签',
    ],
    expect: {
      0: [
        { text: '目标任务', has: ['keyword.other.block-label.plan'], exact: 'keyword.other.block-label.plan' },
        { text: ':', has: ['punctuation.separator.key-value.plan'] },
        { text: '一是', has: ['keyword.other.enumeration.plan'] },
        { text: '二是', has: ['keyword.other.enumeration.plan'] },
      ],
      1: [{ text: '工作措施', has: ['keyword.other.block-label.plan'] }, { text: '十是', has: ['keyword.other.enumeration.plan'] }],
      2: [{ text: '完成时限', has: ['keyword.other.block-label.plan'] }, { text: '2021年6月底前', has: ['constant.numeric.date.plan'], exact: 'constant.numeric.date.plan' }],
      3: [
        { text: '6月30日前', has: ['constant.numeric.date.plan'], exact: 'constant.numeric.date.plan' },
        { text: '第一季度', has: ['constant.numeric.date.plan'], exact: 'constant.numeric.date.plan' },
        { text: '每月5日前', has: ['constant.numeric.date.plan'] },
      ],
      4: [{ text: '责任领导', has: ['keyword.other.block-label.plan'] }],
      5: [{ text: '目标', not: ['keyword.other.block-label.plan'] }],
    },
  },
  {
    title: 'unit blocks: each unit scoped, separators, notes, qualifiers, full-width forms',
    lines: [
      '责任股室(单位):秘书股、机关党委、人事股,各乡镇中心校、县直学校(园)。',
      `责任股室${FW.lp}单位${FW.rp}${FW.colon}基教股${FW.comma}人事股${FW.semi}办公室`,
      '牵头单位:秘书股(排名第一为牵头股室,下同)、xx区教育局',
      '责任 股室:',
      `${FW.ideoSpace}配合单位:财务股;审计股`,
      '责任科室:组干科、机关党委;完成时限:6月底',
    ],
    expect: {
      0: [
        { text: '责任股室', has: ['keyword.other.block-label.plan'], exact: 'keyword.other.block-label.plan' },
        { text: '(单位)', has: ['keyword.other.block-label.qualifier.plan'] },
        { text: ':', has: ['punctuation.separator.key-value.plan'] },
        { text: '秘书股', has: ['entity.name.tag.unit.plan', 'meta.unit-list.plan'], exact: 'entity.name.tag.unit.plan' },
        { text: '机关党委', has: ['entity.name.tag.unit.plan'], exact: 'entity.name.tag.unit.plan' },
        { text: '人事股', has: ['entity.name.tag.unit.plan'], exact: 'entity.name.tag.unit.plan' },
        { text: '各乡镇中心校', has: ['entity.name.tag.unit.plan'], exact: 'entity.name.tag.unit.plan' },
        { text: '县直学校(园)', has: ['entity.name.tag.unit.plan'], exact: 'entity.name.tag.unit.plan' },
        { text: '、', has: ['punctuation.separator.unit.plan'] },
        { text: ',', has: ['punctuation.separator.unit.plan'] },
        { text: '。', has: ['punctuation.terminator.plan'], not: ['entity.name.tag.unit.plan'] },
      ],
      1: [
        { text: '责任股室', has: ['keyword.other.block-label.plan'] },
        { text: `${FW.lp}单位${FW.rp}`, has: ['keyword.other.block-label.qualifier.plan'] },
        { text: '基教股', has: ['entity.name.tag.unit.plan'], exact: 'entity.name.tag.unit.plan' },
        { text: '人事股', has: ['entity.name.tag.unit.plan'], exact: 'entity.name.tag.unit.plan' },
        { text: '办公室', has: ['entity.name.tag.unit.plan'], exact: 'entity.name.tag.unit.plan' },
        { text: FW.comma, has: ['punctuation.separator.unit.plan'] },
        { text: FW.semi, has: ['punctuation.separator.unit.plan'] },
      ],
      2: [
        { text: '牵头单位', has: ['keyword.other.block-label.plan'] },
        { text: '秘书股', has: ['entity.name.tag.unit.plan'], exact: 'entity.name.tag.unit.plan' },
        { text: '(排名第一为牵头股室,下同)', has: ['comment.block.note.plan'], not: ['entity.name.tag.unit.plan'] },
        { text: 'xx', has: ['invalid.deprecated.placeholder.plan'] },
        { text: '区教育局', has: ['entity.name.tag.unit.plan'] },
      ],
      3: [{ text: '责任 股室', has: ['keyword.other.block-label.plan'] }],
      4: [{ text: '配合单位', has: ['keyword.other.block-label.plan'] }, { text: '财务股', has: ['entity.name.tag.unit.plan'] }, { text: '审计股', has: ['entity.name.tag.unit.plan'] }],
      5: [
        { text: '组干科', has: ['entity.name.tag.unit.plan'] },
        { text: '完成时限', has: ['keyword.other.block-label.inline.plan'], not: ['entity.name.tag.unit.plan'] },
        { text: '6月底', has: ['constant.numeric.date.plan'] },
      ],
    },
  },
  {
    title: 'comments, directives, region markers, 文号 and placeholders in text',
    lines: [
      '// 待局务会讨论',
      '// planmark-disable-next-line PLAN001, PLAN012',
      '// #region 附件',
      '现将《关于印发20xx年工作要点的通知》印发给你们,国办发[2021]5号。',
      '加强管理(责任单位:人事股;完成时限:6月底)',
      '经费***万元,202x年完成,**县',
      'http://example.invalid/a//b',
    ],
    expect: {
      0: [{ text: '//', has: ['comment.line.double-slash.plan', 'punctuation.definition.comment.plan'] }, { text: '待局务会讨论', has: ['comment.line.double-slash.plan'] }],
      1: [
        { text: 'planmark-disable-next-line', has: ['keyword.control.directive.plan', 'comment.line.double-slash.directive.plan'] },
        { text: 'PLAN001', has: ['constant.other.rule-id.plan'], exact: 'constant.other.rule-id.plan' },
        { text: 'PLAN012', has: ['constant.other.rule-id.plan'] },
      ],
      2: [{ text: '#region', has: ['keyword.control.region.plan'] }],
      3: [
        { text: '关于印发', has: ['string.quoted.other.book-title.plan'] },
        { text: '20xx', has: ['invalid.deprecated.placeholder.plan'], exact: 'invalid.deprecated.placeholder.plan' },
        { text: '国办发[2021]5号', has: ['constant.other.document-number.plan'], exact: 'constant.other.document-number.plan' },
      ],
      4: [{ text: '责任单位', has: ['keyword.other.block-label.inline.plan'] }, { text: '完成时限', has: ['keyword.other.block-label.inline.plan'] }, { text: '6月底', has: ['constant.numeric.date.plan'] }],
      5: [
        { text: '***', has: ['invalid.deprecated.masked.plan'] },
        { text: '202x', has: ['invalid.deprecated.placeholder.plan'], exact: 'invalid.deprecated.placeholder.plan' },
        { text: '**', has: ['invalid.deprecated.masked.plan'] },
      ],
      6: [{ text: 'a//b', not: ['comment.line.double-slash.plan'] }],
    },
  },
];

function check(tokens: LineScopes[], c: Case, engine: string): void {
  for (const [lineText, expects] of Object.entries(c.expect)) {
    const lineIndex = Number(lineText);
    const line = c.lines[lineIndex];
    const scopes = tokens[lineIndex];
    for (const e of expects) {
      let at = -1;
      for (let n = 0; n <= (e.nth ?? 0); n++) at = line.indexOf(e.text, at + 1);
      assert.ok(at >= 0, `${engine}: "${e.text}" is not on line ${lineIndex}: ${line}`);
      const where = `${engine}: line ${lineIndex} ${JSON.stringify(line)}, "${e.text}"`;
      for (let i = at; i < at + e.text.length; i++) {
        for (const s of e.has ?? []) assert.ok(scopes[i].includes(s), `${where}: char ${i} lacks ${s}; has [${scopes[i].join(' ')}]`);
        for (const s of e.not ?? []) assert.ok(!scopes[i].includes(s), `${where}: char ${i} has ${s}`);
      }
      // `exact`: the characters on both sides of the text (those the line has) lack the scope.
      for (const scope of e.exact ? [e.exact] : []) {
        const sides: [number, string][] = [[at - 1, 'starts before it'], [at + e.text.length, 'runs on after it']];
        for (const [i, what] of sides.filter(([i]) => i >= 0 && i < line.length)) assert.ok(!scopes[i].includes(scope), `${where}: ${scope} ${what}`);
      }
    }
  }
}

/** Counts the lines with an item number and the lines with a unit scope. */
function assertItemAndUnitLines(tokenizer: Tokenizer, text: string, items: number, unitLines: number): void {
  const tokens = tokenizer.tokenize(text.split(/\r?\n/));
  assert.strictEqual(tokens.filter((t) => t.some((s) => s.includes('constant.numeric.item.plan'))).length, items, 'item lines');
  assert.strictEqual(tokens.filter((t) => t.some((s) => s.includes('entity.name.tag.unit.plan'))).length, unitLines, 'non-empty 责任股室 lines');
}

describe('TextMate grammar (syntaxes/plan.tmLanguage.json)', () => {
  const grammar = JSON.parse(fs.readFileSync(GRAMMAR_PATH, 'utf8')) as Grammar;

  it('is source.plan and every include resolves', () => {
    assert.strictEqual(grammar.scopeName, 'source.plan');
    const walk = (node: unknown): void => {
      if (!node || typeof node !== 'object') return;
      const rule = node as Rule;
      if (typeof rule.include === 'string' && rule.include.startsWith('#')) {
        assert.ok(grammar.repository[rule.include.slice(1)], `unresolved include ${rule.include}`);
      }
      for (const v of Object.values(node)) walk(v);
    };
    walk(grammar);
  });

  it('every match/begin/end regex compiles as JavaScript (or is skipped as Oniguruma-only)', () => {
    const compiled: string[] = [];
    const skipped: string[] = [];
    const walk = (node: unknown, where: string): void => {
      if (!node || typeof node !== 'object') return;
      for (const key of ['match', 'begin', 'end'] as const) {
        const source = (node as Rule)[key];
        if (typeof source !== 'string') continue;
        const js = jsSource(source);
        if (js === undefined) {
          skipped.push(`${where}.${key}`);
          continue;
        }
        assert.doesNotThrow(() => new RegExp(js, 'dg'), `${where}.${key}: ${source}`);
        compiled.push(`${where}.${key}`);
      }
      for (const [k, v] of Object.entries(node)) walk(v, `${where}/${k}`);
    };
    walk(grammar, '');
    assert.ok(compiled.length >= 25, `only ${compiled.length} regexes compiled`);
    // The grammar deliberately keeps to the shared subset; anything skipped is untested.
    assert.deepStrictEqual(skipped, []);
  });

  it('no match regex accepts the empty string (which would stall a tokenizer)', () => {
    const walk = (node: unknown, where: string): void => {
      if (!node || typeof node !== 'object') return;
      const source = (node as Rule).match;
      if (typeof source === 'string') {
        const re = new RegExp(jsSource(source)!, 'g');
        for (const probe of ['', 'x', '这是正文。']) {
          re.lastIndex = 0;
          for (let m = re.exec(probe); m; m = re.exec(probe)) {
            assert.ok(m[0].length > 0, `${where}: empty match at ${m.index} of ${JSON.stringify(probe)}`);
          }
        }
      }
      for (const [k, v] of Object.entries(node)) walk(v, `${where}/${k}`);
    };
    walk(grammar, '');
  });

  it('highlights every block label of core/data/blocks.json (unit kinds as unit lists)', () => {
    const table = JSON.parse(fs.readFileSync(path.join(ROOT, 'core/data/blocks.json'), 'utf8')) as { kinds: { kind: string; labels: string[]; units: boolean }[] };
    const tokenizer = new JsTokenizer(grammar);
    for (const { kind, labels, units } of table.kinds) {
      for (const label of labels) {
        const line = `${label}:人事股`;
        const [scopes] = tokenizer.tokenize([line]);
        assert.ok(scopes[0].includes('keyword.other.block-label.plan'), `${kind} label ${label} is not highlighted`);
        const unit = scopes[line.indexOf('人事股')];
        assert.strictEqual(unit.includes('entity.name.tag.unit.plan'), units, `${kind} label ${label}: unit scope`);
      }
    }
  });

  describe('JavaScript tokenizer', () => {
    for (const c of CASES) {
      it(c.title, () => {
        check(new JsTokenizer(grammar).tokenize(c.lines), c, 'js');
      });
    }

    for (const plan of allPlans()) {
      it(`tokenizes ${plan.name} without throwing, one token list per line`, () => {
        const lines = fs.readFileSync(plan.file, 'utf8').split(/\r?\n/);
        assert.strictEqual(new JsTokenizer(grammar).tokenize(lines).length, lines.length);
      });
    }

    it('finds the 11 item lines and 10 non-empty 责任股室 lines of the county plan', () => {
      assertItemAndUnitLines(new JsTokenizer(grammar), fs.readFileSync(allPlans().find(p => p.name.endsWith('county-bureau.plan'))!.file, 'utf8'), 11, 10);
    });
  });

  describe('vscode-textmate + vscode-oniguruma', () => {
    let real: Tokenizer;
    before(async () => { real = await loadRealTokenizer(); });

    for (const c of CASES) {
      it(c.title, () => {
        check(real.tokenize(c.lines), c, 'vscode-textmate');
      });
    }

    it('agrees with the JavaScript tokenizer on every line of every plan of the repository', () => {
      for (const plan of allPlans()) {
        const lines = fs.readFileSync(plan.file, 'utf8').split(/\r?\n/);
        assert.deepStrictEqual(real.tokenize(lines), new JsTokenizer(grammar).tokenize(lines), plan.name);
      }
    });

    it('finds the 11 item lines and 10 non-empty 责任股室 lines of the county plan', () => {
      assertItemAndUnitLines(real, fs.readFileSync(allPlans().find(p => p.name.endsWith('county-bureau.plan'))!.file, 'utf8'), 11, 10);
    });
  });
});

describeSeeds('TextMate grammar on the raw seeds', () => {
  const grammar = JSON.parse(fs.readFileSync(GRAMMAR_PATH, 'utf8')) as Grammar;

  it('tokenizes every seed without throwing (JavaScript tokenizer and vscode-textmate)', async () => {
    const real = await loadRealTokenizer();
    for (const n of [0, 1, 2, 3, 4]) {
      const lines = readSeed(n).split(/\r?\n/);
      assert.strictEqual(new JsTokenizer(grammar).tokenize(lines).length, lines.length, `seed ${n}`);
      assert.strictEqual(real.tokenize(lines).length, lines.length, `seed ${n}`);
    }
  });

  it('finds the 26 item lines and 25 non-empty 责任股室 lines of seed 003', async () => {
    assertItemAndUnitLines(new JsTokenizer(grammar), readSeed(3), 26, 25);
    assertItemAndUnitLines(await loadRealTokenizer(), readSeed(3), 26, 25);
  });
});
