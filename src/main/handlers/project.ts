import type { HandlersFor } from '../../shared/contract/define'
import type { Events } from '../../shared/contract'
import type { projectOps } from '../../shared/contract/project'
import { openProject, saveProject } from '../services/project/store'
import { autosaveProject, discardRecovery, recoverProject } from '../services/project/recovery'
import { relinkClip } from '../services/project/relink'

export function projectHandlers(): HandlersFor<typeof projectOps, Events> {
  return {
    'project.open': ({ path }) => openProject(path),
    'project.save': ({ path, project }) => saveProject(path, project),
    'project.autosave': ({ path, project }) => autosaveProject(path, project),
    'project.recover': ({ path }) => recoverProject(path),
    'project.discardRecovery': ({ path }) => discardRecovery(path),
    'project.relink': ({ projectPath, clip, mediaPath }) => relinkClip(projectPath, clip, mediaPath)
  }
}
