// Front-matter keys and their aliases, declared once: what PLAN023 accepts, the exporters
// read, import writes and completion offers come from the same list.
import { strict as assert } from 'assert';
import { canonicalMetaKey, META_KEYS, metaValue } from '../../../core/domain/meta';
import { flowOf } from '../../../core/exports/flow';
import { completions } from '../../../core/features/completion';
import { importPlan } from '../../../core/import';
import { parsePlan } from '../../../core/parse';
import { featureContext } from '../../support/context';
import { lint } from '../../support/lint';

describe('domain: front-matter keys', () => {
  it('accepts an alias the exporters read (发文字号, 发文单位), and reads it as its key', () => {
    const text = '---\n标题:某县教育局2025年工作要点\n发文字号:县教〔2025〕1号\n发文单位:某县教育局\n日期:2025年1月2日\n---\n一、总体\n1.任务。\n';
    assert.deepEqual(lint(text, 'PLAN023'), [], 'no unknown key');
    const doc = parsePlan(text);
    assert.equal(metaValue(doc, '文号'), '县教〔2025〕1号');
    const flow = flowOf(doc);
    assert.ok(flow.some(n => n.kind === 'docNumber' && n.text === '县教〔2025〕1号'), 'the DOCX/HTML/Markdown flow prints the 文号');
    assert.ok(flow.some(n => n.kind === 'closing' && n.text === '某县教育局'), 'and the issuer');
    assert.equal(lint(text.replace('〔2025〕', '[2025]'), 'PLAN021').length, 1, 'PLAN021 checks the aliased 文号 too');
  });

  it('flags a key that is neither a key nor an alias', () => {
    assert.equal(lint('---\n作者:某人\n---\n一、总体\n', 'PLAN023').length, 1);
  });

  it('has import write canonical keys, in the declared order, for disclosure aliases', async () => {
    const page = '索 引 号:11-22\n主题分类:教育\n发文字号:县教〔2025〕1号\n公文生成日期:2025-01-02\n某县教育局2025年工作要点\n一、总体\n1.任务。\n';
    const r = await importPlan({ text: page });
    const keys = r.meta.map(m => m.key);
    assert.deepEqual(keys, ['索引号', '分类', '文号', '日期']);
    for (const k of keys) assert.equal(canonicalMetaKey(k), k);
  });

  it('offers the declared keys in completion, in the declared order', () => {
    const doc = parsePlan('---\n\n---\n一、总体\n');
    const offered = completions(doc, { line: 1, character: 0 }, featureContext()).map(c => c.label);
    assert.deepEqual(offered, META_KEYS.map(k => k.key));
  });
});
