// Static imports so the models ship in the renderer bundle too (no model download, ever).
import en from './models/en.json'
import ptBR from './models/pt-BR.json'
import { parseModel, type Model } from './model'
import { parsedModels } from '../caches'

/** Raw model data by pack locale: only locales with licence-clean training data have one (docs/lint.md). */
export const MODEL_DATA: Record<string, unknown> = { en, 'pt-BR': ptBR }

const parsed = parsedModels

/** The locale's model, parsed once; a corrupt file gives a named problem and no model (the rules still run). */
export function getModel(packLocale: string): { model: Model | null; problem?: string } {
  let hit = parsed.get(packLocale)
  if (hit) return hit
  const raw = MODEL_DATA[packLocale]
  if (raw === undefined) hit = { model: null }
  else
    try {
      hit = { model: parseModel(raw) }
    } catch (e) {
      hit = {
        model: null,
        problem: `Kindness model ${packLocale}.json cannot be used (${(e as Error).message}); the rules still run.`
      }
    }
  parsed.set(packLocale, hit)
  return hit
}
