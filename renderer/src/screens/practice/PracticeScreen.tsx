import { EmptyState } from '../../components/EmptyState';
import { ScreenHeader } from '../../components/ScreenHeader';

export default function PracticeScreen() {
  return (
    <section>
      <ScreenHeader title="Practice exams" description="Your practice-exam scores, by content domain, and how ready you are." />
      <EmptyState title="No practice attempts yet">
        <p>Record a practice exam's score, overall and per domain, to see your trend toward the pass mark.</p>
      </EmptyState>
    </section>
  );
}
