/** One fiscal year of ICD-10-CM, column by column in tabular order (index = order number - 1). */
export interface CodeSetData {
  year: number;
  /** Codes without their dot, as the file has them (`E1122`). */
  codes: string[];
  /** 1 = valid for submission (billable), 0 = header. */
  billable: Uint8Array;
  shortDescriptions: string[];
  longDescriptions: string[];
}
