import { EXIT, type CliIO, type Command } from './command'
import { commands } from './commands'
import { KindframeError } from '../shared/errors'
import { exitCodeFor } from './exit-code-for'
import { safeWritable } from './safe-output'
import { UsageError } from './args'

const HELP_FOOTER = `
Exit codes: 0 ok · 1 a job/check failed · 2 usage · 3 bad input · 4 ffmpeg missing · 5 output not writable/exists/disk full ·
6 not ready (pre-flight: incomplete outputs, nothing exported) · 7 render queue (Redis) unreachable or lost · 130 cancelled (Ctrl-C) · 143 stopped by SIGTERM ·
129 terminal closed (SIGHUP)`

export function helpText(): string {
  const width = Math.max(...commands.map((c) => c.name.length))
  const lines = commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`)
  return `kindframe — captioned, kind, TikTok-ready series\n\nUsage: kindframe <command> [options]\n\nCommands:\n${lines.join('\n')}\n\nRun "kindframe <command> --help" for a command's options.${HELP_FOOTER}\n`
}

/** Ctrl-C, `kill` and a closed terminal all cancel the same way; the exit code says which (128 + signal number). */
const STOP_SIGNALS = { SIGINT: 130, SIGTERM: 143, SIGHUP: 129 } as const
type StopSignal = keyof typeof STOP_SIGNALS
/** Time a cancelled command gets to end its ffmpegs and remove partial files before the process exits anyway. */
const STOP_GRACE_MS = 10_000

export async function main(argv: string[], io?: Partial<CliIO>): Promise<number> {
  const controller = new AbortController()
  let stoppedBy: StopSignal | undefined
  const handlers = (Object.keys(STOP_SIGNALS) as StopSignal[]).map((signal) => {
    const handler = () => {
      // A second signal while cancelling is ignored: the cancel is already removing partial files
      // (and should this process die anyway, the ffmpeg watchdog finishes the job).
      if (stoppedBy) return
      stoppedBy = signal
      controller.abort()
      // A command that does not watch the signal (lint, qc…) must still stop as `kill` expects.
      if (!io) setTimeout(() => process.exit(STOP_SIGNALS[signal]), STOP_GRACE_MS).unref()
    }
    process.on(signal, handler)
    return [signal, handler] as const
  })
  // A closed terminal (SIGHUP) or a closed pipe (`kindframe … | head`) makes writes fail with EIO/EPIPE:
  // that must not turn into an uncaught exception halfway through cleaning up.
  const ignore = () => {}
  if (!io?.stdout) process.stdout.on('error', ignore)
  if (!io?.stderr) process.stderr.on('error', ignore)
  const given: CliIO = { stdout: process.stdout, stderr: process.stderr, signal: controller.signal, ...io }
  // stderr carries reasons that quote file names and file bytes: no control sequence gets through.
  const fullIo: CliIO = { ...given, stderr: safeWritable(given.stderr) }
  try {
    const [name, ...rest] = argv
    if (!name || name === '--help' || name === '-h' || name === 'help') {
      fullIo.stdout.write(helpText())
      return name ? EXIT.ok : EXIT.usage
    }
    const command: Command | undefined = commands.find((c) => c.name === name)
    if (!command) {
      fullIo.stderr.write(`kindframe: unknown command "${name}".\n\n${helpText()}`)
      return EXIT.usage
    }
    if (rest.includes('--help') || rest.includes('-h')) {
      fullIo.stdout.write(command.usage.endsWith('\n') ? command.usage : command.usage + '\n')
      return EXIT.ok
    }
    try {
      const code = await command.run(rest, fullIo)
      return stoppedBy ? STOP_SIGNALS[stoppedBy] : code
    } catch (err) {
      if (!(err instanceof UsageError)) throw err
      // Every command reports a wrong argument the same way: the reason, then its --help.
      fullIo.stderr.write(`kindframe ${command.name}: ${withPeriod(err.message)}\n\n${command.usage}\n`)
      return EXIT.usage
    }
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err)
    fullIo.stderr.write(`kindframe: ${message}\n`)
    return err instanceof KindframeError ? exitCodeFor(err.code) : EXIT.failed
  } finally {
    for (const [signal, handler] of handlers) process.off(signal, handler)
    process.stdout.off('error', ignore)
    process.stderr.off('error', ignore)
  }
}

function withPeriod(message: string): string {
  return /[.!?]$/.test(message) ? message : `${message}.`
}
