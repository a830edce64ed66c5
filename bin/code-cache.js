// Loads a CommonJS bundle (dist/cli.js) with a V8 code cache, so that a run does not
// compile again what earlier runs compiled (Node 20 has no module.enableCompileCache).
//
// The cache is one file per bundle content, Node version, architecture and command, in
// the per-user cache directory (see cacheDir): <dir>/cli-<sha1>-<command>.bin. It is
// written after the command ran (then it holds the functions the command used), by a
// temporary file renamed into place, and only when there was none or V8 rejected it. A
// cache that cannot be read, written or used is ignored: the bundle then runs as a plain
// require would. Each write removes the folder's cache files (and temporary files a killed
// process left) not modified for STALE_DAYS: every rebuilt bundle has a new hash, so the
// folder would otherwise grow by a cache per build. PLANMARK_CODE_CACHE=0 turns it off;
// PLANMARK_CODE_CACHE_DIR moves it.
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const vm = require('vm');
const Module = require('module');

/** The per-user cache directory of the platform, or undefined when there is no home. */
function cacheDir(env = process.env, platform = process.platform) {
  if (env.PLANMARK_CODE_CACHE_DIR) return env.PLANMARK_CODE_CACHE_DIR;
  if (platform === 'win32') return env.LOCALAPPDATA ? path.join(env.LOCALAPPDATA, 'planmark', 'Cache') : undefined;
  let home;
  try { home = os.homedir(); } catch { return undefined; }
  if (platform === 'darwin') return home && path.join(home, 'Library', 'Caches', 'planmark');
  const base = env.XDG_CACHE_HOME && path.isAbsolute(env.XDG_CACHE_HOME) ? env.XDG_CACHE_HOME : home && path.join(home, '.cache');
  return base && path.join(base, 'planmark');
}

/** The cache file of a bundle's source for one command (a name such as `check`). */
function cacheFile(dir, source, command) {
  const hash = require('crypto').createHash('sha1')
    .update(`${process.version}\0${process.arch}\0`).update(source).digest('hex').slice(0, 20);
  return path.join(dir, `cli-${hash}-${/^[a-z]+$/.test(command) ? command : 'other'}.bin`);
}

/** Cache files untouched this long are removed when another is written (a used cache is only read: it is rewritten after this at worst). */
const STALE_DAYS = 7;
const CACHE_NAME = /^cli-[0-9a-f]{20}-[a-z]+\.bin(\.\d+\.tmp)?$/;

function pruneStale(dir, keep, now = Date.now()) {
  let names;
  try { names = fs.readdirSync(dir); } catch { return; }
  for (const name of names) {
    const file = path.join(dir, name);
    if (file === keep || !CACHE_NAME.test(name)) continue;
    try {
      if (now - fs.statSync(file).mtimeMs > STALE_DAYS * 86_400_000) fs.unlinkSync(file);
    } catch { /* gone already, or not ours to remove */ }
  }
}

function readCache(file) {
  try { return fs.readFileSync(file); } catch { return undefined; }
}

function writeCache(file, data) {
  const tmp = `${file}.${process.pid}.tmp`;
  try {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(tmp, data);
    fs.renameSync(tmp, file);
    pruneStale(path.dirname(file), file);
    return true;
  } catch {
    try { fs.unlinkSync(tmp); } catch { /* never written */ }
    return false;
  }
}

/**
 * Requires `file` as a CommonJS module compiled with the code cache of `command`.
 * Returns its exports and `save()`, to call once the command ran: it writes the cache when
 * there was none or V8 rejected it, and says whether it wrote one.
 */
function requireWithCodeCache(file, command, env = process.env) {
  const dir = env.PLANMARK_CODE_CACHE === '0' ? undefined : cacheDir(env);
  if (!dir) return { exports: require(file), save: () => false, status: 'off' };
  const source = fs.readFileSync(file, 'utf8');
  const cache = cacheFile(dir, source, command);
  const cachedData = readCache(cache);
  const script = new vm.Script(Module.wrap(source), { filename: file, cachedData });
  const mod = new Module(file, module);
  mod.filename = file;
  mod.paths = Module._nodeModulePaths(path.dirname(file));
  const req = id => mod.require(id);
  req.resolve = (request, options) => Module._resolveFilename(request, mod, false, options);
  req.cache = Module._cache;
  req.main = process.mainModule;
  Module._cache[file] = mod;
  script.runInThisContext().call(mod.exports, mod.exports, req, mod, file, path.dirname(file));
  mod.loaded = true;
  const status = !cachedData ? 'none' : script.cachedDataRejected ? 'rejected' : 'used';
  return {
    exports: mod.exports,
    status,
    save: () => status !== 'used' && writeCache(cache, script.createCachedData()),
  };
}

module.exports = { requireWithCodeCache, cacheDir, cacheFile, STALE_DAYS };
