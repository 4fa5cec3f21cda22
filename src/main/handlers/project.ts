import type { HandlersFor } from '../../shared/contract/define'
import type { Events } from '../../shared/contract'
import type { projectOps } from '../../shared/contract/project'
import { openProject, saveProject } from '../services/project/store'
import { autosaveProject, discardRecovery, recoverProject } from '../services/project/recovery'
import { relinkClip } from '../services/project/relink'
import { acquireLock, releaseLock } from '../services/project/lock'
import { projectStatus } from '../services/project/status'

export function projectHandlers(): HandlersFor<typeof projectOps, Events> {
  return {
    'project.open': async ({ path, sessionId }) => {
      const opened = await openProject(path, { sessionId })
      if (!sessionId) return opened
      const { openElsewhere } = await acquireLock(opened.path, sessionId)
      return openElsewhere ? { ...opened, openElsewhere } : opened
    },
    'project.save': async ({ path, project, baseFingerprint, force, sessionId }) => {
      const saved = await saveProject(path, project, { baseFingerprint, force, sessionId })
      // After Save As the window holds the new file; taken only if nobody else live has it.
      if (sessionId) await acquireLock(saved.path, sessionId)
      return saved
    },
    'project.status': ({ path, sessionId, baseFingerprint }) => projectStatus(path, sessionId, baseFingerprint),
    'project.close': ({ path, sessionId }) => releaseLock(path, sessionId),
    'project.autosave': ({ path, project, sessionId }) => autosaveProject(path, project, sessionId),
    'project.recover': ({ path, sessionId, recoveryId }) => recoverProject(path, { sessionId, recoveryId }),
    'project.discardRecovery': ({ path, sessionId, recoveryId }) => discardRecovery(path, { sessionId, recoveryId }),
    'project.relink': ({ projectPath, clip, mediaPath }) => relinkClip(projectPath, clip, mediaPath)
  }
}
