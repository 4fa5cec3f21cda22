import { isCjkBreakable, lineWidth } from '../text-metrics'

export interface LineBreakOptions {
  maxCpl: number
  maxLines: number
  locale?: string
}

// Words a line should not end on, because they belong with the next word (simple lists, by design:
// a good-enough heuristic that never needs a dictionary).
const ARTICLES: Record<string, Set<string>> = {
  en: new Set(['a', 'an', 'the', 'this', 'that', 'these', 'those', 'my', 'your', 'his', 'her', 'its', 'our', 'their', 'no', 'every', 'some']),
  es: new Set(['el', 'la', 'los', 'las', 'un', 'una', 'unos', 'unas', 'mi', 'tu', 'su']),
  pt: new Set(['o', 'a', 'os', 'as', 'um', 'uma', 'uns', 'umas', 'meu', 'minha', 'seu', 'sua']),
  fil: new Set(['ang', 'ng', 'mga', 'si', 'ni', 'sa'])
}
const EN_ADJECTIVES = new Set([
  'good', 'bad', 'new', 'old', 'big', 'small', 'little', 'young', 'kind', 'mean', 'best', 'real', 'true', 'nice', 'great', 'whole',
  'same', 'other', 'first', 'last', 'long', 'short', 'sad', 'happy', 'brave', 'cruel', 'funny', 'quiet', 'loud', 'only', 'own', 'next'
])
const BAD_BREAK = 500
const PUNCTUATION_BONUS = 300

/**
 * Re-breaks a cue's text into at most `maxLines` lines within `maxCpl` (display width, see
 * text-metrics). Breaks only at spaces, or between CJK characters (never inside a word; scripts like Thai
 * that don't use spaces stay on one line). Among the fitting layouts it picks the most balanced one,
 * preferring breaks after punctuation and avoiding — in English — article|noun, adjective|noun and
 * First|Last name splits (articles also for es/pt/fil). Text that already fits on one line is joined to
 * one line; two-speaker dialogue (every line starting with "-") is left as it is.
 */
export function autoLineBreak(text: string, options: LineBreakOptions): string {
  const lines = text.split('\n')
  if (lines.length > 1 && lines.every((l) => /^\s*[-–—]/.test(l))) return text
  const flat = joinLines(lines)
  if (lineWidth(flat) <= options.maxCpl || options.maxLines <= 1) return flat
  const candidates = breakCandidates(flat)
  if (candidates.length === 0) return flat
  const lang = (options.locale ?? 'en').toLowerCase().split(/[-_]/)[0]
  const penalty = candidates.map((c) => breakPenalty(flat, c, lang))
  let best: { cost: number; breaks: number[]; overflow: boolean } | undefined
  for (let k = 2; k <= options.maxLines; k++) {
    const found = bestSplit(flat, candidates, penalty, k, options.maxCpl)
    if (!found) continue
    if (!found.overflow) return render(flat, found.breaks)
    if (!best || found.cost < best.cost) best = found
  }
  return best ? render(flat, best.breaks) : flat
}

/** A break candidate: text before `cut` ends a line; the next line starts at `resume` (skipping the space). */
interface Candidate {
  cut: number
  resume: number
}

function joinLines(lines: string[]): string {
  let out = lines[0].trim()
  for (let i = 1; i < lines.length; i++) {
    const next = lines[i].trim()
    if (!next) continue
    const a = out.codePointAt(out.length - 1) ?? 0
    const b = next.codePointAt(0) ?? 0
    out += isCjkBreakable(a) || isCjkBreakable(b) ? next : ` ${next}`
  }
  return out
}

const NO_LINE_START = new Set([...'、。，．！？」』）】〉》ー・：；,.!?)'])
const NO_LINE_END = new Set([...'「『（【〈《('])

