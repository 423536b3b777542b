// The Linux installers, built by electron-builder from electron-builder.yml exactly as `npm run dist` does, but
// against a stub Electron directory (electronDist) since the real binary cannot be downloaded here, then opened up:
// what a user would install. Needs `npm run build` first. Run: node --test tests/package/
//
// The stub binary carries Electron's fuse sentinel, so electron-builder's electronFuses really flip its fuse wire.
// fpm (downloaded by electron-builder) is replaced by tests/package/fpm-stand-in.mjs, which builds the same .deb
// with dpkg-deb. The AppImage target needs tools electron-builder downloads too, so it is not built here.
import { listPackage } from '@electron/asar';
import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const electronVersion = JSON.parse(readFileSync(join(root, 'node_modules', 'electron', 'package.json'), 'utf8')).version;
const SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
// Fuse order (@electron/fuses FuseV1Options): RunAsNode, EnableCookieEncryption, EnableNodeOptionsEnvironmentVariable,
// EnableNodeCliInspectArguments, EnableEmbeddedAsarIntegrityValidation, OnlyLoadAppFromAsar,
// LoadBrowserProcessSpecificV8Snapshot, GrantFileProtocolExtraPrivileges. The stub starts each opposite to the
// wanted value (the snapshot fuse, left alone, at 0), so a fuse electron-builder does not flip fails the check.
const STUB_WIRE = '10110001';
const WANTED_WIRE = '01001100';

let work;
let out;
let deb;

before(() => {
  assert.ok(existsSync(join(root, 'dist', 'electron', 'main.cjs')), 'run `npm run build` first');
  work = mkdtempSync(join(tmpdir(), 'coderpath-package-'));
  const stub = join(work, 'electron-dist');
  mkdirSync(join(stub, 'resources'), { recursive: true });
  const binary = Buffer.concat([Buffer.from('#!/bin/sh\nexit 0\n'), Buffer.from(SENTINEL), Buffer.from([1, STUB_WIRE.length]), Buffer.from(STUB_WIRE)]);
  writeFileSync(join(stub, 'electron'), binary);
  chmodSync(join(stub, 'electron'), 0o755);
  writeFileSync(join(stub, 'LICENSE'), 'stub');
  writeFileSync(join(stub, 'version'), electronVersion);
  out = join(work, 'release');
  execFileSync(
    process.execPath,
    [
      join(root, 'node_modules', 'electron-builder', 'cli.js'),
      '--config', 'electron-builder.yml', '--linux', 'dir', 'deb', '--publish', 'never',
      `-c.electronDist=${stub}`, `-c.electronVersion=${electronVersion}`, `-c.directories.output=${out}`,
    ],
    {
      cwd: root,
      stdio: ['ignore', 'ignore', 'inherit'],
      env: { ...process.env, CUSTOM_FPM_PATH: join(root, 'tests', 'package', 'fpm-stand-in.mjs'), CI: 'true' },
    },
  );
  deb = join(out, `${pkg.name}_${pkg.version}_${execFileSync('dpkg', ['--print-architecture'], { encoding: 'utf8' }).trim()}.deb`);
});

after(() => work && rmSync(work, { recursive: true, force: true }));

describe('the unpacked Linux app', () => {
  const app = () => join(out, 'linux-unpacked');

  it('has the executable with its fuses flipped as electron-builder.yml says', () => {
    const binary = readFileSync(join(app(), pkg.name));
    const at = binary.indexOf(SENTINEL) + SENTINEL.length;
    assert.ok(at > SENTINEL.length, 'the fuse sentinel is in the packaged executable');
    assert.equal(binary.subarray(at + 2, at + 2 + binary[at + 1]).toString(), WANTED_WIRE);
  });

  it('carries the app as app.asar with the built main, preload and renderer, and nothing else', () => {
    const files = listPackage(join(app(), 'resources', 'app.asar'), {}).map((f) => f.replaceAll('\\', '/'));
    for (const file of ['/package.json', '/dist/electron/main.cjs', '/dist/electron/preload.cjs', '/dist/renderer/index.html']) {
      assert.ok(files.includes(file), `${file} is in app.asar`);
    }
    assert.ok(files.some((f) => /^\/dist\/renderer\/assets\/.+\.js$/.test(f)), 'the renderer scripts are in app.asar');
    const unwanted = files.filter((f) => /\.map$|\.test\.|\.spec\.|^\/(tests|electron|renderer|shared|bench|scripts|src|node_modules)\/|\.tsx?$/.test(f));
    assert.deepEqual(unwanted, [], 'no source maps, sources, tests or node_modules');
  });
});

describe('the preload', () => {
  it('is small and carries no zod: the main process validates, the preload only forwards', () => {
    const preload = readFileSync(join(root, 'dist', 'electron', 'preload.cjs'), 'utf8');
    assert.ok(Buffer.byteLength(preload) <= 10 * 1024, `preload.cjs is ${Buffer.byteLength(preload)} bytes (at most 10 KB)`);
    assert.doesNotMatch(preload, /ZodError|safeParse|\$ZodType|node_modules\/zod/);
  });
});

describe('the .deb', () => {
  const field = (name) => execFileSync('dpkg-deb', ['--field', deb, name], { encoding: 'utf8' }).trim();
  const contents = () => execFileSync('dpkg-deb', ['--contents', deb], { encoding: 'utf8' });
  const file = (path) => execFileSync('sh', ['-c', `dpkg-deb --fsys-tarfile "$1" | tar -xO "$2"`, 'sh', deb, path], { encoding: 'utf8' });

  it('depends on what Electron needs to start, GTK included', () => {
    const depends = field('Depends').split(/,\s*/);
    for (const lib of ['libgtk-3-0', 'libnss3', 'libnotify4', 'libxss1', 'libxtst6', 'xdg-utils', 'libatspi2.0-0', 'libuuid1', 'libsecret-1-0']) {
      assert.ok(depends.includes(lib), `Depends has ${lib}: ${depends.join(', ')}`);
    }
    assert.equal(field('Package'), pkg.name);
    assert.equal(field('Version'), pkg.version);
    assert.equal(field('Homepage'), pkg.homepage);
    assert.match(field('Maintainer'), /<[^>]+@[^>]+>/);
  });

  it('installs the app, its icon and a desktop entry that starts it', () => {
    const listed = contents();
    for (const path of [`./opt/${pkg.productName}/${pkg.name}`, `./opt/${pkg.productName}/resources/app.asar`, `./usr/share/applications/${pkg.name}.desktop`]) {
      assert.ok(listed.includes(path), `${path} is installed`);
    }
    assert.match(listed, new RegExp(`\\./usr/share/icons/hicolor/\\d+x\\d+/apps/${pkg.name}\\.png`));
    assert.doesNotMatch(listed, /\.map\n/);
    const entry = file(`./usr/share/applications/${pkg.name}.desktop`);
    assert.match(entry, new RegExp(`^Exec=/opt/${pkg.productName}/${pkg.name} %U$`, 'm'));
    assert.match(entry, new RegExp(`^Icon=${pkg.name}$`, 'm'));
    assert.match(entry, /^Categories=Education;?$/m);
    assert.match(entry, new RegExp(`^Name=${pkg.productName}$`, 'm'));
  });
});
