/** The bare relay's protocol: a command with an ack, echoed to the room with a sequence number. */
export interface BareClientToServer {
  cmd: (payload: unknown, ack: (result: { seq: number }) => void) => void;
}

export interface BareServerToClient {
  evt: (event: { seq: number; payload: unknown }) => void;
}

export interface BareHandshake {
  room: string;
}
