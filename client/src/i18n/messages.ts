/** A message is a template (`{name}` placeholders) or, when it depends on a count, one per plural category. */
export type PluralMessage = Readonly<
  Partial<Record<Intl.LDMLPluralRule, string>> & { other: string }
>;
export type Message = string | PluralMessage;
export type Messages = Readonly<Record<string, Message>>;
