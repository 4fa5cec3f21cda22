import type { z } from 'zod'
import { LintSettings as LintSettingsSchema } from '../project/schema'
import { KindframeError } from '../errors'
import { compileDenyList, getPack } from './compile'
import { normalizePhrase, type Engine } from './line'
import type { LintOptions } from './types'

const engines = new Map<string, Engine>()

/** Validates a project's lint settings (hand-edited project files reach here), naming the bad field. */
export function parseLintSettings(settings: unknown): z.output<typeof LintSettingsSchema> {
  const parsed = LintSettingsSchema.safeParse(settings ?? {})
  if (parsed.success) return parsed.data
  const first = parsed.error.issues[0]
  throw new KindframeError('invalid-input', `Lint settings are invalid at ${first.path.join('.') || '(root)'}: ${first.message}`)
}

/** Compiles options into an Engine (cached by locale + settings, so typing re-uses it). */
export function engineFor(options: LintOptions): Engine {
  const key = `${options.locale}\u0000${options.settings ? JSON.stringify(options.settings) : ''}`
  let engine = engines.get(key)
  if (engine) return engine
  const settings = parseLintSettings(options.settings)
  const pack = getPack(options.locale)
  const deny = compileDenyList(settings.deny, pack)
  const vocabulary = new Set(pack?.vocabulary ?? [])
  for (const w of deny.vocabulary) vocabulary.add(w)
  engine = {
    pack,
    deny,
    vocabulary,
    severity: Object.entries(settings.severity).sort((a, b) => b[0].length - a[0].length),
    allowRules: settings.allow.filter((a) => a.includes('/')),
    allowPhrases: new Set(settings.allow.filter((a) => !a.includes('/')).map(normalizePhrase).filter(Boolean))
  }
  if (engines.size > 64) engines.clear()
  engines.set(key, engine)
  return engine
}
