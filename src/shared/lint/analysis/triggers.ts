import type { AnalysisToken } from './prepare-tokens'
import { normativeTriggers } from './normative'
import { exclusionTriggers } from './exclusion'
import { opinionTriggers } from './opinion'
import { intactTriggers } from './intact'
import { leakTriggers } from './leak'
import { doxxingTriggers } from './doxxing'
import { hopelessTriggers } from './hopeless'
import { likenedTriggers } from './likened'
import { outcomeTriggers } from './outcome-if'
import { nobodyTriggers } from './nobody-will'
import { displayTriggers } from './display-shame'
import { rightsTriggers } from './rights'
import { aroundTriggers } from './around-group'
import { noneGoodTriggers } from './none-good'

/**
 * Which grammar modules a line can need: most lines hold none of the words that open their shapes,
 * and one pass over the tokens with one lookup each is cheaper than every module looking for itself
 * (10,000 words of script run through every module on every line).
 */
export const TRIGGER = {
  normative: 1,
  exclusion: 2,
  opinion: 4,
  intact: 8,
  leak: 16,
  doxxing: 32,
  hopeless: 64,
  likened: 128,
  outcome: 256,
  nobody: 512,
  display: 1024,
  rights: 2048,
  around: 4096,
  noneGood: 8192
} as const

const SOURCES: [number, (locale: string) => Iterable<string>][] = [
  [TRIGGER.normative, normativeTriggers],
  [TRIGGER.exclusion, exclusionTriggers],
  [TRIGGER.opinion, opinionTriggers],
  [TRIGGER.intact, intactTriggers],
  [TRIGGER.leak, leakTriggers],
  [TRIGGER.doxxing, doxxingTriggers],
  [TRIGGER.hopeless, hopelessTriggers],
  [TRIGGER.likened, likenedTriggers],
  [TRIGGER.outcome, outcomeTriggers],
  [TRIGGER.nobody, nobodyTriggers],
  [TRIGGER.display, displayTriggers],
  [TRIGGER.rights, rightsTriggers],
  [TRIGGER.around, aroundTriggers],
  [TRIGGER.noneGood, noneGoodTriggers]
]

const BY_LOCALE = new Map<string, Map<string, number>>()

function triggersOf(locale: string): Map<string, number> {
  let map = BY_LOCALE.get(locale)
  if (!map) {
    map = new Map()
    for (const [bit, words] of SOURCES) for (const w of words(locale)) map.set(w, (map.get(w) ?? 0) | bit)
    BY_LOCALE.set(locale, map)
  }
  return map
}

/** The modules a line's words can start, as a bit mask of TRIGGER. */
export function triggerMask(tokens: readonly AnalysisToken[], locale: string): number {
  const map = triggersOf(locale)
  let mask = 0
  for (const t of tokens) mask |= map.get(t.norm) ?? 0
  return mask
}
