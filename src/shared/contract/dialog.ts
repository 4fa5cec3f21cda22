import { z } from 'zod'
import { op } from './define'

const FileFilter = z.object({ name: z.string().min(1), extensions: z.array(z.string().min(1)).max(50) })

export const OpenFilesOptions = z.object({
  title: z.string().min(1),
  filters: z.array(FileFilter).max(20).optional(),
  multiple: z.boolean().optional(),
  directory: z.boolean().optional()
})
export const SaveFileOptions = z.object({
  title: z.string().min(1),
  defaultPath: z.string().optional(),
  filters: z.array(FileFilter).max(20).optional()
})
export type OpenFilesOptions = z.output<typeof OpenFilesOptions>
export type SaveFileOptions = z.output<typeof SaveFileOptions>

/**
 * Native file dialogs. They answer null where the host has none (the browser bridge) or when the
 * user cancels; the UI then offers a path field.
 */
export const dialogOps = {
  'dialog.openFiles': op(OpenFilesOptions).returns<string[] | null>(),
  'dialog.saveFile': op(SaveFileOptions).returns<string | null>()
}
