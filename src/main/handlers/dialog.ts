import type { HandlersFor } from '../../shared/contract/define'
import type { Events } from '../../shared/contract'
import type { dialogOps, OpenFilesOptions, SaveFileOptions } from '../../shared/contract/dialog'

/** Native dialogs, provided by the Electron glue (src/main/dialogs.ts); absent on the bridge and in the CLI. */
export interface DialogHost {
  openFiles(options: OpenFilesOptions): Promise<string[] | null>
  saveFile(options: SaveFileOptions): Promise<string | null>
}

/** Without a dialog host both ops answer null: the UI then shows a path field instead. */
export function dialogHandlers(host: DialogHost | undefined): HandlersFor<typeof dialogOps, Events> {
  return {
    'dialog.openFiles': async (input) => (host ? host.openFiles(input) : null),
    'dialog.saveFile': async (input) => (host ? host.saveFile(input) : null)
  }
}
