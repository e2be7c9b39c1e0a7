/**
 * Password policy (OWASP ASVS 2.1): at least 12 characters, at most 256, and not one of the
 * passwords most often tried (or a padded variant of one).
 */
const COMMON = new Set(
  [
    'password', 'password1', 'password123', 'passw0rd', 'qwerty', 'qwertyuiop', 'qwerty123', '123456', '12345678',
    '123456789', '1234567890', '123123', '111111', 'iloveyou', 'admin', 'administrator', 'welcome', 'letmein',
    'changeme', 'azerbaijan', 'azerbaycan', 'azərbaycan', 'baku', 'baki', 'bakı', 'parol', 'sifre', 'şifrə',
    'demo-2016!', 'secret', 'monkey', 'dragon', 'football', 'abc123', '1q2w3e4r', 'zaq12wsx', 'qazwsx',
    'trustno1', 'sunshine', 'princess', 'master', 'superman', 'baseball', 'shadow', 'michael', 'welcome1',
  ].map((p) => p.toLowerCase()),
);

export const PASSWORD_MIN_LENGTH = 12;

export function isCommonPassword(password: string): boolean {
  const normalized = password.trim().toLowerCase();
  if (COMMON.has(normalized)) return true;
  // "Password123456", "qwerty2024!!": a common word padded with digits and symbols.
  const core = normalized.replace(/[\d\W_]+$/u, '').replace(/^[\d\W_]+/u, '');
  if (core.length > 0 && COMMON.has(core)) return true;
  return /^(.)\1+$/u.test(normalized) || /^(0123456789|123456789012|abcdefghijkl|qwertyuiopas)/.test(normalized);
}

/** Every reason a password is refused, for one clear message. */
export function passwordProblems(password: string): string[] {
  const problems: string[] = [];
  if ([...password].length < PASSWORD_MIN_LENGTH) problems.push(`it must be at least ${PASSWORD_MIN_LENGTH} characters long`);
  if ([...password].length > 256) problems.push('it must be at most 256 characters long');
  if (isCommonPassword(password)) problems.push('it is too common');
  return problems;
}
