import { Alert } from 'antd';
import { PageHeader } from '../../components/page';
import { Basis } from '../cases/case-page/shared';
import { ChainCheckCard } from './chain-check';
import { ARTICLE } from './labels';

/**
 * 登记簿校验 (/interference/chain, 纪检 and the audit administrator): the register book is append-only and
 * hash-chained; this recomputes the chain and compares it with the digests printed on signed monthly reports.
 */
export function ChainPage() {
  return (
    <>
      <PageHeader
        title="登记簿校验"
        description="干预登记表提交后不得修改或删除，逐份以 SM3 摘要链接成登记簿；校验可发现被改动、删除或插入的登记表。"
      />
      <Alert
        type="info"
        showIcon
        style={{ marginBottom: 16 }}
        title="每份登记表的摘要包含前一份登记表的摘要；已签批月度报告载明当月月末摘要，可与登记簿相互印证。"
        description={<Basis>{`${ARTICLE('五')}、第六条`}</Basis>}
      />
      <ChainCheckCard />
    </>
  );
}
