import axe from 'axe-core';

/**
 * The ids of axe-core's violations on the whole document. Contrast is left out: jsdom computes no
 * styles (the themes' contrast is checked in the browser by the e2e tests).
 */
export const violations = async (): Promise<string[]> =>
  (
    await axe.run(document.body, { rules: { 'color-contrast': { enabled: false } } })
  ).violations.map((violation) => violation.id);
