import { execFile } from 'node:child_process'
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { beforeAll, describe, expect, it } from 'vitest'
import { probeMedia } from '../../../src/main/services/ffmpeg/probe'
import { clearThumbnailCache, thumbnail } from '../../../src/main/services/media/thumbnail'
import { ffprobeJson, makeClip } from '../../helpers/media'
import { ffmpeg, tempDir, weirdCopy } from './fixtures'

const run = promisify(execFile)
let dir: string
beforeAll(() => {
  dir = tempDir()
})

/** Writes the data URL's JPEG to disk so ffprobe/ffmpeg can check it really decodes. */
function saveJpeg(dataUrl: string, name: string): string {
  expect(dataUrl.startsWith('data:image/jpeg;base64,')).toBe(true)
  const bytes = Buffer.from(dataUrl.slice('data:image/jpeg;base64,'.length), 'base64')
  expect([bytes[0], bytes[1]]).toEqual([0xff, 0xd8]) // JPEG SOI marker
  const path = join(dir, name)
  writeFileSync(path, bytes)
  return path
}

async function grayRows(jpeg: string, width: number, height: number): Promise<number[][]> {
  const { stdout } = await run('ffmpeg', ['-v', 'error', '-i', jpeg, '-f', 'rawvideo', '-pix_fmt', 'gray', 'pipe:1'], {
    encoding: 'buffer'
  })
  const buf = stdout as unknown as Buffer
  expect(buf.length).toBe(width * height)
  return Array.from({ length: height }, (_, y) => Array.from(buf.subarray(y * width, (y + 1) * width)))
}

describe('thumbnails', () => {
  it('is a decodable JPEG of the requested width with the display aspect', async () => {
    const { dataUrl } = await thumbnail(await makeClip({ width: 160, height: 90, durationS: 1 }), { width: 64 })
    const info = await ffprobeJson(saveJpeg(dataUrl, 'a.jpg'))
    expect([info.streams[0].codec_name, info.streams[0].width, info.streams[0].height]).toEqual(['mjpeg', 64, 36])
  })

  it('works for a file with quotes, colon, #, %, [ ] and non-Latin letters in its name', async () => {
    const { dataUrl } = await thumbnail(await weirdCopy(dir), { width: 32, atMs: 5000 /* past the end: clamped */ })
    const info = await ffprobeJson(saveJpeg(dataUrl, 'weird.jpg'))
    expect([info.streams[0].width, info.streams[0].height]).toEqual([32, 18])
  })

  it('turns a rotated phone video upright, in the direction the probe reports', async () => {
    // 64×36 black frame with a white box in the top-left corner, tagged rotate=90.
    const plain = join(dir, 'box.mp4')
    const rotated = join(dir, 'box-rot.mp4')
    await ffmpeg([
      '-f',
      'lavfi',
      '-i',
      'color=c=black:s=64x36:r=10:d=1,drawbox=x=0:y=0:w=16:h=12:c=white:t=fill',
      '-c:v',
      'libx264',
      '-preset',
      'ultrafast',
      '-pix_fmt',
      'yuv420p',
      plain
    ])
    await ffmpeg(['-i', plain, '-c', 'copy', '-metadata:s:v:0', 'rotate=90', rotated])
    expect((await probeMedia(rotated)).rotation).toBe(270)
    const rows = await grayRows(saveJpeg((await thumbnail(rotated, { width: 36 })).dataUrl, 'rot.jpg'), 36, 64)
    // Turning 270° clockwise moves the top-left corner to the bottom-left.
    const bright = (y: number, x: number) => rows[y][x] > 128
    expect([bright(60, 4), bright(4, 4), bright(4, 31), bright(60, 31)]).toEqual([true, false, false, false])
  })

  it('caches by file, time and width', async () => {
    clearThumbnailCache()
    const path = await makeClip({ width: 160, height: 90, durationS: 1 })
    const a = await thumbnail(path, { width: 48, atMs: 500 })
    const b = await thumbnail(path, { width: 48, atMs: 500 })
    const c = await thumbnail(path, { width: 48, atMs: 0 })
    expect(b.dataUrl).toBe(a.dataUrl)
    expect(c.dataUrl).not.toBe(a.dataUrl) // testsrc2 moves: another time is another picture
  })
})
