// The parser's ways around Ohm must give what the grammar gives:
// - quickLine (core/parse/quickLine.ts) answers for most lines; wherever it answers, the
//   answer must be the `line` rule of grammar/plan.ohm with its semantics;
// - scanUnitList (core/parse/unitList.ts) tokenizes unit lists as the `unitList` rule does.
// Checked on every line of the corpus, fixtures and examples, on those lines cut and
// mutated, and on random lines over every character the grammar names.
import { strict as assert } from 'assert';
import fc from 'fast-check';
import * as fs from 'fs';
import * as path from 'path';
import { splitLines } from '../../../core/parse';
import { LINE_HEAD, matchLineWithGrammar } from '../../../core/parse/lineSyntax';
import { quickLine } from '../../../core/parse/quickLine';
import { scanUnitList, tokenizeWithGrammar, unitListLexicon } from '../../../core/parse/unitList';
import { allPlans } from '../../support/fixtures';
import { REPO_ROOT } from '../../support/paths';
import { describeSeeds, readSeed, SEED_NUMBERS } from '../../support/seeds';

/** Every line of the repository's plans: test/corpus, the plan fixtures, the examples. */
function realLines(): string[] {
  const corpus = path.join(REPO_ROOT, 'test', 'corpus');
  const files = [
    ...fs.readdirSync(corpus).filter(f => f.endsWith('.plan')).map(f => path.join(corpus, f)),
    ...allPlans().map(p => p.file),
  ];
  return [...new Set(files.flatMap(f => splitLines(fs.readFileSync(f, 'utf8'))))];
}

/**
 * Every character grammar/plan.ohm names in a string literal or as a range's ends (read
 * from the grammar's source, so a new terminal joins the alphabet), and a few of the
 * characters its ranges hold: the alphabet random lines are made of.
 */
function grammarAlphabet(): string[] {
  const source = fs.readFileSync(path.join(REPO_ROOT, 'grammar', 'plan.ohm'), 'utf8').replace(/\/\/.*$/gm, '');
  const chars = new Set<string>();
  for (const m of source.matchAll(/"((?:[^"\\]|\\.)*)"/g)) {
    const text = m[1].replace(/\\(?:u\{([0-9A-Fa-f]+)\}|u([0-9A-Fa-f]{4})|(.))/g, (_, long?: string, short?: string, other?: string) =>
      long || short ? String.fromCodePoint(parseInt((long ?? short)!, 16)) : ({ t: '\t', n: '\n', r: '\r' } as Record<string, string>)[other!] ?? other!);
    for (const ch of text) chars.add(ch);
  }
  for (const ch of ['中', '任', '务', '龥', 'z', 'Q', '5', '９', '_', '/', '，', '。', '“', '》', '\uD83D\uDE00', '\uD800', '\t', '\u2465']) chars.add(ch);
  chars.delete('\n'); chars.delete('\r'); // a line has no terminator
  return [...chars];
}

/** What lineSyntax.ts gives quickLine to answer: a line's head. */
function headOf(line: string): string {
  const indent = /^[\t \u00A0\u3000\uFEFF]*/.exec(line)![0].length;
  return line.slice(0, indent + LINE_HEAD);
}

function agrees(input: string): boolean {
  const quick = quickLine(input);
  if (quick === undefined) return false;
  assert.deepEqual(quick, matchLineWithGrammar(input), `quickLine(${JSON.stringify(input)})`);
  return true;
}

