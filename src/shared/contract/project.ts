import { z } from 'zod'
import { op } from './define'
import { AbsPath } from './fields'
import { Clip, Project, type Project as ProjectT, type Clip as ClipT } from '../project/schema'
import { ProjectFingerprint, type OpenElsewhere } from '../project/concurrency'
import type { RecoveryCandidate } from '../project/recovery-name'

/** One window or tab (the renderer makes it once per window): who holds the "open here" lock. */
const SessionId = z.string().min(8, 'sessionId is too short').max(100)
/** A RecoveryCandidate id from project.open: a session's short id, or 'legacy'. */
const RecoveryId = z.string().regex(/^[A-Za-z0-9_-]{1,16}$/, 'recoveryId must be a recovery candidate id')
/** Which window asks (its own recovery file) and which recovery it means (default: the newest on offer). */
const RecoveryInput = z.object({
  path: AbsPath.nullable(),
  sessionId: SessionId.optional(),
  recoveryId: RecoveryId.optional()
})

export interface OpenedProject {
  project: ProjectT
  path: string
  /** Clip ids whose media file is not where the project says: offer to relink. */
  missingMedia: string[]
  /** The newest of `recoveries` (kept for older callers). */
  recovery?: { savedAt: string }
  /**
   * Recovery files to offer, newest first: this window's own (or a legacy one) when newer than the
   * file, and other windows' whenever they exist, unless that window holds the live lock (it is open).
   */
  recoveries: RecoveryCandidate[]
  /** Migrations applied, defaults filled, etc. */
  notes: string[]
  /** The file as read: pass it back to project.save as baseFingerprint to detect changes on disk. */
  fingerprint: ProjectFingerprint
  /** Another live window, tab or machine has this project open (from its lock file): warn, don't block. */
  openElsewhere?: OpenElsewhere
}

export interface SavedProject {
  path: string
  savedAt: string
  /** The file as written: the base for the next save. */
  fingerprint: ProjectFingerprint
}

export interface ProjectStatus {
  /** The file's content differs from the base: another window or program saved it. */
  changedOnDisk: boolean
  /** The file is gone (deleted, moved, drive unplugged): saving recreates it. */
  missing: boolean
  openElsewhere?: OpenElsewhere
}

export const projectOps = {
  /** With a sessionId, also takes the lock next to the file (or reports openElsewhere). */
  'project.open': op(z.object({ path: AbsPath, sessionId: SessionId.optional() })).returns<OpenedProject>(),
  /**
   * Atomic save (temp + fsync + rename, previous version in .bak); clears this session's recovery file (and a legacy one).
   * With baseFingerprint: refused with 'conflict' (nothing written) if the file changed on disk
   * since; `force` (the user chose Overwrite) skips that check. With a sessionId, takes the lock.
   */
  'project.save': op(
    z.object({
      path: AbsPath,
      project: Project,
      baseFingerprint: ProjectFingerprint.optional(),
      force: z.boolean().default(false),
      sessionId: SessionId.optional()
    })
  ).returns<SavedProject>(),
  /** Asked when the window regains focus: changed on disk since `baseFingerprint`? Re-takes the lock if it is free or stale. */
  'project.status': op(
    z.object({ path: AbsPath, sessionId: SessionId, baseFingerprint: ProjectFingerprint.optional() })
  ).returns<ProjectStatus>(),
  /** The window closes the project (or opens another, or quits): removes its lock, never another session's. */
  'project.close': op(z.object({ path: AbsPath, sessionId: SessionId })).returns<{ released: boolean }>(),
  /**
   * Writes the recovery file for `path` (or for an unsaved project when null). Called within 2 s of
   * an edit. With a sessionId the file is this window's own: other windows' autosaves and saves leave it alone.
   */
  'project.autosave': op(
    z.object({ path: AbsPath.nullable(), project: Project, sessionId: SessionId.optional() })
  ).returns<{
    recoveryPath: string
    savedAt: string
  }>(),
  /** Reads recovery `recoveryId` (default: the newest on offer to `sessionId`); not-found when there is none. */
  'project.recover': op(RecoveryInput).returns<{ project: ProjectT; savedAt: string; recoveryId: string }>(),
  /** Removes recovery `recoveryId` (default: the newest on offer to `sessionId`), never another one. */
  'project.discardRecovery': op(RecoveryInput).returns<{ discarded: boolean }>(),
  /** Points a clip at a moved media file: probes it and stores the path relative to the project. */
  'project.relink': op(z.object({ projectPath: AbsPath.nullable(), clip: Clip, mediaPath: AbsPath })).returns<{
    clip: ClipT
  }>()
}
