// Control and bidi-override characters from a ticket could hide or reorder text wherever the brief
// is pasted, whatever the format.
export function stripControls(s: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: removing control characters is the purpose
  return s.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\u202a-\u202e\u2066-\u2069]/g, '');
}