describe('quickLine: the grammar without Ohm for the common line forms', () => {
  const lines = realLines();

  it('agrees with the grammar on every real line, and answers for most of them', () => {
    const heads = [...new Set(lines.map(headOf))];
    let answered = 0;
    const kinds = new Set<string>();
    for (const head of heads) {
      if (agrees(head)) { answered++; kinds.add(quickLine(head)!.kind); }
    }
    assert.ok(heads.length > 500, `${heads.length} distinct heads`);
    assert.ok(answered / heads.length > 0.75, `answered ${answered} of ${heads.length}`);
    assert.deepEqual([...kinds].sort(), ['item', 'labeled', 'paragraph', 'section']);
  });

  it('agrees with the grammar on real lines cut, joined and altered (fast-check)', () => {
    const alphabet = grammarAlphabet();
    const edit = fc.tuple(fc.nat(), fc.constantFrom(...alphabet), fc.constantFrom('insert', 'replace', 'delete'));
    fc.assert(fc.property(fc.constantFrom(...lines), fc.constantFrom(...lines), fc.array(edit, { maxLength: 6 }), fc.nat(40), (a, b, edits, cut) => {
      let line = [...(a + b)].slice(0, cut + 1);
      for (const [at, ch, how] of edits) {
        const i = line.length ? at % (line.length + 1) : 0;
        if (how === 'insert') line.splice(i, 0, ch);
        else if (how === 'replace') line[i] = ch;
        else line.splice(i, 1);
      }
      agrees(line.join(''));
    }), { numRuns: 3000 });
  });

  it('agrees with the grammar on random lines over every character the grammar names (fast-check)', () => {
    const alphabet = grammarAlphabet();
    for (const ch of ['一', '、', '第', '（', '）', ':', '：', '.', '．', '\u3000', '0', '9']) assert.ok(alphabet.includes(ch), `the alphabet holds ${ch}`);
    // Pieces lines are made of (markers, numbers, labels), so that forms and near-forms are common.
    const pieces = ['1', '12', '１２', '一', '十二', '〇', '二十', '第', '部分', '篇', '目标任务', '责任股室', '单位', '牵头', 'PLAN', '//', '---', '%', '（单位）', '(注:', '）：', '：'];
    const token = fc.oneof({ arbitrary: fc.constantFrom(...alphabet), weight: 2 }, { arbitrary: fc.constantFrom(...pieces), weight: 1 });
    let answered = 0;
    fc.assert(fc.property(fc.array(token, { maxLength: 12 }), tokens => {
      if (agrees(tokens.join(''))) answered++;
    }), { numRuns: 20000 });
    assert.ok(answered > 2000, `quickLine answered ${answered} random lines`);
  });
});

describe('scanUnitList: the grammar\'s unitList without Ohm', () => {
  const lexicon = unitListLexicon()!;
  const same = (text: string) => assert.deepEqual(scanUnitList(text, lexicon), tokenizeWithGrammar(text), `scanUnitList(${JSON.stringify(text)})`);

  it('reads its literals from the grammar', () => {
    assert.ok(lexicon, 'the grammar\'s separator, listEnd, listSpace, lparen, rparen and noteWord are alternations of literals');
    assert.ok(lexicon.separator.has('、') && lexicon.rparen.has('）') && lexicon.noteWords.includes('牵头'));
  });

  it('tokenizes every real line as the grammar does (the text after a colon, and the whole line)', () => {
    const lines = realLines();
    let lists = 0;
    for (const line of lines) {
      const colon = line.search(/[:\uFF1A]/);
      if (colon >= 0) { same(line.slice(colon + 1)); lists++; }
      same(line);
    }
    assert.ok(lists > 200, `${lists} texts after a colon`);
  });

  it('tokenizes random lists as the grammar does (fast-check)', () => {
    const alphabet = grammarAlphabet();
    const pieces = [...lexicon.noteWords, '县教育局', '人事股', '县直学校', '（', '）', '(', ')', '（牵头）', '（园）', '、', '，', '。', ' '];
    const token = fc.oneof({ arbitrary: fc.constantFrom(...alphabet), weight: 1 }, { arbitrary: fc.constantFrom(...pieces), weight: 2 });
    fc.assert(fc.property(fc.array(token, { maxLength: 16 }), tokens => same(tokens.join(''))), { numRuns: 10000 });
  });
});

describeSeeds('the grammar\'s fast paths on the raw seeds', () => {
  it('quickLine and scanUnitList agree with the grammar on every line of every seed', () => {
    const lexicon = unitListLexicon()!;
    let answered = 0;
    for (const n of SEED_NUMBERS) {
      for (const line of splitLines(readSeed(n))) {
        if (agrees(headOf(line))) answered++;
        assert.deepEqual(scanUnitList(line, lexicon), tokenizeWithGrammar(line), `seed ${n}: ${line}`);
      }
    }
    assert.ok(answered > 100, `quickLine answered ${answered} seed lines`);
  });
});
