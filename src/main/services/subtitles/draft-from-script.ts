import { randomUUID } from 'node:crypto'
import { KindframeError } from '../../../shared/errors'
import type { Cue } from '../../../shared/project/schema'
import {
  distributeChunks,
  parseSilenceDetect,
  speechSegments,
  splitScriptIntoChunks,
  type Segment
} from '../../../shared/subtitles/draft'
import { limitsFor } from '../../../shared/subtitles/qc'
import { runFfmpeg } from '../ffmpeg/runner'

export interface SpeechDetection {
  segments: Segment[]
  durationMs: number
  hasAudio: boolean
}

/** ffmpeg arguments for speech detection (pure, tested): decode audio only, print silences, write nothing. */
export function silenceDetectArgs(mediaPath: string, noiseDb = -35, minSilenceS = 0.25): string[] {
  return [
    '-hide_banner',
    '-nostdin',
    '-nostats',
    '-i',
    mediaPath,
    '-vn',
    '-sn',
    '-dn',
    '-af',
    `silencedetect=noise=${noiseDb}dB:d=${minSilenceS}`,
    '-f',
    'null',
    '-'
  ]
}

/**
 * Finds speech in a clip's audio with ffmpeg's silencedetect. Only the lines that matter are kept
 * from stderr (silence_*, Duration, Stream), so a long file can't grow the buffer without bound.
 */
export async function detectSpeech(
  mediaPath: string,
  options: { signal?: AbortSignal; timeoutMs?: number } = {}
): Promise<SpeechDetection> {
  const kept: string[] = []
  let tail = ''
  let partial = ''
  // Through the one runner (registry, cancel, parent-death watchdog) like every ffmpeg.
  const failure = await runFfmpeg({
    id: `speech-${randomUUID()}`,
    args: silenceDetectArgs(mediaPath),
    signal: options.signal,
    timeoutMs: options.timeoutMs ?? 120_000,
    onStderr: (chunk) => {
      const lines = (partial + chunk).split(/\r?\n|\r/)
      partial = lines.pop() ?? ''
      for (const l of lines) {
        if (/silence_(start|end)|Duration:|Stream #/.test(l)) kept.push(l)
        tail = l
      }
    }
  }).then(
    () => undefined,
    (err: unknown) => err
  )
  if (partial) kept.push(partial)
  if (options.signal?.aborted) throw new KindframeError('cancelled', 'Speech detection cancelled.')
  const stderr = kept.join('\n')
  if (failure) {
    if (!(failure instanceof KindframeError) || failure.code !== 'ffmpeg-failed') throw failure
    if (!/Stream #/.test(stderr))
      throw new KindframeError(
        'not-media',
        `${mediaPath} could not be read as media: ${tail || partial || failure.message.split('\n')[0]}`
      )
  }
  const report = parseSilenceDetect(stderr)
  if (report.durationMs === undefined)
    throw new KindframeError('not-media', `${mediaPath}: ffmpeg reported no duration.`)
  if (!report.hasAudio) return { segments: [], durationMs: report.durationMs, hasAudio: false }
  return { segments: speechSegments(report.silences, report.durationMs), durationMs: report.durationMs, hasAudio: true }
}

export interface DraftResult {
  cues: Cue[]
  speech: Segment[]
  durationMs: number
  /** Why the timing may be rough (no audio, no speech found). */
  notes: string[]
}

/**
 * Draft source cues from the voiceover script: chunks sized for the QC profile's line limits, timed
 * over the speech found in the clip (or spread over the whole clip when there is no audio or no speech).
 */
export async function draftCuesFromScript(input: {
  mediaPath: string
  script: string
  locale?: string
  profile?: string
  signal?: AbortSignal
}): Promise<DraftResult> {
  const limits = limitsFor(input.profile ?? 'social', input.locale)
  const chunks = splitScriptIntoChunks(input.script, {
    maxCpl: limits.maxCpl,
    maxLines: limits.maxLines,
    locale: input.locale
  })
  if (chunks.length === 0)
    throw new KindframeError('invalid-input', 'The script is empty: write the voiceover script first.')
  const speech = await detectSpeech(input.mediaPath, { signal: input.signal })
  const notes: string[] = []
  let segments = speech.segments
  if (!speech.hasAudio) notes.push('The clip has no audio: cues are spread over the whole clip.')
  else if (segments.length === 0) notes.push('No speech was found in the audio: cues are spread over the whole clip.')
  if (segments.length === 0) segments = [{ startMs: 0, endMs: speech.durationMs }]
  return { cues: distributeChunks(chunks, segments), speech: speech.segments, durationMs: speech.durationMs, notes }
}
