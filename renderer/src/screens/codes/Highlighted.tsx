import { highlight } from '../../../../shared/codeset/query';

/** A description with its matching words marked; React escapes the text, so nothing in it is read as HTML. */
export function Highlighted({ text, prefixes }: { text: string; prefixes: readonly string[] }) {
  if (prefixes.length === 0) return <>{text}</>;
  return (
    <>
      {highlight(text, prefixes).map((part, i) => (part.match ? <mark key={i}>{part.text}</mark> : <span key={i}>{part.text}</span>))}
    </>
  );
}
