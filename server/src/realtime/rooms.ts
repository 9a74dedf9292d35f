/** The Socket.IO room of everyone in a meeting (private views go straight to a viewer's sockets). */
export const meetingRoom = (meetingId: string): string => `m:${meetingId}`;
