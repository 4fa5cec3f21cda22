import { resolvePackLocale } from '../../src/shared/lint/index'
import { getModel } from '../../src/shared/lint/classifier/registry'
import { scoreText } from '../../src/shared/lint/classifier/model'
import { secondOpinionThreshold } from '../../src/shared/lint/model-candidates'

/** The statistical model alone, at its shipped threshold (false for locales without a model). */
export function modelFlags(text: string, locale: string): boolean {
  const packLocale = resolvePackLocale(locale)
  const model = packLocale ? getModel(packLocale).model : null
  return model ? scoreText(model, text) >= secondOpinionThreshold(model) : false
}
