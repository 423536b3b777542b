import { EmptyState } from '../../components/EmptyState';
import { ScreenHeader } from '../../components/ScreenHeader';

export default function CeusScreen() {
  return (
    <section>
      <ScreenHeader title="CEUs" description="Continuing-education units for each credential you hold, with certificates and audit reports." />
      <EmptyState title="No credentials yet">
        <p>Add a credential you hold (CPC, CRC, CCS…) to see what its renewal cycle still needs and log your CEUs.</p>
      </EmptyState>
    </section>
  );
}
