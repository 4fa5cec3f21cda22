import { assInputFor, effectiveEndCard } from '../export/ass-input'
import type { Preset } from '../export/presets'
import { sha256Hex } from '../hash/sha256'
import { serializeProject } from '../project/parse-project'
import type { Clip, Project } from '../project/schema'

/** SHA-256 of the project exactly as it would be saved (schema key order, 2-space JSON). */
export function projectContentHash(project: Project): string {
  return sha256Hex(serializeProject(project))
}

/**
 * SHA-256 of everything that decides one output's pixels and sound: the burned-in ASS input (cues of
 * this locale, style, safe zone, end-card text), the end card's look, the fit, the preset, and the
 * media as imported. Renaming the series or editing another clip does not change it, so the manifest
 * can tell "this file is this version" apart from "a different version is in the folder".
 */
export function outputVersionHash(project: Project, clip: Clip, locale: string, preset: Preset): string {
  const ec = effectiveEndCard(project, clip)
  const ass = assInputFor({
    project,
    clip,
    locale,
    preset,
    clipDurationMs: clip.probe?.durationMs ?? Number.MAX_SAFE_INTEGER,
    ...(ec.enabled ? { card: { startMs: 0, durationMs: ec.durationMs, fadeInMs: ec.transition.durationMs } } : {})
  })
  const inputs = {
    v: 1,
    ass,
    endCard: ec.enabled
      ? {
          background: ec.background,
          transition: ec.transition,
          layout: ec.layout,
          media: ec.media ?? clip.creator.photo ?? null
        }
      : null,
    fit: clip.fit,
    padColor: clip.padColor,
    media: clip.mediaFingerprint?.sha256 ?? clip.media,
    preset
  }
  return sha256Hex(JSON.stringify(inputs))
}
