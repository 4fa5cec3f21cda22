/// <reference lib="webworker" />
import { buildAss, type AssInput } from '../../../../shared/ass/build-ass'
import { lintCues, type LintOptions } from '../../../../shared/lint'
import type { Cue } from '../../../../shared/project/schema'
import { runQc, type QcOptions } from '../../../../shared/subtitles/qc'

/**
 * QC, kindness lint and ASS generation over a whole track, off the main thread: on a 5,000-cue track
 * each takes hundreds of milliseconds, which would otherwise freeze typing whenever it runs.
 */
export type CheckRequest =
  | { id: number; kind: 'checks'; cues: Cue[]; qc: QcOptions; lint: LintOptions }
  | { id: number; kind: 'ass'; input: AssInput }

export type CheckResponse =
  | { id: number; kind: 'checks'; qc: ReturnType<typeof runQc>; lint: ReturnType<typeof lintCues> }
  | { id: number; kind: 'ass'; ass: string }
  | { id: number; kind: 'error'; message: string }

self.onmessage = (e: MessageEvent<CheckRequest>) => {
  const req = e.data
  try {
    const res: CheckResponse =
      req.kind === 'checks'
        ? { id: req.id, kind: 'checks', qc: runQc(req.cues, req.qc), lint: lintCues(req.cues, req.lint) }
        : { id: req.id, kind: 'ass', ass: buildAss(req.input) }
    self.postMessage(res)
  } catch (err) {
    self.postMessage({ id: req.id, kind: 'error', message: err instanceof Error ? err.message : String(err) } satisfies CheckResponse)
  }
}
