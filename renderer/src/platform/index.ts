import { DESKTOP_API_KEY } from '../../../shared/ipc/channels';
import type { DesktopApi } from '../../../shared/ipc/contract';
import { browserPlatform } from './browser';
import { desktopPlatform } from './desktop';
import type { Platform } from './platform';

export type * from './platform';

function detect(): Platform {
  const api = (window as unknown as Record<string, DesktopApi | undefined>)[DESKTOP_API_KEY];
  return api ? desktopPlatform(api) : browserPlatform();
}

/** The platform the renderer runs on, chosen once at start-up. */
export const platform: Platform = detect();
