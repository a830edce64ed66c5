// The preview's page (client/src/preview/html.ts): the webview document (CSP, nonces),
// diagnostics marked in place, escaping of hostile text.
import { strict as assert } from 'assert';
import * as crypto from 'crypto';
import { parse, parseFragment } from 'parse5';
import {
  buildPreviewDocument, dataLinesOf, markDiagnostics, nonceFromBytes, previewCsp, renderPreviewBody,
  type PreviewDiagnostic,
} from '../../../client/src/preview/html';
import { renderHtmlBody } from '../../../core/exports/html';
import { parsePlan } from '../../../core/parse';
import { HOSTILE_IMG, HOSTILE_SCRIPT, planDoc } from '../../support/fixtures';
import { attr, elements, type HtmlNode as Node, textOf } from '../../support/htmlTree';

// what VS Code 1.100 gives as webview.cspSource
const CSP_SOURCE = "'self' https://*.vscode-cdn.net";
const newNonce = () => nonceFromBytes(crypto.randomBytes(18));

const CLEAN = [
  '---', '标题:县教育局2021年工作要点', '---', '县教育局2021年工作要点', '',
  '一、加强党的建设', '', '1.深入学习贯彻党的创新理论', '目标任务:开展党史学习教育。', '工作措施:组织专题学习;', '开展主题党日活动。',
  '', '2.推进全面从严治党', '目标任务:落实主体责任。', '',
].join('\n');

function page(body: string, nonce = newNonce(), title = '工作要点'): { html: string; nonce: string; tree: Node } {
  const html = buildPreviewDocument({ body, nonce, cspSource: CSP_SOURCE, title, settings: { uri: 'file:///w/a.plan' } });
  return { html, nonce, tree: parse(html) as unknown as Node };
}

