import type { NotificationLevel } from './deadlines.settings.js';

/** One message to a person outside the application (SMS, e-mail...). */
export interface OutboundMessage {
  userId: string;
  level: NotificationLevel;
  title: string;
  body: string;
  link: string | null;
}

/**
 * An outbound channel for deadline warnings. In-app notifications on the 工作台 are always written; channels are
 * extra, sent after the sweep's transaction commits, and a failing channel never undoes the sweep.
 */
export interface NotificationChannel {
  readonly name: string;
  send(messages: readonly OutboundMessage[]): Promise<void>;
}

/** The part of a pino logger the default channel needs. */
export interface ChannelLogger {
  info(obj: object, msg: string): void;
}

/**
 * The default channel: no SMS gateway or mail server is configured yet, so it logs what it would send, one line
 * per message, without the body text (which may name a party).
 */
export class LoggingChannel implements NotificationChannel {
  readonly name = 'log';
  constructor(private readonly logger: ChannelLogger) {}

  send(messages: readonly OutboundMessage[]): Promise<void> {
    for (const m of messages)
      this.logger.info(
        { channel: this.name, userId: m.userId, level: m.level, title: m.title, link: m.link },
        '期限提醒（外部渠道未配置，仅记录）',
      );
    return Promise.resolve();
  }
}
