import { normalizeWord } from './normalize'

/** The last part of a rule id made from a phrase (cuss entries, deny-list phrases): "Fat-ass!" → "fat-ass". */
export function slug(text: string): string {
  return (
    normalizeWord(text)
      .replace(/[^\p{L}\p{N}]+/gu, '-')
      .replace(/^-|-$/g, '') || 'phrase'
  )
}
