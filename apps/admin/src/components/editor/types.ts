/** Field errors by path ("participants.0.role"), as core returns them. */
export type Errors = Record<string, string[]>;
export type Labels = Record<string, string>;

export const errorsAt = (errors: Errors, path: string) => errors[path] ?? [];

/** Errors of a list item or any field inside it. */
export const errorsUnder = (errors: Errors, prefix: string) =>
  Object.entries(errors)
    .filter(([k]) => k === prefix || k.startsWith(`${prefix}.`))
    .flatMap(([, v]) => v);
