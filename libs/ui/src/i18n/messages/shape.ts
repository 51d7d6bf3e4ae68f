/**
 * The shape of a message tree with every text widened to `string`. English is written first and
 * every other locale is declared as `MessageShape<typeof en>`, so a missing or misspelt key in
 * any language is a type error.
 */
export type MessageShape<T> = { [K in keyof T]: T[K] extends string ? string : MessageShape<T[K]> };

export type MessageTree = { [key: string]: string | MessageTree };
