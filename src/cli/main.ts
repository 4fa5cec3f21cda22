import { EXIT, type CliIO, type Command } from './command'
import { commands } from './commands'
import { KindframeError } from '../shared/errors'
import { exitCodeFor } from './exit-code-for'
import { safeWritable } from './safe-output'

const HELP_FOOTER = `
Exit codes: 0 ok · 1 a job/check failed · 2 usage · 3 bad input · 4 ffmpeg missing · 5 output not writable/exists · 130 cancelled`

export function helpText(): string {
  const width = Math.max(...commands.map((c) => c.name.length))
  const lines = commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`)
  return `kindframe — captioned, kind, TikTok-ready series\n\nUsage: kindframe <command> [options]\n\nCommands:\n${lines.join('\n')}\n\nRun "kindframe <command> --help" for a command's options.${HELP_FOOTER}\n`
}

export async function main(argv: string[], io?: Partial<CliIO>): Promise<number> {
  const controller = new AbortController()
  const onSigint = () => controller.abort()
  process.once('SIGINT', onSigint)
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
    return await command.run(rest, fullIo)
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err)
    fullIo.stderr.write(`kindframe: ${message}\n`)
    return err instanceof KindframeError ? exitCodeFor(err.code) : EXIT.failed
  } finally {
    process.off('SIGINT', onSigint)
  }
}
