import type { Command } from '../command'
import { probeCommand } from './probe'
import { exportCommand } from './export'
import { lintCommand } from './lint'
import { qcCommand } from './qc'
import { convertCommand } from './convert'

/** Every CLI command, in the order `kindframe --help` lists them. */
export const commands: Command[] = [probeCommand, exportCommand, lintCommand, qcCommand, convertCommand]
