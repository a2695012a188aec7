/**
 * Year files for tests and the benchmark. NOT real notices: the 2027 arrangement has not been published; this one
 * is invented (Spring Festival from 除夕 5 February to 11 February, make-up Sunday 31 January and Saturday
 * 20 February) to exercise an import that replaces a projected year.
 */
export const FIXTURE_2027 = {
  year: 2027,
  notices: [
    {
      title: '国务院办公厅关于2027年部分节假日安排的通知（测试数据）',
      docNo: '国办发明电〔2026〕99号',
      issuedOn: '2026-11-20',
      verified: false,
    },
  ],
  days: [
    { date: '2027-01-01', kind: 'holiday', name: '元旦', restType: 'statutory' },
    { date: '2027-01-02', kind: 'holiday', name: '元旦', restType: 'weekend' },
    { date: '2027-01-03', kind: 'holiday', name: '元旦', restType: 'weekend' },
    { date: '2027-01-31', kind: 'makeup_workday', name: '春节' },
    { date: '2027-02-05', kind: 'holiday', name: '春节', restType: 'statutory' },
    { date: '2027-02-06', kind: 'holiday', name: '春节', restType: 'statutory' },
    { date: '2027-02-07', kind: 'holiday', name: '春节', restType: 'statutory' },
    { date: '2027-02-08', kind: 'holiday', name: '春节', restType: 'statutory' },
    { date: '2027-02-09', kind: 'holiday', name: '春节', restType: 'swapped' },
    { date: '2027-02-10', kind: 'holiday', name: '春节', restType: 'swapped' },
    { date: '2027-02-11', kind: 'holiday', name: '春节', restType: 'swapped' },
    { date: '2027-02-20', kind: 'makeup_workday', name: '春节' },
  ],
} as const;
