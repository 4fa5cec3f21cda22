/**
 * A path or host name inside a sentence, isolated as left-to-right (Unicode LRI … PDI): in the
 * Arabic UI "/tmp/a.kindframe" would otherwise show as "tmp/a.kindframe/", and a path with an
 * Arabic folder name would reorder even in an LTR sentence.
 */
export function ltrIsolate(text: string): string {
  return `\u2066${text}\u2069`
}
