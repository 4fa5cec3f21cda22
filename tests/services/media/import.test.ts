import { createHash } from 'node:crypto'
import { copyFileSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { importMedia } from '../../../src/main/services/media/import'
import { makeClip, makeImage } from '../../helpers/media'
import { tempDir, truncatedCopy, weirdCopy } from './fixtures'

describe('importMedia', () => {
  it('imports the good files of a mixed list and explains every refusal', async () => {
    const root = tempDir()
    mkdirSync(join(root, 'clips'))
    const project = join(root, 'series.kindframe')
    const good = join(root, 'clips', 'Walk Away.mp4')
    copyFileSync(await makeClip({ width: 90, height: 160, durationS: 1, audio: false }), good)
    const weird = await weirdCopy(join(root, 'clips'))
    const text = join(root, 'clips', 'readme.mp4')
    writeFileSync(text, 'not a video at all, just kind words\n'.repeat(20))
    const cut = truncatedCopy(good, join(root, 'clips', 'cut.mp4'), 0.3)
    const photo = join(root, 'photo.png')
    copyFileSync(await makeImage(32, 32, 'orange'), photo)
    const folder = join(root, 'clips')
    const missing = join(root, 'gone.mp4')

    const result = await importMedia(project, [good, text, weird, cut, photo, folder, missing, good], {
      takenIds: ['walk-away-zzzz']
    })

    expect(result.clips.map((c) => [c.title, c.media, c.probe?.width, c.probe?.height])).toEqual([
      ['Walk Away', 'clips/Walk Away.mp4', 90, 160],
      [`a b 'q' "dq" c:d #e 100% [g] ਸ਼ਬਦ 日本 ñ`, `clips/a b 'q' "dq" c:d #e 100% [g] ਸ਼ਬਦ 日本 ñ.mp4`, 160, 90]
    ])
    expect(result.clips[0].id).toMatch(/^walk-away-[0-9a-z]{4}$/)
    expect(result.clips[0].id).not.toBe('walk-away-zzzz')
    expect(new Set(result.clips.map((c) => c.id)).size).toBe(2)
    expect(result.rejected.map((r) => [r.path, r.code])).toEqual([
      [text, 'not-media'],
      [cut, 'truncated-media'],
      [photo, 'not-media'],
      [folder, 'not-media'],
      [missing, 'not-found']
    ])
    for (const r of result.rejected) expect(r.reason.startsWith(r.path + ':')).toBe(true)
    expect(result.rejected[2].reason).toContain('still image')
    // The import record pre-flight compares against later: size, time and the SHA-256 of the bytes.
    const bytes = readFileSync(good)
    expect(result.clips[0].mediaFingerprint).toMatchObject({
      sizeBytes: bytes.length,
      mtimeMs: Math.round(statSync(good).mtimeMs),
      sha256: createHash('sha256').update(bytes).digest('hex')
    })
  })

  it('stores absolute paths when the project has no file yet', async () => {
    const src = await makeClip({ width: 160, height: 90, durationS: 1 })
    const result = await importMedia(null, [src])
    expect(result.clips[0].media).toBe(src)
  })
})
