import type { Cue, SubtitleTrack, Translation, TranslationStatus } from '../project/schema'
import { cueFingerprint } from './fingerprint'
import { coverWith, retargetMarks, wholeTextMarks } from './rich/marks'

/**
 * Translation state per locale, keyed by source cue id. The status stored in the file is what the
 * translator said (draft/done); 'outdated' is DERIVED: the stored sourceFingerprint no longer matches
 * the source cue (its text or timing changed after translating). 'missing' = no translation text.
 * All functions are pure and return new objects.
 */
export function translationStatus(track: SubtitleTrack, locale: string, cueId: string): TranslationStatus {
  const t = track.translations[locale]?.[cueId]
  if (!t || t.status === 'missing' || t.text.trim() === '') return 'missing'
  if (t.status === 'outdated') return 'outdated'
  const cue = track.cues.find((c) => c.id === cueId)
  if (cue && t.sourceFingerprint !== undefined && t.sourceFingerprint !== cueFingerprint(cue)) return 'outdated'
  return t.status
}

export interface LocaleProgress {
  total: number
  done: number
  draft: number
  outdated: number
  missing: number
  /** Whole percent of cues whose translation is done and current (0 for an empty track). */
  percentDone: number
}

export function localeProgress(track: SubtitleTrack, locale: string): LocaleProgress {
  const counts = { done: 0, draft: 0, outdated: 0, missing: 0 }
  const byId = track.translations[locale] ?? {}
  for (const cue of track.cues) counts[statusOf(byId[cue.id], cue)]++
  const total = track.cues.length
  return { total, ...counts, percentDone: total === 0 ? 0 : Math.floor((counts.done * 100) / total) }
}

function statusOf(t: Translation | undefined, cue: Cue): TranslationStatus {
  if (!t || t.status === 'missing' || t.text.trim() === '') return 'missing'
  if (t.status === 'outdated') return 'outdated'
  if (t.sourceFingerprint !== undefined && t.sourceFingerprint !== cueFingerprint(cue)) return 'outdated'
  return t.status
}

/** Sets the text of one translation; records the source fingerprint it was made against. */
export function setTranslation(
  track: SubtitleTrack,
  locale: string,
  cueId: string,
  text: string,
  status: Exclude<TranslationStatus, 'outdated' | 'missing'> = 'draft'
): SubtitleTrack {
  const cue = track.cues.find((c) => c.id === cueId)
  if (!cue) return track
  const entry: Translation =
    text.trim() === '' ? { text, status: 'missing' } : { text, status, sourceFingerprint: cueFingerprint(cue) }
  // The translation's own formatting follows its text (see retargetMarks).
  const previous = track.translations[locale]?.[cueId]
  const marks = previous?.marks ? retargetMarks(previous.text, text, previous.marks) : undefined
  if (marks && entry.status !== 'missing') entry.marks = marks
  return withEntry(track, locale, cueId, entry)
}

/** Marks a translation done (re-confirming it against the current source, which clears 'outdated'). */
export function markTranslationDone(track: SubtitleTrack, locale: string, cueId: string): SubtitleTrack {
  const t = track.translations[locale]?.[cueId]
  if (!t || t.text.trim() === '') return track
  return setTranslation(track, locale, cueId, t.text, 'done')
}

/** Back to draft (e.g. a reviewer rejects it); keeps the text. */
export function markTranslationDraft(track: SubtitleTrack, locale: string, cueId: string): SubtitleTrack {
  const t = track.translations[locale]?.[cueId]
  if (!t || t.text.trim() === '') return track
  return setTranslation(track, locale, cueId, t.text, 'draft')
}

export function clearTranslation(track: SubtitleTrack, locale: string, cueId: string): SubtitleTrack {
  const byId = track.translations[locale]
  if (!byId || !(cueId in byId)) return track
  const { [cueId]: _removed, ...rest } = byId
  return { ...track, translations: { ...track.translations, [locale]: rest } }
}

/** Merges many translations at once (import from SRT/XLIFF); entries are taken as given. */
export function applyTranslations(
  track: SubtitleTrack,
  locale: string,
  entries: Record<string, Translation>
): SubtitleTrack {
  const known = new Set(track.cues.map((c) => c.id))
  const kept = Object.fromEntries(Object.entries(entries).filter(([id]) => known.has(id)))
  return {
    ...track,
    translations: { ...track.translations, [locale]: { ...(track.translations[locale] ?? {}), ...kept } }
  }
}

/**
 * Replaces the source cues after an edit and makes the stored statuses agree with the fingerprints:
 * translations whose source changed become 'outdated' (stored, so exports and XLIFF see it), and
 * translations of cues that no longer exist are dropped. Every source edit goes through here.
 */
export function withSourceCues(track: SubtitleTrack, cues: Cue[]): SubtitleTrack {
  const byId = new Map(cues.map((c) => [c.id, c]))
  const translations: SubtitleTrack['translations'] = {}
  for (const [locale, entries] of Object.entries(track.translations)) {
    const next: Record<string, Translation> = {}
    for (const [id, t] of Object.entries(entries)) {
      const cue = byId.get(id)
      if (!cue) continue
      const stale =
        t.status !== 'missing' && t.sourceFingerprint !== undefined && t.sourceFingerprint !== cueFingerprint(cue)
      next[id] = stale ? { ...t, status: 'outdated' } : t
    }
    translations[locale] = next
  }
  return { ...track, cues, translations }
}

/**
 * The cues of one target locale: source timing with translated text; cues without a translation are
 * left out (a locale nobody translated yet gives []). `undefined` = the source cues themselves.
 */
export function cuesForLocale(track: SubtitleTrack, locale: string | undefined): Cue[] {
  if (locale === undefined) return track.cues
  const byId = track.translations[locale]
  if (!byId) return []
  const out: Cue[] = []
  for (const cue of track.cues) {
    const t = byId[cue.id]
    if (t && t.status !== 'missing' && t.text.trim() !== '') out.push(translatedCue(cue, t))
  }
  return out
}

/**
 * A source cue in another language: the translation's text with its own formatting, or — when it has
 * none — the formatting that covers the WHOLE source cue (an italic off-screen voice stays italic in
 * every language; a word in italics cannot be found in a translation, so it is not carried). Placement,
 * speaker and format-native settings come from the source cue.
 */
export function translatedCue(cue: Cue, t: Pick<Translation, 'text' | 'marks'>): Cue {
  const out: Cue = { ...cue, text: t.text }
  const marks = t.marks ?? coverWith(t.text, wholeTextMarks(cue.text, cue.marks))
  if (marks) out.marks = marks
  else delete out.marks
  return out
}

function withEntry(track: SubtitleTrack, locale: string, cueId: string, entry: Translation): SubtitleTrack {
  return {
    ...track,
    translations: { ...track.translations, [locale]: { ...(track.translations[locale] ?? {}), [cueId]: entry } }
  }
}
