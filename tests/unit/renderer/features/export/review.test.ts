import { describe, expect, it } from 'vitest'
import { applyKinder } from '../../../../../src/renderer/src/features/export/apply-kinder'
import { PROBLEM_KEYS } from '../../../../../src/renderer/src/features/export/problem-text'
import { reviewRequest } from '../../../../../src/renderer/src/features/export/review-request'
import {
  preflight,
  PREFLIGHT_CODES,
  PREFLIGHT_MESSAGES_EN,
  type PreflightProblem
} from '../../../../../src/shared/preflight'
import { Project, PROJECT_VERSION, type ProjectInput } from '../../../../../src/shared/project/schema'
import { setTranslation, translationStatus } from '../../../../../src/shared/subtitles/translations'
import { loadFlat } from '../../i18n/locale-files'

const base = (extra: Partial<ProjectInput> = {}): Project =>
  Project.parse({
    kind: 'kindframe-project',
    version: PROJECT_VERSION,
    series: { title: 'S' },
    targetLocales: ['ms'],
    endCard: { enabled: false },
    clips: [
      {
        id: 'c1',
        title: 'Lunch',
        media: 'a.mp4',
        probe: { durationMs: 6000, width: 640, height: 360, fps: 30, hasAudio: true },
        script: { en: 'Every day at lunch.\nYou are so stupid, he said.' },
        track: {
          cues: [
            { id: 'q1', startMs: 0, endMs: 1800, text: 'You are so stupid.' },
            { id: 'q2', startMs: 2000, endMs: 3800, text: 'Sit with us.' }
          ],
          translations: {}
        }
      }
    ],
    ...extra
  })

const kindness = (p: Project, locale = 'en'): PreflightProblem[] =>
  preflight(p, { locales: [locale] }).outputs.flatMap((o) => o.problems.filter((x) => x.code === 'kindness'))

describe('the review request', () => {
  it('every locale not left out, the chosen preset or the project one, only the selected clip when asked', () => {
    const p = base({ targetLocales: ['ms', 'id'] })
    const settings = { excluded: ['id'], presetId: '', outDir: ' /out ', overwrite: true, onlySelected: false }
    expect(reviewRequest(p, '/p.kindframe', settings, 'c1')).toEqual({
      projectPath: '/p.kindframe',
      locales: ['en', 'ms'],
      presetId: 'tiktok-9x16',
      outDir: '/out',
      overwrite: true
    })
    expect(
      reviewRequest(p, '/p.kindframe', { ...settings, onlySelected: true, presetId: 'feed-4x5' }, 'c1')
    ).toMatchObject({ clipIds: ['c1'], presetId: 'feed-4x5' })
  })
})

describe('kinder wording, in place', () => {
  it('replaces the flagged words of a source cue (its translations turn outdated, as with any source edit)', () => {
    let p = base()
    p = {
      ...p,
      clips: [{ ...p.clips[0]!, track: setTranslation(p.clips[0]!.track, 'ms', 'q1', 'Kau bodoh.', 'done') }]
    }
    const [finding] = kindness(p).filter((x) => x.lint!.kind === 'subtitles')
    const suggestion = finding!.lint!.issue.suggestions[0]!
    const next = applyKinder(p, finding!, suggestion)
    expect(next.clips[0]!.track.cues[0]!.text).not.toContain('stupid')
    expect(translationStatus(next.clips[0]!.track, 'ms', 'q1')).toBe('outdated')
    expect(kindness(next).filter((x) => x.lint!.kind === 'subtitles')).toEqual([])
    // A stale finding (the text changed since) replaces nothing.
    expect(applyKinder(next, finding!, suggestion)).toBe(next)
  })

  it('formatting of a source cue moves with the words (rich cue model): a whole-cue italic still covers the whole new text', () => {
    const p = base()
    const c = p.clips[0]!
    const cue = c.track.cues[0]!
    const marked = {
      ...p,
      clips: [
        {
          ...c,
          track: {
            ...c.track,
            cues: [
              { ...cue, marks: [{ from: 0, to: cue.text.length, kind: 'italic' as const }], place: { an: 8 } },
              c.track.cues[1]!
            ]
          }
        }
      ]
    }
    const [finding] = kindness(marked).filter((x) => x.lint!.kind === 'subtitles')
    const next = applyKinder(marked, finding!, finding!.lint!.issue.suggestions[0]!).clips[0]!.track.cues[0]!
    expect(next.text).not.toContain('stupid')
    expect(next.text.length).not.toBe(cue.text.length)
    expect(next.marks).toEqual([{ from: 0, to: next.text.length, kind: 'italic' }])
    expect(next.place).toEqual({ an: 8 })
  })

  it('a translation keeps its status; the script line and the end-card message are changed where they are', () => {
    let p = base({ endCard: { enabled: true, message: { en: 'You are so stupid.' } } })
    p = {
      ...p,
      clips: [
        {
          ...p.clips[0]!,
          creator: { name: 'A', handle: '@a', photo: 'a.png' },
          track: setTranslation(p.clips[0]!.track, 'ms', 'q1', 'Kau memang bodoh.', 'done')
        }
      ]
    }
    const ms = kindness(p, 'ms').find((x) => x.lint!.kind === 'subtitles')!
    const afterMs = applyKinder(p, ms, ms.lint!.issue.suggestions[0]!)
    expect(afterMs.clips[0]!.track.translations.ms!.q1!.text).not.toContain('bodoh')
    expect(translationStatus(afterMs.clips[0]!.track, 'ms', 'q1')).toBe('done')
    const all = kindness(p)
    const script = all.find((x) => x.lint!.kind === 'script')!
    const afterScript = applyKinder(p, script, script.lint!.issue.suggestions[0]!)
    expect(afterScript.clips[0]!.script.en!.split('\n')[0]).toBe('Every day at lunch.')
    expect(afterScript.clips[0]!.script.en).not.toContain('stupid')
    const card = all.find((x) => x.lint!.kind === 'endcard')!
    expect(card.target).toEqual({ kind: 'endcard', clipId: 'c1', locale: 'en', field: 'message' })
    const afterCard = applyKinder(p, card, card.lint!.issue.suggestions[0]!)
    expect(afterCard.endCard.message.en).not.toContain('stupid')
  })
})

describe('review messages', () => {
  it('every pre-flight code has a message in the studio, with the placeholders of its English template', () => {
    const en = loadFlat('en', 'common')
    expect(Object.keys(PROBLEM_KEYS).sort()).toEqual([...PREFLIGHT_CODES].sort())
    const placeholders = (s: string) => new Set(s.match(/\{\{\w+\}\}/g) ?? [])
    for (const code of PREFLIGHT_CODES) {
      const ui = en[PROBLEM_KEYS[code]]
      expect({ code, ui: typeof ui }).toEqual({ code, ui: 'string' })
      expect({ code, placeholders: [...placeholders(ui!)].sort() }).toEqual({
        code,
        placeholders: [...placeholders(PREFLIGHT_MESSAGES_EN[code])].sort()
      })
    }
  })
})
