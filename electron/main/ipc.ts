// The desktop door: one IPC handler per operation, each checking that the caller is the app's own page.
import type { IpcMain, IpcMainInvokeEvent, WebContents } from 'electron';
import { fail, type Result } from '../../shared/contract/errors';
import { OPERATION_NAMES } from '../../shared/contract/operations';
import { IPC_EVENT_CHANNEL, IPC_OPEN_FILE_CHANNEL, IPC_SAVE_FILE_CHANNEL, ipcChannel } from '../../shared/contract/transport';
import type { Door } from '../door/door';
import type { AskSavePath } from './save-file';
import { openFile } from './open-file';
import { saveFile } from './save-file';

/** Decides whether a page URL is one of ours. */
export type TrustedUrl = (url: string) => boolean;

/** True when the call comes from the top frame of a page of ours (not an iframe, not a stray page). */
export function isTrustedSender(event: Pick<IpcMainInvokeEvent, 'senderFrame'>, trusted: TrustedUrl): boolean {
  const frame = event.senderFrame;
  return frame !== null && frame !== undefined && frame.parent === null && trusted(frame.url);
}

/** How the file dialogs are shown: "save as" (and where it starts) and "open" (one existing file). */
export interface SaveDialog {
  folder: () => string;
  ask: (sender: WebContents, defaultPath: string) => Promise<string | null>;
  /** Asks for one existing file, the title naming which; null when cancelled. */
  pick: (sender: WebContents, title: string) => Promise<string | null>;
}

/** Registers one handler per operation (plus the save and open dialogs); returns a function that removes them. */
export function registerIpcHandlers(ipcMain: Pick<IpcMain, 'handle' | 'removeHandler'>, door: Door, trusted: TrustedUrl, dialog: SaveDialog): () => void {
  const refused = (): Result<never> => fail('forbidden', 'the call did not come from the lab window');
  const channels: string[] = [];
  for (const name of OPERATION_NAMES) {
    const channel = ipcChannel(name);
    ipcMain.handle(channel, (event, payload: unknown) => (isTrustedSender(event, trusted) ? door.call(name, payload) : refused()));
    channels.push(channel);
  }
  ipcMain.handle(IPC_SAVE_FILE_CHANNEL, (event, payload: unknown) => {
    if (!isTrustedSender(event, trusted)) return refused();
    const ask: AskSavePath = (defaultPath) => dialog.ask(event.sender, defaultPath);
    return saveFile(payload, dialog.folder(), ask);
  });
  channels.push(IPC_SAVE_FILE_CHANNEL);
  ipcMain.handle(IPC_OPEN_FILE_CHANNEL, (event, payload: unknown) => {
    if (!isTrustedSender(event, trusted)) return refused();
    return openFile(payload, (title) => dialog.pick(event.sender, title));
  });
  channels.push(IPC_OPEN_FILE_CHANNEL);
  return () => channels.forEach((channel) => ipcMain.removeHandler(channel));
}

/** Sends every service event to `contents` until it is destroyed; returns the unsubscribe function. */
export function forwardEvents(door: Door, contents: WebContents): () => void {
  const off = door.subscribe((event) => {
    if (!contents.isDestroyed()) contents.send(IPC_EVENT_CHANNEL, event);
  });
  contents.once('destroyed', off);
  return off;
}
