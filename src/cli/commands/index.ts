import type { Command } from '../command'
import { probeCommand } from './probe'
import { newCommand } from './new'
import { addCommand } from './add'
import { importSubtitlesCommand } from './import-subtitles'
import { relinkCommand } from './relink'
import { checkCommand } from './check'
import { exportCommand } from './export'
import { lintCommand } from './lint'
import { qcCommand } from './qc'
import { convertCommand } from './convert'
import { workerCommand } from './worker'

/** Every CLI command, in the order `kindframe --help` lists them (set-up, then check and export, then tools). */
export const commands: Command[] = [
  newCommand,
  addCommand,
  importSubtitlesCommand,
  relinkCommand,
  checkCommand,
  exportCommand,
  workerCommand,
  lintCommand,
  qcCommand,
  convertCommand,
  probeCommand
]
