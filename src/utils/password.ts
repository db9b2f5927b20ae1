/**
 * The notices' password rule (000 二(四), 002 art. 8) for content-API accounts: at least 8 characters,
 * with letters and digits. Admin accounts follow the responsibility plugin's account rules.
 */
export const isStrongPassword = (password: unknown): boolean =>
  typeof password === 'string' && password.length >= 8 && /[A-Za-z]/.test(password) && /\d/.test(password);
