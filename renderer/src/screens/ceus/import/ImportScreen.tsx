import { ScreenHeader } from '../../../components/ScreenHeader';

export default function ImportScreen() {
  return <ScreenHeader title="Import CEUs from a spreadsheet" />;
}
