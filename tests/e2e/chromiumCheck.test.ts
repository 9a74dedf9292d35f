import { describe, expect, it } from 'vitest';
import { chromiumCheck } from '../helpers/browser.js';

describe('whether the end-to-end tests can run', () => {
  const missing = '/nonexistent/chromium';

  it('runs them when the browser is installed, in CI too', () => {
    const installed = process.execPath;
    expect(chromiumCheck({ CI: 'true' }, installed)).toEqual({ available: true, url: installed });
  });

  it('skips them locally without Chromium, saying why', () => {
    const check = chromiumCheck({}, missing);
    expect(check).toMatchObject({ available: false, mandatory: false });
    expect(check.available ? '' : check.reason).toMatch(/Chromium not found .* skipped/);
  });

  it('fails them in CI without Chromium, saying why', () => {
    const check = chromiumCheck({ CI: 'true' }, missing);
    expect(check).toMatchObject({ available: false, mandatory: true });
    expect(check.available ? '' : check.reason).toMatch(
      /Chromium not found .* failed because CI=true/,
    );
  });
});
