import { describe, expect, it } from 'vitest'
import { overallPercent } from '../../../src/shared/export/overall-progress'
import type { ExportJob } from '../../../src/shared/export/job'

const job = (state: ExportJob['state'], percent: number) => ({ state, percent })

describe('overallPercent: one definition for the queue, the CLI and the studio', () => {
  it.each<[ReturnType<typeof job>[], number]>([
    [[], 0],
    [[job('running', 50)], 50],
    [[job('running', 50), job('done', 100), job('queued', 0)], 50],
    // Verifying is past the encode whatever percent it carries; a failed job's work is over.
    [[job('verifying', 100), job('failed', 10)], 100],
    [[job('verifying', 40), job('running', 0)], 50],
    // Cancelled jobs are no longer work: left out, not counted as finished.
    [[job('cancelled', 10), job('running', 20)], 20],
    [[job('cancelled', 0), job('cancelled', 60)], 0],
    [[job('done', 100), job('cancelled', 0)], 100],
    // One decimal, as ExportBatchProgress carries it.
    [[job('running', 10), job('running', 20), job('queued', 0)], 10],
    [[job('running', 33.3), job('running', 0), job('running', 0)], 11.1]
  ])('case %#', (jobs, expected) => {
    expect(overallPercent(jobs)).toBe(expected)
  })
})
