// The preview's webview script (client/src/preview/script.ts), run against a minimal fake
// DOM: it announces itself, syncs scrolling both ways, patches updates, reveals clicked lines.
import { strict as assert } from 'assert';
import * as vm from 'vm';
import { PREVIEW_SCRIPT } from '../../../client/src/preview/script';

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
