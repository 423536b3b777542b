/**
 * Line breaks for a chart label without measuring it in the DOM: whole words, at most `maxChars` characters a line
 * (a word longer than that gets a line of its own). The dashboard's tick labels are short codes and phrases, so a
 * character count is close enough and costs no forced layout.
 */
export function wrapLabel(text: string, maxChars: number): string[] {
  const lines: string[] = [];
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const last = lines[lines.length - 1];
    if (last !== undefined && last.length + 1 + word.length <= maxChars) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines.length > 0 ? lines : [''];
}
