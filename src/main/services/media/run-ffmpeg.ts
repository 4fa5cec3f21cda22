import { spawn } from 'node:child_process'
import { KindframeError } from '../../../shared/errors'
import { resolveFfmpeg } from '../ffmpeg/binaries'

export interface RunOptions {
  /** Called with each stdout chunk; when absent stdout is collected and returned. */
  onStdout?: (chunk: Buffer) => void
  timeoutMs?: number
  /** Names the file in error messages. */
  label: string
}

/**
 * Runs ffmpeg with an argument array (never a shell) for short media-preview jobs (thumbnail,
 * waveform) and returns stdout. Long export runs go through the export engine's runner instead,
 * which tracks processes for cancel; these are bounded by a timeout and killed when it fires.
 */
export async function runFfmpeg(args: string[], opts: RunOptions): Promise<Buffer> {
  const { ffmpegPath } = await resolveFfmpeg()
  return new Promise<Buffer>((resolve, reject) => {
    const child = spawn(ffmpegPath, ['-hide_banner', '-nostdin', ...args], { stdio: ['ignore', 'pipe', 'pipe'], windowsHide: true })
    const chunks: Buffer[] = []
    let stderr = ''
    let timedOut = false
    const timer = setTimeout(() => {
      timedOut = true
      child.kill('SIGKILL')
    }, opts.timeoutMs ?? 60_000)
    child.stdout.on('data', (c: Buffer) => (opts.onStdout ? opts.onStdout(c) : chunks.push(c)))
    child.stderr.on('data', (c: Buffer) => {
      stderr = (stderr + c.toString('utf8')).slice(-4000) // the tail is where ffmpeg says why
    })
    child.on('error', (err) => {
      clearTimeout(timer)
      reject(new KindframeError('ffmpeg-failed', `${opts.label}: could not start ffmpeg (${err.message}).`))
    })
    child.on('close', (code) => {
      clearTimeout(timer)
      if (timedOut) return reject(new KindframeError('ffmpeg-failed', `${opts.label}: ffmpeg took too long and was stopped.`))
      if (code !== 0) {
        const why = stderr.trim().split('\n').pop() ?? `exit code ${code}`
        return reject(new KindframeError('ffmpeg-failed', `${opts.label}: ffmpeg failed (${why}).`))
      }
      resolve(Buffer.concat(chunks))
    })
  })
}
