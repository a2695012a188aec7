import type { Permission } from '../../../common/roles.js';

/**
 * Every /api route declares who may call it (route option `config.access`). The guard enforces it before the
 * body is read, and the route matrix test walks every declared route with every role.
 */
export type Access =
  | { kind: 'public' }
  | { kind: 'authenticated'; allowPendingPasswordChange?: boolean }
  | { kind: 'permission'; permission: Permission };

export const access = {
  public: (): Access => ({ kind: 'public' }),
  authenticated: (opts: { allowPendingPasswordChange?: boolean } = {}): Access => ({
    kind: 'authenticated',
    ...opts,
  }),
  permission: (permission: Permission): Access => ({ kind: 'permission', permission }),
};

declare module 'fastify' {
  interface FastifyContextConfig {
    access?: Access;
  }
}
