import { isCjkBreakable, lineWidth } from '../text-metrics'

export interface LineBreakOptions {
  maxCpl: number
  maxLines: number
  locale?: string
}

// Words a line should not end on, because they belong with the next word (simple lists, by design:
// a good-enough heuristic that never needs a dictionary).
const ARTICLES: Record<string, Set<string>> = {
  en: new Set([
    'a',
    'an',
    'the',
    'this',
    'that',
    'these',
    'those',
    'my',
    'your',
    'his',
    'her',
    'its',
    'our',
    'their',
    'no',
    'every',
    'some'
  ]),
  es: new Set(['el', 'la', 'los', 'las', 'un', 'una', 'unos', 'unas', 'mi', 'tu', 'su']),
  pt: new Set(['o', 'a', 'os', 'as', 'um', 'uma', 'uns', 'umas', 'meu', 'minha', 'seu', 'sua']),
  fil: new Set(['ang', 'ng', 'mga', 'si', 'ni', 'sa'])
}
const EN_ADJECTIVES = new Set([
  'good',
  'bad',
  'new',
  'old',
  'big',
  'small',
  'little',
  'young',
  'kind',
  'mean',
  'best',
  'real',
  'true',
  'nice',
  'great',
  'whole',
  'same',
  'other',
  'first',
  'last',
  'long',
  'short',
  'sad',
  'happy',
  'brave',
  'cruel',
  'funny',
  'quiet',
  'loud',
  'only',
  'own',
  'next'
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
  const prefix = widthPrefix(flat)
  let best: { cost: number; breaks: number[]; overflow: boolean } | undefined
  for (let k = 2; k <= options.maxLines; k++) {
    const found = bestSplit(flat, prefix, candidates, penalty, k, options.maxCpl)
    if (!found) continue
    if (!found.overflow) return render(flat, candidates, found.breaks)
    if (!best || found.cost < best.cost) best = found
  }
  return best ? render(flat, candidates, best.breaks) : flat
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
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i)
    if (c === 32) {
      if (i > 0) out.push({ cut: i, resume: i + 1 })
      continue
    }
    if (c < 0x3000) continue // only CJK can break between characters
    const len = c >= 0xd800 && c <= 0xdbff ? 2 : 1
    const a = s.codePointAt(i) as number
    const next = s.codePointAt(i + len)
    if (next === undefined) break
    const ch = String.fromCodePoint(a)
    const nextCh = String.fromCodePoint(next)
    if (isCjkBreakable(a) && isCjkBreakable(next) && !NO_LINE_START.has(nextCh) && !NO_LINE_END.has(ch))
      out.push({ cut: i + len, resume: i + len })
    i += len - 1
  }
  return out
}

const CLAUSE_PUNCT = new Set([...',.;:!?…،。，、！？'])
const CLOSERS = new Set([...'"\'”’)'])
const OPENERS = new Set([...'"\'“‘(¿¡'])

function breakPenalty(s: string, c: Candidate, lang: string): number {
  // Only the words around the break matter; plain character checks, no regexes: this runs per candidate.
  let from = c.cut
  while (from > 0 && s.charCodeAt(from - 1) !== 32) from--
  let last = c.cut - 1
  if (last > from && CLOSERS.has(s[last])) last--
  if (last >= from && CLAUSE_PUNCT.has(s[last])) return -PUNCTUATION_BONUS
  const articles = ARTICLES[lang]
  if (!articles && lang !== 'en') return 0
  let start = from
  while (start < c.cut && OPENERS.has(s[start])) start++
  const prev = s.slice(start, c.cut).toLowerCase()
  if (articles?.has(prev)) return BAD_BREAK
  if (lang === 'en') {
    const next = s.charCodeAt(c.resume)
    if (next >= 97 && next <= 122 && EN_ADJECTIVES.has(prev)) return BAD_BREAK
    if ((next >= 65 && next <= 90) || next > 127) {
      let to = c.resume
      while (to < s.length && s.charCodeAt(to) !== 32) to++
      if (
        isCapitalizedName(s.slice(from, c.cut)) &&
        isCapitalizedName(s.slice(c.resume, to)) &&
        !isSentenceStart(s, from)
      )
        return BAD_BREAK
    }
  }
  return 0
}

