import { Button, Result } from 'antd';
import { useNavigate } from 'react-router';
import { usePageTitle } from './page';

/** Shown instead of a page the user's roles do not open. Nothing of the page is loaded or requested. */
export function Forbidden() {
  usePageTitle('无权访问');
  const navigate = useNavigate();
  return (
    <Result
      status="403"
      title="无权访问"
      subTitle="您的角色无权访问此页面。如确需使用，请联系安全管理员授予相应角色。"
      extra={
        <Button type="primary" onClick={() => void navigate('/', { replace: true })}>
          返回首页
        </Button>
      }
    />
  );
}

export function NotFound() {
  usePageTitle('页面不存在');
  const navigate = useNavigate();
  return (
    <Result
      status="404"
      title="页面不存在"
      subTitle="您访问的页面不存在或已被移除，请检查地址是否正确。"
      extra={
        <Button type="primary" onClick={() => void navigate('/', { replace: true })}>
          返回首页
        </Button>
      }
    />
  );
}
