import { useEffect, useState } from 'react'
import type { Cue } from '../../../../shared/project/schema'
import type { LintIssue } from '../../../../shared/lint'
import type { QcIssue } from '../../../../shared/subtitles/qc'
import { useStudio } from '../../store'
import { checkTrack } from './checks-client'
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
const NONE: TrackChecks = { qc: [], lint: [], qcByCue: new Map(), lintByCue: new Map(), withIssues: new Set() }

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

/**
 * QC (the project's profile) and kindness lint over one locale's cues, run in a worker a moment after
 * typing stops; a newer request makes older answers irrelevant.
 */
export function useTrackChecks(
  cues: Cue[],
  locale: string,
  timing: { fps: number; clipDurationMs?: number; endCardStartMs?: number }
): TrackChecks {
  const profile = useStudio((s) => s.project?.qc.profile ?? 'social')
  const settings = useStudio((s) => s.project?.lint)
  const settled = useDebounced(cues, CHECK_DELAY_MS)
  const { fps, clipDurationMs, endCardStartMs } = timing
  const [checks, setChecks] = useState<TrackChecks>(NONE)
  useEffect(() => {
    let live = true
    checkTrack(
      settled,
      { profile, locale, fps, clipDurationMs: clipDurationMs || undefined, endCardStartMs },
      { locale, settings }
    ).then(
      ({ qc, lint }) => {
        if (!live) return
        const qcByCue = group(qc, (i) => i.cueId)
        const lintByCue = group(lint, (i) => i.range.cueId)
        setChecks({ qc, lint, qcByCue, lintByCue, withIssues: new Set([...qcByCue.keys(), ...lintByCue.keys()]) })
      },
      (e: unknown) => console.error('track checks failed', e)
    )
    return () => {
      live = false
    }
  }, [settled, locale, profile, settings, fps, clipDurationMs, endCardStartMs])
  return checks
}
