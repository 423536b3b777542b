/**
 * The AAPC membership renewal month, kept once per member in the profile (docs/ceu-rules.md, rule 4). Setting it
 * moves every AAPC credential's running period onto it in the same transaction: the period containing today,
 * ending on the month's last day (a credential earned within it starts the day earned, pro-rated by the engine).
 */
import { aapcPeriodContaining, isRenewalMonth } from '../../../shared/ceu/aapcPeriod';
import { getCredentialDef } from '../../../shared/ceu/catalog';
import { isActive } from '../../../shared/ceu/requirements';
import type { HeldCredential, IsoDate } from '../../../shared/model/entities';
import { todayIso } from '../lib/dates';
import { db, nowIso, type CoderPathDb } from './db';
import { ensureProfile } from './profile';
import { syncRoadmapFromData } from './progressSync';

export interface MembershipChange {
  /** AAPC credentials whose period moved, as written. */
  aligned: HeldCredential[];
}

/** `month` 1–12, or undefined to forget it (the credentials keep their dates). */
export async function setAapcRenewalMonth(month: number | undefined, today: IsoDate = todayIso(), database: CoderPathDb = db): Promise<MembershipChange> {
  if (month !== undefined && !isRenewalMonth(month)) throw new Error('Choose the month your AAPC membership renews (January to December).');
  const aligned = await database.transaction('rw', database.profile, database.credentials, async () => {
    const profile = await ensureProfile(database);
    const { aapcRenewalMonth: _old, ...rest } = profile;
    await database.profile.put({ ...rest, ...(month ? { aapcRenewalMonth: month } : {}), updatedAt: nowIso() });
    if (!month) return [];
    const period = aapcPeriodContaining(month, today);
    const changed: HeldCredential[] = [];
    for (const credential of await database.credentials.toArray()) {
      // Running periods only: one that has ended waits for its rollover, with its result.
      if (!isActive(credential, today) || getCredentialDef(credential.code)?.body !== 'AAPC' || credential.cycleEnd < today) continue;
      const cycleStart = credential.earnedOn > period.cycleStart ? credential.earnedOn : period.cycleStart;
      if (credential.cycleStart === cycleStart && credential.cycleEnd === period.cycleEnd) continue;
      const updated = { ...credential, cycleStart, cycleEnd: period.cycleEnd, updatedAt: nowIso() };
      await database.credentials.put(updated);
      changed.push(updated);
    }
    return changed;
  });
  if (aligned.length > 0) await syncRoadmapFromData(database, today);
  return { aligned };
}
