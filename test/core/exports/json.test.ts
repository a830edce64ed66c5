import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import Ajv from 'ajv';
import { exportJson, JSON_EXPORT_VERSION } from '../../../core/exports/json';
import { REPO_ROOT } from '../../support/paths';
import { planDoc, type PlanFixture } from '../../support/fixtures';

describe('exports: JSON', () => {
  const schema = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'schemas', 'plan-export.schema.json'), 'utf8'));
  const validate = new Ajv({ allErrors: true, strict: true }).compile(schema);

  for (const name of ['county-bureau', 'subsections', 'hostile', 'two-parts', 'one-line-items'] as PlanFixture[]) {
    it(`${name}.plan: validates against schemas/plan-export.schema.json`, () => {
      const data = JSON.parse(exportJson(planDoc(name), { source: name }));
      assert.ok(validate(structuredClone(data)), JSON.stringify(validate.errors, null, 2));
      assert.equal(data.version, JSON_EXPORT_VERSION);
      assert.equal(data.source, name);
    });
  }

  it('carries the model: sections, items, blocks, units, leads', () => {
    const data = JSON.parse(exportJson(planDoc('county-bureau')));
    assert.equal(data.sections.length, 4);
    const items = data.sections.flatMap((s: { items: unknown[] }) => s.items);
    assert.equal(items.length, 11);
    assert.equal(items[0].lead, '秘书股');
    assert.deepEqual(items[0].blocks.map((b: { kind: string }) => b.kind), ['target', 'measures', 'responsible']);
    assert.equal(items[0].blocks[2].units[0].name, '秘书股');
    assert.equal(items[0].blocks[2].units[0].lead, true);
    assert.equal(items[10].lead, undefined);
    assert.ok(!('lines' in data) && !('syntax' in data), 'no parser internals');
  });

  it('rejects what the schema does not allow', () => {
    const data = JSON.parse(exportJson(planDoc('subsections')));
    assert.ok(!validate({ ...data, version: 2 }));
    assert.ok(!validate({ ...data, extra: 1 }));
  });
});
