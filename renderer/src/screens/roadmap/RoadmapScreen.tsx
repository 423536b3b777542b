import { EmptyState } from '../../components/EmptyState';
import { ScreenHeader } from '../../components/ScreenHeader';

export default function RoadmapScreen() {
  return (
    <section>
      <ScreenHeader title="Roadmap" description="Your career path: education, certification, first job, specialization, upskilling." />
      <EmptyState title="No milestones yet">
        <p>Your roadmap holds the milestones of each stage with their target dates; some complete themselves as you add credentials.</p>
      </EmptyState>
    </section>
  );
}
