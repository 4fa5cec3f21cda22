import { describe, expect, it } from 'vitest'
import {
  restorePagesInTrack,
  splitPagesInTrack,
  splitTranslation
} from '../../../src/shared/captions/page-translations'
import { DEFAULT_PAGE_OPTIONS } from '../../../src/shared/captions/pages'
import { tokenizeWords } from '../../../src/shared/captions/tokens'
import { assInputFor } from '../../../src/shared/export/ass-input'
import { findPreset } from '../../../src/shared/export/presets'
import { Project, PROJECT_VERSION, SubtitleTrack, type Cue } from '../../../src/shared/project/schema'
import { translationStatus } from '../../../src/shared/subtitles/translations'

const long: Cue = {
  id: 'a',
  startMs: 1000,
  endMs: 5000,
  text: 'Everyone deserves kindness, online and offline. Think before you post.'
}
const es = {
  text: 'Todos merecen amabilidad, en línea y fuera de ella. Piensa antes de publicar.',
  status: 'done' as const,
  marks: [{ from: 14, to: 24, kind: 'italic' as const }]
}
const track = SubtitleTrack.parse({
  cues: [{ id: 'z', startMs: 0, endMs: 900, text: 'Before' }, long],
  translations: { es: { a: es, z: { text: 'Antes', status: 'done' } }, fr: {} }
})

describe('translations through short caption pages', () => {
  const split = splitPagesInTrack(track, 'a', DEFAULT_PAGE_OPTIONS)
  const pages = split.cues.filter((c) => c.page?.group === 'a')

  it('every page gets its share of the translation, cut at word boundaries, in order, nothing lost', () => {
    expect(pages.map((p) => p.id)).toEqual(['a', 'a-p2', 'a-p3'])
    const shares = pages.map((p) => split.translations.es![p.id])
    expect(shares.every((s) => s && s.text.length > 0)).toBe(true)
    // Joined back, the shares are the whole translation (spaces between them aside).
    expect(shares.map((s) => s!.text).join(' ')).toBe(es.text)
    // Cut where words meet: every share is whole words of the translation.
    const all = tokenizeWords(es.text, 'es').map((w) => w.text)
    expect(shares.flatMap((s) => tokenizeWords(s!.text, 'es').map((w) => w.text))).toEqual(all)
    // The last page ("Think before you post.") gets the last sentence.
    expect(shares[2]!.text).toBe('Piensa antes de publicar.')
  })

  it('the shares are marked for review, carry their marks and their own word timings inside the page', () => {
    for (const p of pages) {
      const s = split.translations.es![p.id]!
      expect(translationStatus(split, 'es', p.id)).toBe('outdated')
      expect(s.words!.map((w) => w.text)).toEqual(tokenizeWords(s.text, 'es').map((w) => w.text))
      for (const w of s.words!) expect(w.toMs).toBeLessThanOrEqual(p.endMs - p.startMs + 1)
    }
    const first = split.translations.es!.a!
    expect(first.marks).toEqual([{ from: 14, to: 24, kind: 'italic' }])
    expect(first.text.slice(14, 24)).toBe('amabilidad')
    expect(split.translations.es!.z).toEqual({ text: 'Antes', status: 'done' })
  })

  it('"Restore cue" puts the cue and its translations back exactly', () => {
    expect(restorePagesInTrack(split, 'a')).toEqual(track)
  })

  it('stored translation word timings decide the cut', () => {
    const words = [
      { text: 'Uno', fromMs: 0, toMs: 200 },
      { text: 'dos', fromMs: 200, toMs: 400 },
      { text: 'tres', fromMs: 3500, toMs: 4000 }
    ]
    const shares = splitTranslation(
      { text: 'Uno dos tres', status: 'done', words },
      long,
      [
        { startMs: 1000, endMs: 3000 },
        { startMs: 3000, endMs: 5000 }
      ],
      'es'
    )
    expect(shares.map((s) => s?.text)).toEqual(['Uno dos', 'tres'])
    expect(shares[1]!.words).toEqual([{ text: 'tres', fromMs: 1500, toMs: 2000 }])
  })

  it('a page no translated word falls in gets no share (not an empty one)', () => {
    const shares = splitTranslation(
      { text: 'Hola', status: 'done' },
      long,
      [
        { startMs: 1000, endMs: 2000 },
        { startMs: 2000, endMs: 5000 }
      ],
      'es'
    )
    expect(shares[0]).toBeUndefined()
    expect(shares[1]!.text).toBe('Hola')
  })

  it("the export uses a translation's own word timings", () => {
    const words = [
      { text: 'Hola', fromMs: 100, toMs: 700 },
      { text: 'mundo', fromMs: 700, toMs: 1500 }
    ]
    const project = Project.parse({
      kind: 'kindframe-project',
      version: PROJECT_VERSION,
      series: { title: 'T' },
      sourceLocale: 'en',
      clips: [
        {
          id: 'c',
          title: 'c',
          media: '/x.mp4',
          creator: { name: 'R', handle: 'r' },
          track: {
            cues: [{ id: 'q', startMs: 0, endMs: 2000, text: 'Hello world' }],
            translations: { es: { q: { text: 'Hola mundo', status: 'done', words } } }
          }
        }
      ]
    })
    const input = assInputFor({
      project,
      clip: project.clips[0]!,
      locale: 'es',
      preset: findPreset('tiktok-9x16')!,
      clipDurationMs: 2000
    })
    expect(input.cues[0]!.words).toEqual(words)
  })
})

describe('translation word timings from the audio', () => {
  it('are stored on existing translations of that locale only', async () => {
    const { withTranslationWords } = await import('../../../src/shared/captions/translation-words')
    const words = { a: [{ text: 'Todos', fromMs: 0, toMs: 300 }], z: [], nope: [{ text: 'x', fromMs: 0, toMs: 1 }] }
    const next = withTranslationWords(track, 'es', words)
    expect(next.translations.es!.a!.words).toEqual(words.a)
    expect(next.translations.es!.z).toEqual(track.translations.es!.z)
    expect(next.translations.es!.nope).toBeUndefined()
    expect(withTranslationWords(track, 'de', words)).toBe(track)
  })
})
