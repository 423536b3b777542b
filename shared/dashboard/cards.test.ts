import { describe, expect, it } from 'vitest';
import { type DashboardCard, type DashboardUsage, dashboardCards } from './cards';

const none: DashboardUsage = { hasActivePlan: false, hasAttempts: false, hasCredentials: false, hasMilestones: false };
const shows = (cards: DashboardCard[]) => Object.fromEntries(cards.map((c) => [c.id, c.show]));
const inviteOf = (cards: DashboardCard[], id: DashboardCard['id']) => {
  const card = cards.find((c) => c.id === id);
  return card?.show === 'invite' ? card.invite : undefined;
};

describe('dashboardCards', () => {
  it('lists the five cards in dashboard order', () => {
    expect(dashboardCards(none).map((c) => [c.id, c.title])).toEqual([
      ['next-deadline', 'Next deadline'],
      ['readiness', 'Exam readiness'],
      ['week-study', 'Study this week'],
      ['ceu-status', 'CEU status'],
      ['next-milestone', 'Next milestone'],
    ]);
  });

  it('invites a new user to start everything, with a line and a button label each', () => {
    const cards = dashboardCards(none);
    expect(cards.every((c) => c.show === 'invite')).toBe(true);
    expect(inviteOf(cards, 'week-study')).toBe("No study plan yet — create one to see this week's hours against your goal.");
    expect(inviteOf(cards, 'readiness')).toBe(
      'No practice exams yet — record an attempt to see your score trend against the pass mark.',
    );
    expect(cards.find((c) => c.id === 'ceu-status')).toMatchObject({ action: 'Add a credential' });
  });

  it('shows charts everywhere for a user who uses everything', () => {
    const cards = dashboardCards({ hasActivePlan: true, hasAttempts: true, hasCredentials: true, hasMilestones: true });
    expect(cards.every((c) => c.show === 'chart')).toBe(true);
    expect(cards.some((c) => 'invite' in c)).toBe(false);
  });

  it('a coder with credentials only: deadline and CEU charts, study and readiness invites', () => {
    expect(shows(dashboardCards({ ...none, hasCredentials: true, hasMilestones: true }))).toEqual({
      'next-deadline': 'chart',
      readiness: 'invite',
      'week-study': 'invite',
      'ceu-status': 'chart',
      'next-milestone': 'chart',
    });
  });

  it('a learner with a plan only: deadline and study charts, CEU invite', () => {
    const cards = dashboardCards({ ...none, hasActivePlan: true });
    expect(shows(cards)).toEqual({
      'next-deadline': 'chart',
      readiness: 'invite',
      'week-study': 'chart',
      'ceu-status': 'invite',
      'next-milestone': 'invite',
    });
    expect(inviteOf(cards, 'ceu-status')).toBe(
      'No credentials yet — add one you hold to see its CEUs earned against what is required.',
    );
  });

  it('practice attempts alone show readiness', () => {
    expect(shows(dashboardCards({ ...none, hasAttempts: true })).readiness).toBe('chart');
  });
});
