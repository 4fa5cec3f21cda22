import { resolvePackLocale } from '../../src/shared/lint/index'
import { getModel } from '../../src/shared/lint/classifier/registry'
import { scoreText } from '../../src/shared/lint/classifier/model'
import { secondOpinionThreshold } from '../../src/shared/lint/model-candidates'

/**
 * The statistical models alone, each at its shipped threshold, with no gating by the analysis: the
 * real-text model (en, pt-BR) or the functional model (every locale) flags.
 */
export function modelFlags(text: string, locale: string): boolean {
  const packLocale = resolvePackLocale(locale)
  if (!packLocale) return false
  const real = getModel(packLocale).model
  const functional = getModel(packLocale, 'functional').model
  return (
    (real !== null && scoreText(real, text) >= secondOpinionThreshold(real)) ||
    (functional !== null && scoreText(functional, text) >= functional.threshold)
  )
}
