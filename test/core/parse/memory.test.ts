// Typing into a unit line must not keep copies of the document alive: the parser's
// caches hold copies of what they cache, never slices of the document text.
import { strict as assert } from 'assert';
import { PlanParser } from '../../../core/parse';
import { lintDocument } from '../../../core/lint';
import { scaledPlan } from '../../support/generate';
import { retainedHeap } from '../../support/heap';

describe('parser memory under editing', function () {

  it('keeps retained heap flat while thousands of characters are typed into a 责任股室 line', () => {
    let text = scaledPlan(150_000);
    const unitLine = text.indexOf('责任股室(单位):');
    assert.ok(unitLine > 0, 'the generated plan has a unit line');
    const at = text.indexOf('\n', unitLine); // the end of that line
    const parser = new PlanParser();
    let caret = at;
    let keystrokes = 0;
    const type = (n: number) => {
      // One character at a time, as an editor sends them: ten characters typed, then
      // deleted again, each a different character, so every version of the line is new
      // while the document keeps its size.
      for (let k = 0; k < n; k++, keystrokes++) {
        if (keystrokes % 20 < 10) text = text.slice(0, caret) + String.fromCharCode(0x4e00 + (keystrokes % 20000)) + text.slice(caret++);
        else text = text.slice(0, --caret) + text.slice(caret + 1);
        lintDocument(parser.parse(text), { locale: 'zh-cn' });
      }
    };
    // Warm up first (compiled code, inline caches and the caches' first fill are not growth).
    type(500);
    const warm = retainedHeap();
    type(700);
    const after = retainedHeap();
    const documentBytes = text.length * 2; // V8 keeps this text in two bytes a character
    const growth = after - warm;
    // Keeping one copy of the document per keystroke would grow it 700-fold; the limit
    // leaves room for the collector's noise (tens of KB) and still catches one copy
    // kept every few hundred keystrokes.
    assert.ok(growth < 3 * documentBytes, `retained heap grew by ${(growth / documentBytes).toFixed(2)}× the document over 700 keystrokes (limit 3×)`);
  });
});
