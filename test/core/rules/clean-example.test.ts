// examples/clean.plan is the reference of a well-formed plan: no diagnostics at all.
import { strict as assert } from 'assert';
import { parsePlan } from '../../../core/parse';
import { lintDocument } from '../../../core/lint';
import { cleanExample } from '../../support/fixtures';
import { itemsOf, sectionsOf } from '../../../core/model';

describe('examples/clean.plan', () => {
  const text = cleanExample();
  const doc = parsePlan(text);

  it('has the shape it is meant to show', () => {
    assert.ok(doc.frontMatter?.closed);
    for (const key of ['标题', '发文机关', '文号', '日期']) assert.ok(doc.meta[key], key);
    assert.match(doc.meta['文号'], /〔\d{4}〕/);
    assert.ok(doc.preamble.length > 0);
    assert.equal(sectionsOf(doc).length, 3);
    const items = itemsOf(doc);
    assert.deepEqual(items.map(i => i.number), items.map((_, k) => k + 1));
    for (const it of items) assert.deepEqual(it.blocks.map(b => b.blockKind), ['target', 'measures', 'responsible'], `item ${it.number}`);
    assert.ok(items.some(it => it.blocks.some(b => b.enumerations.length >= 2)));
    assert.equal(doc.comments.length, 1);
    assert.equal(doc.closing.length, 2);
  });

  it('yields no diagnostics under the defaults, in either language', () => {
    assert.deepEqual(lintDocument(doc, { locale: 'zh-cn' }), []);
    assert.deepEqual(lintDocument(doc, { locale: 'en' }), []);
  });
});
