// Moved to components/ so every screen's charts share one theme reader.
export { useChartColours, type ChartColours } from '../../components/chartColours';
