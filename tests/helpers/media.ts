import { randomBytes } from 'node:crypto'
import { execFile } from 'node:child_process'
import { existsSync, mkdirSync, renameSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'

/** A suffix no other worker's temp file has. */
const unique = () => `${process.pid}-${randomBytes(4).toString('hex')}`

const run = promisify(execFile)

/**
 * Tags a made clip's rotation, then renames it into place. Rotation is container metadata (display
 * matrix), as phones write it: ffmpeg 5.1 has no -display_rotation yet, and the mp4 muxer turns the
 * "rotate" tag into a display matrix.
 */
async function finish(tmp: string, out: string, rotation?: number): Promise<string> {
  if (rotation) {
    const rotated = `${out}.${unique()}.rot.mp4`
    await run('ffmpeg', [
      '-y',
      '-hide_banner',
      '-loglevel',
      'error',
      '-i',
      tmp,
      '-c',
      'copy',
      '-metadata:s:v:0',
      `rotate=${rotation}`,
      rotated
    ])
    renameSync(rotated, tmp)
  }
  renameSync(tmp, out)
  return out
}

/** Generated test media lives here (gitignored) and is reused across tests in one checkout. */
export const MEDIA_DIR = fileURLToPath(new URL('../.media', import.meta.url))

export interface ClipSpec {
  width: number
  height: number
  durationS: number
  fps?: number
  /** Stereo sine tone; false for a video-only file. */
  audio?: boolean
  /** Tone frequency, so different clips sound different. */
  toneHz?: number
  /** Rotation metadata in degrees (display matrix), e.g. 90. */
  rotation?: 0 | 90 | 180 | 270
  /** Sample aspect ratio "num:den" for anamorphic sources (written as num/den: setsar reads "4:3" as r=4:max=3). */
  sar?: string
  /** Variable frame rate: frames dropped irregularly. */
  vfr?: boolean
  /** lavfi video source, default testsrc2. */
  source?: 'testsrc2' | 'smptebars' | 'mandelbrot' | 'color'
  color?: string
  /** Gain in dB applied to lavfi's sine (which itself peaks at 1/8 of full scale, about -18 dBFS), default -20. */
  toneDb?: number
}

function specName(s: ClipSpec): string {
  return [
    s.source ?? 'testsrc2',
    s.color?.replace('#', ''),
    `${s.width}x${s.height}`,
    `${s.durationS}s`,
    `${s.fps ?? 30}fps`,
    s.audio === false ? 'noaudio' : `a${s.toneHz ?? 440}_${s.toneDb ?? -20}`,
    s.rotation ? `rot${s.rotation}` : '',
    s.sar ? `sar${s.sar.replace(':', '-')}` : '',
    s.vfr ? 'vfr' : ''
  ]
    .filter(Boolean)
    .join('_')
}

/**
 * Makes (once) a small H.264/AAC MP4 with ffmpeg's lavfi sources and returns its path.
 * Written to a temp name and renamed, so a crashed run never leaves a half file to be reused.
 */
export async function makeClip(spec: ClipSpec): Promise<string> {
  mkdirSync(MEDIA_DIR, { recursive: true })
  const out = join(MEDIA_DIR, `${specName(spec)}.mp4`)
  if (existsSync(out)) return out
  const fps = spec.fps ?? 30
  const size = `${spec.width}x${spec.height}`
  const video =
    spec.source === 'color'
      ? `color=c=${spec.color ?? 'blue'}:s=${size}:r=${fps}:d=${spec.durationS}`
      : `${spec.source ?? 'testsrc2'}=s=${size}:r=${fps}:d=${spec.durationS}`
  const args = ['-y', '-hide_banner', '-loglevel', 'error', '-f', 'lavfi', '-i', video]
  if (spec.audio !== false) {
    const db = spec.toneDb ?? -20
    args.push(
      '-f',
      'lavfi',
      '-i',
      `sine=f=${spec.toneHz ?? 440}:d=${spec.durationS}:r=48000,volume=${db}dB,aformat=channel_layouts=stereo`
    )
  }
  const vf: string[] = []
  if (spec.sar) vf.push(`setsar=${spec.sar.replace(':', '/')}`)
  if (spec.vfr) vf.push(`select='not(eq(mod(n\\,7)\\,3))*not(eq(mod(n\\,11)\\,5))'`)
  if (vf.length) args.push('-vf', vf.join(','))
  args.push('-c:v', 'libx264', '-preset', 'ultrafast', '-pix_fmt', 'yuv420p')
  if (spec.vfr) args.push('-fps_mode', 'vfr')
  if (spec.audio !== false) args.push('-c:a', 'aac', '-b:a', '128k', '-shortest')
  // per call: test files run in parallel workers and may make the same clip at once; each writes
  // its own part file and the last rename wins (the clips are identical)
  const tmp = `${out}.${unique()}.part.mp4`
  args.push(tmp)
  await run('ffmpeg', args)
  return finish(tmp, out, spec.rotation)
}

/** A still image (PNG) from lavfi, e.g. a creator photo. */
export async function makeImage(width: number, height: number, color = 'orange', name?: string): Promise<string> {
  mkdirSync(MEDIA_DIR, { recursive: true })
  const out = join(MEDIA_DIR, name ?? `img_${color}_${width}x${height}.png`)
  if (existsSync(out)) return out
  const tmp = `${out}.part.png`
  await run('ffmpeg', [
    '-y',
    '-hide_banner',
    '-loglevel',
    'error',
    '-f',
    'lavfi',
    '-i',
    `color=c=${color}:s=${width}x${height}`,
    '-frames:v',
    '1',
    tmp
  ])
  renameSync(tmp, out)
  return out
}

export interface ProbedStream {
  codec_type: string
  codec_name: string
  profile?: string
  width?: number
  height?: number
  pix_fmt?: string
  r_frame_rate?: string
  avg_frame_rate?: string
  sample_rate?: string
  channels?: number
  side_data_list?: { rotation?: number }[]
}

/** Raw ffprobe JSON, for assertions in tests. */
export async function ffprobeJson(
  path: string
): Promise<{ streams: ProbedStream[]; format: { duration: string; size: string } }> {
  const { stdout } = await run('ffprobe', ['-v', 'error', '-show_streams', '-show_format', '-of', 'json', path])
  return JSON.parse(stdout)
}

/** Extracts one frame at `atS` as raw RGB24 pixels for pixel assertions. */
export async function frameRgb(path: string, atS: number, width: number, height: number): Promise<Buffer> {
  const { stdout } = await run(
    'ffmpeg',
    [
      '-v',
      'error',
      '-ss',
      String(atS),
      '-i',
      path,
      '-frames:v',
      '1',
      '-s',
      `${width}x${height}`,
      '-f',
      'rawvideo',
      '-pix_fmt',
      'rgb24',
      'pipe:1'
    ],
    { encoding: 'buffer', maxBuffer: 64 * 1024 * 1024 }
  )
  return stdout as unknown as Buffer
}

export interface HdrClipSpec {
  transfer: 'hlg' | 'pq'
  width?: number
  height?: number
  durationS?: number
  fps?: number
  /** Display-matrix rotation, as a phone held upright writes it. */
  rotation?: 90 | 180 | 270
  /** Irregular frame timing (frames dropped), as phones record. */
  vfr?: boolean
}

/** The SDR colours of the two patches of an HDR test clip: left half grey, right half a warm red. */
export const HDR_PATCHES = { grey: '0x808080', red: '0xC83C28' } as const

/**
 * A 10-bit HEVC (x265) clip tagged BT.2020 + HLG or PQ, like phone footage: the two SDR patches
 * of HDR_PATCHES converted to HDR with zscale (so a correct tone mapping gives back about the SDR
 * colours), optionally rotated and with variable frame timing. Generated once per spec.
 */
export async function makeHdrClip(spec: HdrClipSpec): Promise<string> {
  mkdirSync(MEDIA_DIR, { recursive: true })
  const w = spec.width ?? 320
  const h = spec.height ?? 180
  const d = spec.durationS ?? 1
  const fps = spec.fps ?? 30
  const name = [
    'hdr',
    spec.transfer,
    `${w}x${h}`,
    `${d}s`,
    `${fps}fps`,
    spec.rotation ? `rot${spec.rotation}` : '',
    spec.vfr ? 'vfr' : ''
  ]
    .filter(Boolean)
    .join('_')
  const out = join(MEDIA_DIR, `${name}.mp4`)
  if (existsSync(out)) return out
  const trc = spec.transfer === 'hlg' ? 'arib-std-b67' : 'smpte2084'
  const graph =
    `color=c=${HDR_PATCHES.grey}:s=${w}x${h}:r=${fps}:d=${d}[g];color=c=${HDR_PATCHES.red}:s=${w / 2}x${h}:r=${fps}:d=${d}[r];[g][r]overlay=x=${w / 2}` +
    (spec.vfr ? `,select='not(eq(mod(n\\,7)\\,3))*not(eq(mod(n\\,11)\\,5))'` : '') +
    `,zscale=tin=bt709:pin=bt709:min=bt709:rin=tv:t=${trc}:p=bt2020:m=bt2020nc:r=tv:npl=100,format=yuv420p10le`
  // per call: test files run in parallel workers and may make the same clip at once; each writes
  // its own part file and the last rename wins (the clips are identical)
  const tmp = `${out}.${unique()}.part.mp4`
  await run('ffmpeg', [
    '-y',
    '-hide_banner',
    '-loglevel',
    'error',
    '-filter_complex',
    graph,
    '-f',
    'lavfi',
    '-i',
    `sine=f=330:d=${d}:r=48000,volume=-20dB,aformat=channel_layouts=stereo`,
    '-c:v',
    'libx265',
    '-preset',
    'ultrafast',
    '-x265-params',
    `log-level=error:colorprim=bt2020:transfer=${trc}:colormatrix=bt2020nc`,
    '-pix_fmt',
    'yuv420p10le',
    '-color_primaries',
    'bt2020',
    '-color_trc',
    trc,
    '-colorspace',
    'bt2020nc',
    '-tag:v',
    'hvc1',
    ...(spec.vfr ? ['-fps_mode', 'vfr'] : []),
    '-c:a',
    'aac',
    '-b:a',
    '96k',
    '-shortest',
    tmp
  ])
  return finish(tmp, out, spec.rotation)
}
