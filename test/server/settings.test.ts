// Settings → configuration and locale mapping (no server process).
import { strict as assert } from 'assert';
import { settingsToConfig, toLocale } from '../../server/src/settings';
import { resolveConfig } from '../../core/config/load';

describe('server settings', () => {
  it('maps editor locales to message locales', () => {
    assert.equal(toLocale('zh-cn'), 'zh-cn');
    assert.equal(toLocale('zh-CN'), 'zh-cn');
    assert.equal(toLocale('zh-tw'), 'zh-cn');
    assert.equal(toLocale('zh'), 'zh-cn');
    assert.equal(toLocale('en-us'), 'en');
    assert.equal(toLocale('en'), 'en');
    assert.equal(toLocale('de'), undefined);
    assert.equal(toLocale(''), undefined);
    assert.equal(toLocale(42), undefined);
  });

  it('turns planmark.* settings into a config, dropping malformed values', () => {
    const raw = settingsToConfig({
      rules: { PLAN001: 'off', PLAN002: 'loud', PLAN003: 3 },
      numbering: 'per-section',
      requiredBlocks: ['目标任务', 'responsible'],
      units: ['人事股', { name: '督导室', aliases: ['教育督导室'] }, 7, null],
      metaKeys: ['项目', 1],
      locale: 'en',
    });
    assert.deepEqual(raw, {
      rules: { PLAN001: 'off' },
      numbering: 'per-section',
      requiredBlocks: ['目标任务', 'responsible'],
      units: ['人事股', { name: '督导室', aliases: ['教育督导室'] }],
      metaKeys: ['项目'],
    });
    const config = resolveConfig(raw);
    assert.deepEqual(config.requiredBlocks, ['target', 'responsible']);
    assert.equal(config.units.length, 2);
  });

  it('ignores missing or odd settings', () => {
    assert.deepEqual(settingsToConfig(undefined), {});
    assert.deepEqual(settingsToConfig(null), {});
    assert.deepEqual(settingsToConfig({ rules: [], numbering: 'sometimes', requiredBlocks: [] }), {});
  });
});
