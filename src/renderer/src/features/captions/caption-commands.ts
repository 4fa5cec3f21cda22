import { setChoice, withOption, type CaptionScope } from '../../../../shared/captions/edit-choice'
import type { CaptionChoice, CaptionOverrides } from '../../../../shared/captions/style-schema'
import { useStudio } from '../../store'
import { updateCues } from '../subtitles/track-updates'
import { client } from '../../app/client'
import type { Cue } from '../../../../shared/project/schema'

/** Applies a caption choice at a scope as one undoable edit (`key`: coalesce repeated edits of one option). */
export function applyChoice(scope: CaptionScope, clipId: string | null, choice: CaptionChoice | undefined, key?: string): void {
  useStudio.getState().updateProject((p) => setChoice(p, clipId, scope, choice), key ? { undo: 'coalesce', key: `caption:${scope}:${key}` } : undefined)
}

/** Sets one option; returns the schema's message when the value is refused (nothing changes then). */
export function setOption<K extends keyof CaptionOverrides>(scope: CaptionScope, clipId: string | null, choice: CaptionChoice, key: K, value: CaptionOverrides[K]): string | undefined {
  const next = withOption(choice, key, value)
  if (next.error) return next.error
  applyChoice(scope, clipId, next.choice, String(key))
  return undefined
}

export interface TimedResult {
  cues: number
  fromAudio: number
}

/** Word timings for every cue of the clip from its audio (else by syllable weight), as one undoable edit. */
export async function timeWords(clipId: string, mediaPath: string, cues: readonly Cue[], locale: string): Promise<TimedResult> {
  const r = await client()['media.wordTimings']({ path: mediaPath, locale, cues: cues.map((c) => ({ id: c.id, startMs: c.startMs, endMs: c.endMs, text: c.text })) })
  updateCues(clipId, (list) => list.map((c) => (r.words[c.id] ? { ...c, words: r.words[c.id] } : c)))
  return { cues: Object.keys(r.words).length, fromAudio: r.fromAudio.length }
}
