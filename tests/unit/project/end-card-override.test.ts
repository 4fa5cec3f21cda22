import { describe, expect, it } from 'vitest'
import { Clip } from '../../../src/shared/project/schema'

describe('clip end-card overrides', () => {
  it('keeps only the fields the clip sets (no schema defaults leak in)', () => {
    const clip = Clip.parse({ id: 'a', title: 'A', media: 'a.mp4', endCard: { durationMs: 5000 } })
    expect(clip.endCard).toEqual({ durationMs: 5000 })
  })

  it('rejects an override outside the allowed range', () => {
    expect(Clip.safeParse({ id: 'a', title: 'A', media: 'a.mp4', endCard: { durationMs: 50 } }).success).toBe(false)
  })
})
