// Chinese throughout the CLI: every command's --help, and its usage and I/O errors, are Chinese
// with --locale zh-cn or LANG=zh_CN.UTF-8, and English otherwise; the English and Chinese help
// of a command name the same options.
import { strict as assert } from 'assert';
import { runCli } from '../support/cli';
import { tempDirPerTest } from '../support/tmp';

const ZH_ENV = { LANG: 'zh_CN.UTF-8' };
/** Han characters, and ASCII words of three letters or more outside flags, paths, format ids and code. */
const HAN = /[\u4e00-\u9fff]/;
const COMMANDS: string[][] = [['check'], ['outline'], ['format'], ['export'], ['import'], ['merge'], ['export', '--to', 'ledger']];

/** The long options a help text lists (`--fix`, `--locale` …). */
const optionsOf = (help: string) => [...new Set(help.match(/^\s+(?:-\w, )?(--[a-z-]+)/gm)?.map(m => m.trim().replace(/^-\w, /, '')) ?? [])].sort();

/** Prose lines of a help text: what is left once commands, flags, placeholders and ids are taken out. */
function englishWords(text: string): string[] {
  const stripped = text
    .replace(/planmark [a-z]+/g, '')
    .replace(/"[A-Za-z]+"/g, '') // a settings key ("format")
    .replace(/[\w-]+\/[\w./-]+/g, '') // a path (schemas/plan-export.schema.json)
    .replace(/\bBOM\b/g, '')
    .replace(/--?[a-z][a-z-]*/g, '')
    .replace(/\{[^}]*\}/g, '')
    .replace(/\b(text|json|sarif|docx|xlsx|csv|html|htm|md|ledger|ics|zh-cn|en|LANG|YYYY-MM-DD|SARIF|UTF-8|GB18030|GBK|iCalendar|XLSX|Word|Excel|Markdown|JSON|CSV|HTML|GB\/T|A4|planmark\.asOf|txt|plan|planmark|OUT|FILE)\b/g, '')
    // JSON field names of the outline's and check's JSON output
    .replace(/\b(units|lead|deadline|label|title|meta|children|kind|number|marker|line|file|outline)\b/g, '');
  return stripped.match(/\b[A-Za-z]{3,}\b/g) ?? [];
}

describe('planmark in Chinese: per-command help and errors', () => {
  const tmp = tempDirPerTest('planmark-locale');

  it('every command’s --help is Chinese with --locale zh-cn and with LANG=zh_CN, and lists the same options as the English', async () => {
    for (const command of COMMANDS) {
      const en = await runCli([...command, '--help']);
      assert.equal(en.code, 0, command.join(' '));
      assert.match(en.stdout, /^Usage: planmark /, command.join(' '));
      for (const zh of [await runCli([...command, '--help', '--locale', 'zh-cn']), await runCli([...command, '--help'], { env: ZH_ENV })]) {
        assert.equal(zh.code, 0, command.join(' '));
        assert.match(zh.stdout, /^用法：planmark /, command.join(' '));
        assert.deepEqual(englishWords(zh.stdout), [], `${command.join(' ')}: English words in the Chinese help`);
        assert.deepEqual(optionsOf(zh.stdout), optionsOf(en.stdout), `${command.join(' ')}: the same options`);
        assert.ok(optionsOf(en.stdout).includes('--locale'), `${command.join(' ')} takes --locale`);
      }
    }
  });

  it('usage errors are Chinese, with a Chinese pointer to the help; exit 2 as in English', async () => {
    const cases: string[][] = [
      ['check', '--bogus'], ['check'], ['check', 'a.plan', '--format', 'xml'], ['outline', 'a.plan', '--format', 'xml'], ['outline'],
      ['format'], ['export', 'a.plan'], ['export', 'a.plan', '--to', 'pdf'], ['export', 'a.plan', '--to', 'md', '--unit', 'x', '--all-units'],
      ['merge', 'a.plan'], ['export', '--to', 'ledger'], ['check', 'a.plan', '--as-of'],
    ];
    for (const argv of cases) {
      const en = await runCli(argv, { cwd: tmp() });
      const zh = await runCli([...argv, '--locale', 'zh-cn'], { cwd: tmp() });
      const viaLang = await runCli(argv, { cwd: tmp(), env: ZH_ENV });
      assert.equal(en.code, 2, argv.join(' '));
      assert.match(en.stderr, /Run 'planmark [a-z]+ --help' for usage\./, argv.join(' '));
      for (const r of [zh, viaLang]) {
        assert.equal(r.code, 2, argv.join(' '));
        const [first, second] = r.stderr.split('\n');
        assert.match(first, /^planmark [a-z]+:/, argv.join(' '));
        assert.match(first.replace(/^planmark [a-z]+:/, ''), HAN, `${argv.join(' ')}: ${first}`);
        assert.match(second, /^运行 'planmark [a-z]+ --help' 查看用法。$/, argv.join(' '));
      }
    }
  });

  it('I/O errors and notes are Chinese: a missing input (export, ledger), import’s own usage, format --check’s summary', async () => {
    const dir = tmp();
    const missing = await runCli(['export', 'nope.plan', '--to', 'md', '--locale', 'zh-cn'], { cwd: dir });
    assert.equal(missing.code, 2);
    assert.equal(missing.stderr, 'planmark export:nope.plan:文件不存在\n');
    const ledger = await runCli(['export', 'nope.plan', '--to', 'ledger'], { cwd: dir, env: ZH_ENV });
    assert.equal(ledger.code, 2);
    assert.equal(ledger.stderr, 'planmark export:nope.plan:文件不存在\n');
    const imp = await runCli(['import', 'a', 'b', '--locale', 'zh-cn'], { cwd: dir });
    assert.equal(imp.code, 2);
    assert.match(imp.stderr, /^planmark import: 多余的参数 b\n用法：planmark import/);
    const format = await runCli(['format', '--check', '-', '--locale', 'zh-cn'], { cwd: dir, stdin: '某局工作要点\n一、总体要求\n1.加强学习。\n' });
    assert.match(format.stderr, /^1 个文件:\d+ 个将会改变$/m);
  });
});
