// What counts as an email address where the pane and the CLI take the admin's: one @, a dot in the
// domain, nothing that would break a mailto: or a header line.
const EMAIL = /^[^\s@<>(),;:"]+@[^\s@<>(),;:"]+\.[^\s@<>(),;:"]+$/;

export function isEmailAddress(text: string): boolean {
  return EMAIL.test(text.trim());
}
