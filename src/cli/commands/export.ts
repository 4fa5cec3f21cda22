import { EXIT, type Command } from '../command'

// Placeholder until the owning feature lands; it says so instead of pretending to work.
export const exportCommand: Command = {
  name: 'export',
  summary: '(not available yet)',
  usage: 'kindframe export: not available yet',
  async run(_args, io) {
    io.stderr.write('kindframe export is not available in this build yet.\n')
    return EXIT.failed
  }
}
