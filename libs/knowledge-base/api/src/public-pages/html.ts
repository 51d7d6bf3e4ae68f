/**
 * A tiny HTML builder for the public pages: `html` templates escape every value put into them
 * unless it is already `SafeHtml` (another template's result, or sanitised article HTML marked
 * with `trustedHtml`). Escaping covers text and quoted attribute values alike.
 */

const ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Text made safe for an HTML text node or a quoted attribute value. */
export const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (character) => ESCAPES[character]!);

/** Markup that may go into a page as it is. */
export class SafeHtml {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

/** Marks HTML that was produced safely elsewhere (the sanitised article body). */
export const trustedHtml = (value: string): SafeHtml => new SafeHtml(value);

export type HtmlValue = SafeHtml | string | number | null | undefined | false | readonly HtmlValue[];

function piece(value: HtmlValue): string {
  if (value === null || value === undefined || value === false) return '';
  if (value instanceof SafeHtml) return value.value;
  if (Array.isArray(value)) return value.map(piece).join('');
  return escapeHtml(String(value));
}

/** `html\`<a href="${url}">${title}</a>\``: every interpolated value is escaped; lists are joined. */
export function html(strings: TemplateStringsArray, ...values: HtmlValue[]): SafeHtml {
  let out = strings[0]!;
  for (let index = 0; index < values.length; index++) out += piece(values[index]!) + strings[index + 1]!;
  return new SafeHtml(out);
}

/** JSON for a `<script type="application/json">` block: nothing in it can close the element. */
export const jsonForScript = (value: unknown): SafeHtml =>
  new SafeHtml(
    JSON.stringify(value)
      .replace(/</g, '\\u003c')
      .replace(/>/g, '\\u003e')
      .replace(/&/g, '\\u0026')
      .replace(/\u2028/g, '\\u2028')
      .replace(/\u2029/g, '\\u2029'),
  );
