/** The 工作台: notifications and to-dos that other modules put on a user's desk. */
export { workbenchRoutes } from './workbench.routes.js';
export { workbenchRepository as notificationsWriter, type NewNotification } from './workbench.repository.js';
export { notifyUsers, type Notice } from './notify.js';
