// Static imports so the models ship in the renderer bundle too (no model download, ever).
import en from './models/en.json'
import ptBR from './models/pt-BR.json'
import fnEn from './models/functional/en.json'
import fnMs from './models/functional/ms.json'
import fnId from './models/functional/id.json'
import fnFil from './models/functional/fil.json'
import fnPtBR from './models/functional/pt-BR.json'
import fnEsMX from './models/functional/es-MX.json'
import { parseModel, type Model } from './model'
import { parsedModels } from '../caches'

/** Raw model data by pack locale: only locales with licence-clean training data have one (docs/lint.md). */
export const MODEL_DATA: Record<string, unknown> = { en, 'pt-BR': ptBR }
/** The functional models (trained on the project's own suites), one per locale (docs/lint.md). */
export const FUNCTIONAL_MODEL_DATA: Record<string, unknown> = {
  en: fnEn,
  ms: fnMs,
  id: fnId,
  fil: fnFil,
  'pt-BR': fnPtBR,
  'es-MX': fnEsMX
}

export type ModelKind = 'real-text' | 'functional'

/** The locale's model of a kind, parsed once; a corrupt file gives a named problem and no model (the rules still run). */
export function getModel(packLocale: string, kind: ModelKind = 'real-text'): { model: Model | null; problem?: string } {
  const key = `${kind}\u0000${packLocale}`
  let hit = parsedModels.get(key)
  if (hit) return hit
  const raw = (kind === 'functional' ? FUNCTIONAL_MODEL_DATA : MODEL_DATA)[packLocale]
  if (raw === undefined) hit = { model: null }
  else
    try {
      hit = { model: parseModel(raw) }
    } catch (e) {
      const file = kind === 'functional' ? `functional/${packLocale}.json` : `${packLocale}.json`
      hit = {
        model: null,
        problem: `Kindness model ${file} cannot be used (${(e as Error).message}); the rules still run.`
      }
    }
  parsedModels.set(key, hit)
  return hit
}
