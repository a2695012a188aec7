/** A LIKE/ILIKE pattern matching `text` anywhere, with the pattern characters (% _ \) escaped. */
export function likePattern(text: string): string {
  return `%${text.replace(/[%_\\]/g, (c) => `\\${c}`)}%`;
}
