/**
 * Names of per-window crash-recovery files. Each window (session) autosaves into its own file, so
 * one window's autosave or save never overwrites or deletes another window's unsaved work.
 * Pure: the Node side joins these names to folders; the renderer uses them to name its own file.
 */

/** The id of a recovery file written without a session (old Kindframe, the CLI). */
export const LEGACY_RECOVERY_ID = 'legacy'

const SID_MAX = 16

/**
 * The short, file-name-safe form of a session id: only [A-Za-z0-9_-], at most 16 characters.
 * Renderer ids are 32 random hex digits, so 16 keep 64 bits: two windows do not collide. An id
 * with nothing safe in it (or one that would read as the legacy id) gets a stable hash instead.
 */
export function recoverySid(sessionId: string): string {
  const safe = sessionId.replace(/[^A-Za-z0-9_-]/g, '').slice(0, SID_MAX)
  if (safe && safe !== LEGACY_RECOVERY_ID) return safe
  return `h${fnv1a(sessionId).toString(16).padStart(8, '0')}`
}

/** Matches a sid produced by recoverySid (and nothing with a dot, so other files' names cannot pass). */
export const RECOVERY_SID = /^[A-Za-z0-9_-]{1,16}$/

function fnv1a(text: string): number {
  let hash = 0x811c9dc5
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i)
    hash = Math.imul(hash, 0x01000193) >>> 0
  }
  return hash
}

/** What project.open offers: one recovery file (this window's, an old one, or a crashed window's). */
export interface RecoveryCandidate {
  /** The session's sid, or 'legacy'. Pass back as recoveryId to recover or discard exactly this one. */
  id: string
  savedAt: string
  /** Written by the window asking (a reload of it): its own unsaved work. */
  ownSession: boolean
}
