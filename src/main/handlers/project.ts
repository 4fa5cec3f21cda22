import type { HandlersFor } from '../../shared/contract/define'
import type { Events } from '../../shared/contract'
import type { projectOps } from '../../shared/contract/project'
import { openProject, saveProject } from '../services/project/store'
import { autosaveProject, discardRecovery, recoverProject } from '../services/project/recovery'
import { relinkClip } from '../services/project/relink'
import { acquireLock, releaseLock } from '../services/project/lock'
import { projectStatus } from '../services/project/status'
import type { FileScope } from '../services/access/file-scope'
import { resolveMedia } from '../services/media/resolve'

/** Every project read from disk grants its folder and media to the player; saves go only where `scope` allows. */
export function projectHandlers(scope: FileScope): HandlersFor<typeof projectOps, Events> {
  return {
    'project.open': async ({ path, sessionId }) => {
      const opened = await openProject(path, { sessionId })
      await scope.grantProject(opened.path, opened.project, true)
      scope.chooseSaveTarget(opened.path)
      if (!sessionId) return opened
      const { openElsewhere } = await acquireLock(opened.path, sessionId)
      return openElsewhere ? { ...opened, openElsewhere } : opened
    },
    'project.save': async ({ path, project, baseFingerprint, force, sessionId }) => {
      const target = await scope.checkSaveTarget(path)
      const saved = await saveProject(target, project, { baseFingerprint, force, sessionId })
      await scope.grantProject(saved.path, project, false)
      scope.chooseSaveTarget(saved.path)
      // After Save As the window holds the new file; taken only if nobody else live has it.
      if (sessionId) await acquireLock(saved.path, sessionId)
      return saved
    },
    'project.status': ({ path, sessionId, baseFingerprint }) => projectStatus(path, sessionId, baseFingerprint),
    'project.close': ({ path, sessionId }) => releaseLock(path, sessionId),
    'project.autosave': ({ path, project, sessionId }) => autosaveProject(path, project, sessionId),
    'project.recover': async ({ path, sessionId, recoveryId }) => {
      const recovered = await recoverProject(path, { sessionId, recoveryId })
      await scope.grantProject(path, recovered.project, true)
      return recovered
    },
    'project.discardRecovery': ({ path, sessionId, recoveryId }) => discardRecovery(path, { sessionId, recoveryId }),
    'project.relink': async ({ projectPath, clip, mediaPath }) => {
      const relinked = await relinkClip(projectPath, clip, mediaPath)
      await scope.grantFile((await resolveMedia(projectPath, relinked.clip.media)).path, true)
      return relinked
    }
  }
}
