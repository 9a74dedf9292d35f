/** What the server says about itself, as a person sees it: the footer, and the access code on the start page. */
import { CREATION_CODE_HEADER, type InstanceInfo } from '@percolate/shared';
import { screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { violations } from './support/axe.js';
import { renderAppAt } from './support/renderApp.js';

vi.unmock('../../client/src/api/instanceApi.js');

const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

const INSTANCE: InstanceInfo = {
  version: '0.2.0',
  creation: 'restricted',
  imprintUrl: 'https://stadt.example/impressum',
  privacyUrl: 'https://stadt.example/datenschutz',
};

/** A server that restricts creating to the access code "Kaffee". */
const stubServer = () => {
  const fetchMock = vi.fn(async (url: string, init: RequestInit = {}) => {
    if (url === '/api/instance') return json(INSTANCE);
    const headers = (init.headers ?? {}) as Record<string, string>;
    if (headers[CREATION_CODE_HEADER] !== 'Kaffee') {
      return json({ error: { code: 'CREATION_RESTRICTED', message: 'needs the code' } }, 403);
    }
    return json({
      id: 'm42',
      joinCode: 'K7QX2M',
      joinUrl: 'http://localhost/join/K7QX2M',
      facilitatorUrl: 'http://localhost/m/m42#key=abc',
    });
  });
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
};

beforeEach(() => {
  window.history.replaceState(null, '', '/');
  sessionStorage.clear();
});
afterEach(() => {
  vi.unstubAllGlobals();
});

describe('the instance in the page', () => {
  it('shows the release and links the imprint and privacy policy in the footer', async () => {
    stubServer();
    renderAppAt('/');
    const footer = await screen.findByRole('contentinfo');
    expect(footer).toHaveTextContent('Percolate 0.2.0');
    expect(screen.getByRole('link', { name: 'Imprint' })).toHaveAttribute(
      'href',
      INSTANCE.imprintUrl,
    );
    expect(screen.getByRole('link', { name: 'Privacy policy' })).toHaveAttribute(
      'href',
      INSTANCE.privacyUrl,
    );
    expect(await violations()).toEqual([]);
  });

  it('asks for the access code where creating is restricted, and creates once it is right', async () => {
    const fetchMock = stubServer();
    const user = renderAppAt('/');
    const [codeField] = await screen.findAllByLabelText('Access code');
    expect(await violations()).toEqual([]);
    await user.type(screen.getByLabelText('Meeting title'), 'CoP Q3');
    await user.type(screen.getAllByLabelText('Your name')[0] as HTMLElement, 'Fran');
    await user.type(codeField as HTMLElement, 'Tee');
    await user.click(screen.getByRole('button', { name: 'Create meeting' }));
    expect(await screen.findByText(/right access code/)).toBeInTheDocument();

    await user.clear(codeField as HTMLElement);
    await user.type(codeField as HTMLElement, 'Kaffee');
    await user.click(screen.getByRole('button', { name: 'Create meeting' }));
    await waitFor(() => expect(window.location.pathname).toBe('/m/m42'));
    const created = fetchMock.mock.calls.filter(([url]) => url === '/api/meetings');
    expect(created).toHaveLength(2);
  });
});
