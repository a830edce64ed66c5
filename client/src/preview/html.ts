// The pure half of the preview (no `vscode` import, unit-tested in test/core/preview): the body
// is the HTML exporter's fragment (core/exports/html.ts, the same renderer as `Export… → HTML`),
// diagnostics are marked on the elements whose `data-line` they fall under, and the webview
// page around it carries a strict Content-Security-Policy (no remote content, the one script
// and the one style element only with the per-render nonce, no inline style attributes).
import { escapeHtml, HTML_STYLES, renderHtmlBody } from '../../../core/exports/html';
import type { PlanDocument } from '../../../core/model';
import { PREVIEW_SCRIPT } from './script';

export type PreviewSeverity = 'error' | 'warning' | 'information' | 'hint';

/** A diagnostic as the preview needs it (0-based line). */
export interface PreviewDiagnostic {
  line: number;
  severity: PreviewSeverity;
  message: string;
  code?: string;
}

const SEVERITY_ORDER: PreviewSeverity[] = ['error', 'warning', 'information', 'hint'];

/** The renderer's body fragment for the preview (with `data-line` for scroll sync). */
export function renderPreviewBody(doc: PlanDocument): string {
  return renderHtmlBody(doc, { dataLines: true });
}

/** Opening tags carrying `data-line` in the renderer's output (text is escaped, so `<`/`>` only delimit tags). */
const LINE_TAG = /<([a-zA-Z][a-zA-Z0-9]*)((?:\s+[a-zA-Z-]+="[^"]*")*?)\s+data-line="(\d+)"((?:\s+[a-zA-Z-]+="[^"]*")*)\s*>/g;

/** The `data-line` values of a rendered fragment, in document order. */
export function dataLinesOf(html: string): number[] {
  return [...html.matchAll(LINE_TAG)].map(m => Number(m[3]));
}

/**
 * Marks diagnostics in place: every element with `data-line` gets the diagnostics whose line is
 * at or after its own and before the next element's (so a diagnostic on a block's second line
 * lands on the block; one in the front matter lands on the first element). The marked element
 * gets `class="… pm-diag pm-diag-<worst severity>"`, `data-diag-count` and a `title` with the
 * messages (escaped). Hints are not marked (the editor shows them only faintly too).
 */
