import { describe, expect, it } from 'vitest'
import type { SubtitleTrack } from '../../../src/shared/project/schema'
import { cueFingerprint } from '../../../src/shared/subtitles/fingerprint'
import {
  applyTranslations,
  clearTranslation,
  cuesForLocale,
  localeProgress,
  markTranslationDone,
  setTranslation,
  translationStatus,
  withSourceCues
} from '../../../src/shared/subtitles/translations'
import { alignTranslatedCues } from '../../../src/shared/subtitles/align'
import { editSourceTrack, mergeSourceCues, shiftCues, updateCue } from '../../../src/shared/subtitles/edits'

const track: SubtitleTrack = {
  cues: [
    { id: 'a', startMs: 0, endMs: 1000, text: 'Hello' },
    { id: 'b', startMs: 1200, endMs: 2500, text: 'Are you okay?' },
    { id: 'c', startMs: 3000, endMs: 4000, text: 'Thanks.' }
  ],
  translations: {}
}

describe('fingerprint', () => {
  it('is stable and changes with text or timing', () => {
    const fp = cueFingerprint(track.cues[0])
    expect(fp).toMatch(/^[0-9a-f]{16}$/)
    expect(cueFingerprint({ ...track.cues[0] })).toBe(fp)
    expect(cueFingerprint({ ...track.cues[0], text: 'Hello!' })).not.toBe(fp)
    expect(cueFingerprint({ ...track.cues[0], endMs: 1001 })).not.toBe(fp)
  })
})

describe('translation status and progress', () => {
  it('derives missing, draft, done and outdated', () => {
    let t = setTranslation(track, 'ms', 'a', 'Helo')
    t = setTranslation(t, 'ms', 'b', 'Awak okay?', 'done')
    expect(['a', 'b', 'c'].map((id) => translationStatus(t, 'ms', id))).toEqual(['draft', 'done', 'missing'])
    expect(translationStatus(t, 'es-MX', 'a')).toBe('missing')
    const edited = { ...t, cues: t.cues.map((c) => (c.id === 'b' ? { ...c, text: 'Are you OK?' } : c)) }
    expect(translationStatus(edited, 'ms', 'b')).toBe('outdated')
    expect(localeProgress(edited, 'ms')).toEqual({
      total: 3,
      done: 0,
      draft: 1,
      outdated: 1,
      missing: 1,
      percentDone: 0
    })
    expect(localeProgress(t, 'ms')).toEqual({ total: 3, done: 1, draft: 1, outdated: 0, missing: 1, percentDone: 33 })
    const reconfirmed = markTranslationDone(edited, 'ms', 'b')
    expect(translationStatus(reconfirmed, 'ms', 'b')).toBe('done')
  })

  it('treats empty text as missing and clears entries', () => {
    const t = setTranslation(track, 'id', 'a', '   ')
    expect(t.translations.id.a).toEqual({ text: '   ', status: 'missing' })
    expect(translationStatus(t, 'id', 'a')).toBe('missing')
    expect(clearTranslation(setTranslation(track, 'id', 'a', 'Halo'), 'id', 'a').translations.id).toEqual({})
  })

  it('is pure: the input track is untouched', () => {
    const before = JSON.stringify(track)
    setTranslation(track, 'ms', 'a', 'x')
    expect(JSON.stringify(track)).toBe(before)
  })

  it('marks translations outdated after source edits and drops those of deleted cues', () => {
    let t = setTranslation(track, 'ms', 'a', 'Helo', 'done')
    t = setTranslation(t, 'ms', 'b', 'Okay?', 'done')
    t = setTranslation(t, 'ms', 'c', 'Terima kasih.', 'done')
    const edited = editSourceTrack(t, (cues) =>
      updateCue(
        cues.filter((c) => c.id !== 'c'),
        'a',
        { text: 'Hi' }
      )
    )
    expect(edited.translations.ms).toEqual({
      a: { ...t.translations.ms.a, status: 'outdated' },
      b: t.translations.ms.b
    })
    const shifted = editSourceTrack(t, (cues) => shiftCues(cues, 100, ['b']))
    expect(Object.fromEntries(Object.entries(shifted.translations.ms).map(([k, v]) => [k, v.status]))).toEqual({
      a: 'done',
      b: 'outdated',
      c: 'done'
    })
  })

  it("keeps translators' work when merging source cues", () => {
    let t = setTranslation(track, 'ms', 'a', 'Helo', 'done')
    t = setTranslation(t, 'ms', 'b', 'Okay?', 'done')
    const merged = mergeSourceCues(t, ['a', 'b'])
    expect(merged.cues.map((c) => [c.id, c.startMs, c.endMs, c.text])).toEqual([
      ['a', 0, 2500, 'Hello\nAre you okay?'],
      ['c', 3000, 4000, 'Thanks.']
    ])
    expect(merged.translations.ms.a.text).toBe('Helo\nOkay?')
    expect(translationStatus(merged, 'ms', 'a')).toBe('outdated')
    expect(merged.translations.ms.b).toBeUndefined()
  })

  it('gives a locale view of the cues and merges imported translations for known ids only', () => {
    const t = applyTranslations(track, 'fil', {
      a: { text: 'Kumusta', status: 'draft' },
      zzz: { text: 'x', status: 'draft' }
    })
    expect(Object.keys(t.translations.fil)).toEqual(['a'])
    expect(cuesForLocale(t, 'fil')).toEqual([{ id: 'a', startMs: 0, endMs: 1000, text: 'Kumusta' }])
    expect(cuesForLocale(t, 'ar')).toEqual([])
    expect(cuesForLocale(t, undefined)).toBe(t.cues)
    expect(withSourceCues(t, t.cues)).toEqual(t)
  })
})

describe('aligning a translated file to the source cues', () => {
  it('matches by overlap, joins split translations, reports what does not match', () => {
    const translated = [
      { id: 'x1', startMs: 40, endMs: 980, text: 'Helo' },
      { id: 'x2', startMs: 1150, endMs: 1800, text: 'Awak' },
      { id: 'x3', startMs: 1800, endMs: 2550, text: 'okay?' },
      { id: 'x4', startMs: 2400, endMs: 3050, text: 'grazes two' },
      { id: 'x5', startMs: 9000, endMs: 9500, text: 'nowhere' }
    ]
    const r = alignTranslatedCues(track.cues, translated)
    expect(Object.fromEntries(Object.entries(r.translations).map(([k, v]) => [k, v.text]))).toEqual({
      a: 'Helo',
      b: 'Awak\nokay?'
    })
    expect(r.translations.a.sourceFingerprint).toBe(cueFingerprint(track.cues[0]))
    expect(r.unmatched.map((u) => [u.cue.id, u.reason, u.nearestSourceId])).toEqual([
      ['x4', 'weak-overlap', 'b'],
      ['x5', 'no-overlap', undefined]
    ])
    expect(r.joined).toEqual(['b'])
    expect(r.untranslated).toEqual(['c'])
  })
})
