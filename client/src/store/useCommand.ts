import { useAppStore } from './StoreContext.js';
import { useAction } from './useAction.js';

/** Sends meeting commands for one control and keeps that control's last error. */
export const useCommand = () => useAction(useAppStore((state) => state.send));
