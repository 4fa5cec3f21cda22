import { KindframeError } from '../errors'
import { DEFAULT_PRESET_ID, findPreset, PRESETS, type Preset } from '../export/presets'
import { isValidLocaleTag } from '../locales'
import type { Clip, Project } from '../project/schema'
import type { PreflightRequest } from './types'

export interface BatchScope {
  preset: Preset
  clips: Clip[]
  locales: string[]
}

/**
 * Which clips, locales and preset a batch covers, with the same refusals for the queue and pre-flight:
 * unknown preset or clip, no clips, a string that is not a locale tag.
 */
export function resolveBatchScope(project: Project, req: PreflightRequest): BatchScope {
  const presetId = req.presetId ?? project.export.presetId ?? DEFAULT_PRESET_ID
  const preset = findPreset(presetId)
  if (!preset)
    throw new KindframeError(
      'invalid-input',
      `Unknown preset "${presetId}". Known: ${PRESETS.map((p) => p.id).join(', ')}.`
    )
  const clips = req.clipIds?.length
    ? req.clipIds.map((id) => {
        const clip = project.clips.find((c) => c.id === id)
        if (!clip)
          throw new KindframeError(
            'not-found',
            `Clip "${id}" is not in the project (clips: ${project.clips.map((c) => c.id).join(', ') || 'none'}).`
          )
        return clip
      })
    : project.clips
  if (clips.length === 0) throw new KindframeError('invalid-input', 'The project has no clips to export.')
  const locales = req.locales?.length ? [...new Set(req.locales)] : [project.sourceLocale]
  const bad = locales.filter((l) => !isValidLocaleTag(l))
  if (bad.length)
    throw new KindframeError(
      'invalid-input',
      `Not a locale tag: ${bad.join(', ')} (use BCP-47 tags such as "ms", "pt-BR").`
    )
  return { preset, clips, locales }
}
