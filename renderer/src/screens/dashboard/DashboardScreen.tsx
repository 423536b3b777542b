/**
 * The dashboard (product.md item 4): next deadline, readiness, this week's study time, CEU status per credential
 * and the next milestone, each with its chart and a link to its screen. Parts the user does not use show one line
 * inviting them to start (shared/dashboard/cards.ts). A first-run welcome opens here while the profile has not
 * finished or skipped it; it never blocks the other screens.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { lazy, memo, Suspense, useId, useMemo, useState, type ReactNode } from 'react';
import { Link } from 'react-router';
import type { DashboardCard, DashboardCardId } from '../../../../shared/dashboard/cards';
import { ScreenHeader } from '../../components/ScreenHeader';
import { sampleIsOpen } from '../../db/activeDatabase';
import { db } from '../../db/db';
import { hasSampleData } from '../../db/sampleData';
import { formatDay } from '../../lib/dates';
import { platform } from '../../platform';
import { formatHours } from '../study/studyView';
import { TodayAgenda } from '../study/TodayAgenda';
import { useRunningTimer, useToday } from '../study/useStudyData';
import { ChartSlot, ChartsModuleProvider, useChartsModule } from './ChartSlot';
import { dashboardChartSpecs, type ChartSpec } from './chartSpecs';
import { FlashcardsTodayCard } from './FlashcardsTodayCard';
import {
  buildDashboardView, ceuStatusText, ceuSummary, daysLeftText, deadlineSummary, milestoneSummary, readinessSummary,
  weekSummary, type DashboardView,
} from './dashboardView';
import { useDashboardData } from './useDashboardData';
import './dashboard.css';

// The first-run welcome (its forms and onboarding writes) loads only for a profile that has not finished it.
const WelcomePanel = lazy(() => import('../welcome/WelcomePanel').then((m) => ({ default: m.WelcomePanel })));

/** Where each card leads, and where its invitation starts. */
const CARD_LINKS: Record<DashboardCardId, { to: string; label: string }> = {
  'next-deadline': { to: '/study', label: 'Open Study' },
  readiness: { to: '/practice', label: 'Open Practice exams' },
  'week-study': { to: '/study', label: 'Open Study' },
  'ceu-status': { to: '/ceus', label: 'Open CEUs' },
  'next-milestone': { to: '/roadmap', label: 'Open Roadmap' },
};

function ChartCard({ card, headline, summary, link, children }: {
  card: DashboardCard;
  headline: ReactNode;
  summary: string;
  link?: { to: string; label: string };
  children: (summaryId: string) => ReactNode;
}) {
  const id = useId();
  const to = link ?? CARD_LINKS[card.id];
  return (
    <section className="card dash-card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{card.title}</h2>
      <p className="dash-headline">{headline}</p>
      {children(`${id}-summary`)}
      <p id={`${id}-summary`} className="muted dash-summary">{summary}</p>
      <Link className="dash-link" to={to.to}>{to.label}</Link>
    </section>
  );
}

function InviteLine({ card }: { card: Extract<DashboardCard, { show: 'invite' }> }) {
  return (
    <li className="dash-invite">
      <span><strong>{card.title}:</strong> {card.invite}</span>{' '}
      <Link to={CARD_LINKS[card.id].to}>{card.action}</Link>
    </li>
  );
}

/** Today's planned sessions with their start buttons; the timer is read here so the cards above stay memoised. */
function TodayCard({ today }: { today: NonNullable<DashboardView['today']> }) {
  const timer = useRunningTimer();
  if (timer === undefined) return null;
  return (
    <section className="card dash-today" data-testid="card-today">
      <TodayAgenda plan={today.plan} exam={today.exam} items={today.items} timer={timer} title={`Today in “${today.plan.name}”`} headingLevel={2} />
      <Link className="dash-link" to="/study">Open Study</Link>
    </section>
  );
}

