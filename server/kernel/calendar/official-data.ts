import { isValidLocalDate, isWeekend, yearOf, type LocalDate } from '../local-date.js';
import { CalendarError } from './errors.js';
import {
  FESTIVAL_NAMES,
  REST_TYPES,
  type FestivalName,
  type HolidayNotice,
  type LocalOverlay,
  type OfficialDay,
  type OfficialYear,
  type OverlayDay,
  type RestType,
} from './types.js';

function invalid(where: string, what: string): never {
  throw new CalendarError('CALENDAR_INVALID_DATA', `日历数据有误（${where}）：${what}`);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function requireDate(value: unknown, where: string): LocalDate {
  if (!isValidLocalDate(value)) invalid(where, `日期「${String(value)}」无效`);
  return value;
}

function requireText(value: unknown, where: string, field: string): string {
  if (typeof value !== 'string' || value.trim() === '') invalid(where, `${field}不能为空`);
  return value;
}

function isFestival(value: unknown): value is FestivalName {
  return typeof value === 'string' && (FESTIVAL_NAMES as readonly string[]).includes(value);
}

function isRestType(value: unknown): value is RestType {
  return typeof value === 'string' && (REST_TYPES as readonly string[]).includes(value);
}

function parseNotice(raw: unknown, where: string): HolidayNotice {
  if (!isRecord(raw)) invalid(where, '通知条目不是对象');
  const docNo = raw['docNo'];
  if (docNo !== null && (typeof docNo !== 'string' || docNo.trim() === ''))
    invalid(where, '文号须为字符串或 null');
  if (typeof raw['verified'] !== 'boolean') invalid(where, 'verified 须为布尔值');
  return {
    title: requireText(raw['title'], where, '通知标题'),
    docNo,
    issuedOn: requireDate(raw['issuedOn'], where),
    verified: raw['verified'],
  };
}

function parseDay(raw: unknown, where: string, noticeCount: number): OfficialDay {
  if (!isRecord(raw)) invalid(where, '日期条目不是对象');
  const date = requireDate(raw['date'], where);
  const at = `${where} ${date}`;
  const name = raw['name'];
  if (!isFestival(name))
    invalid(at, `节日名称「${String(name)}」不在《全国年节及纪念日放假办法》第二条所列节日之内`);
  const notice = raw['notice'] ?? 0;
  if (typeof notice !== 'number' || !Number.isInteger(notice) || notice < 0 || notice >= noticeCount) {
    invalid(at, `notice 序号「${JSON.stringify(notice)}」无对应通知`);
  }
  if (raw['kind'] === 'holiday') {
    const restType = raw['restType'];
    if (!isRestType(restType)) invalid(at, `restType「${String(restType)}」无效`);
    if ((restType === 'weekend') !== isWeekend(date) && restType !== 'statutory') {
      invalid(
        at,
        restType === 'weekend' ? '标为公休日但不是周六或周日' : '周六、周日应标为 weekend 或 statutory',
      );
    }
    return { date, kind: 'holiday', name, restType, notice };
  }
  if (raw['kind'] === 'makeup_workday') {
    // 调休上班日 only make sense on a weekend; a weekday is a working day anyway.
    if (!isWeekend(date)) invalid(at, '调休上班日应为周六或周日');
    return { date, kind: 'makeup_workday', name, notice };
  }
  return invalid(at, `kind「${String(raw['kind'])}」无效，应为 holiday 或 makeup_workday`);
}

/**
 * Validates one year file of `server/modules/calendar/data/` (the arrangement published by the
 * State Council for that year) and returns it typed. Refuses unknown festival names, rest types
 * and kinds, invalid dates, dangling notice references and a date listed twice.
 * Days may lie just outside the year (2023's 元旦 block starts on 2022-12-31).
 * @throws CalendarError CALENDAR_INVALID_DATA
 */
export function parseOfficialYear(raw: unknown): OfficialYear {
  if (!isRecord(raw)) invalid('年度数据', '不是对象');
  const year = raw['year'];
  if (typeof year !== 'number' || !Number.isInteger(year)) invalid('年度数据', 'year 须为整数');
  const where = `${year}年`;
  const rawNotices = raw['notices'];
  const rawDays = raw['days'];
  if (!Array.isArray(rawNotices) || rawNotices.length === 0) invalid(where, '至少须有一份通知');
  if (!Array.isArray(rawDays)) invalid(where, 'days 须为数组');
  const notices = rawNotices.map((n) => parseNotice(n, where));
  const days = rawDays.map((d) => parseDay(d, where, notices.length));
  const seen = new Set<LocalDate>();
  for (const d of days) {
    if (seen.has(d.date)) invalid(where, `${d.date} 重复出现`);
    seen.add(d.date);
    if (Math.abs(yearOf(d.date) - year) > 1) invalid(where, `${d.date} 不属于该年度安排`);
  }
  return { year, notices, days };
}

/**
 * Validates a local overlay: every day needs a valid date, a kind, a name and a source document,
 * and no date may be declared twice.
 * @throws CalendarError CALENDAR_INVALID_DATA
 */
export function parseLocalOverlay(raw: unknown): LocalOverlay {
  if (!isRecord(raw)) invalid('地方日历', '不是对象');
  const name = requireText(raw['name'], '地方日历', '地区名称');
  const rawDays = raw['days'];
  if (!Array.isArray(rawDays)) invalid(name, 'days 须为数组');
  const seen = new Set<LocalDate>();
  const days = rawDays.map((d): OverlayDay => {
    if (!isRecord(d)) invalid(name, '日期条目不是对象');
    const date = requireDate(d['date'], name);
    if (seen.has(date)) invalid(name, `${date} 重复出现`);
    seen.add(date);
    const kind = d['kind'];
    if (kind !== 'rest' && kind !== 'work') invalid(`${name} ${date}`, 'kind 应为 rest 或 work');
    return {
      date,
      kind,
      name: requireText(d['name'], `${name} ${date}`, '名称'),
      source: requireText(d['source'], `${name} ${date}`, '依据文件'),
    };
  });
  return { name, days };
}
