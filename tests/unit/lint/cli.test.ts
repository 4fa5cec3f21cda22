import { spawnSync } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { newProject } from '../../../src/shared/project/schema'

const dir = mkdtempSync(join(tmpdir(), 'kf-lint-'))
const run = (...args: string[]) =>
  spawnSync(process.execPath, ['bin/kindframe.mjs', 'lint', ...args], { encoding: 'utf8', cwd: process.cwd() })
const file = (name: string, text: string) => {
  const p = join(dir, name)
  writeFileSync(p, text)
  return p
}

describe('kindframe lint (spawned)', () => {
  it('text format: compiler-style lines, suggestion, exit 1 on errors', () => {
    const p = file('script.txt', 'Hello there.\nYou are such a loser.\n')
    const r = run(p)
    expect(r.status).toBe(1)
    expect(r.stdout.split('\n').slice(0, 2)).toEqual([
      `${p}:2:16: error “loser” is an insult (aimed at someone). (kind/insult/loser)`,
      "    → Describe what happened: “That didn't go your way this time.”"
    ])
    expect(r.stderr).toContain('script.txt: 1 error(s), 0 warning(s), 0 info (0 depicted)')
  })

  it('exit 0 when only warnings/info; --locale picks the pack', () => {
    const p = file('ms.txt', 'Jangan panggil dia bodoh.\n')
    const r = run(p, '--locale', 'ms', '--format', 'json')
    expect(r.status).toBe(0)
    const json = JSON.parse(r.stdout)
    expect(json.summary).toEqual({ error: 0, warning: 0, info: 1, depicted: 0 })
    expect(json.results[0].issues[0]).toMatchObject({
      ruleId: 'kind/insult/bodoh',
      severity: 'info',
      range: { line: 1, column: 20 }
    })
  })

  it('project: every clip script per locale and subtitle cues incl. translations; SARIF 2.1.0 shape', () => {
    const project = newProject('Series')
    project.clips.push({
      id: 'clip-a',
      title: 'A',
      media: 'a.mp4',
      creator: { name: '', handle: '' },
      script: { en: 'Nobody likes you.' },
      track: {
        cues: [{ id: 'c1', startMs: 1500, endMs: 2500, text: 'Hi' }],
        translations: { 'es-MX': { c1: { text: 'Eres un pendejo.', status: 'done' } } }
      },
      fit: 'blur',
      padColor: '#000000'
    })
    const p = file('series.kindframe', JSON.stringify(project))
    const json = JSON.parse(run(p, '--format', 'json').stdout)
    expect(
      json.results.map((r: { clipId: string; kind: string; locale: string; issues: { ruleId: string }[] }) => [
        r.clipId,
        r.kind,
        r.locale,
        r.issues.map((i) => i.ruleId)
      ])
    ).toEqual([
      ['clip-a', 'script', 'en', ['kind/exclusion/nobody-likes-you']],
      ['clip-a', 'subtitles', 'en', []],
      ['clip-a', 'subtitles', 'es-MX', ['kind/insult/pendejo']]
    ])
    const r = run(p, '--format', 'sarif')
    expect(r.status).toBe(1)
    const sarif = JSON.parse(r.stdout)
    expect(sarif.version).toBe('2.1.0')
    expect(sarif.$schema).toMatch(/sarif-2\.1\.0/)
    const run0 = sarif.runs[0]
    expect(run0.tool.driver.name).toBe('kindframe-lint')
    expect(run0.tool.driver.rules.map((x: { id: string }) => x.id)).toEqual([
      'kind/exclusion/nobody-likes-you',
      'kind/insult/pendejo'
    ])
    expect(run0.results.map((x: { ruleId: string; level: string }) => [x.ruleId, x.level])).toEqual([
      ['kind/exclusion/nobody-likes-you', 'error'],
      ['kind/insult/pendejo', 'error']
    ])
    expect(run0.results[1].locations[0]).toEqual({
      physicalLocation: {
        artifactLocation: { uri: p },
        region: { startLine: 1, startColumn: 9, endColumn: 16, charOffset: 8, charLength: 7 }
      },
      logicalLocations: [{ name: 'clip-a subtitles es-MX cue c1', kind: 'member' }]
    })
    expect(run(p, '--locale', 'en', '--format', 'json').stdout).not.toContain('es-MX')
  })

  it('subtitle files are linted cue by cue with timecodes', () => {
    const p = file(
      'ep1.srt',
      '1\n00:00:01,000 --> 00:00:02,000\nYou idiot.\n\n2\n00:00:03,000 --> 00:00:04,000\nSee you.\n'
    )
    const r = run(p)
    expect(r.status).toBe(1)
    expect(r.stdout).toMatch(
      /ep1\.srt:1:5: error “idiot” is an insult \(aimed at someone\)\. \(kind\/insult\/idiot\) \[cue \S+ @ 00:00:01\.000\]/
    )
  })

  it('bad input: missing file 3, broken project 3, bad flags 2', () => {
    expect(run(join(dir, 'nope.txt')).status).toBe(3)
    const broken = run(file('broken.kindframe', '{"kind":"kindframe-project", "version": 1, "series": {'))
    expect(broken.status).toBe(3)
    expect(broken.stderr).toContain('broken.kindframe: not valid JSON')
    expect(run().status).toBe(2)
    expect(run(file('x.txt', 'hi'), '--format', 'xml').stderr).toContain('unknown --format "xml"')
    expect(run(file('y.txt', 'hi'), '--locale', 'not a locale').status).toBe(2)
  })
})
