import type { Token } from './tokenize'
import type { CompiledPack } from './compile'

const SENTENCE_END = new Set([...'.!?…。！？'])
const CLAUSE_END = new Set([...',;:—–()"“”«»'])

/**
 * Sentence and clause numbers per token, from the characters between tokens. Negation and
 * second-person targeting look only inside the clause ("I don't care, you're a loser" stays an
 * insult); counter-speech and mention look at the sentence.
 */
export function boundaries(text: string, tokens: readonly Token[]): { sentence: Int32Array; clause: Int32Array } {
  const sentence = new Int32Array(tokens.length)
  const clause = new Int32Array(tokens.length)
  let s = 0
  let c = 0
  for (let i = 0; i < tokens.length; i++) {
    if (i > 0) {
      // Scan the characters between two words (usually one space) without slicing.
      let sentenceEnd = false
      let clauseEnd = false
      for (let k = tokens[i - 1].end; k < tokens[i].start; k++) {
        const ch = text.charCodeAt(k)
        if (ch === 32) continue
        const cs = String.fromCharCode(ch)
        if (SENTENCE_END.has(cs)) sentenceEnd = true
        else if (CLAUSE_END.has(cs)) clauseEnd = true
      }
      if (sentenceEnd) {
        s++
        c++
      } else if (clauseEnd) c++
    }
    sentence[i] = s
    clause[i] = c
  }
  return { sentence, clause }
}

const DOUBLE_OPEN: Record<string, string> = { '"': '"', '“': '”', '«': '»', '„': '“', '「': '」', '『': '』', '‘': '’' }
const ANY_QUOTE = /["“«„「『‘']/

/**
 * Quoted stretches of one line: "…", “…”, «…», ‘…’ and '…' (a straight single quote opens only
 * after a space or line start and closes before a space or punctuation, so "you're" is not a quote).
 */
export function quoteRanges(line: string): [number, number][] {
  const out: [number, number][] = []
  // most lines quote nothing: one regex scan instead of a table lookup per character
  if (!ANY_QUOTE.test(line)) return out
  let i = 0
  while (i < line.length) {
    const ch = line[i]
    const close = DOUBLE_OPEN[ch]
    if (close) {
      const end = line.indexOf(close, i + 1)
      if (end > i) {
        out.push([i, end])
        i = end + 1
        continue
      }
    } else if (ch === "'" && (i === 0 || /[\s:(]/.test(line[i - 1]))) {
      let end = line.indexOf("'", i + 1)
      while (end > 0 && end + 1 < line.length && /[\p{L}\p{N}]/u.test(line[end + 1])) end = line.indexOf("'", end + 1)
      if (end > i) {
        out.push([i, end])
        i = end + 1
        continue
      }
    }
    i++
  }
  return out
}

export interface MatchContext {
  targeted: boolean
  negated: boolean
  /** The last negator before the match in its clause (-1 when none or only inside it). */
  negatorAt?: number
  mention: boolean
}

const NEGATION_WINDOW = 5
const TARGET_WINDOW = 4
const MENTION_WINDOW = 4

function isNegator(pack: CompiledPack, tokens: readonly Token[], k: number): boolean {
  const t = tokens[k]
  // "isn't" is tokenised "isn" + "t": the bare "t" negates only right after an apostrophe.
  const negator = t.norm === 't' ? t.afterApostrophe : pack.negators.has(t.norm)
  if (!negator) return false
  // "Don't be such a …" / "no seas …" forbids, it does not deny: the insult still lands.
  if (
    pack.notNegating.size &&
    (pack.notNegating.matchAt(tokens, k).length || (k > 0 && pack.notNegating.matchAt(tokens, k - 1).length))
  )
    return false
  return true
}

export function matchContext(
  pack: CompiledPack,
  tokens: readonly Token[],
  b: { sentence: Int32Array; clause: Int32Array },
  first: number,
  last: number,
  ruleWords: ReadonlySet<string>
): MatchContext {
  const clause = b.clause[first]
  const sentence = b.sentence[first]
  let targeted = false
  for (let k = Math.max(0, first - TARGET_WINDOW); k <= Math.min(tokens.length - 1, last + 2); k++)
    if (b.clause[k] === clause && pack.secondPerson.has(tokens[k].norm)) targeted = true
  let negated = false
  let negatorAt = -1
  for (let k = Math.max(0, first - NEGATION_WINDOW); k < first; k++)
    if (b.clause[k] === clause && isNegator(pack, tokens, k)) {
      negated = true
      negatorAt = k
    }
  for (let k = first + 1; k < last; k++)
    if (!ruleWords.has(tokens[k].norm) && isNegator(pack, tokens, k)) negated = true
  let mention = false
  for (let k = Math.max(0, first - MENTION_WINDOW); k < first; k++)
    if (b.sentence[k] === sentence && pack.mentionVerbs.has(tokens[k].norm)) mention = true
  return { targeted, negated, mention, negatorAt }
}
