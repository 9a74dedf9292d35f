import { createContext, type ReactNode, useContext } from 'react';
import { useStore } from 'zustand';
import type { AppState, AppStore } from './appStore.js';

const StoreContext = createContext<AppStore | null>(null);

export const StoreProvider = ({ store, children }: { store: AppStore; children: ReactNode }) => (
  <StoreContext.Provider value={store}>{children}</StoreContext.Provider>
);

export const useAppStoreApi = (): AppStore => {
  const store = useContext(StoreContext);
  if (!store) throw new Error('useAppStore needs a <StoreProvider>');
  return store;
};

export const useAppStore = <T,>(selector: (state: AppState) => T): T =>
  useStore(useAppStoreApi(), selector);
