import { useMediaWatch } from '../clips/use-media-watch'
import { ChangedOnDiskBanner } from './ChangedOnDiskBanner'
import { OpenElsewhereBanner } from './OpenElsewhereBanner'
import { RecoveryBanner } from './RecoveryBanner'
import { SaveConflictDialog } from './SaveConflictDialog'
import { useFileWatch } from './use-file-watch'
import { useReleaseOnClose } from './use-release-on-close'

/**
 * The shell mounts this once, under the top bar (App.tsx imports it by this name): every notice
 * about the project FILE rather than its content — unsaved work to recover, the project open in
 * another window, the file changed on disk, a save refused because of that — plus the watchers
 * that raise them (file or media changed while open, releasing this window's lock on close).
 */
export function RecoveryPrompt() {
  useMediaWatch()
  useFileWatch()
  useReleaseOnClose()
  return (
    <>
      <RecoveryBanner />
      <OpenElsewhereBanner />
      <ChangedOnDiskBanner />
      <SaveConflictDialog />
    </>
  )
}
