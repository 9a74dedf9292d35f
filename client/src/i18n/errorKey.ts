import type { HandshakeError } from '@percolate/shared';
import type { FailureCode } from '../store/commandInput.js';
import type { MessageKey } from './translate.js';

export const errorKey = (code: FailureCode): MessageKey => `error.${code}`;
export const handshakeKey = (reason: HandshakeError): MessageKey => `handshake.${reason}`;