export function markDiagnostics(html: string, diagnostics: readonly PreviewDiagnostic[]): string {
  const shown = diagnostics.filter(d => d.severity !== 'hint');
  if (shown.length === 0) return html;
  const lines = [...new Set(dataLinesOf(html))].sort((a, b) => a - b);
  if (lines.length === 0) return html;
  const byLine = new Map<number, PreviewDiagnostic[]>();
  for (const d of shown) {
    // the last element line <= d.line (binary search), else the first element
    let lo = 0, hi = lines.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (lines[mid] <= d.line) lo = mid; else hi = mid - 1;
    }
    const target = lines[lo];
    const list = byLine.get(target) ?? [];
    list.push(d);
    byLine.set(target, list);
  }
  const done = new Set<number>();
  return html.replace(LINE_TAG, (whole, tag: string, before: string, lineText: string, after: string) => {
    const line = Number(lineText);
    const list = byLine.get(line);
    if (!list || done.has(line)) return whole;
    done.add(line);
    list.sort((a, b) => SEVERITY_ORDER.indexOf(a.severity) - SEVERITY_ORDER.indexOf(b.severity));
    const worst = list[0].severity;
    const message = list.map(d => (d.code ? `[${d.code}] ` : '') + d.message).join('\n');
    let attrs = `${before} data-line="${line}"${after}`;
    const cls = `pm-diag pm-diag-${worst}`;
    if (/\sclass="/.test(attrs)) attrs = attrs.replace(/\sclass="([^"]*)"/, (_m, c: string) => ` class="${c} ${cls}"`);
    else attrs = ` class="${cls}"${attrs}`;
    return `<${tag}${attrs} data-diag-count="${list.length}" title="${escapeHtml(message)}">`;
  });
}

/** Theme-aware look of the preview: a paper-like column in the editor's colours, printed fonts. */
export const PREVIEW_STYLES = `
html, body { margin: 0; padding: 0; }
body { background: var(--vscode-sideBar-background, var(--vscode-editor-background)); color: var(--vscode-editor-foreground); padding: 16px 12px 40vh; }
.pm-page { box-sizing: border-box; max-width: 210mm; margin: 0 auto; padding: clamp(16px, 8vw, 26mm) clamp(16px, 7vw, 26mm) clamp(16px, 8vw, 35mm) clamp(16px, 7vw, 28mm);
  background: var(--vscode-editor-background); color: var(--vscode-editor-foreground);
  border: 1px solid var(--vscode-panel-border, transparent); box-shadow: 0 1px 6px var(--vscode-widget-shadow, rgba(0,0,0,.25)); }
body.vscode-light .pm-page { background: #fff; color: #000; }
body.vscode-high-contrast .pm-page, body.vscode-high-contrast-light .pm-page { box-shadow: none; border-color: var(--vscode-contrastBorder, currentColor); }
.pm-page .pm-doc { color: inherit; }
.pm-doc [data-line] { cursor: pointer; }
.pm-doc .pm-heading:hover { outline: 1px dashed var(--vscode-editorIndentGuide-activeBackground, rgba(128,128,128,.5)); outline-offset: 2px; }
.pm-doc .pm-diag { position: relative; text-decoration-line: underline; text-decoration-style: wavy; text-decoration-skip-ink: none; text-underline-offset: 3px; }
.pm-doc .pm-diag::before { content: ""; position: absolute; left: -12px; top: 0.35em; bottom: 0.35em; width: 4px; border-radius: 2px; }
.pm-doc .pm-diag-error { text-decoration-color: var(--vscode-editorError-foreground, #e51400); }
.pm-doc .pm-diag-error::before { background: var(--vscode-editorError-foreground, #e51400); }
.pm-doc .pm-diag-warning { text-decoration-color: var(--vscode-editorWarning-foreground, #bf8803); }
.pm-doc .pm-diag-warning::before { background: var(--vscode-editorWarning-foreground, #bf8803); }
.pm-doc .pm-diag-information { text-decoration-color: var(--vscode-editorInfo-foreground, #1a85ff); }
.pm-doc .pm-diag-information::before { background: var(--vscode-editorInfo-foreground, #1a85ff); }
.pm-empty { font-style: italic; opacity: .7; text-align: center; }
@media print { body { background: none; padding: 0; } .pm-page { max-width: none; padding: 0; border: 0; box-shadow: none; background: #fff; color: #000; } .pm-diag::before { display: none; } .pm-doc .pm-diag { text-decoration: none; } }
`;

export interface PreviewSettings {
  /** The previewed document's URI (restored by the panel serializer). */
  uri: string;
  /** Editor line to show first (0-based), if any. */
  line?: number;
}

export interface PreviewDocumentOptions {
  /** The body fragment (already diagnostics-marked). */
  body: string;
  /** A fresh random nonce (base64/alphanumeric). */
  nonce: string;
  /** `webview.cspSource`. */
  cspSource: string;
  /** Page title (escaped here). */
  title: string;
  settings: PreviewSettings;
  /** Page language, default zh-CN. */
  lang?: string;
  /** Shown when the body has no content. */
  emptyText?: string;
}

/** The Content-Security-Policy of the preview page. */
export function previewCsp(nonce: string, cspSource: string): string {
  return [
    `default-src 'none'`,
    `img-src ${cspSource} data:`,
    `style-src ${cspSource} 'nonce-${nonce}'`,
    `script-src 'nonce-${nonce}'`,
    `font-src ${cspSource}`,
  ].join('; ');
}

const NONCE_OK = /^[A-Za-z0-9+/=_-]{16,}$/;
/** `webview.cspSource`: host sources and `'self'` (VS Code gives e.g. `'self' https://*.vscode-cdn.net`), no other keywords. */
const CSP_SOURCE_OK = /^(?:'self'|[a-z][a-z0-9+.-]*:(?:\/\/[^\s;,'"]+)?)(?: (?:'self'|[a-z][a-z0-9+.-]*:(?:\/\/[^\s;,'"]+)?))*$/;

/** The whole webview page: CSP, styles and the script (both nonce'd), the body in `#pm-root`. */
export function buildPreviewDocument(options: PreviewDocumentOptions): string {
  const { nonce, cspSource } = options;
  if (!NONCE_OK.test(nonce)) throw new Error('buildPreviewDocument: the nonce must be 16+ base64 characters');
  if (!CSP_SOURCE_OK.test(cspSource)) throw new Error(`buildPreviewDocument: unexpected cspSource ${JSON.stringify(cspSource)}`);
  const empty = /<article class="pm-doc">\s*<\/article>/.test(options.body) && options.emptyText
    ? `<p class="pm-empty">${escapeHtml(options.emptyText)}</p>` : '';
  return [
    '<!DOCTYPE html>',
    `<html lang="${escapeHtml(options.lang ?? 'zh-CN')}">`,
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${escapeHtml(previewCsp(nonce, cspSource))}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<meta id="pm-settings" data-settings="${escapeHtml(JSON.stringify(options.settings))}">`,
    `<title>${escapeHtml(options.title)}</title>`,
    `<style nonce="${nonce}">${HTML_STYLES}${PREVIEW_STYLES}</style>`,
    '</head>',
    '<body>',
    `<div class="pm-page" id="pm-root">${options.body}${empty}</div>`,
    `<script nonce="${nonce}">${PREVIEW_SCRIPT}</script>`,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

/** A nonce from random bytes (the caller passes crypto.randomBytes / getRandomValues output). */
export function nonceFromBytes(bytes: Uint8Array): string {
  if (bytes.length < 16) throw new Error('nonceFromBytes: need at least 16 random bytes');
  return Buffer.from(bytes).toString('base64').replace(/[+/=]/g, c => (c === '+' ? '-' : c === '/' ? '_' : ''));
}
