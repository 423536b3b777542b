import { ScreenHeader } from '../../../components/ScreenHeader';

export default function AuditReportScreen() {
  return <ScreenHeader title="CEU audit report" />;
}
