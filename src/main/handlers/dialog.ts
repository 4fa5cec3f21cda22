import type { HandlersFor } from '../../shared/contract/define'
import type { Events } from '../../shared/contract'
import type { dialogOps, OpenFilesOptions, SaveFileOptions } from '../../shared/contract/dialog'
import type { FileScope } from '../services/access/file-scope'

/** Native dialogs, provided by the Electron glue (src/main/dialogs.ts); absent on the bridge and in the CLI. */
export interface DialogHost {
  openFiles(options: OpenFilesOptions): Promise<string[] | null>
  saveFile(options: SaveFileOptions): Promise<string | null>
}

/**
 * Without a dialog host both ops answer null: the UI then shows a path field instead. What the user
 * picks joins the scope: opened files may be shown by the player, a save pick may be saved to.
 */
export function dialogHandlers(host: DialogHost | undefined, scope: FileScope): HandlersFor<typeof dialogOps, Events> {
  return {
    'dialog.openFiles': async (input) => {
      const picked = host ? await host.openFiles(input) : null
      if (picked && !input.directory) for (const path of picked) await scope.grantFile(path, true)
      return picked
    },
    'dialog.saveFile': async (input) => {
      const picked = host ? await host.saveFile(input) : null
      if (picked) scope.chooseSaveTarget(picked)
      return picked
    }
  }
}
