/** Password policy, checked on the server and previewed in the SPA. Defaults per 等保 2.0 第三级 身份鉴别. */
export interface PasswordPolicy {
  minLength: number;
  /** How many of the four classes (lower, upper, digit, symbol) a password needs. */
  minClasses: number;
  lockThreshold: number;
  lockMinutes: number;
  idleMinutes: number;
}

export const DEFAULT_SECURITY_POLICY: PasswordPolicy = {
  minLength: 8,
  minClasses: 3,
  lockThreshold: 5,
  lockMinutes: 15,
  idleMinutes: 30,
};

/** Returns the Chinese reasons a password breaks the policy (empty when it complies). */
export function passwordProblems(password: string, username: string, policy: PasswordPolicy): string[] {
  const problems: string[] = [];
  if (password.length < policy.minLength) problems.push(`长度至少 ${policy.minLength} 位`);
  const classes = [/[a-z]/, /[A-Z]/, /[0-9]/, /[^A-Za-z0-9]/].filter((re) => re.test(password)).length;
  if (classes < policy.minClasses)
    problems.push(`须包含小写字母、大写字母、数字、符号中的至少 ${policy.minClasses} 类`);
  if (username && password.toLowerCase().includes(username.toLowerCase())) problems.push('不得包含用户名');
  return problems;
}
