import { probeFile } from '../ffmpeg/probe'
import { PeakAccumulator } from './peaks'
import { runFfmpegJob } from '../ffmpeg/runner'

/** 8 kHz mono is plenty for a drawn waveform (≤ 400 peaks/s) and decodes fast. */
const SAMPLE_RATE = 8000

export interface Waveform {
  peaks: number[]
  peaksPerSecond: number
  durationMs: number
}

/**
 * Audio peaks for the timeline. The first audio stream is decoded to mono s16le PCM on stdout and
 * folded into peaks as it streams, so memory stays small for long files. No audio → no peaks
 * (the timeline still knows the duration); silence → zeros.
 */
export async function waveform(path: string, peaksPerSecond = 100): Promise<Waveform> {
  const { path: abs, probe } = await probeFile(path)
  if (!probe.hasAudio) return { peaks: [], peaksPerSecond, durationMs: probe.durationMs }
  const acc = new PeakAccumulator(SAMPLE_RATE, peaksPerSecond, 32768)
  let carry: Buffer | undefined // an odd byte left from the previous chunk
  await runFfmpegJob(
    [
      '-v',
      'error',
      '-i',
      abs,
      '-map',
      '0:a:0',
      '-vn',
      '-ac',
      '1',
      '-ar',
      String(SAMPLE_RATE),
      '-f',
      's16le',
      '-acodec',
      'pcm_s16le',
      'pipe:1'
    ],
    {
      label: abs,
      timeoutMs: 120_000,
      onStdout(chunk) {
        const bytes = carry ? Buffer.concat([carry, chunk]) : chunk
        const usable = bytes.length - (bytes.length % 2)
        carry = usable < bytes.length ? bytes.subarray(usable) : undefined
        const samples = new Int16Array(usable / 2)
        for (let i = 0; i < samples.length; i++) samples[i] = bytes.readInt16LE(i * 2)
        acc.push(samples)
      }
    }
  )
  return { peaks: acc.result(), peaksPerSecond, durationMs: probe.durationMs }
}
