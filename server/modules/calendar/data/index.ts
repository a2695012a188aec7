/**
 * The State Council holiday arrangements, one JSON file per year, as published in each year's
 * 《国务院办公厅关于XXXX年部分节假日安排的通知》 (and its amending notices). Sources, 文号 and
 * which of them are verified: docs/domain/calendar.md.
 *
 * To add a year: write `<year>.json` in the same shape (every rest day of each block with its
 * `restType`, every 调休上班日), import it below, and run the calendar tests, which check it
 * against the lunar projection and against the `chinese-days` package.
 */
import { parseOfficialYear, type OfficialYear } from '../../../kernel/calendar/index.js';
import y2019 from './2019.json' with { type: 'json' };
import y2020 from './2020.json' with { type: 'json' };
import y2021 from './2021.json' with { type: 'json' };
import y2022 from './2022.json' with { type: 'json' };
import y2023 from './2023.json' with { type: 'json' };
import y2024 from './2024.json' with { type: 'json' };
import y2025 from './2025.json' with { type: 'json' };
import y2026 from './2026.json' with { type: 'json' };

/** Every published year, validated at import. */
export const OFFICIAL_HOLIDAY_YEARS: readonly OfficialYear[] = [y2019, y2020, y2021, y2022, y2023, y2024, y2025, y2026].map(
  (raw) => parseOfficialYear(raw),
);
