import { strict as assert } from 'assert';
import MarkdownIt from 'markdown-it';
import { parseFragment } from 'parse5';
import { exportMarkdown } from '../../../core/exports/markdown';
import { fixtureDoc, HOSTILE_IMG, HOSTILE_SCRIPT } from './helpers';

type Node = { nodeName: string; tagName?: string; attrs?: { name: string }[]; childNodes?: Node[]; value?: string };
const walk = (n: Node, f: (n: Node) => void): void => { f(n); for (const c of n.childNodes ?? []) walk(c, f); };

describe('exports: Markdown', () => {
  const md = new MarkdownIt({ html: true });

  it('headings for sections and items, blocks as labelled paragraphs', () => {
    const text = exportMarkdown(fixtureDoc('clean.plan'));
    const lines = text.split('\n');
    assert.equal(lines[2], '# 颍上县教育局2021年工作要点');
    assert.ok(lines.includes('## 一、聚焦党的全面领导,提升党的建设质量'));
    assert.ok(lines.includes('### (一)加强思想政治建设'));
    assert.ok(lines.includes('#### 1\\.深入学习宣传贯彻党的十九届五中全会精神'));
    assert.ok(lines.includes('**目标任务**:一体化构建思想政治工作体系。'));
    const html = md.render(text);
    assert.match(html, /<h4>1\.深入学习宣传贯彻党的十九届五中全会精神<\/h4>/);
    assert.match(html, /<strong>责任股室\(单位\)<\/strong>:秘书股、机关党委/);
  });

  it('masked text stays text (seed 003 `******`)', () => {
    const html = md.render(exportMarkdown(fixtureDoc('seed-003.plan')));
    assert.ok(html.includes('以******新时代中国特色社会主义思想为指导'));
    assert.ok(!html.includes('<hr'));
  });

  it('hostile strings render as text even with HTML enabled', () => {
    const html = md.render(exportMarkdown(fixtureDoc('hostile.plan')));
    const tags: string[] = [];
    let text = '';
    walk(parseFragment(html) as unknown as Node, n => {
      if (n.tagName) tags.push(n.tagName);
      if (n.nodeName === '#text') text += n.value;
      assert.ok(!(n.attrs ?? []).some(a => a.name.startsWith('on')));
    });
    assert.ok(!tags.includes('script') && !tags.includes('img') && !tags.includes('b'));
    assert.ok(text.includes(`${HOSTILE_SCRIPT}工作要点${HOSTILE_IMG}`));
    assert.ok(text.includes(`任务${HOSTILE_IMG}标题`));
  });
});
