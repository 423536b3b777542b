#!/usr/bin/env node
// Stands in for fpm (which electron-builder downloads, and this machine cannot) in the package check: takes the
// `fpm -s dir -t deb` arguments electron-builder passes and builds the same .deb with Debian's dpkg-deb, so the
// check inspects a real package: its control file (dependencies) and its files (app, icon, desktop entry).
import { execFileSync } from 'node:child_process';
import { chmodSync, cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

const WITH_VALUE = new Set([
  '-s', '-t', '-d', '--architecture', '--after-install', '--after-remove', '--description', '--version', '--package',
  '--name', '--maintainer', '--vendor', '--url', '--category', '--deb-priority', '--license', '--iteration',
  '--deb-recommends', '--deb-compression', '--log',
]);
const options = new Map();
const mappings = [];
const args = process.argv.slice(2);
for (let i = 0; i < args.length; i++) {
  const arg = args[i];
  if (WITH_VALUE.has(arg)) options.set(arg, [...(options.get(arg) ?? []), args[++i]]);
  else if (arg.startsWith('-')) continue; // --force, --debug
  else mappings.push(arg.split('='));
}
const one = (name) => options.get(name)?.at(-1);
if (one('-s') !== 'dir' || one('-t') !== 'deb') throw new Error(`fpm stand-in: only -s dir -t deb, not ${args.join(' ')}`);

const root = mkdtempSync(join(tmpdir(), 'coderpath-deb-'));
try {
  for (const [from, to] of mappings) {
    const target = join(root, to);
    mkdirSync(from.endsWith('/') ? target : dirname(target), { recursive: true });
    cpSync(from, target, { recursive: true, verbatimSymlinks: true });
  }
  mkdirSync(join(root, 'DEBIAN'));
  const description = one('--description').split('\n').map((line, n) => (n === 0 ? line : ` ${line.trim() || '.'}`)).join('\n');
  const control = {
    Package: one('--name'),
    Version: one('--version'),
    Architecture: one('--architecture'),
    Maintainer: one('--maintainer'),
    'Installed-Size': execFileSync('du', ['-sk', root], { encoding: 'utf8' }).split('\t')[0],
    Depends: (options.get('-d') ?? []).join(', '),
    Recommends: (options.get('--deb-recommends') ?? []).join(', '),
    Section: 'default',
    Priority: one('--deb-priority'),
    Homepage: one('--url'),
    Description: description,
  };
  const text = Object.entries(control).filter(([, v]) => v).map(([k, v]) => `${k}: ${v}`).join('\n');
  writeFileSync(join(root, 'DEBIAN', 'control'), `${text}\n`);
  for (const [flag, script] of [['--after-install', 'postinst'], ['--after-remove', 'postrm']]) {
    if (!one(flag)) continue;
    writeFileSync(join(root, 'DEBIAN', script), readFileSync(one(flag)));
    chmodSync(join(root, 'DEBIAN', script), 0o755);
  }
  const compression = one('--deb-compression') ?? 'xz';
  execFileSync('dpkg-deb', ['--root-owner-group', `-Z${compression}`, '--build', root, one('--package')], { stdio: 'inherit' });
} finally {
  rmSync(root, { recursive: true, force: true });
}
