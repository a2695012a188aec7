import { assert, createAccount, expectText, submitLogin, type TestCase } from './harness.js';

export const tests: TestCase[] = [
  {
    name: 'five wrong passwords lock the account and the lock message names its basis',
    async run({ page, baseURL, shot }) {
      const { username, initialPassword } = await createAccount(baseURL, 'suoding', '锁定测试');
      await page.goto('/login');
      const alert = page.getByTestId('api-error');
      for (let attempt = 1; attempt <= 5; attempt++) {
        const answered = page.waitForResponse((r) => r.url().endsWith('/api/auth/login'));
        await submitLogin(page, username, `Wrong#${attempt}xyz`);
        const res = await answered;
        if (attempt < 5) {
          assert.equal(res.status(), 401, `attempt ${attempt}`);
          await expectText(alert, '用户名或密码错误');
        } else {
          assert.equal(res.status(), 423, 'the 5th wrong password locks');
        }
      }
      await expectText(alert, '账号因多次密码错误已被锁定');
      await expectText(page.getByTestId('error-basis'), '登录失败处理');
      await shot('login-locked');

      // Even the right password is refused while locked.
      const answered = page.waitForResponse((r) => r.url().endsWith('/api/auth/login'));
      await submitLogin(page, username, initialPassword);
      assert.equal((await answered).status(), 423);
      await expectText(alert, '已被锁定');
      assert.ok(page.url().endsWith('/login'));
    },
  },
];
