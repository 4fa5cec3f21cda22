import { EXIT, type Command } from '../command'

// Placeholder until the owning feature lands; it says so instead of pretending to work.
export const qcCommand: Command = {
  name: 'qc',
  summary: '(not available yet)',
  usage: 'kindframe qc: not available yet',
  async run(_args, io) {
    io.stderr.write('kindframe qc is not available in this build yet.\n')
    return EXIT.failed
  }
}
