import { normalizeWord } from './normalize'

/**
 * Writer directives (docs/lint.md). One syntax: `# kf:<verb> [rule ids…]`, either on its own line
 * (applies to what follows) or at the end of a line (applies to that line). `kf-<verb>` is accepted
 * as an alias. Hashtags such as "#CreateKindness" never match: the verb must follow "kf:" or "kf-".
 *   # kf:ignore [ruleId|prefix …]   this line (trailing) or the next line (own line)
 *   # kf:ignore-next-line [ruleIds] the next line
 *   # kf:depict                     this line (trailing) or the block until a blank line / # kf:end-depict
 *   # kf:end-depict                 ends a depicted block
 *   # kf:counter                    marks this line (or the next) as the counter-message
 * Speaker tags: a line starting with "[bully]" (any tag containing a depiction speaker word) or
 * "BULLY:" is depicted bullying.
 */
export type DirectiveVerb = 'ignore' | 'ignore-next-line' | 'depict' | 'end-depict' | 'counter'
const VERBS = new Set<string>(['ignore', 'ignore-next-line', 'depict', 'end-depict', 'counter'])
const DIRECTIVE = /(?:^|\s)#\s*kf[:-]([a-z-]+)([^\n]*)$/i
const BRACKET_TAG = /^\s*\[([^\]\n]{1,40})\]\s*/
const COLON_TAG = /^\s*([\p{L}][\p{L}\p{N} .'-]{0,30}):\s+/u

export interface LineDirective {
  verb: DirectiveVerb
  /** Rule ids or prefixes; empty = all rules. */
  rules: string[]
  /** Where the directive starts: text after this is not linted. */
  index: number
}

export function findDirective(line: string): LineDirective | null {
  if (!line.includes('kf')) return null
  const m = DIRECTIVE.exec(line)
  if (!m) return null
  const verb = m[1].toLowerCase()
  if (!VERBS.has(verb)) return null
  const rules = m[2]
    .trim()
    .split(/[\s,]+/)
    .filter(Boolean)
  return { verb: verb as DirectiveVerb, rules, index: m.index + (m[0].startsWith('#') ? 0 : 1) }
}

export interface SpeakerTag {
  name: string
  /** Where the spoken text starts. */
  bodyStart: number
}

/** "[bully] text" (any name) or "BULLY: text" (only when the name is a depiction speaker). */
export function findSpeakerTag(line: string, depictionSpeakers: ReadonlySet<string>): SpeakerTag | null {
  const bracket = BRACKET_TAG.exec(line)
  if (bracket) return { name: bracket[1], bodyStart: bracket[0].length }
  const colon = COLON_TAG.exec(line)
  if (colon && isDepictionSpeaker(colon[1], depictionSpeakers)) return { name: colon[1], bodyStart: colon[0].length }
  return null
}

export function isDepictionSpeaker(name: string, depictionSpeakers: ReadonlySet<string>): boolean {
  return name.split(/[^\p{L}\p{N}]+/u).some((w) => w && depictionSpeakers.has(normalizeWord(w)))
}

/** True when a directive's rule list covers ruleId (empty list = every rule; prefixes allowed). */
export function coversRule(rules: readonly string[], ruleId: string): boolean {
  return rules.length === 0 || rules.some((r) => ruleId === r || ruleId.startsWith(r.endsWith('/') ? r : r + '/'))
}
