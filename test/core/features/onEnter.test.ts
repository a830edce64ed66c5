// Enter at the end of a numbered line continues the numbering in the line's own style.
import { strict as assert } from 'assert';
import { enterAction } from '../../../core/features/onEnter';

const at = (line: string) => enterAction(line, line.length);

describe('features: Enter continues the numbering', () => {
  it('continues items, sections and subsections as written', () => {
    assert.deepEqual(at('3.推进改革'), { kind: 'continue', marker: '4.' });
    assert.deepEqual(at('09、推进'), { kind: 'continue', marker: '10、' });
    assert.deepEqual(at('０７．推进'), { kind: 'continue', marker: '０８．' });
    assert.deepEqual(at('  12.推进  '), { kind: 'continue', marker: '  13.' });
    assert.deepEqual(at('九、加强管理'), { kind: 'continue', marker: '十、' });
    assert.deepEqual(at('（二）加强管理'), { kind: 'continue', marker: '（三）' });
    assert.deepEqual(at('(十)加强'), { kind: 'continue', marker: '(十一)' });
  });
  it('ends the list on a bare marker, and leaves other lines and mid-line Enter alone', () => {
    assert.deepEqual(at('4.'), { kind: 'end' });
    assert.deepEqual(at('三、'), { kind: 'end' });
    assert.equal(at('目标任务：完成'), undefined);
    assert.equal(at('2021年工作要点'), undefined);
    assert.equal(enterAction('3.推进改革', 2), undefined);
  });
});
