/** What a community archive is called and how large one may be (apart from its schema, for the page). */
export const COMMUNITY_ARCHIVE_FORMAT = 'percolate-community';
export const COMMUNITY_ARCHIVE_VERSION = 1;
/** The largest archive a server takes; the page checks a file against it before sending it. */
export const COMMUNITY_ARCHIVE_MAX_MEGABYTES = 10;
export const COMMUNITY_ARCHIVE_MAX_BYTES = COMMUNITY_ARCHIVE_MAX_MEGABYTES * 1024 * 1024;
