/** Demo data: the 赤峰市应急管理局 bureau with one account per role. */
export { seedDemo, DEMO_ACCOUNTS, DEMO_PASSWORD } from './seed-demo.js';
