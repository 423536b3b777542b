/**
 * Which dashboard cards show a chart and which invite the user to start, from what the user actually uses.
 * A learner without credentials sees an invitation, not an empty CEU chart; a coder without a plan likewise.
 */

export type DashboardCardId = 'next-deadline' | 'readiness' | 'week-study' | 'ceu-status' | 'next-milestone';

export interface DashboardUsage {
  /** An active study plan exists. */
  hasActivePlan: boolean;
  /** At least one practice attempt is recorded. */
  hasAttempts: boolean;
  /** At least one credential is held (not retired). */
  hasCredentials: boolean;
  /** The roadmap has at least one milestone. */
  hasMilestones: boolean;
}

export type DashboardCard =
  | { id: DashboardCardId; title: string; show: 'chart' }
  | { id: DashboardCardId; title: string; show: 'invite'; invite: string; action: string };

interface CardSpec {
  id: DashboardCardId;
  title: string;
  /** Whether there is data for the chart. */
  hasData: (u: DashboardUsage) => boolean;
  invite: string;
  /** Label of the button that starts what the invite asks for. */
  action: string;
}

/** The cards in dashboard order. */
export const DASHBOARD_CARD_SPECS: readonly CardSpec[] = [
  {
    id: 'next-deadline',
    title: 'Next deadline',
    // An exam date comes from a plan, a cycle end from a held credential.
    hasData: (u) => u.hasActivePlan || u.hasCredentials,
    invite: 'No deadlines yet — create a study plan with an exam date or add a credential you hold to see what is due next.',
    action: 'Create a study plan',
  },
  {
    id: 'readiness',
    title: 'Exam readiness',
    hasData: (u) => u.hasAttempts,
    invite: 'No practice exams yet — record an attempt to see your score trend against the pass mark.',
    action: 'Record a practice exam',
  },
  {
    id: 'week-study',
    title: 'Study this week',
    hasData: (u) => u.hasActivePlan,
    invite: "No study plan yet — create one to see this week's hours against your goal.",
    action: 'Create a study plan',
  },
  {
    id: 'ceu-status',
    title: 'CEU status',
    hasData: (u) => u.hasCredentials,
    invite: 'No credentials yet — add one you hold to see its CEUs earned against what is required.',
    action: 'Add a credential',
  },
  {
    id: 'next-milestone',
    title: 'Next milestone',
    hasData: (u) => u.hasMilestones,
    invite: 'No roadmap milestones yet — start your roadmap to see your next step.',
    action: 'Start my roadmap',
  },
];

/** Every dashboard card in order, each as a chart (data exists) or an invitation to start. */
export function dashboardCards(usage: DashboardUsage): DashboardCard[] {
  return DASHBOARD_CARD_SPECS.map(({ id, title, hasData, invite, action }) =>
    hasData(usage) ? { id, title, show: 'chart' } : { id, title, show: 'invite', invite, action },
  );
}
