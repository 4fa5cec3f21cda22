import { useStudio } from '../store'
import { NewProjectDialog } from '../features/project/NewProjectDialog'
import { OpenDialog } from '../features/project/OpenDialog'
import { SaveAsDialog } from '../features/project/SaveAsDialog'
import { ImportDialog } from '../features/clips/ImportDialog'
import { HelpOverlay } from './HelpOverlay'
import { ReviewDialog } from '../features/export/ReviewDialog'

/** At most one modal at a time. */
export function Dialogs() {
  const dialog = useStudio((s) => s.dialog)
  switch (dialog) {
    case 'new':
      return <NewProjectDialog />
    case 'open':
      return <OpenDialog />
    case 'saveAs':
      return <SaveAsDialog />
    case 'import':
      return <ImportDialog />
    case 'help':
      return <HelpOverlay />
    case 'exportReview':
      return <ReviewDialog />
    default:
      return null
  }
}
