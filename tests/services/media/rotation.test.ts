import { execFile } from 'node:child_process'
import { existsSync, mkdirSync, renameSync } from 'node:fs'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { describe, expect, it } from 'vitest'
import { probeSource } from '../../../src/main/services/export/probe'
import { probeMedia } from '../../../src/main/services/ffmpeg/probe'
import { displaySize } from '../../../src/shared/project/media-probe'
import { frameRgb, MEDIA_DIR } from '../../helpers/media'

const run = promisify(execFile)

/**
 * One rotation convention, checked against pixels: MediaProbe.rotation (and the export's source
 * info) is the clockwise turn that shows the stored frame upright. The stored frame is 160×90, red
 * on the left, blue on the right; the file carries a rotation in its display matrix (written the way
 * ffmpeg 5.1 can: the mp4 muxer turns a `rotate` tag into a matrix). ffmpeg's autorotate then decodes
 * it upright, and where the red half lands must match a clockwise turn by the probed degrees.
 */
async function halvesClip(rotateTag: number): Promise<string> {
  mkdirSync(MEDIA_DIR, { recursive: true })
  const out = join(MEDIA_DIR, `halves_red-blue_160x90_rotate${rotateTag}.mp4`)
  if (existsSync(out)) return out
  const plain = `${out}.plain.mp4`
  const tmp = `${out}.part.mp4`
  const q = ['-y', '-hide_banner', '-loglevel', 'error']
  await run('ffmpeg', [
    ...q,
    '-filter_complex',
    'color=red:s=80x90:d=0.2[l];color=blue:s=80x90:d=0.2[r];[l][r]hstack',
    '-c:v',
    'libx264',
    '-preset',
    'ultrafast',
    '-pix_fmt',
    'yuv420p',
    plain
  ])
  await run('ffmpeg', [...q, '-i', plain, '-c', 'copy', '-metadata:s:v:0', `rotate=${rotateTag}`, tmp])
  renameSync(tmp, out)
  return out
}

/** Where the stored left (red) half is after turning the frame clockwise by `cw` degrees. */
const RED_AFTER_CW: Record<number, 'left' | 'top' | 'right' | 'bottom'> = {
  0: 'left',
  90: 'top',
  180: 'right',
  270: 'bottom'
}

function isRed(rgb: Buffer, width: number, x: number, y: number): boolean {
  const i = (y * width + x) * 3
  return rgb[i]! > 200 && rgb[i + 2]! < 60
}

describe('rotation: one convention, proven on pixels', () => {
  it.each([90, 180, 270])(
    'a display matrix from rotate=%i: probe, export source info and autorotate agree',
    async (tag) => {
      const path = await halvesClip(tag)
      const probe = await probeMedia(path)
      expect((await probeSource(path)).rotation).toBe(probe.rotation)
      expect([probe.width, probe.height]).toEqual([160, 90])

      const { width, height } = displaySize(probe)
      const rgb = await frameRgb(path, 0, width, height)
      expect(rgb.length).toBe(width * height * 3) // autorotate produced the size displaySize promised
      const at = {
        left: [width / 4, height / 2],
        right: [(3 * width) / 4, height / 2],
        top: [width / 2, height / 4],
        bottom: [width / 2, (3 * height) / 4]
      } as const
      const redSide = RED_AFTER_CW[probe.rotation]!
      const [x, y] = at[redSide]
      expect(
        isRed(rgb, width, Math.floor(x), Math.floor(y)),
        `red should be on the ${redSide} for ${probe.rotation}° clockwise`
      ).toBe(true)
    }
  )
})
