import type { AssInput } from '../ass/build-ass'
import { EndCard, SafeZone, type Clip, type Project } from '../project/schema'
import type { Preset } from './presets'
import { translatedCue } from '../subtitles/translations'
import { captionChoiceFor, resolveCaption } from '../captions/resolve-style'

/**
 * Pure: what buildAss needs for one locale output of one clip. The clip starts at 0 in output
 * time, so cue times carry over, clamped to the clip part (the card starts at clip − transition).
 */
export function cuesForLocale(
  clip: Clip,
  locale: string,
  sourceLocale: string,
  clipDurationMs: number
): AssInput['cues'] {
  const translations = clip.track.translations[locale] ?? {}
  const cues: AssInput['cues'] = []
  for (const cue of clip.track.cues) {
    // Missing translations are left out rather than showing the source language by surprise.
    const t = locale === sourceLocale ? undefined : translations[cue.id]
    const rich = locale === sourceLocale ? cue : t ? translatedCue(cue, t) : undefined
    if (!rich || !rich.text.trim()) continue
    const startMs = Math.max(0, cue.startMs)
    const endMs = Math.min(cue.endMs, clipDurationMs)
    if (endMs <= startMs) continue
    const out: AssInput['cues'][number] = { startMs, endMs, text: rich.text }
    if (cue.speaker) out.speaker = cue.speaker
    if (rich.marks) out.marks = rich.marks
    if (cue.place) out.place = cue.place
    // Each language has its own word timings: the source cue's, or the translation's own (from the audio
    // when it is the spoken language, or carried through a page split). A translation without them is
    // spread by syllable weight in its own language when drawn (captions/words.ts timedWords).
    const words = locale === sourceLocale ? cue.words : t?.words
    if (words?.length) out.words = words
    cues.push(out)
  }
  return cues
}

/** Project defaults with the clip's overrides on top. */
export function effectiveEndCard(project: Project, clip: Clip): EndCard {
  const o = clip.endCard ?? {}
  const defined = Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined))
  return EndCard.parse({
    ...project.endCard,
    ...defined,
    message: { ...project.endCard.message, ...(o.message ?? {}) }
  })
}

const REFERENCE = { width: 1080, height: 1920 }
const DEFAULT_SAFE_ZONE = SafeZone.parse({})

/**
 * The project's safe zone is authored for 1080×1920. If it is the untouched default, the preset's
 * own safe zone wins (a 4:5 feed post has no TikTok UI over it); otherwise it is scaled to the frame.
 */
export function safeZoneFor(project: Project, preset: Preset): SafeZone {
  const z = project.export.safeZone
  const isDefault = (Object.keys(DEFAULT_SAFE_ZONE) as (keyof SafeZone)[]).every((k) => z[k] === DEFAULT_SAFE_ZONE[k])
  if (isDefault) return preset.safeZone
  const sx = preset.width / REFERENCE.width
  const sy = preset.height / REFERENCE.height
  return {
    top: Math.round(z.top * sy),
    bottom: Math.round(z.bottom * sy),
    left: Math.round(z.left * sx),
    right: Math.round(z.right * sx)
  }
}

export interface AssInputArgs {
  project: Project
  clip: Clip
  locale: string
  preset: Preset
  clipDurationMs: number
  /** Output-time start of the card (clip − transition) and its length; absent = no card. */
  card?: { startMs: number; durationMs: number; fadeInMs: number }
}

export function assInputFor(a: AssInputArgs): AssInput {
  const input: AssInput = {
    width: a.preset.width,
    height: a.preset.height,
    locale: a.locale,
    cues: cuesForLocale(a.clip, a.locale, a.project.sourceLocale, a.clipDurationMs),
    style: a.project.style,
    safeZone: safeZoneFor(a.project, a.preset)
  }
  const caption = resolveCaption(captionChoiceFor(a.project, a.clip), a.project.style, a.preset.height)
  if (caption) input.caption = caption
  if (a.card) {
    const ec = effectiveEndCard(a.project, a.clip)
    input.endCard = {
      startMs: a.card.startMs,
      durationMs: a.card.durationMs,
      displayName: ec.displayName ?? a.clip.creator.name,
      handle: ec.handle ?? a.clip.creator.handle,
      // Empty → buildAss uses the shipped default message for the locale.
      message: ec.message[a.locale] ?? '',
      layout: ec.layout,
      fadeInMs: a.card.fadeInMs
    }
  }
  return input
}
