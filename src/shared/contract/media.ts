import { z } from 'zod'
import { op } from './define'
import { AbsPath } from './fields'
import type { Clip, MediaProbe, WordTiming } from '../project/schema'

export interface ImportResult {
  /** New clips (id, title from the file name, probe), media relative to the project file when it has one. */
  clips: Clip[]
  /** Files that were refused, each with the reason (not media, truncated, no video stream, …). */
  rejected: { path: string; code: string; reason: string }[]
}

export const mediaOps = {
  'media.probe': op(z.object({ path: AbsPath })).returns<MediaProbe>(),
  'media.import': op(
    z.object({ projectPath: AbsPath.nullable(), paths: z.array(AbsPath).min(1).max(1000) })
  ).returns<ImportResult>(),
  /** A JPEG frame as a data: URL, cached per file and time. */
  'media.thumbnail': op(
    z.object({
      path: AbsPath,
      atMs: z.number().nonnegative().optional(),
      width: z.number().int().min(16).max(1080).default(240)
    })
  ).returns<{ dataUrl: string }>(),
  /** A URL the renderer's <video>/<img> can load for a local file (custom protocol in Electron, token URL on the bridge). */
  'media.url': op(z.object({ path: AbsPath })).returns<{ url: string }>(),
  /** Audio peaks for the timeline waveform: `peaksPerSecond` max-abs values in 0..1 per second of audio. */
  'media.waveform': op(
    z.object({ path: AbsPath, peaksPerSecond: z.number().int().min(1).max(400).default(100) })
  ).returns<{ peaks: number[]; peaksPerSecond: number; durationMs: number }>(),
  /** Word timings of cues from the audio's speech and pauses (else spread by syllable weight): cue id → words, ms from the cue's start. */
  'media.wordTimings': op(
    z.object({
      path: AbsPath,
      locale: z.string().min(1).max(35).default('und'),
      cues: z
        .array(
          z.object({
            id: z.string().min(1),
            startMs: z.number().int().nonnegative(),
            endMs: z.number().int().nonnegative(),
            text: z.string().max(20_000)
          })
        )
        .max(20_000)
    })
  ).returns<{ words: Record<string, WordTiming[]>; fromAudio: string[] }>(),
  /** Resolves a path relative to the project file (or returns it if absolute). */
  'media.resolve': op(z.object({ projectPath: AbsPath.nullable(), media: z.string().min(1) })).returns<{
    path: string
    exists: boolean
  }>()
}