function breakCandidates(s: string): Candidate[] {
  const out: Candidate[] = []
  const chars = Array.from(s)
  let offset = 0
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i]
    if (ch === ' ') {
      if (offset > 0) out.push({ cut: offset, resume: offset + 1 })
    } else if (i + 1 < chars.length) {
      const next = chars[i + 1]
      const a = ch.codePointAt(0) as number
      const b = next.codePointAt(0) as number
      if (isCjkBreakable(a) && isCjkBreakable(b) && !NO_LINE_START.has(next) && !NO_LINE_END.has(ch)) {
        out.push({ cut: offset + ch.length, resume: offset + ch.length })
      }
    }
    offset += ch.length
  }
  return out
}

function breakPenalty(s: string, c: Candidate, lang: string): number {
  const before = s.slice(0, c.cut)
  if (/[,.;:!?…،。，、！？]["'”’)]?$/.test(before)) return -PUNCTUATION_BONUS
  const prevWord = /(\S+)$/.exec(before)?.[1] ?? ''
  const nextWord = /^(\S+)/.exec(s.slice(c.resume))?.[1] ?? ''
  const prev = prevWord.toLowerCase().replace(/^["'“‘(¿¡]+/, '')
  if (ARTICLES[lang]?.has(prev)) return BAD_BREAK
  if (lang === 'en') {
    if (EN_ADJECTIVES.has(prev) && /^[a-z]/.test(nextWord)) return BAD_BREAK
    if (isCapitalizedName(prevWord) && isCapitalizedName(nextWord) && !isSentenceStart(s, c.cut - prevWord.length)) return BAD_BREAK
  }
  return 0
}

function isCapitalizedName(w: string): boolean {
  return /^\p{Lu}\p{Ll}+$/u.test(w.replace(/[,.;:!?'’s]+$/u, (t) => (/^['’]s?$|^[,.;:!?]+$/.test(t) ? '' : t)))
}

function isSentenceStart(s: string, wordStart: number): boolean {
  return wordStart === 0 || /[.!?…]\s*$/.test(s.slice(0, wordStart))
}

/** Dynamic programming over break candidates for exactly k lines; cost = squared widths (balance) + penalties. */
function bestSplit(s: string, cands: Candidate[], penalty: number[], k: number, maxCpl: number) {
  const m = cands.length
  if (m < k - 1) return undefined
  const starts = [0, ...cands.map((c) => c.resume)]
  const width = (fromStart: number, cutAt: number) => lineWidth(s.slice(fromStart, cutAt))
  const lineCost = (w: number) => (w > maxCpl ? 1e6 + (w - maxCpl) * 1e4 : w * w)
  // dp[j][i]: best cost for j+1 lines where line j ends at candidate i (i in 0..m-1).
  let prev = cands.map((c, i) => ({ cost: lineCost(width(0, c.cut)) + penalty[i], breaks: [i], over: width(0, c.cut) > maxCpl }))
  for (let j = 1; j < k - 1; j++) {
    const next = cands.map(() => ({ cost: Infinity, breaks: [] as number[], over: false }))
    for (let i = 0; i < m; i++) {
      for (let p = 0; p < i; p++) {
        if (!Number.isFinite(prev[p].cost)) continue
        const w = width(starts[p + 1], cands[i].cut)
        const cost = prev[p].cost + lineCost(w) + penalty[i]
        if (cost < next[i].cost) next[i] = { cost, breaks: [...prev[p].breaks, i], over: prev[p].over || w > maxCpl }
      }
    }
    prev = next
  }
  let best: { cost: number; breaks: number[]; overflow: boolean } | undefined
  for (let i = 0; i < m; i++) {
    if (!Number.isFinite(prev[i].cost)) continue
    const w = width(starts[i + 1], s.length)
    const cost = prev[i].cost + lineCost(w)
    if (!best || cost < best.cost) best = { cost, breaks: prev[i].breaks, overflow: prev[i].over || w > maxCpl }
  }
  return best
}

function render(s: string, breakIdx: number[]): string {
  const cands = breakCandidates(s)
  const parts: string[] = []
  let from = 0
  for (const i of breakIdx) {
    parts.push(s.slice(from, cands[i].cut))
    from = cands[i].resume
  }
  parts.push(s.slice(from))
  return parts.join('\n')
}
