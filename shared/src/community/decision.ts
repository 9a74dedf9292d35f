import type { DomainError } from '../domain/errors.js';
import type { CommunityEventBody } from './events.js';

/** What deciding a community command yields: the events that happen, or why it is refused. */
export type CommunityDecision = CommunityEventBody[] | DomainError;
