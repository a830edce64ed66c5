import { strict as assert } from 'assert';
import MarkdownIt from 'markdown-it';
import { parseFragment } from 'parse5';
import { exportMarkdown } from '../../../core/exports/markdown';
import { HOSTILE_IMG, HOSTILE_SCRIPT, planDoc } from '../../support/fixtures';
import { type HtmlNode as Node, walk } from '../../support/htmlTree';

describe('exports: Markdown', () => {
  const md = new MarkdownIt({ html: true });

  it('headings for sections and items, blocks as labelled paragraphs', () => {
    const text = exportMarkdown(planDoc('subsections'));
    const lines = text.split('\n');
    assert.equal(lines[2], '# 桐源县教育局2023年工作要点');
    assert.ok(lines.includes('## 一、强化思想引领,夯实育人基础'));
    assert.ok(lines.includes('### (一)加强思想政治建设'));
    assert.ok(lines.includes('#### 1\\.开展理想信念主题教育'));
    assert.ok(lines.includes('**目标任务**:建成县级校园文化示范校10所。'));
    const html = md.render(text);
    assert.match(html, /<h4>1\.开展理想信念主题教育<\/h4>/);
    assert.match(html, /<strong>责任股室\(单位\)<\/strong>:秘书股、机关党委/);
  });

  it('masked text stays text (the county plan’s `******`)', () => {
    const html = md.render(exportMarkdown(planDoc('county-bureau')));
    assert.ok(html.includes('以******为指导'));
    assert.ok(!html.includes('<hr'));
  });

  it('hostile strings render as text even with HTML enabled', () => {
    const html = md.render(exportMarkdown(planDoc('hostile')));
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
