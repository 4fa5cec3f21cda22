import { describe, expect, it } from 'vitest'
import { replaceCue } from '../../../../../src/renderer/src/features/subtitles/track-updates'
import { setTranslation, withSourceCues } from '../../../../../src/shared/subtitles/translations'
import type { SubtitleTrack } from '../../../../../src/shared/project/schema'

function track(): SubtitleTrack {
  let t: SubtitleTrack = {
    cues: [
      { id: 'a', startMs: 0, endMs: 1000, text: 'Hello' },
      { id: 'b', startMs: 1000, endMs: 2000, text: 'Be kind' }
    ],
    translations: {}
  }
  t = setTranslation(t, 'ms', 'a', 'Helo', 'done')
  t = setTranslation(t, 'ms', 'b', 'Berbaik hati', 'done')
  t = setTranslation(t, 'id', 'b', 'Bersikap baik', 'draft')
  return t
}

describe('replaceCue (single-cue fast path)', () => {
  it('matches withSourceCues for a text change', () => {
    const t = track()
    const edited = { ...t.cues[1], text: 'Be kind, always' }
    expect(replaceCue(t, edited)).toEqual(withSourceCues(t, [t.cues[0], edited]))
    expect(replaceCue(t, edited).translations.ms.b.status).toBe('outdated')
    expect(replaceCue(t, edited).translations.id.b.status).toBe('outdated')
    expect(replaceCue(t, edited).translations.ms.a.status).toBe('done')
  })
  it('changing the text back keeps stored statuses as withSourceCues would', () => {
    const t = track()
    expect(replaceCue(t, { ...t.cues[0] })).toEqual(withSourceCues(t, t.cues))
  })
  it('unknown cue: unchanged', () => {
    const t = track()
    expect(replaceCue(t, { id: 'zz', startMs: 0, endMs: 1, text: '' })).toBe(t)
  })
})
