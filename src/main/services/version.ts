// Bundled into the Electron main by Vite; read through tsx by the bridge and the CLI.
import { version } from '../../../package.json'

/** Kindframe's own version (package.json), recorded in every export manifest. */
export const KINDFRAME_VERSION: string = version
