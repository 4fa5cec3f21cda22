import { execFile } from 'node:child_process'
import { existsSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { KindframeError } from '../../../shared/errors'

/**
 * The one place that decides which ffmpeg/ffprobe run. Order:
 * 1. KINDFRAME_FFMPEG / KINDFRAME_FFPROBE, 2. the ffmpeg-static package's binary (an optional
 * dependency whose install downloads it; in a packaged app the path points into app.asar, which
 * cannot be executed, so it is rewritten to app.asar.unpacked), 3. `ffmpeg` / `ffprobe` on PATH.
 * Each candidate is proven by running `-version`.
 */
export interface FfmpegBinaries {
  ffmpegPath: string
  ffprobePath: string
  version: string
}

let cached: Promise<FfmpegBinaries> | undefined

export function resolveFfmpeg(): Promise<FfmpegBinaries> {
  cached ??= resolveUncached().catch((err) => {
    cached = undefined
    throw err
  })
  return cached
}

/** For tests that change the environment. */
export function forgetResolvedFfmpeg(): void {
  cached = undefined
}

async function resolveUncached(): Promise<FfmpegBinaries> {
  const ffmpegCandidates = [process.env.KINDFRAME_FFMPEG, staticPackageBinary(), 'ffmpeg'].filter(isString)
  const ffmpeg = await firstWorking(ffmpegCandidates)
  if (!ffmpeg) {
    throw new KindframeError(
      'ffmpeg-missing',
      `No working ffmpeg found (tried: ${ffmpegCandidates.join(', ')}). Install one (Debian/Ubuntu: "sudo apt-get install ffmpeg"; macOS: "brew install ffmpeg") or set KINDFRAME_FFMPEG to its path.`
    )
  }
  const siblingProbe = ffmpeg.path.includes('/') || ffmpeg.path.includes('\\') ? join(dirname(ffmpeg.path), probeName()) : undefined
  const probeCandidates = [process.env.KINDFRAME_FFPROBE, siblingProbe, 'ffprobe'].filter(isString)
  const ffprobe = await firstWorking(probeCandidates)
  if (!ffprobe) {
    throw new KindframeError(
      'ffmpeg-missing',
      `No working ffprobe found (tried: ${probeCandidates.join(', ')}). Install ffmpeg (which includes ffprobe) or set KINDFRAME_FFPROBE to its path.`
    )
  }
  return { ffmpegPath: ffmpeg.path, ffprobePath: ffprobe.path, version: ffmpeg.version }
}

function staticPackageBinary(): string | undefined {
  try {
    const require = createRequire(import.meta.url)
    const path = require('ffmpeg-static') as string | null
    if (!path) return undefined
    const unpacked = path.replace(/app\.asar([\\/])/, 'app.asar.unpacked$1')
    return existsSync(unpacked) ? unpacked : undefined
  } catch {
    return undefined // optional dependency not installed (its download failed): fall through to PATH
  }
}

function probeName(): string {
  return process.platform === 'win32' ? 'ffprobe.exe' : 'ffprobe'
}

async function firstWorking(candidates: string[]): Promise<{ path: string; version: string } | undefined> {
  for (const path of candidates) {
    const version = await versionOf(path)
    if (version) return { path, version }
  }
  return undefined
}

function versionOf(path: string): Promise<string | undefined> {
  return new Promise((resolve) => {
    execFile(path, ['-version'], { timeout: 10_000 }, (err, stdout) => {
      if (err) return resolve(undefined)
      const match = /version\s+(\S+)/.exec(stdout)
      resolve(match?.[1] ?? 'unknown')
    })
  })
}

function isString(v: string | undefined): v is string {
  return typeof v === 'string' && v.length > 0
}
