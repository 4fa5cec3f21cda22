import type { QcRule } from '../types'
import { emptyCueRule } from './empty-cue'
import { maxCplRule } from './max-cpl'
import { maxDurationRule } from './max-duration'
import { maxLinesRule } from './max-lines'
import { minDurationRule } from './min-duration'
import { minGapRule } from './min-gap'
import { outsideClipRule } from './outside-clip'
import { overlapRule } from './overlap'
import { readingSpeedRule } from './reading-speed'
import { underEndCardRule } from './under-end-card'

/** Every QC rule, in the order their issues are listed for one cue. */
export const QC_RULES: readonly QcRule[] = [
  emptyCueRule,
  outsideClipRule,
  overlapRule,
  maxLinesRule,
  maxCplRule,
  readingSpeedRule,
  minDurationRule,
  maxDurationRule,
  minGapRule,
  underEndCardRule
]
