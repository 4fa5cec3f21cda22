import { useMediaWatch } from '../clips/useMediaWatch'
import { OpenElsewhereBanner } from './OpenElsewhereBanner'
import { RecoveryBanner } from './RecoveryBanner'
import { SaveConflictDialog } from './SaveConflictDialog'
import { useReleaseOnClose } from './useReleaseOnClose'

/**
 * The shell mounts this once, under the top bar (App.tsx imports it by this name): every notice
 * about the project FILE rather than its content — unsaved work to recover, the project open in
 * another window, a save refused because the file changed on disk — plus the watchers that
 * raise them (media gone while open, releasing this window's lock when it closes).
 */
export function RecoveryPrompt() {
  useMediaWatch()
  useReleaseOnClose()
  return (
    <>
      <RecoveryBanner />
      <OpenElsewhereBanner />
      <SaveConflictDialog />
    </>
  )
}
