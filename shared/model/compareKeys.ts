/**
 * Order of machine strings: ISO days and instants, ids, credential and exam codes. Plain code-unit order (what `<`
 * does) is their true order; String#localeCompare would apply language rules to them and, on its first call, start
 * an ICU collator, which costs ~10 ms of the app's start. Words people read (titles, names) keep localeCompare.
 */
export function compareKeys(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
