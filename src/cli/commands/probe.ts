import { EXIT, type Command } from '../command'

// Placeholder until the owning feature lands; it says so instead of pretending to work.
export const probeCommand: Command = {
  name: 'probe',
  summary: '(not available yet)',
  usage: 'kindframe probe: not available yet',
  async run(_args, io) {
    io.stderr.write('kindframe probe is not available in this build yet.\n')
    return EXIT.failed
  }
}
