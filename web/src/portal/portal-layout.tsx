import { Layout, Menu, Spin } from 'antd';
import { Suspense } from 'react';
import { Link, Outlet, useLocation } from 'react-router';
import { BRAND } from '../app/theme';

/** The public site's frame: the bureau's name, the two public pages, no login and no session. */
export function PortalLayout() {
  const location = useLocation();
  const selected = location.pathname.startsWith('/portal/verify') ? 'verify' : 'officers';
  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Header style={{ display: 'flex', alignItems: 'center', gap: 24 }}>
        <Link to="/portal/officers" style={{ display: 'flex', alignItems: 'center', gap: 10, color: '#fff' }}>
          <img src="/favicon.svg" alt="" width={30} height={30} />
          <span style={{ fontSize: 17, fontWeight: 600, letterSpacing: 1 }}>赤峰市应急管理局</span>
          <span
            style={{
              fontSize: 14,
              opacity: 0.8,
              borderLeft: '1px solid rgba(255,255,255,.4)',
              paddingLeft: 10,
            }}
          >
            行政执法公示
          </span>
        </Link>
        <Menu
          mode="horizontal"
          theme="dark"
          selectedKeys={[selected]}
          style={{ flex: 1, background: 'transparent', borderBottom: 0 }}
          items={[
            { key: 'officers', label: <Link to="/portal/officers">执法人员公示</Link> },
            { key: 'verify', label: <Link to="/portal/verify">执法证件核验</Link> },
          ]}
        />
      </Layout.Header>
      <Layout.Content style={{ padding: '24px 24px 48px', maxWidth: 1200, width: '100%', margin: '0 auto' }}>
        <Suspense fallback={<Spin />}>
          <Outlet />
        </Suspense>
      </Layout.Content>
      <Layout.Footer style={{ textAlign: 'center', color: '#888', background: BRAND.pageBg }}>
        依据《中华人民共和国行政处罚法》第五十五条，执法人员在调查或者检查时应当主动出示执法证件；执法人员不出示执法证件的，当事人或者有关人员有权拒绝接受调查或者检查。
      </Layout.Footer>
    </Layout>
  );
}
