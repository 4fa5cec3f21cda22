/// <reference lib="webworker" />
import { buildAss, type AssCue, type AssInput } from '../../../../shared/ass/build-ass'
import { lintCues, type LintOptions } from '../../../../shared/lint'
import type { Cue } from '../../../../shared/project/schema'
import { runQc, type QcOptions } from '../../../../shared/subtitles/qc'
import { createCueReceiver, CueSyncMismatch, type CueListPatch } from './checks-sync'

/**
 * QC, kindness lint and ASS generation over a whole track, off the main thread. The worker lives
 * as long as the studio, so its caches carry over from message to message: cue lists arrive as
 * patches against the previous list (checks-sync.ts), and the ASS builder and the lint memoize per
 * cue text, so after one edit only the edited cue is rebuilt and re-linted (bench/editing.ts).
 */
export type CheckRequest =
  | { id: number; kind: 'checks'; cues: CueListPatch<Cue>; qc: QcOptions; lint: LintOptions }
  | { id: number; kind: 'ass'; input: Omit<AssInput, 'cues'>; cues: CueListPatch<AssCue> }

export type CheckResponse =
  | { id: number; kind: 'checks'; qc: ReturnType<typeof runQc>; lint: ReturnType<typeof lintCues> }
  | { id: number; kind: 'ass'; ass: string }
  /** The patch did not fit the worker's copy of the list: the client resends the list in full. */
  | { id: number; kind: 'resync' }
  | { id: number; kind: 'error'; message: string }

const checkCues = createCueReceiver<Cue>()
const assCues = createCueReceiver<AssCue>()

self.onmessage = (e: MessageEvent<CheckRequest>) => {
  const req = e.data
  try {
    const res: CheckResponse =
      req.kind === 'checks'
        ? checks(req.id, checkCues.apply(req.cues), req.qc, req.lint)
        : { id: req.id, kind: 'ass', ass: buildAss({ ...req.input, cues: assCues.apply(req.cues) }) }
    self.postMessage(res)
  } catch (err) {
    if (err instanceof CueSyncMismatch) self.postMessage({ id: req.id, kind: 'resync' } satisfies CheckResponse)
    else
      self.postMessage({
        id: req.id,
        kind: 'error',
        message: err instanceof Error ? err.message : String(err)
      } satisfies CheckResponse)
  }
}

function checks(id: number, cues: Cue[], qc: QcOptions, lint: LintOptions): CheckResponse {
  return { id, kind: 'checks', qc: runQc(cues, qc), lint: lintCues(cues, lint) }
}
