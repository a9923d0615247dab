export const PASSWORD_MIN_LENGTH = 8;
export const PASSWORD_MAX_LENGTH = 128;

/** Returns a reason the password is unacceptable, or null. Kept short and explainable: length
 * and at least one letter and one digit, so officers can still type it on a phone. */
export function passwordProblem(password: string): string | null {
  if (password.length < PASSWORD_MIN_LENGTH) return `must be at least ${PASSWORD_MIN_LENGTH} characters`;
  if (password.length > PASSWORD_MAX_LENGTH) return `must be at most ${PASSWORD_MAX_LENGTH} characters`;
  if (!/\p{L}/u.test(password) || !/\d/.test(password)) return 'must contain a letter and a digit';
  return null;
}
