// The preview's pure half: the webview page (CSP, nonces), diagnostics marking, escaping of
// hostile text, and the inline webview script run against a tiny fake DOM.
import { strict as assert } from 'assert';
import * as crypto from 'crypto';
import * as vm from 'vm';
import { parse, parseFragment } from 'parse5';
import {
  buildPreviewDocument, dataLinesOf, markDiagnostics, nonceFromBytes, previewCsp, renderPreviewBody,
  type PreviewDiagnostic,
} from '../../../client/src/preview/html';
import { PREVIEW_SCRIPT } from '../../../client/src/preview/script';
import { renderHtmlBody } from '../../../core/exports/html';
import { parsePlan } from '../../../core/parse';
import { fixtureDoc, HOSTILE_IMG, HOSTILE_SCRIPT } from '../exports/helpers';

type Node = { nodeName: string; tagName?: string; attrs?: { name: string; value: string }[]; childNodes?: Node[]; value?: string; content?: Node };

function walk(node: Node, visit: (n: Node) => void): void {
  visit(node);
  for (const c of node.childNodes ?? []) walk(c, visit);
  if (node.content) walk(node.content, visit);
}
const attr = (n: Node, name: string) => n.attrs?.find(a => a.name === name)?.value;
function textOf(node: Node): string {
  let s = '';
  walk(node, n => { if (n.nodeName === '#text') s += n.value; });
  return s;
}
function elements(tree: Node, tag?: string): Node[] {
  const out: Node[] = [];
  walk(tree, n => { if (n.tagName && (!tag || n.tagName === tag)) out.push(n); });
  return out;
}

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
    const body = markDiagnostics(renderPreviewBody(fixtureDoc('hostile.plan')), [
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

// ---- the webview script against a minimal fake DOM ----

class FakeElement {
  innerHTMLValue = '';
  parentElement: FakeElement | null = null;
  constructor(public attrs: Record<string, string> = {}, public top = 0) {}
  getAttribute(n: string) { return this.attrs[n] ?? null; }
  hasAttribute(n: string) { return n in this.attrs; }
  getBoundingClientRect() { return { top: this.top - fake.scrollY, height: 10 }; }
}
let fake: {
  scrollY: number; posted: unknown[]; state: unknown; listeners: Record<string, ((e: unknown) => void)[]>;
  root: FakeElement; lines: FakeElement[]; settings: FakeElement; now: number;
};

function runScript(lines: [number, number][], settings: object): void {
  const root = new FakeElement({ id: 'pm-root' });
  fake = {
    scrollY: 0, posted: [], state: undefined, listeners: {}, root, now: 1000,
    lines: lines.map(([line, top]) => Object.assign(new FakeElement({ 'data-line': String(line) }, top), { parentElement: root })),
    settings: new FakeElement({ 'data-settings': JSON.stringify(settings) }),
  };
  Object.defineProperty(root, 'innerHTML', { set(v: string) { root.innerHTMLValue = v; }, get() { return root.innerHTMLValue; } });
  (root as unknown as { querySelectorAll: () => FakeElement[] }).querySelectorAll = () => fake.lines;
  const on = (type: string, fn: (e: unknown) => void) => { (fake.listeners[type] ??= []).push(fn); };
  const window = {
    get scrollY() { return fake.scrollY; },
    scrollTo: (_x: number, y: number) => { fake.scrollY = y; },
    addEventListener: on,
    requestAnimationFrame: (fn: () => void) => fn(),
    getSelection: () => ({ isCollapsed: true }),
  };
  const context = vm.createContext({
    window,
    document: { getElementById: (id: string) => (id === 'pm-root' ? root : id === 'pm-settings' ? fake.settings : null), addEventListener: on },
    acquireVsCodeApi: () => ({ postMessage: (m: unknown) => fake.posted.push(JSON.parse(JSON.stringify(m))), getState: () => fake.state, setState: (s: unknown) => { fake.state = JSON.parse(JSON.stringify(s)); } }),
    Date: { now: () => fake.now },
    Number, Math, JSON, isNaN,
  });
  vm.runInContext(PREVIEW_SCRIPT, context);
}
const fire = (type: string, e: unknown = {}) => { for (const fn of fake.listeners[type] ?? []) fn(e); };

describe('preview: webview script', () => {
  it('is valid JavaScript with no template leftovers', () => {
    assert.doesNotThrow(() => new vm.Script(PREVIEW_SCRIPT));
    assert.ok(!PREVIEW_SCRIPT.includes('${') && !PREVIEW_SCRIPT.includes('</script'));
  });

  it('announces itself, scrolls to the editor line, reports its top line, guards against echo', () => {
    runScript([[3, 100], [7, 300], [12, 500]], { uri: 'file:///a.plan', line: 7 });
    assert.deepEqual(fake.posted, [{ type: 'ready' }]);
    assert.equal(fake.scrollY, 300 - 8, 'initial line 7 → its element');
    fire('scroll');
    assert.equal(fake.posted.length, 1, 'its own scroll is not echoed back');
    fake.now += 1000;
    fake.scrollY = 400 - 8; // halfway between line 7 (300) and 12 (500)
    fire('scroll');
    assert.deepEqual(fake.posted[1], { type: 'revealLine', line: 9 });
    fire('message', { data: { type: 'scrollTo', line: 12 } });
    assert.equal(fake.scrollY, 500 - 8);
    fire('message', { data: { type: 'scrollTo', line: 5 } });
    assert.equal(fake.scrollY, 200 - 8, 'interpolated between lines 3 and 7');
    assert.deepEqual(fake.state, { uri: 'file:///a.plan', line: 5 });
  });

  it('patches #pm-root on update keeping the scroll position; ignores junk messages', () => {
    runScript([[3, 100]], { uri: 'u' });
    assert.deepEqual(fake.state, { uri: 'u', line: 0 }, 'state saved at once (for the serializer)');
    fake.now += 1000;
    fake.scrollY = 250;
    fire('message', { data: { type: 'update', html: '<article class="pm-doc">x</article>' } });
    assert.equal(fake.root.innerHTMLValue, '<article class="pm-doc">x</article>');
    assert.equal(fake.scrollY, 250);
    fire('message', { data: null });
    fire('message', { data: { type: 'update', html: 42 } });
    assert.equal(fake.root.innerHTMLValue, '<article class="pm-doc">x</article>');
  });

  it('a click inside a data-line element reveals that line', () => {
    runScript([[3, 100], [7, 300]], { uri: 'u' });
    const span = Object.assign(new FakeElement({}), { parentElement: fake.lines[1] });
    fire('click', { target: span });
    assert.deepEqual(fake.posted.at(-1), { type: 'clickLine', line: 7 });
    const n = fake.posted.length;
    fire('click', { target: fake.root });
    assert.equal(fake.posted.length, n, 'a click outside any line posts nothing');
  });
});
