import { formatTimestamp } from './timestamp'

/** A blank line ends a cue in SRT and WebVTT, so cue text written into either keeps none. */
export function withoutBlankLines(text: string): string {
  return text
    .split('\n')
    .filter((l) => l.trim() !== '')
    .join('\n')
}

/** One SRT/WebVTT cue block: identifier line, timing line, text lines (already escaped), each ended by `eol`. */
export function cueBlock(id: string, startMs: number, endMs: number, decimalSeparator: ',' | '.', text: string, eol: string): string {
  return `${id}${eol}${formatTimestamp(startMs, decimalSeparator)} --> ${formatTimestamp(endMs, decimalSeparator)}${eol}${text.split('\n').join(eol)}${eol}`
}
