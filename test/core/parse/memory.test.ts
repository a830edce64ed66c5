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

  it('keeps retained heap flat while each keystroke goes into another section (sections rebuilt at different edits)', () => {
    const parser = new PlanParser();
    const lines = scaledPlan(150_000).split('\n');
    const doc = parser.parse(lines.join('\n'));
    // Each top-level section but the last (an edit there rebuilds that section only): its last line.
    const targets = doc.children.slice(0, -1).filter(c => c.kind === 'section').map(c => c.range.end.line).filter(l => lines[l].length > 2);
    assert.ok(targets.length >= 20, `the generated plan has many sections (${targets.length})`);
    let keystrokes = 0;
    const type = (n: number) => {
      // One character replaced at a time, in the next section each time: the document keeps its size and every version is new.
      for (let k = 0; k < n; k++, keystrokes++) {
        const line = targets[keystrokes % targets.length];
        lines[line] = lines[line].slice(0, -1) + String.fromCharCode(0x4e00 + (keystrokes % 20000));
        lintDocument(parser.parse(lines.join('\n')), { locale: 'zh-cn' });
      }
    };
    // Warm up in one section (compiled code, caches), then go through all of them twice.
    for (let k = 0; k < 200; k++) { keystrokes = k * targets.length; type(1); }
    keystrokes = 0;
    const warm = retainedHeap();
    type(2 * targets.length);
    const after = retainedHeap();
    assert.ok(parser.sectionRebuilds > 0, 'the edits rebuilt sections');
    const documentBytes = lines.join('\n').length * 2;
    const growth = after - warm;
    // A section that kept the text it was rebuilt from would keep one version per section.
    assert.ok(growth < 3 * documentBytes, `retained heap grew by ${(growth / documentBytes).toFixed(2)}× the document (limit 3×)`);
  });
});
