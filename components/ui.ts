import ui from './ui.module.css';

// Class names live in a CSS module (scoped, hashed at build time); components name them as before.
export function cx(...names: (string | false | undefined)[]): string {
  return names
    .filter((n): n is string => !!n)
    .map((n) => ui[n] ?? '')
    .join(' ');
}
