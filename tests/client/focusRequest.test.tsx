/** Where focus goes after an action (`client/src/ui/focus.ts`): a request waits for its target. */
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { requestFocus, useFocusTarget } from '../../client/src/ui/focus.js';

const Target = () => {
  const target = useFocusTarget<HTMLHeadingElement>('next');
  return (
    <h2 tabIndex={-1} {...target}>
      What comes next
    </h2>
  );
};

/** A button that asks for focus on 'next', and a target that arrives when the test says so. */
const Screen = () => {
  const [arrived, setArrived] = useState(false);
  return (
    <>
      <button type="button" onClick={() => requestFocus('next')}>
        Act
      </button>
      <input aria-label="Elsewhere" />
      <button type="button" onClick={() => setArrived(true)}>
        Arrive
      </button>
      {arrived ? <Target /> : null}
    </>
  );
};

describe('a focus request', () => {
  it('is taken by its target arriving while focus is still on the control that asked', async () => {
    const user = userEvent.setup();
    render(<Screen />);
    await user.click(screen.getByRole('button', { name: 'Act' }));
    screen.getByRole('button', { name: 'Act' }).focus();
    // The target arrives (as a patch would bring it) with focus still on the button.
    const arrive = screen.getByRole('button', { name: 'Arrive' });
    arrive.click();
    expect(await screen.findByRole('heading', { name: 'What comes next' })).toHaveFocus();
  });

  it('does not pull focus away from where the person went on since', async () => {
    const user = userEvent.setup();
    render(<Screen />);
    await user.click(screen.getByRole('button', { name: 'Act' }));
    // The command failed; the person typed elsewhere, and then the target arrives after all.
    await user.click(screen.getByLabelText('Elsewhere'));
    screen.getByRole('button', { name: 'Arrive' }).click();
    await screen.findByRole('heading', { name: 'What comes next' });
    expect(screen.getByLabelText('Elsewhere')).toHaveFocus();
  });
});
