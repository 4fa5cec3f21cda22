import type { z } from 'zod'
import { LintSettings as LintSettingsSchema } from '../project/schema'
import { KindframeError } from '../errors'
import { compileDenyList, getPack, resolvePackLocale } from './compile'
import { getLexicon } from './analysis/lexicon'
import { getModel } from './classifier/registry'
import { coversRule } from './directives'
import { PhraseTrie } from './trie'
import { PHRASE_FILLERS } from './analysis/closed-class'
import { isFillerOpener } from './analysis/mentions'
import { normalizePhrase } from './normalize-phrase'
import type { Engine } from './engine-types'
import { ENGINE_LIMIT, engines } from './caches'
import type { LintOptions } from './types'

/** Validates a project's lint settings (hand-edited project files reach here), naming the bad field. */
export function parseLintSettings(settings: unknown): z.output<typeof LintSettingsSchema> {
  const parsed = LintSettingsSchema.safeParse(settings ?? {})
  if (parsed.success) return parsed.data
  const first = parsed.error.issues[0]
  throw new KindframeError(
    'invalid-input',
    `Lint settings are invalid at ${first.path.join('.') || '(root)'}: ${first.message}`
  )
}

/** Compiles options into an Engine (cached by locale + settings, so typing re-uses it). */
export function engineFor(options: LintOptions): Engine {
  const key = `${options.locale}\u0000${options.settings ? JSON.stringify(options.settings) : ''}\u0000${options.pipeline?.rules ?? true}${options.pipeline?.model ?? true}`
  let engine = engines.get(key)
  if (engine) return engine
  const settings = parseLintSettings(options.settings)
  const pack = getPack(options.locale)
  const deny = compileDenyList(settings.deny, pack)
  const packLocale = resolvePackLocale(options.locale)
  const lexicon = pack && packLocale ? getLexicon(packLocale) : null
  const vocabulary = new Set(pack?.vocabulary ?? [])
  for (const w of deny.vocabulary) vocabulary.add(w)
  if (lexicon) for (const w of lexicon.spell.targets) vocabulary.add(w)
  const modelsOn = packLocale && options.pipeline?.model !== false
  const model = modelsOn ? getModel(packLocale) : { model: null }
  const functional = modelsOn ? getModel(packLocale, 'functional') : { model: null }
  const severity = Object.entries(settings.severity).sort((a, b) => b[0].length - a[0].length)
  engine = {
    pack,
    deny,
    vocabulary,
    severity,
    allowRules: settings.allow.filter((a) => a.includes('/')),
    allowPhrases: new Set(
      settings.allow
        .filter((a) => !a.includes('/'))
        .map(normalizePhrase)
        .filter(Boolean)
    ),
    lexicon,
    model: model.model,
    functionalModel: functional.model,
    useRules: options.pipeline?.rules !== false,
    overridden: (ruleId) => severity.find(([p]) => coversRule([p], ruleId))?.[1] === 'off',
    problems: [
      ...(pack?.problems ?? []),
      ...(lexicon?.problems ?? []),
      ...(model.problem ? [model.problem] : []),
      ...(functional.problem ? [functional.problem] : [])
    ],
    frameData: {
      negators: pack?.negators ?? new Set(),
      notNegating: pack?.notNegating ?? new PhraseTrie(),
      mentionVerbs: pack?.mentionVerbs ?? new Set(),
      // the lexicon's counter phrases were written for the analysis; v1's list is broader ("nggak pantas")
      counterPhrases: lexicon?.counter.size ? [lexicon.counter] : pack ? [pack.counterSpeech] : [],
      fillers: packLocale ? PHRASE_FILLERS[packLocale] : undefined,
      fillerOpener: lexicon ? (w: string) => isFillerOpener(lexicon, w) : undefined
    }
  }
  if (engines.size > ENGINE_LIMIT) engines.clear()
  engines.set(key, engine)
  return engine
}
