import { describe, expect, it } from 'vitest'
import { exportPolicyVerdict, lintProject, summarize } from '../../../src/shared/lint'
import { Project, newProject } from '../../../src/shared/project/schema'

function project(policy: 'review' | 'block-on-errors' = 'review') {
  const p = newProject('Kind Stories')
  return Project.parse({
    ...p,
    targetLocales: ['ms', 'pt-BR'],
    lint: { ...p.lint, policy },
    clips: [
      {
        id: 'clip-1',
        title: 'Lunch table',
        media: 'clip1.mp4',
        script: { en: 'Narrator: Maya sits alone.\nYou are such a loser.', ms: 'Kau penting.' },
        track: {
          cues: [
            { id: 'c1', startMs: 0, endMs: 1500, text: 'Nobody likes you.', speaker: 'bully' },
            { id: 'c2', startMs: 1600, endMs: 3000, text: "That's not okay. You matter." }
          ],
          translations: {
            'pt-BR': {
              c1: { text: 'Ninguém gosta de você.', status: 'done' },
              c2: { text: 'Isso não é legal. Você importa.', status: 'done' }
            },
            ms: { c1: { text: '', status: 'missing' } }
          }
        }
      }
    ]
  })
}

describe('lintProject', () => {
  it('scripts per locale, source cues and every translation (speaker carried over)', () => {
    const results = lintProject(project())
    expect(
      results.map((r) => [
        r.clipId,
        r.kind,
        r.locale,
        r.issues.map((i) => `${i.ruleId}:${i.severity}:${i.depicted}:${i.range.cueId ?? i.range.line}`)
      ])
    ).toEqual([
      ['clip-1', 'script', 'en', ['kind/insult/loser:error:false:2']],
      ['clip-1', 'script', 'ms', []],
      ['clip-1', 'subtitles', 'en', ['kind/exclusion/nobody-likes-you:info:true:c1']],
      ['clip-1', 'subtitles', 'pt-BR', ['kind/exclusion/ninguem-gosta:info:true:c1']]
    ])
  })
  it('summarize counts severities and depicted', () => {
    expect(summarize(lintProject(project()).flatMap((r) => r.issues))).toEqual({
      error: 1,
      warning: 0,
      info: 2,
      depicted: 2
    })
  })
})

describe('exportPolicyVerdict', () => {
  it("'review' never blocks but lists the errors", () => {
    expect(exportPolicyVerdict(project('review'))).toEqual({
      block: false,
      reasons: ['Clip "Lunch table" (en script): 1 kindness error, first at line 2: “loser” (kind/insult/loser)']
    })
  })
  it("'block-on-errors' blocks on non-depicted errors only", () => {
    expect(exportPolicyVerdict(project('block-on-errors')).block).toBe(true)
    const fixed = project('block-on-errors')
    fixed.clips[0].script.en = 'Narrator: Maya sits alone.\n[bully] You are such a loser.\nMaya: You matter.'
    expect(exportPolicyVerdict(fixed)).toEqual({ block: false, reasons: [] })
  })
})
