import { EXIT, type Command } from '../command'

// Placeholder until the owning feature lands; it says so instead of pretending to work.
export const lintCommand: Command = {
  name: 'lint',
  summary: '(not available yet)',
  usage: 'kindframe lint: not available yet',
  async run(_args, io) {
    io.stderr.write('kindframe lint is not available in this build yet.\n')
    return EXIT.failed
  }
}
