/** Exit codes, documented in the README and `kindframe --help`. */
export const EXIT = {
  ok: 0,
  /** A job failed, lint found errors, QC found errors. */
  failed: 1,
  /** Wrong arguments. */
  usage: 2,
  /** An input could not be read or is invalid (project, media, subtitle file). */
  badInput: 3,
  /** ffmpeg/ffprobe not found. */
  ffmpegMissing: 4,
  /** Output folder not writable, disk full, output exists without --overwrite. */
  output: 5,
  /**
   * Pre-flight found outputs that are not ready (missing/outdated translations, QC errors, media
   * changed since import, incomplete end card, a character no font has, over the preset's limits):
   * nothing was exported. --only-ready / --allow-incomplete export anyway.
   */
  incomplete: 6,
  /** The render queue (Redis) is unreachable, or was lost during a remote export (--queue, kindframe worker). */
  queue: 7,
  /** Cancelled (Ctrl-C). */
  cancelled: 130
} as const

export interface CliIO {
  stdout: NodeJS.WritableStream & { isTTY?: boolean; columns?: number }
  stderr: NodeJS.WritableStream & { isTTY?: boolean }
  /** Aborted on SIGINT; long-running commands pass it down so ffmpeg is killed and partial files removed. */
  signal: AbortSignal
}

export interface Command {
  name: string
  /** One line for `kindframe --help`. */
  summary: string
  /** Full usage text for `kindframe <name> --help`. */
  usage: string
  run(args: string[], io: CliIO): Promise<number>
}
