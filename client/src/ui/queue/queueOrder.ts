/** The queue with `id` moved to where `target` stands (before it when moving up, after it when down). */
export const movedTo = (queue: readonly string[], id: string, target: string): string[] => {
  const from = queue.indexOf(id);
  const to = queue.indexOf(target);
  if (from < 0 || to < 0 || from === to) return [...queue];
  const next = queue.filter((other) => other !== id);
  next.splice(to, 0, id);
  return next;
};
