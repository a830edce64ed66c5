#!/usr/bin/env node
// Builds the production bundles and packages the extension with @vscode/vsce.
// Usage: node scripts/package.js [OUT.vsix]   (default: planmark.vsix in the repo)
const { spawnSync } = require('child_process');
const path = require('path');

const root = path.resolve(__dirname, '..');

/** Returns the .vsix path, or undefined when building or packaging failed. */
function packageVsix(out = path.join(root, 'planmark.vsix')) {
  const build = spawnSync(process.execPath, [path.join(root, 'scripts/build.js'), '--production'], { cwd: root, stdio: 'inherit' });
  if (build.status !== 0) return undefined;
  // README links are relative; vsce needs a base for them outside GitHub.
  const vsce = spawnSync(process.execPath, [require.resolve('@vscode/vsce/vsce'), 'package', '--no-dependencies',
    '--baseContentUrl', 'https://example.invalid/planmark/blob/main', '--baseImagesUrl', 'https://example.invalid/planmark/raw/main', '-o', out],
  { cwd: root, stdio: 'inherit' });
  return vsce.status === 0 ? out : undefined;
}

module.exports = { packageVsix };

if (require.main === module) process.exit(packageVsix(process.argv[2] && path.resolve(process.argv[2])) ? 0 : 1);
