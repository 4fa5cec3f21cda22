import type { WordToken } from './tokens'

/**
 * Breaks a caption into balanced lines of at most `maxChars` characters, at word boundaries, by putting
 * "\n" where the break goes (replacing the space there, or between two words of an unspaced script).
 * Text that already has line breaks is the author's choice and is left alone; a word longer than a line
 * stays whole (libass then wraps it within the margins, nothing is cut). Pure.
 */
export function fitLines(text: string, tokens: readonly WordToken[], maxChars: number): string {
  if (text.includes('\n') || tokens.length < 2) return text
  const length = [...text.trim()].length
  if (length <= maxChars) return text
  // Pass 1 (greedy) finds how many lines are needed; pass 2 aims for lines of equal length with that
  // many, since a short last line ("…, and / you") reads badly.
  const lines = breakAt(text, tokens, maxChars, maxChars).length + 1
  const breaks = breakAt(text, tokens, maxChars, Math.ceil(length / lines))
  let out = ''
  let at = 0
  for (const i of breaks) {
    const prevEnd = tokens[i - 1]!.to
    const nextStart = tokens[i]!.from
    out += text.slice(at, prevEnd) + '\n'
    at = nextStart
  }
  return out + text.slice(at)
}

/** Indexes of the tokens that start a new line. */
function breakAt(text: string, tokens: readonly WordToken[], maxChars: number, target: number): number[] {
  const breaks: number[] = []
  let lineStart = tokens[0]!.from
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i]!
    const withWord = [...text.slice(lineStart, t.to)].length
    const before = [...text.slice(lineStart, tokens[i - 1]!.to)].length
    if (withWord > maxChars || (withWord > target && withWord - target > target - before)) {
      breaks.push(i)
      lineStart = t.from
    }
  }
  return breaks
}
