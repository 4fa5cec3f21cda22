import { setChoice, withOption, type CaptionScope } from '../../../../shared/captions/edit-choice'
import type { CaptionChoice, CaptionOverrides } from '../../../../shared/captions/style-schema'
import { useStudio } from '../../store'
import { updateCues, updateTrack } from '../subtitles/track-updates'
import { withTranslationWords } from '../../../../shared/captions/translation-words'
import { client } from '../../app/client'
import type { SubtitleTrack } from '../../../../shared/project/schema'

/** Applies a caption choice at a scope as one undoable edit (`key`: coalesce repeated edits of one option). */
export function applyChoice(
  scope: CaptionScope,
  clipId: string | null,
  choice: CaptionChoice | undefined,
  key?: string
): void {
  useStudio
    .getState()
    .updateProject(
      (p) => setChoice(p, clipId, scope, choice),
      key ? { undo: 'coalesce', key: `caption:${scope}:${key}` } : undefined
    )
}

/** Sets one option; returns the schema's message when the value is refused (nothing changes then). */
export function setOption<K extends keyof CaptionOverrides>(
  scope: CaptionScope,
  clipId: string | null,
  choice: CaptionChoice,
  key: K,
  value: CaptionOverrides[K]
): string | undefined {
  const next = withOption(choice, key, value)
  if (next.error) return next.error
  applyChoice(scope, clipId, next.choice, String(key))
  return undefined
}

export interface TimedResult {
  cues: number
  fromAudio: number
}

/**
 * Word timings for every cue of the clip from its audio (else by syllable weight), as one undoable edit.
 * For a target locale the translated texts are timed and stored on the translations: use it when that
 * language is the one spoken in the clip (a dubbed clip, or subtitles written in another language).
 */
export async function timeWords(
  clipId: string,
  mediaPath: string,
  track: SubtitleTrack,
  locale: string,
  sourceLocale: string
): Promise<TimedResult> {
  const source = locale === sourceLocale
  const translated = track.translations[locale] ?? {}
  const cues = track.cues.flatMap((c) => {
    const text = source ? c.text : translated[c.id]?.status !== 'missing' ? translated[c.id]?.text : undefined
    return text?.trim() ? [{ id: c.id, startMs: c.startMs, endMs: c.endMs, text }] : []
  })
  const r = await client()['media.wordTimings']({ path: mediaPath, locale, cues })
  if (source) updateCues(clipId, (list) => list.map((c) => (r.words[c.id] ? { ...c, words: r.words[c.id] } : c)))
  else updateTrack(clipId, (t) => withTranslationWords(t, locale, r.words))
  return { cues: Object.keys(r.words).length, fromAudio: r.fromAudio.length }
}
