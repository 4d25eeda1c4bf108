/** The words of every language, made modules of the build by vite.config.ts (localeModules). */
declare module 'virtual:notebook-locales' {
  /** One part of a language's words: each namespace's messages, by name. */
  type LocalePart = Readonly<Record<string, Record<string, unknown> | undefined>>;

  /** The namespaces, by the files of English, in alphabetical order. */
  export const NAMESPACES: readonly string[];
  /** For each folder of locales/: the words of the screens before the passphrase, and the rest, each loaded on demand. */
  export const LOCALES: Readonly<
    Record<string, { readonly start: () => Promise<LocalePart>; readonly rest: () => Promise<LocalePart> } | undefined>
  >;
}
