export type Route =
  | { name: 'home' }
  | { name: 'join'; code: string | null }
  | { name: 'meeting'; meetingId: string }
  /** `tableId`: one table's board while tables run (the meeting's board otherwise). */
  | { name: 'board'; meetingId: string; tableId: string | null }
  | { name: 'minutes'; meetingId: string }
  | { name: 'community'; communityId: string }
  | { name: 'notFound' };

const segment = (value: string | undefined): string | null => {
  if (!value) return null;
  try {
    return decodeURIComponent(value);
  } catch {
    return null;
  }
};

export const matchRoute = (pathname: string): Route => {
  const parts = pathname.split('/').filter(Boolean);
  const [first, second, third, ...rest] = parts;
  if (parts.length === 0) return { name: 'home' };
  if (first === 'join' && parts.length <= 2) return { name: 'join', code: segment(second) };
  const id = segment(second);
  if (first === 'c' && id !== null && parts.length === 2)
    return { name: 'community', communityId: id };
  const meetingId = id;
  if (first !== 'm' || meetingId === null) return { name: 'notFound' };
  if (third === 'board' && rest.length === 1) {
    const tableId = segment(rest[0]);
    return tableId === null ? { name: 'notFound' } : { name: 'board', meetingId, tableId };
  }
  if (rest.length > 0) return { name: 'notFound' };
  if (third === undefined) return { name: 'meeting', meetingId };
  if (third === 'board') return { name: 'board', meetingId, tableId: null };
  if (third === 'minutes') return { name: 'minutes', meetingId };
  return { name: 'notFound' };
};

export const paths = {
  home: () => '/',
  join: () => '/join',
  meeting: (meetingId: string) => `/m/${encodeURIComponent(meetingId)}`,
  board: (meetingId: string, tableId?: string) =>
    `/m/${encodeURIComponent(meetingId)}/board${tableId ? `/${encodeURIComponent(tableId)}` : ''}`,
  minutes: (meetingId: string) => `/m/${encodeURIComponent(meetingId)}/minutes`,
  community: (communityId: string) => `/c/${encodeURIComponent(communityId)}`,
};
