/**
 * Signals for the end-to-end harness (Signal Desktop style): the app says when it is ready and
 * what happened, so tests wait for events instead of sleeping. Cheap enough to keep in production.
 *
 * window.__kindframe = { ready, pending (client calls in flight), events: [{ type, at, …data }] }.
 * Types emitted by the shell: project-created {title}, project-opened {path, clips, recovery},
 * project-saved {path}, recovery-offered, project-recovered {savedAt}, recovery-discarded,
 * autosaved {savedAt, recoveryPath}, import-done {added, rejected, reasons}, relinked {clipId},
 * export-started {batchId, jobs}, export-job {id, state, outputPath, error} (terminal states),
 * export-batch-finished {…batch}, export-manifest {batchId, manifestPath, reportPath},
 * review-ready {total, ready, incomplete, blocked, errors, warnings, reconsider} (the export review has its facts),
 * error {message} (an action failed and the user was shown it), unhandled-error {message}.
 * Project-file safety: save-conflict, project-reloaded, file-checked, media-recheck, media-checked.
 * Features may emit their own with emitSignal(type, data). The player also exposes what libass has
 * drawn as `data-frame="<locale>@<ms>"` on .kf-subtitle-layer ("pending" while the ASS is behind).
 */
export interface HarnessSignal {
  type: string
  at: number
  [key: string]: unknown
}

export interface Harness {
  ready: boolean
  /** Client calls in flight; 0 means idle. */
  pending: number
  events: HarnessSignal[]
}

declare global {
  interface Window {
    __kindframe?: Harness
  }
}

function harness(): Harness {
  if (typeof window === 'undefined') return { ready: false, pending: 0, events: [] }
  window.__kindframe ??= { ready: false, pending: 0, events: [] }
  return window.__kindframe
}

export function emitSignal(type: string, data: Record<string, unknown> = {}): void {
  const h = harness()
  h.events.push({ ...data, type, at: Date.now() })
  // Bounded: a long session must not grow this forever.
  if (h.events.length > 500) h.events.splice(0, h.events.length - 500)
}

export function setReady(ready: boolean): void {
  harness().ready = ready
}

export function trackPending(delta: 1 | -1): void {
  harness().pending += delta
}
