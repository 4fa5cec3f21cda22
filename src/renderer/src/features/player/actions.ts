import { registerActions } from '../../actions/registry'
import { playerCommands } from './commands'
import { usePlayer } from './player-store'

const hasClip = (s: { selectedClipId: string | null; project: unknown }) =>
  s.project !== null && s.selectedClipId !== null

registerActions([
  {
    id: 'player.playPause',
    labelKey: 'editor:actions.playPause',
    keys: ['space'],
    enabled: hasClip,
    perform: () => playerCommands.togglePlay()
  },
  {
    id: 'player.shuttleBack',
    labelKey: 'editor:actions.shuttleBack',
    keys: ['j'],
    enabled: hasClip,
    perform: () => playerCommands.shuttle('j')
  },
  {
    id: 'player.shuttleStop',
    labelKey: 'editor:actions.shuttleStop',
    keys: ['k'],
    enabled: hasClip,
    perform: () => playerCommands.shuttle('k')
  },
  {
    id: 'player.shuttleForward',
    labelKey: 'editor:actions.shuttleForward',
    keys: ['l'],
    enabled: hasClip,
    perform: () => playerCommands.shuttle('l')
  },
  {
    id: 'player.frameBack',
    labelKey: 'editor:actions.frameBack',
    keys: ['arrowleft'],
    enabled: hasClip,
    perform: () => playerCommands.step(-1)
  },
  {
    id: 'player.frameForward',
    labelKey: 'editor:actions.frameForward',
    keys: ['arrowright'],
    enabled: hasClip,
    perform: () => playerCommands.step(1)
  },
  {
    id: 'player.loop',
    labelKey: 'editor:actions.loop',
    keys: ['mod+l'],
    enabled: hasClip,
    perform: () => playerCommands.toggleLoop()
  },
  {
    id: 'player.safeZone',
    labelKey: 'editor:actions.safeZone',
    keys: ['shift+s'],
    enabled: hasClip,
    perform: () => usePlayer.getState().toggleSafeZone()
  }
])
