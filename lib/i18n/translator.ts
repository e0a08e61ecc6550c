import type { createTranslator, Messages, NamespaceKeys, NestedKeyOf } from 'next-intl';

// The type of a translator for one namespace of the catalogs: what `useTranslations(ns)` and
// `getTranslations(ns)` return. Pure modules that build user-facing text take one as an argument, so the
// component translates in the reader's language and a unit test can pass the English or Korean catalog
// (`createTranslator({ locale, messages, namespace })`).

export type Namespace = NamespaceKeys<Messages, NestedKeyOf<Messages>>;
export type Translate<NS extends Namespace> = ReturnType<typeof createTranslator<Messages, NS>>;