function isCapitalizedName(w: string): boolean {
  const c = w.charCodeAt(0)
  if (c < 65 || (c > 90 && c < 128)) return false // cheap reject: most words start lower-case
  return /^\p{Lu}\p{Ll}+(?:['’]s?|[,.;:!?]+)?$/u.test(w)
}

function isSentenceStart(s: string, wordStart: number): boolean {
  let i = wordStart - 1
  while (i >= 0 && s[i] === ' ') i--
  return i < 0 || '.!?…'.includes(s[i])
}

/**
 * Dynamic programming over break candidates for exactly k lines; cost = squared widths (balance) +
 * penalties. Typed arrays and back-pointers: it runs for every too-long cue of every QC pass.
 */
function bestSplit(s: string, prefix: Int32Array, cands: Candidate[], penalty: number[], k: number, maxCpl: number) {
  const m = cands.length
  if (m < k - 1) return undefined
  // cost[j*m + i]: best cost of j+1 lines with line j ending at candidate i; back = previous candidate.
  const cost = new Float64Array(m * (k - 1)).fill(Infinity)
  const back = new Int32Array(m * (k - 1)).fill(-1)
  for (let i = 0; i < m; i++) cost[i] = lineCost(prefix[cands[i].cut], maxCpl) + penalty[i]
  for (let j = 1; j < k - 1; j++) {
    for (let i = j; i < m; i++) {
      for (let p = j - 1; p < i; p++) {
        const before = cost[(j - 1) * m + p]
        if (before === Infinity) continue
        const c = before + lineCost(prefix[cands[i].cut] - prefix[cands[p].resume], maxCpl) + penalty[i]
        if (c < cost[j * m + i]) {
          cost[j * m + i] = c
          back[j * m + i] = p
        }
      }
    }
  }
  let bestI = -1
  let bestCost = Infinity
  const last = (k - 2) * m
  for (let i = 0; i < m; i++) {
    if (cost[last + i] === Infinity) continue
    const c = cost[last + i] + lineCost(prefix[s.length] - prefix[cands[i].resume], maxCpl)
    if (c < bestCost) {
      bestCost = c
      bestI = i
    }
  }
  if (bestI < 0) return undefined
  const breaks: number[] = []
  for (let j = k - 2, i = bestI; j >= 0; i = back[j * m + i], j--) breaks.unshift(i)
  let from = 0
  let overflow = false
  for (const i of breaks) {
    if (prefix[cands[i].cut] - prefix[from] > maxCpl) overflow = true
    from = cands[i].resume
  }
  if (prefix[s.length] - prefix[from] > maxCpl) overflow = true
  return { cost: bestCost, breaks, overflow }
}

/** Overflow is almost forbidden; otherwise squared width, so equal lines cost least. */
function lineCost(w: number, maxCpl: number): number {
  return w > maxCpl ? 1e6 + (w - maxCpl) * 1e4 : w * w
}

function widthPrefix(s: string): Int32Array {
  const prefix = new Int32Array(s.length + 1)
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i)
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      prefix[i + 1] = prefix[i]
      prefix[i + 2] = prefix[i] + lineWidth(s.slice(i, i + 2))
      i++
    } else {
      prefix[i + 1] = prefix[i] + (c < 0x300 ? 1 : lineWidth(s[i]))
    }
  }
  return prefix
}

function render(s: string, cands: Candidate[], breakIdx: number[]): string {
  const parts: string[] = []
  let from = 0
  for (const i of breakIdx) {
    parts.push(s.slice(from, cands[i].cut))
    from = cands[i].resume
  }
  parts.push(s.slice(from))
  return parts.join('\n')
}
