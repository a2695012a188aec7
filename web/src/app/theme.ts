import type { ThemeConfig } from 'antd';

/** A sober government palette: deep blue for structure, the emergency-management orange only as an accent. */
export const BRAND = {
  primary: '#1a4c94',
  navy: '#0d2b55',
  accent: '#e8590c',
  pageBg: '#f2f4f7',
} as const;

export const theme: ThemeConfig = {
  token: {
    colorPrimary: BRAND.primary,
    colorLink: '#1f5fbf',
    borderRadius: 4,
    fontFamily:
      "-apple-system, BlinkMacSystemFont, 'PingFang SC', 'Microsoft YaHei', 'Noto Sans CJK SC', 'Source Han Sans SC', 'Helvetica Neue', Arial, sans-serif",
    colorBgLayout: BRAND.pageBg,
  },
  components: {
    Layout: { headerBg: BRAND.navy, headerHeight: 56, headerPadding: '0 20px', siderBg: '#ffffff' },
    Menu: { itemSelectedBg: '#e8eef8', itemSelectedColor: BRAND.primary },
    Table: { headerBg: '#f5f7fa' },
  },
};
