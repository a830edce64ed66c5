// What applies to every rule: severities from the configuration (by id or by name, `off`),
// and the disable directives in the document.
import { strict as assert } from 'assert';
import { doc, lint } from '../../support/lint';

describe('rule severities and disable directives', () => {
  const text = doc('一、甲', '1.a', '3.b', '// planmark-disable-next-line PLAN003', '5.c');

  it('reports at the default severity, except on a line after planmark-disable-next-line', () => {
    assert.deepEqual(lint(text, 'PLAN003').map(d => [d.range.start.line, d.severity]), [[2, 'warning']]);
  });

  it('follows a configured severity given by rule name', () => {
    assert.deepEqual(lint(text, 'PLAN003', { config: { rules: { 'item-numbering': 'error' } } }).map(d => d.severity), ['error']);
  });

  it('turns a rule off by id', () => {
    assert.deepEqual(lint(text, 'PLAN003', { config: { rules: { PLAN003: 'off' } } }), []);
  });

  it('silences a rule between planmark-disable and planmark-enable', () => {
    const block = doc('一、甲', '1.a XX年', '// planmark-disable PLAN016', '2.b XX年', '3.c XX年', '// planmark-enable', '4.d XX年');
    assert.deepEqual(lint(block, 'PLAN016').map(d => d.range.start.line), [1, 6]);
  });
});
