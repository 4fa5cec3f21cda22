import { describe, expect, it } from 'vitest'
import { resolveEndCard, timelineSpan } from '../../../src/renderer/src/features/endcard/resolve'
import { Clip, newProject } from '../../../src/shared/project/schema'

describe('resolveEndCard', () => {
  const project = newProject('Series')
  project.endCard.message = { en: 'Be kind', ms: 'Berbaik hati' }
  it('uses project defaults without overrides', () => {
    const clip = Clip.parse({ id: 'c1', title: 't', media: 'a.mp4' })
    expect(resolveEndCard(project, clip)).toEqual(project.endCard)
  })
  it('clip overrides win field by field; messages merge per locale', () => {
    const clip = Clip.parse({ id: 'c1', title: 't', media: 'a.mp4', endCard: { durationMs: 5000, handle: '@maya', message: { ms: 'Jadi baik' } } })
    const card = resolveEndCard(project, clip)
    expect(card.durationMs).toBe(5000)
    expect(card.handle).toBe('@maya')
    expect(card.message).toEqual({ en: 'Be kind', ms: 'Jadi baik' })
    expect(card.transition).toEqual({ kind: 'fade', durationMs: 500 })
  })
})

describe('timelineSpan', () => {
  const card = newProject('S').endCard
  it('the card overlaps the clip tail by the transition', () => {
    expect(timelineSpan(10_000, card)).toEqual({ clipMs: 10_000, endCardStartMs: 9_500, totalMs: 12_500 })
  })
  it('no card: the clip alone', () => {
    expect(timelineSpan(10_000, { ...card, enabled: false })).toEqual({ clipMs: 10_000, endCardStartMs: null, totalMs: 10_000 })
  })
  it('a clip shorter than the transition', () => {
    expect(timelineSpan(300, card)).toEqual({ clipMs: 300, endCardStartMs: 0, totalMs: 3000 })
  })
})
