import { strict as assert } from 'assert';
import { parse, parseFragment } from 'parse5';
import { exportHtml, renderHtmlBody } from '../../../core/exports/html';
import { HOSTILE_IMG, HOSTILE_SCRIPT, planDoc } from '../../support/fixtures';
import { type HtmlNode as Node, tagsAndAttributes, textOf, walk } from '../../support/htmlTree';

describe('exports: HTML', () => {
  it('a standalone page: doctype, charset, title, inline styles, no scripts or external resources', () => {
    const html = exportHtml(planDoc('county-bureau'));
    const doc = parse(html) as unknown as Node;
    const { tags } = tagsAndAttributes(doc);
    assert.ok(html.startsWith('<!DOCTYPE html>'));
    assert.ok(!tags.includes('script') && !tags.includes('link') && !tags.includes('img'));
    assert.ok(tags.includes('style'));
    let title = '';
    walk(doc, n => { if (n.tagName === 'title') title = textOf(n); });
    assert.equal(title, '青河县教育局2024年工作要点');
    const body = textOf(doc);
    assert.ok(body.includes('11.做好极端天气应对工作'));
    assert.ok(body.includes('责任股室(单位):秘书股、机关党委'));
    assert.ok(!/https?:\/\//.test(html), 'no external URLs');
  });

  for (const [name, render] of [['page', (d: ReturnType<typeof planDoc>) => exportHtml(d)], ['fragment', (d: ReturnType<typeof planDoc>) => renderHtmlBody(d)]] as const) {
    it(`hostile strings come out as text (${name})`, () => {
      const html = render(planDoc('hostile'));
      const tree = (name === 'page' ? parse(html) : parseFragment(html)) as unknown as Node;
      const { tags, attrs } = tagsAndAttributes(tree);
      assert.ok(!tags.includes('script'), 'no <script> element');
      assert.ok(!tags.includes('img'), 'no <img> element');
      assert.ok(!tags.includes('b'), 'no <b> from the text');
      assert.ok(!attrs.some(a => a.startsWith('on')), 'no event handler attribute');
      const text = textOf(tree);
      assert.ok(text.includes(`${HOSTILE_SCRIPT}工作要点${HOSTILE_IMG}`), 'title as text');
      assert.ok(text.includes(`${HOSTILE_SCRIPT}股、${HOSTILE_IMG}办`), 'units as text');
      assert.ok(text.includes(`任务${HOSTILE_IMG}标题`), 'item title as text');
      assert.ok(text.includes(`& "quotes" 'single' <b>bold</b>`));
    });
  }

  it('the body fragment carries data-line on headings, items and blocks for scroll sync', () => {
    const doc = planDoc('county-bureau');
    const tree = parseFragment(renderHtmlBody(doc)) as unknown as Node;
    const marked: { text: string; line: number; tag: string }[] = [];
    walk(tree, n => {
      const line = n.attrs?.find(a => a.name === 'data-line');
      if (line && n.tagName) marked.push({ text: textOf(n), line: Number(line.value), tag: n.tagName });
    });
    const lineOf = (start: string) => marked.find(m => m.text.startsWith(start))?.line;
    const src = doc.lines;
    const item1 = src.findIndex(l => l.startsWith('1.认真学习'));
    assert.ok(item1 > 0);
    assert.equal(lineOf('1.认真学习'), item1);
    assert.equal(lineOf('一、加强党的建设'), src.findIndex(l => l.startsWith('一、加强')));
    assert.equal(lineOf('目标任务:把学习会议精神'), item1 + 2);
    assert.equal(marked.filter(m => /^\d+\./.test(m.text) && m.tag === 'h5').length, 11, 'every item heading has data-line');
    for (const m of marked) assert.ok(src[m.line].trim() === '' || src[m.line].includes(m.text.slice(0, 4)) || m.tag === 'h1', `line ${m.line}: ${m.text.slice(0, 10)}`);
  });
});
