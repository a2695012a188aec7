/**
 * The execution module's pure rules (罚缴分离, legal-spec §4): the payment period, on-the-spot collection, the
 * surcharge, the court-application window, and reading and matching the bank's statement. No database, no clock:
 * the calendar and the evaluation day come in as arguments.
 */
export * from './due-date.js';
export * from './surcharge.js';
export * from './on-the-spot.js';
export * from './court-window.js';
export * from './matching.js';
export * from './statement.js';
