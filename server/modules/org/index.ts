/** The organisation module's public face. */
export { orgQueries, createUnit, createPosition } from './org.service.js';
export { orgRoutes } from './org.routes.js';
export { orgRepository } from './org.repository.js';
