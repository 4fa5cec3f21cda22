import type { CompiledLexicon, Role, RoleEntry } from './lexicon'
import { ROLE_PRIORITY, wordHasRole } from './lexicon'
import type { AnalysisToken } from './prepare-tokens'
import { PHRASE_FILLERS } from './closed-class'

/** A stretch of tokens with one role, e.g. "can't stand" (predicate: contempt) or "you" (second). */
export interface Mention extends RoleEntry {
  first: number
  last: number
  /** Other roles of the same words ("gordas": a negative attribute, and a group). */
  alt?: RoleEntry[]
}

const RANK = new Map<Role, number>(ROLE_PRIORITY.map((r, i) => [r, i]))

/**
 * Reads the tokens left to right, taking the longest lexicon phrase at each position (on a tie, the
 * role that comes first in ROLE_PRIORITY). Unknown words get no mention.
 */
export function findMentions(tokens: readonly AnalysisToken[], lex: CompiledLexicon): Mention[] {
  const out: Mention[] = []
  const fillers = PHRASE_FILLERS[lex.locale]
  let i = 0
  while (i < tokens.length) {
    const matches = lex.roles.matchAt(
      tokens,
      i,
      tokens.length,
      isFillerOpener(lex, tokens[i].norm) ? fillers : undefined
    )
    if (!matches.length) {
      i++
      continue
    }
    const last = matches[0].last
    if (matches.length === 1 || matches[1].last !== last) {
      // one phrase ends furthest (most positions): no ranking, no alternatives
      out.push(mention(matches[0].value, i, last, undefined))
      i = last + 1
      continue
    }
    let best = matches[0].value
    for (const m of matches) if (m.last === last && RANK.get(m.value.role)! < RANK.get(best.role)!) best = m.value
    const alt = matches.filter((m) => m.last === last && m.value !== best).map((m) => m.value)
    out.push(mention(best, i, last, alt.length ? alt : undefined))
    i = last + 1
  }
  return out
}

/**
 * Every mention has the same fields in the same order (absent ones undefined): one object shape keeps
 * the analysis' many reads of `role` and `group` fast, where spreading entries of several shapes did not
 * (the spread was 13 % of a 10,000-word lint's profile).
 */
const mention = (value: RoleEntry, first: number, last: number, alt: RoleEntry[] | undefined): Mention => ({
  role: value.role,
  kind: value.kind,
  group: value.group,
  neutral: value.neutral,
  first,
  last,
  alt
})

/** Whether a negator of the lexicon covers token k ("never", "don t", "tak", "hindi"). */
export function negatorCovers(mentions: readonly Mention[], k: number): boolean {
  for (const m of mentions) if (m.role === 'negator' && m.first <= k && m.last >= k) return true
  return false
}

/** Roles of a phrase's first word that let fillers stand inside it: "they are all trash", "são tudo lixo". */
const FILLER_OPENER_ROLES = new Set<Role>(['first', 'second', 'third', 'copula', 'universal'])
const fillerOpenersOf = new WeakMap<CompiledLexicon, Map<string, boolean>>()

/** Whether a phrase opening with `word` may hold fillers (asked per word a text uses: cheap on first lint). */
export function isFillerOpener(lex: CompiledLexicon, word: string): boolean {
  if (!lex.glue.has(word)) return false
  let memo = fillerOpenersOf.get(lex)
  if (!memo) fillerOpenersOf.set(lex, (memo = new Map()))
  let yes = memo.get(word)
  if (yes === undefined) memo.set(word, (yes = wordHasRole(lex, word, FILLER_OPENER_ROLES)))
  return yes
}

/** Person targets: the ones a predicate hurts. */
export const PERSON_ROLES = new Set<Role>(['second', 'third', 'person', 'group', 'slur'])
