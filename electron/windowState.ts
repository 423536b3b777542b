/** Remembers the main window's size and position across launches, in a small JSON file. */
import { readFile, writeFile, rename } from 'node:fs/promises';
import { z } from 'zod';

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface WindowState {
  bounds: Rect;
  maximized: boolean;
}

export const DEFAULT_SIZE = { width: 1280, height: 820 };
export const MIN_SIZE = { width: 900, height: 600 };

const stateSchema = z.object({
  bounds: z.object({ x: z.number().int(), y: z.number().int(), width: z.number().int(), height: z.number().int() }),
  maximized: z.boolean(),
});

function overlaps(a: Rect, b: Rect): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

/**
 * Turns what was saved into bounds to open with: a corrupt file, or a window left on a display that is gone, falls
 * back to the default size centred by the OS (no x/y).
 */
export function restoreWindowState(
  saved: unknown,
  workAreas: Rect[],
): { bounds: Partial<Rect> & { width: number; height: number }; maximized: boolean } {
  const parsed = stateSchema.safeParse(saved);
  if (!parsed.success) return { bounds: { ...DEFAULT_SIZE }, maximized: false };
  const { bounds, maximized } = parsed.data;
  const width = Math.max(MIN_SIZE.width, bounds.width);
  const height = Math.max(MIN_SIZE.height, bounds.height);
  const visible = workAreas.some((area) => overlaps({ ...bounds, width, height }, area));
  return visible ? { bounds: { x: bounds.x, y: bounds.y, width, height }, maximized } : { bounds: { width, height }, maximized };
}

export async function loadWindowState(file: string): Promise<unknown> {
  try {
    return JSON.parse(await readFile(file, 'utf8'));
  } catch {
    return undefined;
  }
}

/** Written through a temporary file so a crash mid-write never leaves half a file. */
export async function saveWindowState(file: string, state: WindowState): Promise<void> {
  const temp = `${file}.tmp`;
  await writeFile(temp, JSON.stringify(state));
  await rename(temp, file);
}
