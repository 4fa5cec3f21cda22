// Preload: exposes exactly the contract's operations via contextBridge (filled in by the glue work).
export {}
