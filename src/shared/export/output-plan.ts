import type { Clip, Project } from '../project/schema'
import { renderOutputName, sanitizeSegment } from './output-name'

/**
 * Where each clip × locale output of a batch goes (relative to the output folder, "/"-separated),
 * decided once for the export queue and for pre-flight so both name the same files. Pure.
 */
export interface PlannedOutput {
  clipId: string
  clipTitle: string
  locale: string
  /** Relative path under the output folder, e.g. "Kind S1/Lunch.ms.mp4". */
  rel: string
  /** The template's name when it was taken by another clip with the same title (rel then ends in .<clipId>.mp4). */
  renamedFrom?: string
  /** Other outputs of this batch that would be written to the same file (template without {locale}, …). */
  collidesWith?: { clipId: string; locale: string }[]
}

/** Two names that only differ in case or Unicode normalization are one file on macOS and Windows. */
export function fileKey(rel: string): string {
  return rel.normalize('NFC').toLowerCase()
}

export function planOutputNames(
  project: Project,
  clips: readonly Clip[],
  locales: readonly string[],
  presetId: string
): PlannedOutput[] {
  const outputs: PlannedOutput[] = []
  const byKey = new Map<string, PlannedOutput[]>()
  for (const clip of clips) {
    for (const locale of locales) {
      const wanted = renderOutputName(project.export.outputTemplate, {
        series: project.series.title,
        clip: clip.title || clip.id,
        clipId: clip.id,
        locale,
        preset: presetId
      })
      const out: PlannedOutput = { clipId: clip.id, clipTitle: clip.title, locale, rel: wanted }
      const taken = byKey.get(fileKey(wanted))
      // Two clips with the same title: the later one is told apart by its id (and pre-flight says so).
      if (taken?.some((o) => o.clipId !== clip.id)) {
        out.rel = wanted.replace(/\.mp4$/i, `.${sanitizeSegment(clip.id)}.mp4`)
        out.renamedFrom = wanted
      }
      outputs.push(out)
      const key = fileKey(out.rel)
      byKey.set(key, [...(byKey.get(key) ?? []), out])
    }
  }
  for (const group of byKey.values()) {
    if (group.length < 2) continue
    for (const o of group)
      o.collidesWith = group.filter((x) => x !== o).map((x) => ({ clipId: x.clipId, locale: x.locale }))
  }
  return outputs
}

/**
 * The name an output that did not pass pre-flight is written under when the producer exports it
 * anyway ("Export all", --allow-incomplete): never the final name, so it cannot be published by mistake.
 */
export function incompleteName(rel: string): string {
  return rel.replace(/(\.mp4)?$/i, '.incomplete.mp4')
}
