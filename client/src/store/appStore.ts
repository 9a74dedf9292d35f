import { createStore, type StoreApi } from 'zustand/vanilla';
import { type ConnectionSlice, createConnectionSlice } from './connectionSlice.js';
import { createMeetingSlice, type MeetingSlice } from './meetingSlice.js';
import { createPreferencesSlice, type PreferencesSlice } from './preferencesSlice.js';
import type { ConnectToMeeting } from './transport.js';

export type AppState = MeetingSlice & ConnectionSlice & PreferencesSlice;
export type AppStore = StoreApi<AppState>;

/** The one store of the app; the network comes in through `connectToMeeting`. */
export const createAppStore = (connectToMeeting: ConnectToMeeting): AppStore =>
  createStore<AppState>()((...args) => ({
    ...createMeetingSlice(...args),
    ...createConnectionSlice(connectToMeeting)(...args),
    ...createPreferencesSlice(...args),
  }));
