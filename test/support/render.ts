// Rendering exports as a printer would: LibreOffice (soffice --headless) converts DOCX and
// XLSX to PDF, poppler's pdftotext/pdftoppm read the pages back. The Debian packages are
// installed by .ci/run before the tests (as root); when a test finds them missing it installs
// them itself when it runs as root with apt-get (as test/e2e/setup.sh does for its packages),
// and otherwise its suite is skipped with the reason named (scripts/run-tests.js prints it).
import { spawn, spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import type { Suite } from 'mocha';
import { progressing } from './inactivity';
import { SKIP_REASON } from './seeds';

/** The Debian packages the rendering tests need. */
export const RENDER_PACKAGES = ['libreoffice-writer-nogui', 'libreoffice-calc-nogui', 'poppler-utils', 'fonts-noto-cjk'] as const;

const has = (cmd: string) => spawnSync('sh', ['-c', `command -v ${cmd}`], { encoding: 'utf8' }).status === 0;
const chineseFonts = () => has('fc-list') && (spawnSync('fc-list', [':lang=zh'], { encoding: 'utf8' }).stdout ?? '').trim() !== '';

/** soffice, pdftotext, pdftoppm and a Chinese font are all there. */
export function renderToolsPresent(): boolean {
  return has('soffice') && has('pdftotext') && has('pdftoppm') && chineseFonts();
}

const isRoot = () => typeof process.getuid === 'function' && process.getuid() === 0;

/** Why rendering tests cannot run here (undefined when they can, perhaps after an install). */
function unavailableReason(): string | undefined {
  if (renderToolsPresent()) return undefined;
  if (isRoot() && has('apt-get')) return undefined;
  return `LibreOffice/poppler/fonts-noto-cjk not installed and not root to apt-get install ${RENDER_PACKAGES.join(' ')}`;
}

/**
 * Runs a long command to its end, however long it takes: no deadline, and each piece of its
 * output counts as progress for the run's inactivity guard (test/support/inactivity.ts).
 */
function runToEnd(cmd: string, args: string[], env: NodeJS.ProcessEnv = process.env): Promise<{ status: number | null; stdout: string; stderr: string; error?: Error }> {
  return new Promise(resolve => {
    const child = spawn(cmd, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', d => { stdout += d; progressing(); });
    child.stderr.on('data', d => { stderr += d; progressing(); });
    child.once('error', error => resolve({ status: null, stdout, stderr, error }));
    child.once('close', status => resolve({ status, stdout, stderr }));
  });
}

/** apt-get update + install, as test/e2e/setup.sh does; the log's tail when it fails. */
export async function installRenderTools(): Promise<string | undefined> {
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  for (const args of [['update'], ['install', '-y', '--no-install-recommends', ...RENDER_PACKAGES]]) {
    const r = await runToEnd('apt-get', args, env);
    if (r.status !== 0) return `apt-get ${args[0]} failed: ${(r.stderr || r.stdout || String(r.error)).trim().split('\n').slice(-5).join(' | ')}`;
  }
  return renderToolsPresent() ? undefined : `apt-get installed ${RENDER_PACKAGES.join(' ')} but soffice/pdftotext/a Chinese font are still missing`;
}

/**
 * A describe() of rendering tests: skipped, with the reason, when the tools are missing and
 * cannot be installed; when they are missing and this runs as root, its before() installs them.
 */
export function describeRender(title: string, fn: (this: Suite) => void): Suite {
  const reason = unavailableReason();
  if (reason) {
    const suite = describe.skip(title, fn) as Suite;
    (suite as unknown as Record<string, string>)[SKIP_REASON] = reason;
    return suite;
  }
  return describe(title, function () {
    before(async function () {
      if (renderToolsPresent()) return;
      const failed = await installRenderTools();
      if (failed) {
        (this.test!.parent as unknown as Record<string, string>)[SKIP_REASON] = failed;
        this.skip();
      }
    });
    fn.call(this);
  });
}

/** Converts files to PDF in `outDir` with one soffice run (its own profile, so runs never share one). */
export async function convertToPdf(files: string[], outDir: string): Promise<string[]> {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'planmark-lo-'));
  try {
    const r = await runToEnd('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', outDir, ...files]);
    const pdfs = files.map(f => path.join(outDir, path.basename(f).replace(/\.[^.]+$/, '.pdf')));
    const missing = pdfs.filter(p => !fs.existsSync(p));
    if (missing.length) throw new Error(`soffice did not write ${missing.join(', ')} (exit ${r.status}): ${r.stderr || r.stdout}`);
    return pdfs;
  } finally {
    fs.rmSync(profile, { recursive: true, force: true });
  }
}

/** The text of each page (pdftotext; `layout` keeps the printed lines). */
export function pdfPages(pdf: string, mode: 'layout' | 'raw' = 'layout'): string[] {
  const r = spawnSync('pdftotext', [`-${mode}`, pdf, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (r.status !== 0) throw new Error(`pdftotext ${pdf}: ${r.stderr}`);
  const pages = r.stdout.split('\f');
  if (pages.length && !pages[pages.length - 1].trim()) pages.pop();
  return pages;
}
