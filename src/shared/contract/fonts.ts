import { z } from 'zod'
import { op } from './define'

export interface ShippedFont {
  family: string
  /** File name inside the shipped fonts directory. */
  file: string
  /** Scripts it covers, e.g. ["Latn", "Arab"]. */
  scripts: string[]
  /** URL the renderer can load it from (for libass in the browser). */
  url: string
}

export const fontsOps = {
  'fonts.list': op(z.object({})).returns<{ fontsDir: string; fonts: ShippedFont[] }>()
}
export const fontsEvents = {}