describe('preview: webview page', () => {
  it('has a strict Content-Security-Policy and a nonce on every script and style element', () => {
    const { tree, nonce } = page(renderPreviewBody(parsePlan(CLEAN)));
    const metas = elements(tree, 'meta').filter(m => attr(m, 'http-equiv')?.toLowerCase() === 'content-security-policy');
    assert.equal(metas.length, 1, 'one CSP meta');
    const csp = attr(metas[0], 'content')!;
    assert.equal(csp, previewCsp(nonce, CSP_SOURCE));
    const directives = new Map(csp.split(';').map(d => d.trim().split(/\s+/)).map(([k, ...v]) => [k, v]));
    assert.deepEqual(directives.get('default-src'), ["'none'"]);
    assert.deepEqual(directives.get('script-src'), [`'nonce-${nonce}'`], 'scripts only with the nonce');
    const source = CSP_SOURCE.split(' ');
    assert.deepEqual(directives.get('style-src'), [...source, `'nonce-${nonce}'`]);
    assert.deepEqual(directives.get('img-src'), [...source, 'data:']);
    assert.deepEqual(directives.get('font-src'), source);
    assert.ok(!/unsafe-(inline|eval|hashes)/.test(csp), 'no unsafe-inline / unsafe-eval');
    assert.ok(!/\*|http:|https:/.test(csp.split(CSP_SOURCE).join('')), 'no remote sources besides the webview\'s own');
    // the CSP meta comes before anything that loads or runs
    const order = elements(tree).map(n => n.tagName);
    assert.ok(order.indexOf('meta') < order.indexOf('style') && order.indexOf('style') < order.indexOf('script'));
    const scripts = elements(tree, 'script');
    assert.equal(scripts.length, 1);
    for (const s of [...scripts, ...elements(tree, 'style')]) assert.equal(attr(s, 'nonce'), nonce, `${s.tagName} has the nonce`);
    assert.ok(elements(tree).every(n => attr(n, 'style') === undefined), 'no inline style attributes (blocked by the CSP)');
    assert.ok(elements(tree).every(n => !(n.attrs ?? []).some(a => a.name.startsWith('on'))), 'no inline event handlers');
    assert.equal(elements(tree, 'link').length + elements(tree, 'img').length + elements(tree, 'iframe').length, 0);
  });

  it('renders the body with the HTML exporter (same output, data-line kept) inside #pm-root', () => {
    const doc = parsePlan(CLEAN);
    const body = renderPreviewBody(doc);
    assert.equal(body, renderHtmlBody(doc), 'the exporter\'s fragment, unchanged');
    const { tree } = page(body);
    const root = elements(tree, 'div').find(d => attr(d, 'id') === 'pm-root')!;
    assert.ok(root);
    const text = textOf(root);
    for (const t of ['县教育局2021年工作要点', '一、加强党的建设', '1.深入学习贯彻党的创新理论', '2.推进全面从严治党']) assert.ok(text.includes(t), t);
    const lines = elements(root).map(n => attr(n, 'data-line')).filter(Boolean).map(Number);
    assert.deepEqual(lines, dataLinesOf(body));
    assert.ok(lines.includes(CLEAN.split('\n').indexOf('1.深入学习贯彻党的创新理论')));
  });

  it('uses a different nonce per render and rejects weak nonces', () => {
    assert.notEqual(newNonce(), newNonce());
    assert.ok(newNonce().length >= 22);
    assert.throws(() => buildPreviewDocument({ body: '', nonce: 'abc', cspSource: CSP_SOURCE, title: '', settings: { uri: '' } }));
    for (const bad of [`${CSP_SOURCE}; script-src *`, `${CSP_SOURCE} 'unsafe-inline'`, '"><script>', '']) {
      assert.throws(() => buildPreviewDocument({ body: '', nonce: newNonce(), cspSource: bad, title: '', settings: { uri: '' } }), bad);
    }
    for (const good of ['https://file+.vscode-resource.vscode-cdn.net', 'vscode-webview://abc', "'self'"]) {
      assert.doesNotThrow(() => buildPreviewDocument({ body: '', nonce: newNonce(), cspSource: good, title: '', settings: { uri: '' } }), good);
    }
    assert.throws(() => nonceFromBytes(new Uint8Array(4)));
  });

  it('escapes hostile document text, diagnostic messages, title and settings', () => {
    const body = markDiagnostics(renderPreviewBody(planDoc('hostile')), [
      { line: 7, severity: 'error', message: `${HOSTILE_SCRIPT} and ${HOSTILE_IMG}`, code: HOSTILE_IMG },
      { line: 0, severity: 'warning', message: HOSTILE_IMG },
    ]);
    const nonce = newNonce();
    const html = buildPreviewDocument({
      body, nonce, cspSource: CSP_SOURCE, title: `${HOSTILE_SCRIPT}${HOSTILE_IMG}`,
      settings: { uri: `file:///w/${HOSTILE_SCRIPT}${HOSTILE_IMG}.plan` }, emptyText: HOSTILE_SCRIPT,
    });
    const tree = parse(html) as unknown as Node;
    const scripts = elements(tree, 'script');
    assert.equal(scripts.length, 1, 'only the nonce\'d script');
    assert.equal(attr(scripts[0], 'nonce'), nonce);
    assert.equal(elements(tree, 'img').length, 0, 'no <img>');
    assert.equal(elements(tree, 'b').length, 0, 'no <b> from the text');
    assert.ok(!elements(tree).some(n => (n.attrs ?? []).some(a => a.name.startsWith('on'))), 'no onerror / on* attributes');
    const titleEl = elements(tree, 'title')[0];
    assert.equal(textOf(titleEl), `${HOSTILE_SCRIPT}${HOSTILE_IMG}`);
    const text = textOf(elements(tree, 'body')[0]);
    assert.ok(text.includes(`${HOSTILE_SCRIPT}工作要点${HOSTILE_IMG}`), 'document title as text');
    assert.ok(text.includes(`${HOSTILE_SCRIPT}股、${HOSTILE_IMG}办`), 'units as text');
    const marked = elements(tree).filter(n => attr(n, 'data-diag-count'));
    assert.equal(marked.length, 2);
    const titles = marked.map(n => attr(n, 'title'));
    assert.ok(titles.includes(`[${HOSTILE_IMG}] ${HOSTILE_SCRIPT} and ${HOSTILE_IMG}`), 'message as attribute text');
    assert.ok(titles.includes(HOSTILE_IMG));
    const settings = elements(tree, 'meta').find(m => attr(m, 'id') === 'pm-settings')!;
    assert.equal(JSON.parse(attr(settings, 'data-settings')!).uri, `file:///w/${HOSTILE_SCRIPT}${HOSTILE_IMG}.plan`);
  });

  it('shows a note for an empty document', () => {
    const { tree } = page(renderPreviewBody(parsePlan('')));
    const html = buildPreviewDocument({ body: renderPreviewBody(parsePlan('')), nonce: newNonce(), cspSource: CSP_SOURCE, title: 'x', settings: { uri: '' }, emptyText: '空文档' });
    assert.ok(!textOf(tree).includes('空文档'));
    assert.ok(textOf(parse(html) as unknown as Node).includes('空文档'));
  });
});

