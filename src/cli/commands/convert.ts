import { EXIT, type Command } from '../command'

// Placeholder until the owning feature lands; it says so instead of pretending to work.
export const convertCommand: Command = {
  name: 'convert',
  summary: '(not available yet)',
  usage: 'kindframe convert: not available yet',
  async run(_args, io) {
    io.stderr.write('kindframe convert is not available in this build yet.\n')
    return EXIT.failed
  }
}
