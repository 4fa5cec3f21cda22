import { z } from 'zod'

/**
 * Input fields several features' operations share, defined once.
 *
 * A file path as the user or the renderer gives it. Only an empty string is refused here: main
 * resolves it (and FileScope decides whether it may be read or written), because what a relative
 * path means depends on the host.
 */
export const AbsPath = z.string().min(1, 'path is empty')
