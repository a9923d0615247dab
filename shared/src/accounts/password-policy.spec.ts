import { passwordProblem } from './password-policy';
import { isRole } from './role';

describe('passwordProblem', () => {
  it.each([
    ['demo1234', null],
    ['mật-khẩu-2026', null],
    ['abc1234', 'must be at least 8 characters'],
    ['abcdefgh', 'must contain a letter and a digit'],
    ['12345678', 'must contain a letter and a digit'],
    ['a1'.repeat(65), 'must be at most 128 characters'],
  ])('judges "%s"', (password, expected) => {
    expect(passwordProblem(password)).toBe(expected);
  });
});

describe('roles', () => {
  it('knows the five roles', () => {
    expect(['admin', 'steering', 'front', 'supervisor', 'enumerator'].every(isRole)).toBe(true);
    expect(isRole('root')).toBe(false);
  });
});
