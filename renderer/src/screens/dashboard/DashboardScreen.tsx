import { Link } from 'react-router';
import { EmptyState } from '../../components/EmptyState';
import { ScreenHeader } from '../../components/ScreenHeader';

export default function DashboardScreen() {
  return (
    <section>
      <ScreenHeader title="Dashboard" description="Your next deadline, readiness, study time, CEU status and next milestone at a glance." />
      <EmptyState title="Nothing to show yet">
        <p>
          The dashboard fills in as you use CoderPath. Create a <Link to="/study">study plan</Link> if you are preparing
          for an exam, or add the <Link to="/ceus">credentials you hold</Link> to track your CEUs.
        </p>
      </EmptyState>
    </section>
  );
}
