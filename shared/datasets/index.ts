/** The app's sample data ("Explore with sample data") and the helpers that build it; the heavy dataset lives in bench/datasets. */
export { buildSampleData, sampleCareerStart, SAMPLE_TIMELINE, type SampleData } from './sample';
export { SAMPLE_STUDY } from './sampleStudy';
export { certificateLines } from './sampleCeu';
export { counts, DATASET_TABLES, type DatasetCounts, type DatasetTables, type DatasetTable } from './types';
export { datasetIssues } from './datasetIssues';
export { buildPdf, pdfLiteral, type PdfOptions } from './pdf';
export { checkPdf, blobBytes, type PdfCheck } from './pdfCheck';
export { createRng, mulberry32, subSeed, randomBytes, type Rng } from './prng';
export { apportion, domainResultsFor } from './practice';
