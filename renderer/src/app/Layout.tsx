import { useEffect, useRef } from 'react';
import { NavLink, Outlet, useLocation, useNavigate } from 'react-router';
import { sampleIsOpen } from '../db/activeDatabase';
import { platform } from '../platform';
import { CeuCommandBridge } from '../screens/ceus/CeuCommandBridge';
import { AutoBackupNotice } from '../screens/settings/AutoBackupNotice';
import { StudyStatus } from '../screens/study/StudyStatus';
import { SampleDataBanner } from '../screens/welcome/SampleDataBanner';
import { shortcutLabel } from '../../../shared/app/screens';
import { SCREENS } from './routes';
import { screenForShortcut } from './shortcuts';
import { useBackupCommands } from './useBackupCommands';

const IS_MAC = /Mac/.test(navigator.userAgent);

export function Layout() {
  const navigate = useNavigate();
  const location = useLocation();
  const main = useRef<HTMLElement>(null);
  const sample = sampleIsOpen();
  useEffect(() => {
    if (sample && !document.title.startsWith('Sample data')) document.title = `Sample data · ${document.title}`;
  }, [sample]);
  useBackupCommands();

  // Menu commands from the desktop side, and the same shortcuts in the browser build.
  useEffect(
    () =>
      platform.onMenuCommand((command) => {
        if (command.kind === 'navigate') void navigate(command.to);
        else window.dispatchEvent(new CustomEvent('coderpath:command', { detail: command }));
      }),
    [navigate],
  );
  useEffect(() => {
    if (platform.kind === 'desktop') return; // the native menu owns these accelerators there
    const onKey = (event: KeyboardEvent) => {
      const to = screenForShortcut(event);
      if (to) {
        event.preventDefault();
        void navigate(to);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [navigate]);

  // Move focus to the new screen so keyboard and screen-reader users land on its content.
  useEffect(() => {
    main.current?.focus({ preventScroll: true });
  }, [location.pathname]);

  return (
    <div className="app-shell">
      <a className="skip-link" href="#main" onClick={(e) => { e.preventDefault(); main.current?.focus(); }}>
        Skip to content
      </a>
      <div className="sidebar-column">
        <nav className="sidebar" aria-label="Main">
          <div className="brand" aria-hidden="true">
            <span className="brand-mark">CP</span> CoderPath
          </div>
          {sample ? <p className="sidebar-sample badge">Sample data</p> : null}
          <ul>
            {SCREENS.map((screen) => (
              <li key={screen.path}>
                <NavLink to={screen.path} end={screen.path === '/'}>
                  {screen.label}
                  <kbd aria-hidden="true">{shortcutLabel(screen.shortcut, IS_MAC)}</kbd>
                </NavLink>
              </li>
            ))}
          </ul>
          <CeuCommandBridge />
          <div id="global-status" className="global-status">
            <StudyStatus />
          </div>
        </nav>
      </div>
      <main id="main" ref={main} tabIndex={-1}>
        <AutoBackupNotice />
        <SampleDataBanner />
        <Outlet />
      </main>
    </div>
  );
}
