/**
 * A feature's strings in both languages; keys are namespaced by feature ("inbox.title"). The
 * English table must have exactly the Polish keys: a missing or extra one is a type error.
 */
export function defineMessages<K extends string>(messages: {
  pl: Record<K, string>;
  en: Record<NoInfer<K>, string>;
}): { pl: Record<K, string>; en: Record<K, string> } {
  return messages;
}
