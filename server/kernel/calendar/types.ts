import type { IsoDayOfWeek, LocalDate } from '../local-date.js';

/** The seven holidays for all citizens (《全国年节及纪念日放假办法》第二条). */
export const FESTIVAL_NAMES = ['元旦', '春节', '清明节', '劳动节', '端午节', '中秋节', '国庆节'] as const;
export type FestivalName = (typeof FESTIVAL_NAMES)[number];

/**
 * What kind of rest day a day inside a holiday block is, so the UI can colour them apart.
 * - `statutory`: a 法定节假日 proper (第二条 of the measures in force that year);
 * - `swapped`: a weekday given as rest by the notice (调休休息日; this includes the 补假 day of
 *   第六条 when a statutory day fell on a weekend, which the notices do not distinguish);
 * - `weekend`: a Saturday or Sunday inside or next to the block (公休日);
 * - `extended`: a weekday added by a special notice extending a holiday (2020 春节, 国办发明电〔2020〕1号).
 */
export const REST_TYPES = ['statutory', 'swapped', 'weekend', 'extended'] as const;
export type RestType = (typeof REST_TYPES)[number];

/** A day listed in a State Council notice. */
export type OfficialDay =
  | {
      date: LocalDate;
      kind: 'holiday';
      name: FestivalName;
      restType: RestType;
      /** Index into the year's `notices`; 0 when omitted. */
      notice: number;
    }
  | {
      date: LocalDate;
      /** A weekend day on which work is done under the notice (调休上班日). */
      kind: 'makeup_workday';
      name: FestivalName;
      notice: number;
    };

/** A notice of the 国务院办公厅 arranging one year's holidays (or amending that arrangement). */
export interface HolidayNotice {
  title: string;
  /** 文号, e.g. 国办发明电〔2024〕12号; null when unknown. */
  docNo: string | null;
  issuedOn: LocalDate;
  /** Whether title, 文号 and date were checked against a copy of the notice itself. */
  verified: boolean;
}

/** One year's published arrangement: `server/modules/calendar/data/<year>.json`. */
export interface OfficialYear {
  year: number;
  notices: readonly HolidayNotice[];
  days: readonly OfficialDay[];
}

/** A rest day or working day a locality declares (《全国年节及纪念日放假办法》第四条, local orders). */
export interface OverlayDay {
  date: LocalDate;
  kind: 'rest' | 'work';
  /** What the day is, e.g. 那达慕大会. */
  name: string;
  /** The document that declares it, e.g. a 盟市人民政府 notice with its 文号. Required. */
  source: string;
}

/** Local additions on top of the national calendar. Overlay days override everything else. */
export interface LocalOverlay {
  /** The locality, e.g. 赤峰市. */
  name: string;
  days: readonly OverlayDay[];
}

/**
 * How to count 调休上班日 (weekend days made working days by a notice or an overlay).
 * `true` (default, prevailing practice): they are working days. `false`: they stay rest days.
 * legal-spec §1.3 makes this a configuration flag; each stored deadline records it.
 */
export interface CountingOptions {
  countMakeupWorkdays?: boolean;
}

/** Why a day is what it is. */
export type DayCategory =
  | 'workday'
  | 'weekend'
  | 'statutory_holiday'
  | 'swapped_rest'
  | 'extended_rest'
  | 'makeup_workday'
  | 'local_rest'
  | 'local_workday';

/** Where the status of a day comes from; `citation` is ready to show next to a date. */
export type DaySource =
  | {
      kind: 'notice';
      title: string;
      docNo: string | null;
      issuedOn: LocalDate;
      verified: boolean;
      citation: string;
    }
  | { kind: 'overlay'; locality: string; citation: string }
  | { kind: 'projection'; citation: string }
  | { kind: 'rule'; citation: string };

/** The answer to "what is this day?". */
export interface CalendarDay {
  date: LocalDate;
  dayOfWeek: IsoDayOfWeek;
  /** Whether the day counts as a working day under the counting options asked for. */
  working: boolean;
  category: DayCategory;
  /** For rest days: how the UI colours it (`local` for an overlay rest day). Null on working days. */
  restType: RestType | 'local' | null;
  festival: FestivalName | null;
  /** Short Chinese reason: 周末, 法定节假日（国庆节）, 调休休息日（国庆节）, 调休上班日（国庆节）... */
  reason: string;
  source: DaySource;
  /** True when the year has no published notice and the day's status is a projection. */
  projected: boolean;
}
