/** Every text widened to `string`: each language is declared as `TextShape<typeof en>`, so a missing key is a type error. */
export type TextShape<T> = { [K in keyof T]: T[K] extends string ? string : TextShape<T[K]> };
