import type { SubtitleTrack, WordTiming } from '../project/schema'

/**
 * Word timings for the translations of one locale (cue id → words, ms from the cue's start), e.g. from
 * the audio when that locale is the language spoken in the clip. Only existing, non-empty translations
 * take them; everything else is returned as it was. Pure.
 */
export function withTranslationWords(
  track: SubtitleTrack,
  locale: string,
  words: Readonly<Record<string, WordTiming[]>>
): SubtitleTrack {
  const entries = track.translations[locale]
  if (!entries) return track
  let changed = false
  const next = { ...entries }
  for (const [id, list] of Object.entries(words)) {
    const t = entries[id]
    if (!t || t.status === 'missing' || !t.text.trim() || !list.length) continue
    next[id] = { ...t, words: list }
    changed = true
  }
  return changed ? { ...track, translations: { ...track.translations, [locale]: next } } : track
}