/** Memoised: the charts inside redraw only when the data changes, not when the welcome state does. */
const Cards = memo(function Cards({ view, specs }: { view: DashboardView; specs: readonly ChartSpec[] }) {
  const chart = (id: ChartSpec['id'], summaryId: string) => {
    const spec = specs.find((s) => s.id === id);
    return spec ? <ChartSlot spec={spec} summaryId={summaryId} /> : null;
  };
  const charts = view.cards.filter((c) => c.show === 'chart');
  const invites = view.cards.filter((c): c is Extract<DashboardCard, { show: 'invite' }> => c.show === 'invite');
  const card = (id: DashboardCardId) => charts.find((c) => c.id === id);
  const deadline = card('next-deadline');
  const readiness = card('readiness');
  const week = card('week-study');
  const ceu = card('ceu-status');
  const milestone = card('next-milestone');
  const next = view.deadline.next;

  if (charts.length === 0) {
    return (
      <section className="card dash-start" aria-labelledby="dash-start-title">
        <h2 id="dash-start-title">Nothing to show yet</h2>
        <p className="muted">The dashboard fills in as you use CoderPath. Start with any of these:</p>
        <ul className="dash-invites">{invites.map((c) => <InviteLine key={c.id} card={c} />)}</ul>
      </section>
    );
  }
  return (
    <>
      {view.today ? <TodayCard today={view.today} /> : null}
      <div className="dash-grid">
        {deadline ? (
          <ChartCard
            card={deadline}
            headline={next ? <>{next.label}: <strong>{formatDay(next.date)}</strong>, {daysLeftText(next.daysLeft)}</> : 'Nothing due'}
            summary={deadlineSummary(view.deadline)}
            {...(next?.kind === 'ceu-cycle' ? { link: CARD_LINKS['ceu-status'] } : {})}
          >
            {(sid) => chart('next-deadline', sid)}
          </ChartCard>
        ) : null}
        {readiness && view.readiness ? (
          <ChartCard
            card={readiness}
            headline={
              view.readiness.readiness.chance.state === 'estimate' ? (
                <>{view.readiness.examCode}: <strong>about {Math.round(view.readiness.readiness.chance.probability * 100)}%</strong> chance {view.readiness.readiness.scaled ? 'of reaching your target' : 'of passing'}</>
              ) : (
                <>{view.readiness.examCode}: latest <strong>{view.readiness.readiness.latest?.percent ?? '—'}%</strong>, pass {view.readiness.passPercent}%</>
              )
            }
            summary={readinessSummary(view.readiness)}
          >
            {(sid) => chart('readiness', sid)}
          </ChartCard>
        ) : null}
        {week && view.week ? (
          <ChartCard
            card={week}
            headline={<><strong>{formatHours(view.week.thisWeek.hours)}</strong> of {formatHours(view.week.thisWeek.goal)} this week ({view.week.plan.name})</>}
            summary={weekSummary(view.week)}
          >
            {(sid) => chart('week-study', sid)}
          </ChartCard>
        ) : null}
        {ceu ? (
          <ChartCard
            card={ceu}
            headline={
              <>
                {view.ceu.map((r) => (
                  <span key={r.code} className="dash-ceu">
                    {r.code} <strong>{r.earned}/{r.required}</strong>{' '}
                    <span className={`status-${r.status}`}>{ceuStatusText(r.status)}</span>
                    {r.notCounted > 0 ? <span className="muted small"> ({r.notCounted} logged not counted)</span> : null}
                  </span>
                ))}
              </>
            }
            summary={ceuSummary(view.ceu)}
          >
            {(sid) => (
              <>
                {view.ceuWarnings.map((w) => <p key={w} className="alert dash-warning">{w}</p>)}
                {chart('ceu-status', sid)}
              </>
            )}
          </ChartCard>
        ) : null}
        {milestone ? (
          <ChartCard
            card={milestone}
            headline={view.milestone.next ? <><strong>{view.milestone.next.milestone.title}</strong>, {daysLeftText(view.milestone.next.daysLeft)}</> : 'Every milestone is done'}
            summary={milestoneSummary(view.milestone)}
          >
            {(sid) => chart('next-milestone', sid)}
          </ChartCard>
        ) : null}
      </div>
      {invites.length > 0 ? (
        <section aria-labelledby="dash-more-title" className="dash-more">
          <h2 id="dash-more-title" className="visually-hidden">More to start</h2>
          <ul className="dash-invites">{invites.map((c) => <InviteLine key={c.id} card={c} />)}</ul>
        </section>
      ) : null}
    </>
  );
});

export default function DashboardScreen() {
  const today = useToday();
  const raw = useDashboardData(today);
  const profile = useLiveQuery(() => db.profile.get('profile'), []);
  const sample = useLiveQuery(() => hasSampleData(), []);
  const [welcomeKept, setWelcomeKept] = useState(false);
  const view = useMemo(() => (raw ? buildDashboardView(raw, today) : undefined), [raw, today]);
  const specs = useMemo(() => (view ? dashboardChartSpecs(view) : undefined), [view]);
  // The chart code is fetched after the cards show, and only when some card has a chart.
  const charts = useChartsModule(specs !== undefined && specs.length > 0);
  const showWelcome = welcomeKept || (profile !== undefined && !profile.onboardingDone && sample === false);

  return (
    <section>
      <ScreenHeader title="Dashboard" description="Your next deadline, readiness, study time, CEU status and next milestone at a glance." />
      {showWelcome && profile ? (
        <Suspense fallback={null}>
          <WelcomePanel careerStart={profile.careerStart} storeCreatedAt={profile.createdAt} autoBackups={sampleIsOpen() ? null : platform.autoBackups} onKeepOpen={setWelcomeKept} />
        </Suspense>
      ) : null}
      {view && specs ? (
        <ChartsModuleProvider value={charts}>
          <Cards view={view} specs={specs} />
        </ChartsModuleProvider>
      ) : (
        <p className="loading" role="status">Loading…</p>
      )}
      <FlashcardsTodayCard />
    </section>
  );
}
