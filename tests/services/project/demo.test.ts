import { mkdtempSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { generateDemoSeries } from '../../../scripts/demo/generate'
import { probeMedia } from '../../../src/main/services/ffmpeg/probe'
import { openProject } from '../../../src/main/services/project/store'
import { translationStatus } from '../../../src/shared/subtitles/translations'
import { resolveMediaPath } from '../../../src/shared/project/media-path'
import { ffprobeJson } from '../../helpers/media'
import { lintProject } from '../../../src/shared/lint/project'
import { preflightBatch } from '../../../src/main/services/export/preflight'

const gcd = (a: number, b: number): number => (b === 0 ? a : gcd(b, a % b))
const ratio = (w: number, h: number) => `${w / gcd(w, h)}:${h / gcd(w, h)}`

describe('demo series generator', () => {
  it('makes 6 real clips at the promised aspect ratios and a project that opens cleanly; a re-run reuses the media', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kf-demo-'))
    const first = await generateDemoSeries(dir)
    expect(first.generated).toHaveLength(12) // 6 videos + 6 creator photos

    const opened = await openProject(first.projectPath)
    const { project } = opened
    expect(opened.missingMedia).toEqual([])
    expect(project.clips.map((c) => c.title)).toEqual([
      'Block the Bullies',
      'Why Would You…',
      'I Want to Hold On To',
      'Walk Away',
      'Power of Words',
      "What We Don't See"
    ])
    expect(project.targetLocales).toEqual(['ms'])
    expect(project.endCard.enabled).toBe(true)
    expect(project.endCard.message.en).toBeTruthy()

    const ratios = new Set<string>()
    let withAudio = 0
    for (const clip of project.clips) {
      const path = resolveMediaPath(first.projectPath, clip.media)
      const probe = await probeMedia(path) // the real file, not the stored probe
      expect(clip.probe).toEqual(probe)
      ratios.add(ratio(probe.width, probe.height))
      if (probe.hasAudio) withAudio++
      expect(probe.durationMs).toBeGreaterThanOrEqual(5000)
      expect(probe.durationMs).toBeLessThanOrEqual(8100)

      expect(clip.track.cues.length).toBeGreaterThanOrEqual(3)
      expect(clip.track.cues.length).toBeLessThanOrEqual(5)
      for (const cue of clip.track.cues) {
        expect(cue.endMs).toBeLessThanOrEqual(probe.durationMs)
        // Readable on a phone: at most 21 characters per second (the social QC profile).
        expect(cue.text.length / ((cue.endMs - cue.startMs) / 1000)).toBeLessThanOrEqual(21)
      }
      expect(clip.script.en.length).toBeGreaterThan(80)
      expect(clip.creator.name).not.toBe('')
      expect(clip.creator.handle).toMatch(/^@[a-z.]+$/)
      const photo = await ffprobeJson(resolveMediaPath(first.projectPath, clip.creator.photo!))
      expect([photo.streams[0].codec_name, photo.streams[0].width, photo.streams[0].height]).toEqual(['png', 256, 256])

      // Every cue is translated: the demo exports Malay, and an output with missing subtitles would be refused.
      const translated = clip.track.cues.filter((c) => translationStatus(clip.track, 'ms', c.id) === 'done')
      expect(translated.length).toBe(clip.track.cues.length)
      expect(clip.mediaFingerprint?.sizeBytes).toBe(statSync(path).size)
    }
    // Each story depicts bullying and answers it: the kindness lint finds no error or warning
    // except on lines marked as depicted bullying.
    const undepicted = lintProject(project)
      .flatMap((r) => r.issues)
      .filter((i) => !i.depicted && i.severity !== 'info')
    expect(undepicted.map((i) => `${i.ruleId}: ${i.actual}`)).toEqual([])
    expect([...ratios].sort()).toEqual(['16:9', '1:1', '4:5', '9:16'])
    // The series is complete: pre-flight (media, fonts and all) finds every clip × locale ready, without a warning.
    const { report } = await preflightBatch({ project, projectPath: first.projectPath, locales: ['en', 'ms'] })
    expect(
      report.outputs
        .filter((o) => o.verdict !== 'ready' || o.problems.length)
        .map((o) => [o.clipId, o.locale, o.problems.map((p) => p.message)])
    ).toEqual([])
    expect(withAudio).toBeGreaterThanOrEqual(3)
    expect(withAudio).toBeLessThan(6)

    const mtime = statSync(join(dir, 'media', 'walk-away.mp4')).mtimeMs
    const second = await generateDemoSeries(dir)
    expect(second.generated).toEqual([])
    expect(statSync(join(dir, 'media', 'walk-away.mp4')).mtimeMs).toBe(mtime)
    expect((await openProject(second.projectPath)).project).toEqual(project)
  })
})
