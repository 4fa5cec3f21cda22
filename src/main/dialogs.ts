import { BrowserWindow, dialog, type OpenDialogOptions } from 'electron'
import type { DialogHost } from './handlers/dialog'

/** Native open/save dialogs, attached to the focused window; a cancel answers null. */
export const electronDialogs: DialogHost = {
  async openFiles(options) {
    const properties: OpenDialogOptions['properties'] = [options.directory ? 'openDirectory' : 'openFile']
    if (options.multiple) properties.push('multiSelections')
    const settings: OpenDialogOptions = { title: options.title, filters: options.filters, properties }
    const win = BrowserWindow.getFocusedWindow()
    const result = win ? await dialog.showOpenDialog(win, settings) : await dialog.showOpenDialog(settings)
    return result.canceled || result.filePaths.length === 0 ? null : result.filePaths
  },
  async saveFile(options) {
    const settings = { title: options.title, defaultPath: options.defaultPath, filters: options.filters }
    const win = BrowserWindow.getFocusedWindow()
    const result = win ? await dialog.showSaveDialog(win, settings) : await dialog.showSaveDialog(settings)
    return result.canceled || !result.filePath ? null : result.filePath
  }
}
