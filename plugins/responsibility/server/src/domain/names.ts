/**
 * Names of units and columns as the tables write them: full-width and half-width brackets and
 * stray spaces vary from one transcription to the next (各县（区） / 各县(区)). Compare names only
 * through `normalizeName`.
 */
export const normalizeName = (name: string): string =>
  name
    .normalize('NFKC') // full-width brackets, digits and letters → half-width
    .replace(/\s+/g, '')
    .trim();
