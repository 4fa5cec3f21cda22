import { describe, expect, it } from 'vitest'
import { richRuns, runStyle } from '../../../../../src/renderer/src/features/subtitles/rich-runs'

describe('cue text runs for the cue list and the preview', () => {
  it('cuts at formatting and lint boundaries, merging neighbours that look the same', () => {
    const runs = richRuns(
      'You are a loser',
      [
        { from: 0, to: 15, kind: 'italic' },
        { from: 10, to: 15, kind: 'color', value: '#FF0000' }
      ],
      [{ start: 10, end: 15 }]
    )
    expect(runs.map((r) => [r.text, r.italic, r.color ?? null, r.flagged])).toEqual([
      ['You are a ', true, null, false],
      ['loser', true, '#FF0000', true]
    ])
    expect(runStyle(runs[1])).toEqual({ fontStyle: 'italic', color: '#FF0000' })
  })
  it('plain text is one run without a style; stale lint ranges are clamped', () => {
    const runs = richRuns('hi', undefined, [{ start: 1, end: 99 }])
    expect(runs.map((r) => [r.text, r.flagged])).toEqual([
      ['h', false],
      ['i', true]
    ])
    expect(runStyle(runs[0])).toBeUndefined()
  })
  it('underline and strike-through share one text-decoration', () => {
    expect(
      runStyle(
        richRuns('x', [
          { from: 0, to: 1, kind: 'underline' },
          { from: 0, to: 1, kind: 'strike' },
          { from: 0, to: 1, kind: 'bold' }
        ])[0]
      )
    ).toEqual({ fontWeight: 'bold', textDecoration: 'underline line-through' })
  })
})
