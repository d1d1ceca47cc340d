import { DEFAULT_SETTINGS } from '../../../lib/settings/model';

/** What EscalationEditor needs besides its draft and patterns, as a panel with nothing else going on gives it. */
export const EDITOR_PROPS = {
  settings: DEFAULT_SETTINGS,
  onSettings: () => undefined,
  onEscalate: async () => undefined,
  onDeleted: () => undefined,
  alreadyOpen: false,
  thread: [],
};
