// A short fingerprint of a text (its length and a 32-bit hash), to remember
// in a property what was last written without storing all of it (a property
// holds 9 KB): equal fingerprints mean "very probably the same".
export function fingerprint(text: string): string {
  let h = 5381;
  for (let i = 0; i < text.length; i++) h = ((h * 33) ^ text.charCodeAt(i)) >>> 0;
  return `${text.length}:${h.toString(36)}`;
}
