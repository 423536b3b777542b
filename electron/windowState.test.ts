import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SIZE, loadWindowState, restoreWindowState, saveWindowState } from './windowState';

const screen = [{ x: 0, y: 0, width: 1920, height: 1080 }];

describe('window size and position', () => {
  it('come back as they were saved', () => {
    const saved = { bounds: { x: 100, y: 80, width: 1400, height: 900 }, maximized: true };
    expect(restoreWindowState(saved, screen)).toEqual(saved);
  });
  it('fall back to the default size when nothing or garbage was saved', () => {
    expect(restoreWindowState(undefined, screen)).toEqual({ bounds: DEFAULT_SIZE, maximized: false });
    expect(restoreWindowState({ bounds: 'big' }, screen)).toEqual({ bounds: DEFAULT_SIZE, maximized: false });
  });
  it('keep the size but let the OS place a window left on a display that is gone', () => {
    const saved = { bounds: { x: 3000, y: 200, width: 1000, height: 700 }, maximized: false };
    expect(restoreWindowState(saved, screen)).toEqual({ bounds: { width: 1000, height: 700 }, maximized: false });
  });
  it('never shrink below the minimum size', () => {
    const saved = { bounds: { x: 10, y: 10, width: 200, height: 100 }, maximized: false };
    expect(restoreWindowState(saved, screen).bounds).toMatchObject({ width: 900, height: 600 });
  });
  it('are saved to and loaded from a real file; a corrupt file reads as nothing', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'coderpath-window-'));
    const file = join(dir, 'window-state.json');
    const state = { bounds: { x: 1, y: 2, width: 1000, height: 700 }, maximized: false };
    await saveWindowState(file, state);
    expect(await loadWindowState(file)).toEqual(state);
    await writeFile(file, '{"bounds": {');
    expect(await loadWindowState(file)).toBeUndefined();
  });
});
