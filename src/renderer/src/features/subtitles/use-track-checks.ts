import { useMemo } from 'react'
import type { Cue } from '../../../../shared/project/schema'
import { lintCues, type LintIssue } from '../../../../shared/lint'
import { runQc, type QcIssue } from '../../../../shared/subtitles/qc'
import { useStudio } from '../../store'
import { useDebounced } from './use-debounced'

export interface TrackChecks {
  qc: QcIssue[]
  lint: LintIssue[]
  qcByCue: Map<string, QcIssue[]>
  lintByCue: Map<string, LintIssue[]>
  /** Cue ids with any QC or lint issue, for "next issue" (F8). */
  withIssues: Set<string>
}

const CHECK_DELAY_MS = 200

function group<T>(items: T[], key: (t: T) => string | undefined): Map<string, T[]> {
  const out = new Map<string, T[]>()
  for (const item of items) {
    const k = key(item)
    if (k === undefined) continue
    const list = out.get(k)
    if (list) list.push(item)
    else out.set(k, [item])
  }
  return out
}

/** QC (the project's profile) and kindness lint over one locale's cues, a moment after typing stops. */
export function useTrackChecks(cues: Cue[], locale: string, timing: { fps: number; clipDurationMs?: number; endCardStartMs?: number }): TrackChecks {
  const profile = useStudio((s) => s.project?.qc.profile ?? 'social')
  const settings = useStudio((s) => s.project?.lint)
  const settled = useDebounced(cues, CHECK_DELAY_MS)
  const { fps, clipDurationMs, endCardStartMs } = timing
  return useMemo(() => {
    const qc = runQc(settled, { profile, locale, fps, clipDurationMs: clipDurationMs || undefined, endCardStartMs })
    const lint = lintCues(settled, { locale, settings })
    const qcByCue = group(qc, (i) => i.cueId)
    const lintByCue = group(lint, (i) => i.range.cueId)
    return { qc, lint, qcByCue, lintByCue, withIssues: new Set([...qcByCue.keys(), ...lintByCue.keys()]) }
  }, [settled, locale, profile, settings, fps, clipDurationMs, endCardStartMs])
}
