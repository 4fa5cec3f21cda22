/** Shortens a quoted excerpt for a report line. */
export function clip(s: string, max = 40): string {
  return s.length > max ? `${s.slice(0, max)}…` : s
}
