import type { HandlersFor, InputOf, ResultOf } from './define'
import { appOps } from './app'
import { projectOps } from './project'
import { mediaOps } from './media'
import { exportOps } from './export'
import { subtitlesOps } from './subtitles'
import { lintOps } from './lint'
import { fontsOps } from './fonts'
import { dialogOps } from './dialog'
import { events, type Events } from './events'

/** The whole contract between the renderer and main (Electron IPC or the browser bridge). */
export const contract = {
  ...appOps,
  ...projectOps,
  ...mediaOps,
  ...exportOps,
  ...subtitlesOps,
  ...lintOps,
  ...fontsOps,
  ...dialogOps
}
export type Contract = typeof contract
export type OpName = keyof Contract & string
export type OpInput<N extends OpName> = InputOf<Contract[N]>
export type OpResult<N extends OpName> = ResultOf<Contract[N]>
export type Handlers = HandlersFor<Contract, Events>
export { events }
export type { Events }
export type EventName = keyof Events & string

export const OP_NAMES = Object.keys(contract) as OpName[]
