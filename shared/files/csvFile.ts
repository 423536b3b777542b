/** CSV files the app writes: UTF-8 with a byte-order mark, without which Excel reads "Café" as "CafÃ©". */
export const UTF8_BOM = '\uFEFF';

export function csvFileText(csv: string): string {
  return csv.startsWith(UTF8_BOM) ? csv : UTF8_BOM + csv;
}
