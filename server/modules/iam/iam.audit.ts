/** Audit actions of the identity module (`<module>.<past-tense>`); labels are in common/audit-actions.ts. */
export const IAM_AUDIT = {
  loggedIn: 'auth.logged-in',
  loggedOut: 'auth.logged-out',
  loginFailed: 'auth.login-failed',
  accountLocked: 'auth.account-locked',
  passwordChanged: 'auth.password-changed',
  accountCreated: 'account.created',
  accountUpdated: 'account.updated',
  passwordReset: 'account.password-reset',
  accountUnlocked: 'account.unlocked',
  accountDisabled: 'account.disabled',
  accountEnabled: 'account.enabled',
  rolesChanged: 'account.roles-changed',
  policyChanged: 'security.policy-changed',
} as const;
