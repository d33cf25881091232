// Preload: exposes the typed lab API to the renderer through contextBridge.
export {};
