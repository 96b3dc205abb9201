/** Builds the address of a public page: the identity on the public site, absolute in previews. */
export type Linker = (path: string) => string;
export const sameSite: Linker = (path) => path;
