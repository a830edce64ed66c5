// PLAN031-unknown-status: a 状态 is a configured status or an alias of one.
import { strict as assert } from 'assert';
import { doc, findings, lint, covered } from '../../support/lint';

describe('PLAN031 unknown-status', () => {
  it('reports a value outside the list, naming the list', () => {
    const text = doc('一、甲', '1.条目', '状态：差不多了', '2.条目', '状态：进行中', '3.条目', '状态：暂缓');
    assert.deepEqual(findings(text, 'PLAN031', { locale: 'en' }), [[3, 'Unknown status 差不多了: use one of 未启动、推进中、已完成、已延期、暂缓']]);
    const [d] = lint(text, 'PLAN031');
    assert.equal(covered(text, d), '差不多了');
    assert.equal(d.message, '未知的状态“差不多了”：应为 未启动、推进中、已完成、已延期、暂缓 之一');
  });
  it('follows the configured list', () => {
    const statuses = [{ name: '在办', aliases: ['办理中'] }, { name: '办结', done: true }];
    assert.deepEqual(findings(doc('一、甲', '1.条目', '状态：办理中'), 'PLAN031', { config: { statuses } }), []);
    assert.equal(findings(doc('一、甲', '1.条目', '状态：推进中'), 'PLAN031', { config: { statuses } }).length, 1);
  });
});
