import { EmptyState } from '../../components/EmptyState';
import { ScreenHeader } from '../../components/ScreenHeader';

export default function StudyScreen() {
  return (
    <section>
      <ScreenHeader title="Study" description="Your study plan toward the exam date, the timer and your session log." />
      <EmptyState title="No study plan yet">
        <p>Create a plan for the exam you are preparing for: CoderPath lays out the weeks to the exam date and what to study in each.</p>
      </EmptyState>
    </section>
  );
}
