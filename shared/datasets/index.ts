/** Generated datasets: the "Explore with sample data" records and the seeded heavy dataset for volume tests. */
export { buildSampleData, sampleCareerStart, SAMPLE_TIMELINE, type SampleData } from './sample';
export { SAMPLE_STUDY } from './sampleStudy';
export { certificateLines } from './sampleCeu';
export { buildHeavyDataset, HEAVY_COUNTS, HEAVY_YEARS, type HeavyDataset, type HeavyOptions } from './heavy';
export { HEAVY_FILE_BYTES } from './heavyCeu';
export { counts, DATASET_TABLES, type DatasetCounts, type DatasetTables, type DatasetTable } from './types';
export { datasetIssues } from './datasetIssues';
export { buildPdf, pdfLiteral, type PdfOptions } from './pdf';
export { checkPdf, blobBytes, type PdfCheck } from './pdfCheck';
export { createRng, mulberry32, subSeed, randomBytes, type Rng } from './prng';
export { apportion, domainResultsFor } from './practice';
