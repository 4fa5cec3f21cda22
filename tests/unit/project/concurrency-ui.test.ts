import { describe, expect, it } from 'vitest'
import { mediaKey, sameIds } from '../../../src/renderer/src/features/clips/media-keys'
import { formatSince } from '../../../src/renderer/src/features/project/format-since'

describe('formatSince (the "open elsewhere" banner time)', () => {
  // Local-time dates: "today" is the viewer's day, whatever the machine's time zone.
  const now = new Date(2026, 10, 21, 18, 30)
  const cases: [string, Date, string, string][] = [
    ['today, en: 24-hour like the autosave clock', new Date(2026, 10, 21, 14, 2), 'en', '14:02'],
    ['today, just after midnight', new Date(2026, 10, 21, 0, 5), 'en', '00:05'],
    ['yesterday, pt-BR: date and time', new Date(2026, 10, 20, 14, 2), 'pt-BR', '20/11/2026, 14:02'],
    ['yesterday, es-MX', new Date(2026, 10, 20, 9, 7), 'es-MX', '20/11/26, 09:07']
  ]
  for (const [name, at, locale, expected] of cases) {
    it(name, () => expect(formatSince(at.toISOString(), locale, now)).toBe(expected))
  }
  it('an unparsable time is shown as it is', () => expect(formatSince('not a date', 'en', now)).toBe('not a date'))
})

describe('media re-check helpers', () => {
  it('sameIds ignores order, not content', () => {
    expect(sameIds([], [])).toBe(true)
    expect(sameIds(['a', 'b'], ['b', 'a'])).toBe(true)
    expect(sameIds(['a'], ['a', 'b'])).toBe(false)
    expect(sameIds(['a', 'b'], ['a', 'c'])).toBe(false)
  })
  it('mediaKey changes with clips and their files, not with titles', () => {
    const clips: { id: string; media: string; title: string }[] = [{ id: 'c1', media: 'a.mp4', title: 'One' }]
    const base = mediaKey('/p/x.kindframe', clips)
    const renamed = clips.map((c) => ({ ...c, title: 'Renamed' }))
    expect(mediaKey('/p/x.kindframe', renamed)).toBe(base)
    expect(mediaKey('/p/x.kindframe', [{ ...clips[0], media: 'b.mp4' }])).not.toBe(base)
    expect(mediaKey('/p/y.kindframe', clips)).not.toBe(base)
    expect(mediaKey('/p/x.kindframe', clips.concat({ id: 'c2', media: 'a.mp4', title: 'Two' }))).not.toBe(base)
  })
})
