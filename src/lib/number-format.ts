// Creating an Intl.NumberFormat costs far more than formatting with one, and a build formats thousands of
// amounts (every guide's estimate, the portfolio); one formatter per locale and options is kept.
const formats = new Map<string, Intl.NumberFormat>();

/** A shared `Intl.NumberFormat` for these locale and options. */
export function numberFormat(locale: string | undefined, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${locale ?? ''} ${JSON.stringify(options)}`;
  let format = formats.get(key);
  if (!format) formats.set(key, (format = new Intl.NumberFormat(locale, options)));
  return format;
}
