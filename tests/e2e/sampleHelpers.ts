/**
 * Opening the sample data writes a fresh database (certificates included) and reloads the app: on a busy machine
 * that takes longer than one screen's default wait.
 */
export const SAMPLE_OPENS_MS = 20_000;
