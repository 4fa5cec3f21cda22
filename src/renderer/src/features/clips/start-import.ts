import i18next from 'i18next'
import { platform } from '../../app/client'
import { reportError } from '../../app/notify'
import { importPaths } from './import-clips'
import { useStudio } from '../../store'

/** File-type filters for native dialogs, named in the UI language. */
export const mediaFilters = () => [
  { name: i18next.t('fileTypes.video'), extensions: ['mp4', 'mov', 'm4v', 'webm', 'mkv'] }
]

/** The Import button / mod+shift+i: native picker where there is one, else the path list dialog. */
export async function startImport(title: string): Promise<void> {
  const p = platform()
  if (!p.pickFiles) {
    useStudio.getState().openDialog('import')
    return
  }
  const picked = await p.pickFiles({ title, filters: mediaFilters(), multiple: true })
  if (picked?.length) await importPaths(picked).catch(reportError)
}

/**
 * Dropped files → absolute paths (the bridge uploads each one) → one batched import. Progress
 * shows from the first file on, so a 200-file drop is visibly working while uploads run.
 */
export async function importDroppedFiles(files: File[]): Promise<void> {
  const p = platform()
  const paths: string[] = []
  const { setImport } = useStudio.getState()
  setImport({ importTotal: files.length, importDone: 0, importRunning: true, importRejected: [] })
  try {
    for (const file of files) {
      paths.push(await p.pathForFile(file))
      setImport({ importDone: paths.length })
    }
  } catch (err) {
    setImport({ importRunning: false })
    throw err
  }
  await importPaths(paths)
}
