import {
  FESTIVAL_NAMES,
  parseOfficialYear,
  projectStatutoryHolidays,
  REST_TYPES,
  type OfficialYear,
} from '../../kernel/calendar/index.js';
import { dayOfWeek, isValidLocalDate, yearOf, type LocalDate } from '../../kernel/local-date.js';

/** One problem in an uploaded year file, with where it is and what to do, in Chinese. */
export interface ImportIssue {
  path: string;
  message: string;
}

export type YearFileCheck =
  | { ok: true; year: OfficialYear; warnings: string[] }
  | { ok: false; issues: ImportIssue[] };

const FIRST_YEAR = 2019;
const LAST_YEAR = 2035;
const WEEKDAYS = ['', '周一', '周二', '周三', '周四', '周五', '周六', '周日'];

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function text(v: unknown): string | null {
  return typeof v === 'string' && v.trim() !== '' ? v.trim() : null;
}

/**
 * Checks an uploaded year file (the format of `server/modules/calendar/data/<year>.json`) and reports every
 * problem at once, row by row, so the maintainer can fix the file in one pass. Stricter than the kernel's
 * parser: an imported notice must carry its title and 文号. Non-blocking points (a statutory holiday of
 * 《全国年节及纪念日放假办法》 not listed as a rest day, an unverified notice) come back as warnings.
 * Pure; the kernel's parser runs last as a second check.
 */
export function checkYearFile(raw: unknown): YearFileCheck {
  const issues: ImportIssue[] = [];
  const add = (path: string, message: string) => issues.push({ path, message });
  if (!isRecord(raw)) return { ok: false, issues: [{ path: '', message: '文件内容须为 JSON 对象' }] };

  const year = raw['year'];
  const yearOk =
    typeof year === 'number' && Number.isInteger(year) && year >= FIRST_YEAR && year <= LAST_YEAR;
  if (!yearOk)
    add(
      'year',
      `年份（year）须为 ${FIRST_YEAR} 至 ${LAST_YEAR} 之间的整数，收到：${JSON.stringify(year) ?? '空'}`,
    );

  const notices = raw['notices'];
  let noticeCount = 0;
  const warnings: string[] = [];
  if (!Array.isArray(notices) || notices.length === 0) {
    add('notices', '须至少列出一份国务院办公厅放假安排通知（notices），含标题和文号');
  } else {
    noticeCount = notices.length;
    notices.forEach((n, i) => {
      const at = `notices[${i}]`;
      const label = `第${i + 1}份通知`;
      if (!isRecord(n)) return add(at, `${label}：须为对象`);
      const title = text(n['title']);
      if (!title) add(`${at}.title`, `${label}：通知标题（title）不能为空`);
      else if (yearOk && !title.includes(`${year}`))
        warnings.push(`${label}标题「${title}」中没有年份 ${year}，请核对是否为该年度的通知`);
      if (!text(n['docNo'])) add(`${at}.docNo`, `${label}：文号（docNo）不能为空，如 国办发明电〔2024〕12号`);
      if (!isValidLocalDate(n['issuedOn']))
        add(`${at}.issuedOn`, `${label}：发布日期（issuedOn）须为 YYYY-MM-DD 格式的真实日期`);
      if (n['verified'] !== undefined && typeof n['verified'] !== 'boolean')
        add(`${at}.verified`, `${label}：verified 须为 true 或 false`);
      if (n['verified'] !== true) warnings.push(`${label}未标明已与通知原文核对（verified 不为 true）`);
    });
  }

  const days = raw['days'];
  const seen = new Map<string, number>();
  const listed = new Map<LocalDate, string>();
  if (!Array.isArray(days) || days.length === 0) {
    add('days', '未列出任何放假或调休日期（days）');
  } else {
    days.forEach((d, i) => {
      const at = `days[${i}]`;
      if (!isRecord(d)) return add(at, `第${i + 1}条：须为对象`);
      const date = d['date'];
      const label = `第${i + 1}条${typeof date === 'string' ? `（${date}）` : ''}`;
      if (!isValidLocalDate(date))
        return add(`${at}.date`, `${label}：日期（date）须为 YYYY-MM-DD 格式的真实日期`);
      if (yearOk && Math.abs(yearOf(date) - year) > 1)
        add(`${at}.date`, `${label}：日期不属于 ${year} 年度的放假安排`);
      const prior = seen.get(date);
      if (prior !== undefined) add(`${at}.date`, `${label}：与第${prior + 1}条日期重复`);
      else seen.set(date, i);
      const name = d['name'];
      if (typeof name !== 'string' || !(FESTIVAL_NAMES as readonly string[]).includes(name))
        add(
          `${at}.name`,
          `${label}：节日名称（name）应为 ${FESTIVAL_NAMES.join('、')} 之一，收到：${JSON.stringify(name) ?? '空'}`,
        );
      const notice = d['notice'] ?? 0;
      if (
        typeof notice !== 'number' ||
        !Number.isInteger(notice) ||
        notice < 0 ||
        (noticeCount > 0 && notice >= noticeCount)
      )
        add(`${at}.notice`, `${label}：notice 应为通知序号（0 起），收到：${JSON.stringify(notice)}`);
      const weekend = dayOfWeek(date) >= 6;
      const weekday = WEEKDAYS[dayOfWeek(date)] ?? '';
      switch (d['kind']) {
        case 'holiday': {
          const restType = d['restType'];
          if (typeof restType !== 'string' || !(REST_TYPES as readonly string[]).includes(restType)) {
            add(
              `${at}.restType`,
              `${label}：休息类型（restType）应为 statutory（法定节假日）、swapped（调休休息日）、weekend（周末）或 extended（延长假期）`,
            );
          } else if (restType === 'weekend' && !weekend) {
            add(`${at}.restType`, `${label}：标为周末（weekend），但该日是${weekday}`);
          } else if ((restType === 'swapped' || restType === 'extended') && weekend) {
            add(`${at}.restType`, `${label}：${weekday}应标为 weekend 或 statutory，不是 ${restType}`);
          }
          listed.set(date, 'rest');
          break;
        }
        case 'makeup_workday':
          if (!weekend)
            add(`${at}.kind`, `${label}：调休上班日（makeup_workday）应为周六或周日，该日是${weekday}`);
          listed.set(date, 'work');
          break;
        default:
          add(
            `${at}.kind`,
            `${label}：类型（kind）应为 holiday（放假）或 makeup_workday（调休上班），收到：${JSON.stringify(d['kind']) ?? '空'}`,
          );
      }
    });
  }

  if (issues.length) return { ok: false, issues };

  // Normalise an omitted `verified` to false (unverified until someone says otherwise), then let the kernel
  // parse it as a second check.
  const normalised = {
    ...raw,
    notices: (notices as Record<string, unknown>[]).map((n) => ({
      ...n,
      docNo: text(n['docNo']),
      title: text(n['title']),
      verified: n['verified'] === true,
    })),
  };
  let parsed: OfficialYear;
  try {
    parsed = parseOfficialYear(normalised);
  } catch (e) {
    return { ok: false, issues: [{ path: '', message: e instanceof Error ? e.message : String(e) }] };
  }
  for (const h of projectStatutoryHolidays(parsed.year)) {
    if (listed.get(h.date) !== 'rest')
      warnings.push(
        `${h.date}（${h.festival}）按《全国年节及纪念日放假办法》为法定节假日，但文件未将其列为放假日期，请与通知原文核对`,
      );
  }
  return { ok: true, year: parsed, warnings };
}
