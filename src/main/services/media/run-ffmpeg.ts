import { randomUUID } from 'node:crypto'
import { KindframeError } from '../../../shared/errors'
import { runFfmpeg as runTracked } from '../ffmpeg/runner'

export interface RunOptions {
  /** Called with each stdout chunk; when absent stdout is collected and returned. */
  onStdout?: (chunk: Buffer) => void
  timeoutMs?: number
  /** Names the file in error messages. */
  label: string
}

/**
 * Short media-preview jobs (thumbnail, waveform): ffmpeg with an argument array (never a shell),
 * bounded by a timeout, returning stdout. Spawned by the one runner like every other ffmpeg, so
 * they are in its registry (abort-all on quit or a signal) and watched for parent death.
 */
export async function runFfmpeg(args: string[], opts: RunOptions): Promise<Buffer> {
  const chunks: Buffer[] = []
  try {
    await runTracked({
      id: `preview-${randomUUID()}`,
      args: ['-hide_banner', '-nostdin', ...args],
      onStdout: opts.onStdout ?? ((c) => chunks.push(c)),
      timeoutMs: opts.timeoutMs ?? 60_000
    })
  } catch (err) {
    if (!(err instanceof KindframeError) || err.code !== 'ffmpeg-failed') throw err
    const details = err.details as { timedOut?: boolean; stderrTail?: string } | undefined
    if (details?.timedOut) throw new KindframeError('ffmpeg-failed', `${opts.label}: ffmpeg took too long and was stopped.`)
    const why = details?.stderrTail?.trim().split('\n').pop() || err.message.split('\n')[0]
    throw new KindframeError('ffmpeg-failed', `${opts.label}: ffmpeg failed (${why}).`)
  }
  return Buffer.concat(chunks)
}
