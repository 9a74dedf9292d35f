import { describe, expect, it } from 'vitest';
import { matchRoute, paths } from '../../client/src/app/routes.js';

describe('routes', () => {
  it.each([
    ['/', { name: 'home' }],
    ['/join', { name: 'join', code: null }],
    ['/join/K7QX2M', { name: 'join', code: 'K7QX2M' }],
    ['/m/abc123', { name: 'meeting', meetingId: 'abc123' }],
    ['/m/abc123/board', { name: 'board', meetingId: 'abc123', tableId: null }],
    ['/m/abc123/board/t1', { name: 'board', meetingId: 'abc123', tableId: 't1' }],
    ['/m/abc123/board/t1/more', { name: 'notFound' }],
    ['/m/abc123/minutes/t1', { name: 'notFound' }],
    ['/m/abc123/minutes', { name: 'minutes', meetingId: 'abc123' }],
    ['/m', { name: 'notFound' }],
    ['/m/abc123/settings', { name: 'notFound' }],
    ['/elsewhere', { name: 'notFound' }],
    ['/m/%E0%A4%A', { name: 'notFound' }],
  ])('reads %s', (path, route) => {
    expect(matchRoute(path)).toEqual(route);
  });

  it('builds the paths it reads back', () => {
    expect(matchRoute(paths.board('a b'))).toEqual({
      name: 'board',
      meetingId: 'a b',
      tableId: null,
    });
    expect(matchRoute(paths.board('a b', 't/1'))).toEqual({
      name: 'board',
      meetingId: 'a b',
      tableId: 't/1',
    });
  });
});
