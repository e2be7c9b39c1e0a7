/**
 * A short deny-list of the passwords most often tried against government portals
 * (and their obvious variants). Length ≥ 12 is checked by the input validation.
 */
const COMMON = new Set(
  [
    'password', 'password1', 'password123', 'passw0rd', 'qwerty', 'qwertyuiop', 'qwerty123', '123456', '12345678',
    '123456789', '1234567890', '123123', '111111', 'iloveyou', 'admin', 'administrator', 'welcome', 'letmein',
    'changeme', 'azerbaijan', 'azerbaycan', 'azərbaycan', 'baku', 'baki', 'bakı', 'parol', 'sifre', 'şifrə',
    'demo-2016!', 'secret', 'monkey', 'dragon', 'football', 'abc123', '1q2w3e4r', 'zaq12wsx', 'qazwsx',
  ].map((p) => p.toLowerCase()),
);

export function isCommonPassword(password: string): boolean {
  const normalized = password.trim().toLowerCase();
  if (COMMON.has(normalized)) return true;
  // "Password123456", "qwerty2024!!": a common word padded with digits and symbols.
  const core = normalized.replace(/[\d\W_]+$/u, '').replace(/^[\d\W_]+/u, '');
  if (core.length > 0 && COMMON.has(core)) return true;
  return /^(.)\1+$/u.test(normalized) || /^(0123456789|123456789012|abcdefghijkl)/.test(normalized);
}
