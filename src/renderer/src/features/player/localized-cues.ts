import type { Clip } from '../../../../shared/project/schema'

/**
 * The cues of one locale: the source track's timing with the translated text. Untranslated cues are
 * left out of a target locale rather than showing source text the viewer would not expect.
 */
export function cuesForLocale(clip: Clip, locale: string, sourceLocale: string): { id: string; startMs: number; endMs: number; text: string }[] {
  const cues = clip.track.cues
  if (locale === sourceLocale) return cues.map((c) => ({ id: c.id, startMs: c.startMs, endMs: c.endMs, text: c.text }))
  const translations = clip.track.translations[locale] ?? {}
  const out: { id: string; startMs: number; endMs: number; text: string }[] = []
  for (const c of cues) {
    const tr = translations[c.id]
    if (tr && tr.status !== 'missing' && tr.text.trim() !== '') out.push({ id: c.id, startMs: c.startMs, endMs: c.endMs, text: tr.text })
  }
  return out
}
