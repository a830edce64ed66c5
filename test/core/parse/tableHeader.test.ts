// The quick filter a one-cell-a-line table header passes before columnOf reads it
// (core/parse/table.ts mayNameColumn) never turns away a line that columnOf names, and
// answers body lines that merely start like a column name without reading them whole.
import * as assert from 'assert';
import data from '../../../core/data/tableColumns.json';
import traditional from '../../../core/data/traditional.json';
import { columnOf, mayNameColumn } from '../../../core/parse/table';
import { prng } from '../../support/random';

const NAMES = (data as { columns: { names: string[] }[] }).columns.flatMap(c => c.names);
const TO_TRADITIONAL = new Map(Object.entries((traditional as { map: Record<string, string> }).map).map(([t, s]) => [s, t]));
const PIECES = [' ', '\u3000', '\u00A0', '\t', ':', '\uFF1A', '(', ')', '\uFF08', '\uFF09', '|', '\uFF5C', '领导', '县委办', '、', '。', 'x'];

describe('table header filter (mayNameColumn)', () => {
  it('lets through every line columnOf names, over random header-like lines', () => {
    const random = prng(7);
    const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)];
    let named = 0;
    for (let n = 0; n < 20000; n++) {
      let name = pick(NAMES);
      // Traditional spellings and white space inside the name, as headers are written.
      name = [...name].map(ch => (random() < 0.3 ? TO_TRADITIONAL.get(ch) ?? ch : ch) + (random() < 0.1 ? pick([' ', '\u3000']) : '')).join('');
      let line = (random() < 0.3 ? pick([' ', '\u3000']) : '') + name;
      const tail = Math.floor(random() * 5);
      for (let k = 0; k < tail; k++) line += pick(PIECES);
      const first = /[^\s\u00A0\u3000]/.exec(line);
      if (!first) continue;
      const column = columnOf(line.replace(/[|\uFF5C]\s*$/, ''));
      if (column !== undefined) {
        named++;
        assert.ok(mayNameColumn(line, first.index), `filtered out ${JSON.stringify(line)} (${column})`);
      }
    }
    assert.ok(named > 5000, `only ${named} generated lines named a column`);
  });

  it('turns away body lines that start like a column name', () => {
    for (const line of ['目标任务：全面落实教育优先发展战略，办好人民满意的教育。', '工作措施：加强督导检查（每季度一次）并通报。', '责任单位：县教育局、县财政局']) {
      assert.strictEqual(mayNameColumn(line, 0), false, line);
      assert.strictEqual(columnOf(line), undefined, line);
    }
    assert.strictEqual(mayNameColumn('牵头单位（领导）|', 0), true);
    assert.strictEqual(mayNameColumn('完 成 时 限', 0), true);
  });
});
