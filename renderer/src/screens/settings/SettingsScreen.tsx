import { useEffect, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { ScreenHeader } from '../../components/ScreenHeader';
import { sampleIsOpen } from '../../db/activeDatabase';
import { db } from '../../db/db';
import { DEFAULT_AUTO_BACKUP_KEEP } from '../../db/profile';
import { platform, type AppInfo } from '../../platform';
import { BackupsSection } from './BackupsSection';
import { EraseDataSection } from './EraseDataSection';
import { ProfileForm } from './ProfileForm';
import { WeekStartSetting } from './WeekStartSetting';
import { WelcomeSettings } from '../welcome/SampleDataControls';

function persistenceText(value: boolean | null | undefined): string {
  if (value === true) return 'Granted: your data will not be cleared when the disk runs low.';
  if (value === false) return 'Not granted: the system may clear stored data under storage pressure. Keep regular backups.';
  return 'Not asked yet.';
}

export default function SettingsScreen() {
  const profile = useLiveQuery(() => db.profile.get('profile'), []);
  const [info, setInfo] = useState<AppInfo | null>(null);
  useEffect(() => {
    void platform.appInfo().then(setInfo, () => setInfo(null));
  }, []);

  return (
    <section>
      <ScreenHeader title="Settings" description="Your profile, your data, backups and the app." />
      <section className="card">{profile ? <ProfileForm profile={profile} /> : <p className="loading">Loading…</p>}</section>
      {profile ? <WeekStartSetting profile={profile} /> : null}
      <WelcomeSettings />
      {sampleIsOpen() ? (
        <section className="card" aria-labelledby="backups-title">
          <h2 id="backups-title">Backups</h2>
          <p>Backups are of your own records: close the sample data to back up or restore them. No automatic backup is taken while the sample data is open.</p>
        </section>
      ) : (
        <BackupsSection keep={profile?.autoBackupKeep ?? DEFAULT_AUTO_BACKUP_KEEP} />
      )}
      <section className="card" aria-labelledby="storage-title">
        <h2 id="storage-title">Storage</h2>
        <dl className="facts">
          <dt>Persistent storage</dt>
          <dd>{persistenceText(profile?.persistentStorage)}</dd>
          <dt>Data location</dt>
          <dd>{info?.dataPath ?? '…'}</dd>
          <dt>Automatic backups</dt>
          <dd>{info?.backupsPath ?? '…'}</dd>
        </dl>
      </section>
      <EraseDataSection />
      <section className="card" aria-labelledby="about-title">
        <h2 id="about-title">About</h2>
        <dl className="facts">
          <dt>Version</dt>
          <dd>{info ? `${info.name} ${info.version} (${info.platform})` : '…'}</dd>
        </dl>
      </section>
    </section>
  );
}
