import { z } from 'zod'
import { op } from './define'
import { Clip, Project, type Project as ProjectT, type Clip as ClipT } from '../project/schema'

const AbsPath = z.string().min(1, 'path is empty')

export interface OpenedProject {
  project: ProjectT
  path: string
  /** Clip ids whose media file is not where the project says: offer to relink. */
  missingMedia: string[]
  /** A recovery file newer than the project exists: offer to recover it. */
  recovery?: { savedAt: string }
  /** Migrations applied, defaults filled, etc. */
  notes: string[]
}

export const projectOps = {
  'project.open': op(z.object({ path: AbsPath })).returns<OpenedProject>(),
  /** Atomic save (temp + fsync + rename); clears the recovery file. */
  'project.save': op(z.object({ path: AbsPath, project: Project })).returns<{ path: string; savedAt: string }>(),
  /** Writes the recovery file for `path` (or for an unsaved project when null). Called within 2 s of an edit. */
  'project.autosave': op(z.object({ path: AbsPath.nullable(), project: Project })).returns<{ recoveryPath: string; savedAt: string }>(),
  'project.recover': op(z.object({ path: AbsPath.nullable() })).returns<{ project: ProjectT; savedAt: string }>(),
  'project.discardRecovery': op(z.object({ path: AbsPath.nullable() })).returns<{ discarded: boolean }>(),
  /** Points a clip at a moved media file: probes it and stores the path relative to the project. */
  'project.relink': op(z.object({ projectPath: AbsPath.nullable(), clip: Clip, mediaPath: AbsPath })).returns<{ clip: ClipT }>()
}
