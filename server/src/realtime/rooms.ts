/** Socket.IO room names: everyone in a meeting, and one viewer's own sockets (for private views). */
export const meetingRoom = (meetingId: string): string => `m:${meetingId}`;

export const viewerRoom = (meetingId: string, viewerKey: string): string =>
  `p:${meetingId}:${viewerKey}`;
