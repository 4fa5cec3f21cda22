import { existsSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'

/**
 * Where to look for ffmpeg/ffprobe, in order:
 * 1. KINDFRAME_FFMPEG / KINDFRAME_FFPROBE, 2. the ffmpeg-static package's binary (an optional
 * dependency whose install downloads it; in a packaged app the path points into app.asar, which
 * cannot be executed, so it is rewritten to app.asar.unpacked), 3. `ffmpeg` / `ffprobe` on PATH.
 * This module only lists candidates; runner.ts proves each one by running `-version` (it is the one
 * module that starts ffmpeg or ffprobe) and caches the answer (`resolveFfmpeg`).
 */
export interface FfmpegBinaries {
  ffmpegPath: string
  ffprobePath: string
  version: string
}

export function ffmpegCandidates(): string[] {
  return [process.env.KINDFRAME_FFMPEG, staticPackageBinary(), 'ffmpeg'].filter(isString)
}

/** ffprobe next to the chosen ffmpeg comes before the one on PATH, so the two match. */
export function ffprobeCandidates(ffmpegPath: string): string[] {
  const sibling =
    ffmpegPath.includes('/') || ffmpegPath.includes('\\') ? join(dirname(ffmpegPath), probeName()) : undefined
  return [process.env.KINDFRAME_FFPROBE, sibling, 'ffprobe'].filter(isString)
}

export function noFfmpegMessage(tried: string[]): string {
  return `No working ffmpeg found (tried: ${tried.join(', ')}). Install one (Debian/Ubuntu: "sudo apt-get install ffmpeg"; macOS: "brew install ffmpeg") or set KINDFRAME_FFMPEG to its path.`
}

export function noFfprobeMessage(tried: string[]): string {
  return `No working ffprobe found (tried: ${tried.join(', ')}). Install ffmpeg (which includes ffprobe) or set KINDFRAME_FFPROBE to its path.`
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

function isString(v: string | undefined): v is string {
  return typeof v === 'string' && v.length > 0
}