describe('preview: diagnostics marked in place', () => {
  const doc = parsePlan(CLEAN);
  const body = renderPreviewBody(doc);
  const lineOf = (start: string) => CLEAN.split('\n').findIndex(l => l.startsWith(start));
  const marks = (html: string) => elements(parseFragment(html) as unknown as Node)
    .filter(n => attr(n, 'data-diag-count'))
    .map(n => ({ line: Number(attr(n, 'data-line')), cls: attr(n, 'class')!, title: attr(n, 'title')!, count: Number(attr(n, 'data-diag-count')) }));

  it('marks the element of the diagnostic\'s line with its severity and message', () => {
    const item = lineOf('2.推进');
    const out = marks(markDiagnostics(body, [{ line: item, severity: 'warning', message: '缺少工作措施', code: 'PLAN012' }]));
    assert.deepEqual(out.map(m => m.line), [item]);
    assert.ok(out[0].cls.split(' ').includes('pm-heading'), 'keeps the renderer\'s classes');
    assert.ok(out[0].cls.split(' ').includes('pm-diag') && out[0].cls.split(' ').includes('pm-diag-warning'));
    assert.equal(out[0].title, '[PLAN012] 缺少工作措施');
  });

  it('a diagnostic on a continuation line lands on its block; front matter lands on the first element', () => {
    const cont = lineOf('开展主题党日活动');
    const out = marks(markDiagnostics(body, [
      { line: cont, severity: 'error', message: 'a' },
      { line: 1, severity: 'information', message: 'b' },
    ]));
    assert.deepEqual(out.map(m => m.line).sort((a, b) => a - b), [dataLinesOf(body)[0], lineOf('工作措施')].sort((a, b) => a - b));
  });

  it('every diagnostic line maps to the last element at or before it', () => {
    const lines = dataLinesOf(body);
    const total = CLEAN.split('\n').length;
    for (let line = 0; line < total + 3; line++) {
      const expected = [...lines].reverse().find(l => l <= line) ?? lines[0];
      const out = marks(markDiagnostics(body, [{ line, severity: 'error', message: `L${line}` }]));
      assert.deepEqual(out.map(m => m.line), [expected], `line ${line}`);
    }
  });

  it('merges several diagnostics: worst severity, all messages; hints are not marked', () => {
    const item = lineOf('1.深入');
    const diags: PreviewDiagnostic[] = [
      { line: item, severity: 'information', message: 'info' },
      { line: item, severity: 'error', message: 'err' },
      { line: item, severity: 'hint', message: 'hint' },
      { line: lineOf('2.推进'), severity: 'hint', message: 'only a hint' },
    ];
    const out = marks(markDiagnostics(body, diags));
    assert.equal(out.length, 1);
    assert.ok(out[0].cls.includes('pm-diag-error'));
    assert.equal(out[0].count, 2);
    assert.equal(out[0].title, 'err\ninfo');
    assert.equal(markDiagnostics(body, []), body, 'no diagnostics, same HTML');
  });
});
