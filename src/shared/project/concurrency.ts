import { z } from 'zod'

/**
 * Pure rules for a project open in two places at once (two windows, two bridge tabs, two
 * machines on a shared drive). The Node side reads files and asks "is that pid alive?"; the
 * decisions live here so they are tested with plain values.
 */

/** What a window saw of the project file when it opened (or last saved) it. */
export const ProjectFingerprint = z.object({
  sha256: z.string().regex(/^[0-9a-f]{64}$/, 'sha256 must be 64 lowercase hex digits'),
  size: z.number().int().nonnegative(),
  mtimeMs: z.number().nonnegative()
})
export type ProjectFingerprint = z.infer<typeof ProjectFingerprint>

export type SaveVerdict = 'ok' | 'conflict'

/**
 * May a save go ahead over `current` (the file as it is now; null = gone)?
 * - Content decides, not the clock: a `touch`, a sync client or a copy that rewrote the same
 *   bytes changed mtime but not the project, so it is not a conflict.
 * - A deleted file is not a conflict either: saving recreates it and overwrites nobody's work.
 * - No base (a project that was never opened from this path, e.g. Save As) never conflicts;
 *   the caller decides about overwriting other files.
 */
export function saveVerdict(
  base: ProjectFingerprint | undefined,
  current: ProjectFingerprint | null,
  force: boolean
): SaveVerdict {
  if (force || !base || !current) return 'ok'
  return base.sha256 === current.sha256 && base.size === current.size ? 'ok' : 'conflict'
}

/** The lock file's body: who has the project open. */
export const ProjectLock = z.object({
  sessionId: z.string().min(1),
  pid: z.number().int().positive(),
  hostname: z.string(),
  openedAt: z.string()
})
export type ProjectLock = z.infer<typeof ProjectLock>

/**
 * A lock older than this from another machine (where its pid cannot be checked), or one we
 * cannot read, is treated as left behind by a crash: nobody edits one project for 12 hours
 * without reopening it, and a false "open elsewhere" forever would train users to ignore it.
 */
export const LOCK_MAX_AGE_MS = 12 * 60 * 60 * 1000

export type LockVerdict =
  /** No lock: take it. */
  | 'free'
  /** Our own session's lock (a reopen or reload of this window): keep/refresh it. */
  | 'own'
  /** Another live session has it open: warn, don't take it. */
  | 'elsewhere'
  /** Left behind by a dead process or too old: take it over. */
  | 'stale'

export interface LockObservation {
  /** The parsed lock, or null when the file exists but is unreadable/damaged. */
  lock: ProjectLock | null
  /** The lock file's modification time: the age of an unreadable lock. */
  mtimeMs: number
}

export interface LockViewer {
  sessionId: string
  hostname: string
  now: number
  /** Same-host liveness (process.kill(pid, 0) on Node). */
  pidAlive(pid: number): boolean
}

export function judgeLock(seen: LockObservation | undefined, me: LockViewer): LockVerdict {
  if (!seen) return 'free'
  const { lock } = seen
  if (lock && lock.sessionId === me.sessionId) return 'own'
  if (lock && lock.hostname === me.hostname) return me.pidAlive(lock.pid) ? 'elsewhere' : 'stale'
  // Another host, or unreadable: only age can tell. A lock dated in the future (clock skew) counts as fresh.
  const openedMs = lock ? Date.parse(lock.openedAt) : seen.mtimeMs
  const age = me.now - (Number.isFinite(openedMs) ? openedMs : seen.mtimeMs)
  return age < LOCK_MAX_AGE_MS ? 'elsewhere' : 'stale'
}

/** What project.open tells the window about the other session. */
export interface OpenElsewhere {
  hostname: string
  /** True when the other session is on this machine (another window or tab). */
  sameHost: boolean
  openedAt: string
}

export function describeElsewhere(seen: LockObservation, myHostname: string): OpenElsewhere {
  const lock = seen.lock
  return {
    hostname: lock?.hostname ?? '',
    sameHost: lock !== null && lock.hostname === myHostname,
    openedAt: lock?.openedAt ?? new Date(seen.mtimeMs).toISOString()
  }
}
