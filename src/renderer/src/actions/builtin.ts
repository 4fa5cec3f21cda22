import { registerActions, type Action } from './registry'
import { useStudio } from '../store'
import { saveProject } from '../features/project/commands'
import { startImport } from '../features/clips/start-import'
import { removeSelectedClip, selectAdjacentClip } from '../features/clips/clip-commands'
import i18next from 'i18next'

/** The shell's own actions. Feature folders register theirs the same way. */
export const shellActions: Action[] = [
  {
    id: 'project.new',
    labelKey: 'actions.newProject',
    keys: ['mod+n'],
    perform: () => useStudio.getState().openDialog('new')
  },
  {
    id: 'project.open',
    labelKey: 'actions.openProject',
    keys: ['mod+o'],
    perform: () => useStudio.getState().openDialog('open')
  },
  {
    id: 'project.save',
    labelKey: 'actions.save',
    keys: ['mod+s'],
    allowInInputs: true,
    enabled: (s) => s.project !== null,
    perform: async () => {
      if (!(await saveProject())) useStudio.getState().openDialog('saveAs')
    }
  },
  {
    id: 'project.saveAs',
    labelKey: 'actions.saveAs',
    keys: ['mod+shift+s'],
    allowInInputs: true,
    enabled: (s) => s.project !== null,
    perform: () => useStudio.getState().openDialog('saveAs')
  },
  {
    id: 'clips.import',
    labelKey: 'actions.import',
    // Ctrl+I is italic in the cue editor (the subtitle tools' convention, issue 12)
    keys: ['mod+shift+i'],
    enabled: (s) => s.project !== null,
    perform: () => startImport(i18next.t('clips.import.title'))
  },
  {
    id: 'clips.next',
    labelKey: 'actions.nextClip',
    keys: ['alt+pagedown'],
    enabled: (s) => (s.project?.clips.length ?? 0) > 0,
    perform: () => selectAdjacentClip(1)
  },
  {
    id: 'clips.previous',
    labelKey: 'actions.previousClip',
    keys: ['alt+pageup'],
    enabled: (s) => (s.project?.clips.length ?? 0) > 0,
    perform: () => selectAdjacentClip(-1)
  },
  {
    id: 'clips.remove',
    labelKey: 'actions.removeClip',
    keys: ['mod+shift+backspace'],
    enabled: (s) => s.selectedClipId !== null,
    perform: () => removeSelectedClip()
  },
  {
    id: 'edit.undo',
    labelKey: 'actions.undo',
    keys: ['mod+z'],
    enabled: (s) => s.history.past.length > 0,
    perform: ({ studio }) => studio.undo()
  },
  {
    id: 'edit.redo',
    labelKey: 'actions.redo',
    keys: ['mod+shift+z', 'mod+y'],
    enabled: (s) => s.history.future.length > 0,
    perform: ({ studio }) => studio.redo()
  },
  {
    id: 'view.export',
    labelKey: 'actions.showExport',
    keys: ['mod+e'],
    enabled: (s) => s.project !== null,
    perform: () => useStudio.getState().setInspectorTab('export')
  },
  {
    id: 'view.theme',
    labelKey: 'actions.toggleTheme',
    keys: ['mod+shift+l'],
    perform: () => {
      const ui = useStudio.getState()
      ui.setTheme(ui.theme === 'dark' ? 'light' : 'dark')
    }
  },
  {
    id: 'help.shortcuts',
    labelKey: 'actions.help',
    keys: ['?'],
    perform: () => {
      const ui = useStudio.getState()
      ui.openDialog(ui.dialog === 'help' ? null : 'help')
    }
  }
]

registerActions(shellActions)
