import type { Project } from '../../../../shared/project/schema'
import type { ExportSettings } from './settings-store'

/** The batch the form describes: every locale not left out, the chosen preset, folder and clips. */
export interface ReviewRequest {
  projectPath: string
  clipIds?: string[]
  locales: string[]
  presetId: string
  outDir: string
  overwrite: boolean
}

export function projectLocales(project: Project): string[] {
  return [project.sourceLocale, ...project.targetLocales.filter((l) => l !== project.sourceLocale)]
}

export function reviewRequest(
  project: Project,
  projectPath: string,
  settings: Pick<ExportSettings, 'excluded' | 'presetId' | 'outDir' | 'overwrite' | 'onlySelected'>,
  selectedClipId: string | null
): ReviewRequest {
  return {
    projectPath,
    ...(settings.onlySelected && selectedClipId ? { clipIds: [selectedClipId] } : {}),
    locales: projectLocales(project).filter((l) => !settings.excluded.includes(l)),
    presetId: settings.presetId || project.export.presetId,
    outDir: settings.outDir.trim(),
    overwrite: settings.overwrite
  }
}
