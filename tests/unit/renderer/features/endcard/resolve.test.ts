import { describe, expect, it } from 'vitest'
import { resolveEndCard, timelineSpan } from '../../../../../src/renderer/src/features/endcard/resolve'
import { outputDurationMs, clipDurationMs } from '../../../../../src/shared/export/plan'
import { Clip, newProject, type Project } from '../../../../../src/shared/project/schema'

describe('resolveEndCard', () => {
  const project = newProject('Series')
  project.endCard.message = { en: 'Be kind', ms: 'Berbaik hati' }
  it('uses project defaults without overrides', () => {
    const clip = Clip.parse({ id: 'c1', title: 't', media: 'a.mp4' })
    expect(resolveEndCard(project, clip)).toEqual(project.endCard)
  })
  it('clip overrides win field by field; messages merge per locale', () => {
    const clip = Clip.parse({
      id: 'c1',
      title: 't',
      media: 'a.mp4',
      endCard: { durationMs: 5000, handle: '@maya', message: { ms: 'Jadi baik' } }
    })
    const card = resolveEndCard(project, clip)
    expect(card.durationMs).toBe(5000)
    expect(card.handle).toBe('@maya')
    expect(card.message).toEqual({ en: 'Be kind', ms: 'Jadi baik' })
    expect(card.transition).toEqual({ kind: 'fade', durationMs: 500 })
  })
})

describe('timelineSpan (the export timeline, as the editors see it)', () => {
  const clipOf = (durationMs: number) =>
    Clip.parse({
      id: 'c',
      title: 't',
      media: 'a.mp4',
      probe: { durationMs, width: 1080, height: 1920, fps: 30, hasAudio: true }
    })
  const project: Project = newProject('S')
  it('the card overlaps the clip tail by the transition', () => {
    expect(timelineSpan(project, clipOf(10_000))).toEqual({ clipMs: 10_000, endCardStartMs: 9_500, totalMs: 12_500 })
  })
  it('no card: the clip alone', () => {
    const off = { ...project, endCard: { ...project.endCard, enabled: false } }
    expect(timelineSpan(off, clipOf(10_000))).toEqual({ clipMs: 10_000, endCardStartMs: null, totalMs: 10_000 })
  })
  it('a clip shorter than the transition', () => {
    expect(timelineSpan(project, clipOf(300))).toEqual({ clipMs: 300, endCardStartMs: 0, totalMs: 3000 })
  })
  it('snaps the clip to whole output frames and agrees with the length the export verifies', () => {
    const span = timelineSpan(project, clipOf(7_013))
    expect(span.clipMs).toBe(clipDurationMs(7_013, 30))
    const plan = {
      clipDurationMs: span.clipMs,
      endCard: {
        durationMs: 3000,
        transition: { kind: 'fade', durationMs: 500 },
        background: { kind: 'color' as const, color: '#000000' }
      }
    }
    expect(span.totalMs).toBe(outputDurationMs(plan))
  })
})
