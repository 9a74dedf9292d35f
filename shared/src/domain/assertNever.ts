/** Ends an exhaustive switch: the compiler proves this is unreachable, the runtime says which value slipped through. */
export const assertNever = (value: never): never => {
  throw new Error(`unexpected value: ${JSON.stringify(value)}`);
};
