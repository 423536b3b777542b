/**
 * The CEU engine's results for every held credential, read live from the store: for the CEUs screen and the
 * Dashboard. `computeCeuStatuses` is the pure part; `useCeuStatuses` feeds it with live data and today's date;
 * `useCeuDeadlineNotifications` shows the weekly desktop notification while a deadline warning lasts.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useMemo, useState } from 'react';
import type { RuleSettings } from '../../../../shared/ceu/catalogTypes';
import type { CeuEntry, HeldCredential, IsoDate } from '../../../../shared/model/entities';
import { claimDeadlineNotification } from '../../db/ceus';
import { readRuleSettings } from '../../db/ruleSettings';
import { db } from '../../db/db';
import { todayIso } from '../../lib/dates';
import { platform } from '../../platform';
import { computeCeuStatuses, type CeuStatuses } from './ceuStatuses';

export { computeCeuStatuses, type CeuStatuses } from './ceuStatuses';

/** Today's calendar day, updated past midnight so a window left open moves on. */
export function useToday(): IsoDate {
  const [today, setToday] = useState(() => todayIso());
  useEffect(() => {
    const id = setInterval(() => setToday(todayIso()), 60_000);
    return () => clearInterval(id);
  }, []);
  return today;
}

interface StoredCeuData {
  held: HeldCredential[];
  entries: CeuEntry[];
  ruleSettings: RuleSettings;
  /** AAPC membership renewal month from the profile (once per member). */
  aapcRenewalMonth?: number;
}

/** Live: the stored credentials, entries, rule settings and AAPC membership month. Undefined while loading. */
export function useCeuData(): StoredCeuData | undefined {
  return useLiveQuery(async () => {
    const [held, entries, ruleSettings, profile] = await Promise.all([
      db.credentials.toArray(), db.ceuEntries.toArray(), readRuleSettings(), db.profile.get('profile'),
    ]);
    return { held, entries, ruleSettings, ...(profile?.aapcRenewalMonth ? { aapcRenewalMonth: profile.aapcRenewalMonth } : {}) };
  }, []);
}

/** The engine's results for all held credentials, live; undefined while loading. */
export function useCeuStatuses(): CeuStatuses | undefined {
  const data = useCeuData();
  const today = useToday();
  return useMemo(
    () => (data ? computeCeuStatuses(data.held, data.entries, data.ruleSettings, today, data.aapcRenewalMonth ? { aapcRenewalMonth: data.aapcRenewalMonth } : {}) : undefined),
    [data, today],
  );
}

/**
 * Shows a desktop notification for each deadline warning, at most once a week per warning (the day is kept in
 * keyValues, see db/ceus.ts `claimDeadlineNotification`). Mount it where warnings are computed.
 */
export function useCeuDeadlineNotifications(statuses: Pick<CeuStatuses, 'warnings' | 'today'> | undefined): void {
  const warnings = statuses?.warnings;
  const today = statuses?.today;
  // Re-run only when the set of warnings (or the day) changes, not on every recomputation.
  const signature = warnings?.map((warning) => warning.key).join('|') ?? '';
  useEffect(() => {
    if (!warnings || !today) return;
    for (const warning of warnings) {
      void claimDeadlineNotification(warning.key, today)
        .then((due) => (due ? platform.notify(warning.title, warning.message) : false))
        .catch(() => false); // a notification that cannot be shown must not break the screen
    }
    // `signature` stands for `warnings` in the dependencies.
  }, [signature, today]);
}
